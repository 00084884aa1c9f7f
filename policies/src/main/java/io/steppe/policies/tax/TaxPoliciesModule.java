package io.steppe.policies.tax;

import io.steppe.engine.plugin.SteppeModule;

/** Registers the tax-break policies: {@code freeZonePowerSubsidy}, {@code astanaHubTaxBreak}, {@code hubExpulsion}. */
public final class TaxPoliciesModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerPolicy("freeZonePowerSubsidy", FreeZonePowerSubsidyPolicySpec.class);
        registerPolicy("astanaHubTaxBreak", AstanaHubTaxBreakPolicySpec.class);
        registerPolicy("hubExpulsion", HubExpulsionPolicySpec.class);
    }
}
