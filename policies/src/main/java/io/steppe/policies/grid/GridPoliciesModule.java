package io.steppe.policies.grid;

import io.steppe.engine.plugin.SteppeModule;

/** Registers the grid policies: rationing, caps, cut-off, shedding priority, imports, surplus auctions, interruptible contracts, connection auctions, off-grid and renewable-only mining, a ban. */
public final class GridPoliciesModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerPolicy("minerRationing", MinerRationingPolicySpec.class);
        registerPolicy("newMiningLoadCap", NewMiningLoadCapPolicySpec.class);
        registerPolicy("minerCutoff", MinerCutoffPolicySpec.class);
        registerPolicy("minersShedFirst", MinersShedFirstPolicySpec.class);
        registerPolicy("powerImports", PowerImportsPolicySpec.class);
        registerPolicy("surplusPowerAuction", SurplusPowerAuctionPolicySpec.class);
        registerPolicy("interruptibleContracts", InterruptibleContractsPolicySpec.class);
        registerPolicy("connectionAuction", ConnectionAuctionPolicySpec.class);
        registerPolicy("offGridOnlyMining", OffGridOnlyMiningPolicySpec.class);
        registerPolicy("renewableOnlyMining", RenewableOnlyMiningPolicySpec.class);
        registerPolicy("miningBan", MiningBanPolicySpec.class);
    }
}
