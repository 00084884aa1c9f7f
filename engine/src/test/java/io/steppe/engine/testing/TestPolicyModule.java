package io.steppe.engine.testing;

import io.steppe.engine.plugin.SteppeModule;

/** Test fixture module: registers {@code testFee}. */
public final class TestPolicyModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerPolicy("testFee", TestPolicySpec.class);
    }
}
