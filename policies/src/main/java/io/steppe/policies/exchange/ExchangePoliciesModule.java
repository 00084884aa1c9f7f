package io.steppe.policies.exchange;

import io.steppe.engine.plugin.SteppeModule;

/** Registers the exchange policies: {@code legalExchanges} and {@code minedValueTax}. */
public final class ExchangePoliciesModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerPolicy("legalExchanges", LegalExchangesPolicySpec.class);
        registerPolicy("minedValueTax", MinedValueTaxPolicySpec.class);
    }
}
