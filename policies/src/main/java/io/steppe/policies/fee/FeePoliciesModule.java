package io.steppe.policies.fee;

import io.steppe.engine.plugin.SteppeModule;

/** Registers the fee and pricing policies: {@code miningFee}, {@code progressiveMiningFee}, {@code carbonPrice}, {@code scarcityPricing}. */
public final class FeePoliciesModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerPolicy("miningFee", MiningFeePolicySpec.class);
        registerPolicy("progressiveMiningFee", ProgressiveMiningFeePolicySpec.class);
        registerPolicy("carbonPrice", CarbonPricePolicySpec.class);
        registerPolicy("scarcityPricing", ScarcityPricingPolicySpec.class);
    }
}
