/**
 * Grid rules for miners: statutory rationing ({@code minerRationing}), caps on new load
 * ({@code newMiningLoadCap}), the cut-off ({@code minerCutoff}), shedding priority
 * ({@code minersShedFirst}), imports ({@code powerImports}), the 2023 surplus-only auctions
 * ({@code surplusPowerAuction}), and alternatives: interruptible contracts
 * ({@code interruptibleContracts}), a connection auction ({@code connectionAuction}), off-grid-only
 * and renewable-only mining ({@code offGridOnlyMining}, {@code renewableOnlyMining}) and a ban
 * ({@code miningBan}).
 */
package io.steppe.policies.grid;
