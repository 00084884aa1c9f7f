package io.steppe.agents;

import io.steppe.agents.grid.GridSpec;
import io.steppe.agents.mining.GlobalMiningSpec;
import io.steppe.agents.mining.WhiteMinersSpec;
import io.steppe.engine.plugin.SteppeModule;

/** Registers the grid, the global mining market and the Kazakh white miners, with their metrics. */
public final class MiningAndGridModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerAgent("grid", GridSpec.class);
        registerAgent("globalMining", GlobalMiningSpec.class);
        registerAgent("whiteMiners", WhiteMinersSpec.class);
        registerMetric("kzHashrateEhs", "EH/s", "Kazakhstan's hash rate actually running (served by the grid)");
        registerMetric("kzHashShare", "1", "Kazakhstan's hash rate over the global hash rate");
        registerMetric("miningLoadMw", "MW", "Mining load served, white and gray, daily mean");
        registerMetric("whiteMiningLoadMw", "MW", "Registered mining load served, daily mean");
        registerMetric("miningCapacityMw", "MW", "Installed capacity at registered mining sites");
        registerMetric("demandMw", "MW", "Demand of all consumers, daily mean");
        registerMetric("peakDemandMw", "MW", "Demand in the day's highest block (evening peak)");
        registerMetric("availableCapacityMw", "MW", "Generating capacity available today after forced outages");
        registerMetric("importsMw", "MW", "Imports from Russia, daily mean");
        registerMetric("reserveMarginPct", "%", "(available + import limit - peak demand) / peak demand");
        registerMetric("unservedEnergyMwh", "MWh", "Energy demanded but shed today");
        registerMetric("blackoutRegionHours", "region-hours", "Hours with households shed, summed over regions");
        registerMetric("miningJobs", "staff", "Staff at running mining sites");
        registerMetric("kzMinerBreakEvenBtcUsd", "USD", "BTC price at which the median Kazakh machine covers its cash cost");
        registerMetric("coalBurnTonnes", "t", "Coal burnt for domestic generation today");
        registerMetric("co2Tonnes", "t", "CO2 from domestic coal and gas generation today");
        registerMetric("miningTaxRevenueUsd", "USD", "Fees and taxes paid by miners today");
        registerMetric("valueRetainedUsd", "USD", "Mined value converted and taxed in the country today");
        registerMetric("offGridMiningLoadMw", "MW", "Registered mining on its own off-grid power (renewable or own generation)");
        registerMetric("hostedMiningLoadMw", "MW", "Load of hosted (foreign-owned) machines at registered sites, daily mean (served)");
        registerMetric("householdUnservedMwh", "MWh", "Energy shed from households and industry today (not miners)");
        registerMetric("miningPolicyCostUsd", "USD", "What mining policies cost the state today (free-zone power discounts, interruption payments)");
        registerMetric("minerSurplusOfferedMw", "MW", "Surplus power offered to licensed grid miners for tomorrow under a surplus-only rule (empty otherwise)");
        registerMetric("asicsSeized", "machines", "Machines seized by the state so far (exposed gray mines, border)");
    }
}
