package io.steppe.policies.enforcement;

import io.steppe.engine.plugin.SteppeModule;

/** Registers the enforcement policies: {@code auditCampaign}, {@code smartMeters}, {@code miningLicences}, {@code internetShutdown}. */
public final class EnforcementPoliciesModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerPolicy("auditCampaign", AuditCampaignPolicySpec.class);
        registerPolicy("smartMeters", SmartMetersPolicySpec.class);
        registerPolicy("miningLicences", MiningLicencesPolicySpec.class);
        registerPolicy("internetShutdown", InternetShutdownPolicySpec.class);
    }
}
