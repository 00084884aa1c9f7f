package io.steppe.policies.fee;

import io.steppe.engine.plugin.SteppeModule;

/** Registers the {@code miningFee} policy. */
public final class MiningFeePolicyModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerPolicy("miningFee", MiningFeePolicySpec.class);
    }
}
