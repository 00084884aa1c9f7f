package io.steppe.campaigns.cli;

import io.steppe.engine.plugin.SteppeModule;
import io.steppe.engine.testing.TestPolicySpec;

/** Test fixture: a plugin that claims the built-in {@code miningFee} name. */
public final class DuplicateFeeModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerPolicy("miningFee", TestPolicySpec.class);
    }
}
