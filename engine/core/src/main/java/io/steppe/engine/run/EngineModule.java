package io.steppe.engine.run;

import io.steppe.engine.KpiInfo;
import io.steppe.engine.market.MarketSeries;
import io.steppe.engine.plugin.SteppeModule;

/**
 * The engine's own vocabulary: the exogenous market's columns and KPIs, and the policy runner's
 * events. Discovered through {@link java.util.ServiceLoader} like every other module, and always
 * installed first.
 */
public final class EngineModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        for (MarketSeries.Column column : MarketSeries.COLUMNS) {
            registerMetric(column.info().name(), column.info().unit(), column.info().doc());
        }
        for (KpiInfo kpi : MarketSeries.KPIS) {
            registerKpi(kpi.name(), kpi.unit(), kpi.doc());
        }
        registerEvent(PolicyRunner.POLICY_ON, "A policy switched on; agent is the policy (policies[i]:type)", "reason");
        registerEvent(PolicyRunner.POLICY_OFF, "A policy switched off; agent is the policy (policies[i]:type)", "reason");
    }
}
