/**
 * Fees and prices on miners' power: the flat 2022 fee ({@code miningFee}), the 2023 progressive
 * fee by power source ({@code progressiveMiningFee}), and two alternatives, a carbon price
 * ({@code carbonPrice}) and scarcity pricing at the evening peak ({@code scarcityPricing}).
 */
package io.steppe.policies.fee;
