package io.steppe.agents;

import io.steppe.agents.grid.GridSpec;
import io.steppe.agents.mining.GlobalMiningSpec;
import io.steppe.agents.mining.WhiteMinersSpec;
import io.steppe.engine.plugin.SteppeModule;

/**
 * Registers the grid, the global mining market and the Kazakh white miners, with every name they
 * introduce: their metrics, the levers of mining regulation and the grid ({@link MiningLevers}),
 * their event types and their KPIs.
 */
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
        MiningLevers.ALL.forEach(this::registerLever);
        registerEvents();
        registerKpis();
    }

    private void registerEvents() {
        registerEvent(MiningLevers.INTERNET_SHUTDOWN_EVENT, "The internet shutdown started or ended (logged by the engine when its lever switches)",
                "state");
        registerEvent("blackout", "Households in a region were shed today: the largest shedding (MW), its hours, and the energy unserved there (MWh)",
                "region", "mwShed", "hours", "mwhUnserved");
        registerEvent("unitTrip", "A large generating unit in a region tripped: the capacity lost (MW) and the days until it is back",
                "region", "mw", "days");
        registerEvent("minersInterrupted", "The operator interrupted interruptible miners in a region today (MWh)", "region", "mwh");
        registerEvent("rationing", "The operator's rationing of registered miners started or ended: their allowed share, the planned reserve (%)"
                + " and whether load was shed that day (rationing by block adds each block's share)",
                "state", "minerSupplyShare", "nightShare", "dayShare", "peakShare", "plannedReserveMarginPct", "loadShedToday");
        registerEvent("minerCutoff", "Registered miners were cut off the grid or reconnected (whoever pulled the lever), and the load they drew (MW)",
                "state", "registeredLoadMw");
        registerEvent("ban", "A jurisdiction abroad banned mining: the hash rate it displaced (TH/s)", "jurisdiction", "displacedThs");
        registerEvent("migration", "Machines left the home for another jurisdiction this month: load (MW), hash rate (TH/s), machines and firms"
                + " (gray: an exposed hidden mine moved abroad)", "from", "to", "mw", "ths", "machines", "firms", "gray");
        registerEvent("seizureAtBorder", "A shipment of machines leaving the home was seized at the border", "from", "to", "mw", "ths", "machines");
        registerEvent("siteBuilt", "A registered mining site was built or expanded: MW added and its capacity (MW)", "region", "mwAdded",
                "capacityMw");
        registerEvent("licenceGranted", "A mining firm got its licence: its capacity (MW) and the annual fee (USD)", "capacityMw", "feeUsdPerYear");
        registerEvent("hubExpulsion", "A mining firm was expelled from Astana Hub: the retroactive tax billed (USD) and whether it paid or left",
                "billUsd", "outcome");
        registerEvent("connectionAuction", "The month's auction of grid connections for mining: MW offered, requested and sold, and the price",
                "mwOffered", "mwRequested", "mwSold", "priceUsdPerMw");
        registerEvent("connectionsLimited", "A connection cap or site-size limit turned requested MW away this month", "mwRequested", "mwGranted",
                "capMw", "maxSiteMw");
    }

    private void registerKpis() {
        registerKpi("peakKzHashShare", "1", "Highest daily share of the global hash rate");
        registerKpi("peakKzHashShareDate", "date", "Day of the highest share of the global hash rate");
        registerKpi("peakMiningLoadMw", "MW", "Highest daily mining load served, white and gray");
        registerKpi("peakMiningLoadDate", "date", "Day of the highest mining load");
        registerKpi("peakMiningShareOfCapacity", "1", "Highest daily mining load over installed capacity");
        registerKpi("unservedEnergyMwh", "MWh", "Energy shed over the run, miners and households");
        registerKpi("emittedCo2Tonnes", "t", "CO2 of grid generation and of registered miners' own generation over the run");
        registerKpi("blackoutDays", "days", "Days with households shed somewhere");
        registerKpi("firstBlackoutDate", "date", "First day households were shed");
        registerKpi("peakWhiteMiningLoadMw", "MW", "Highest daily registered mining load served");
        registerKpi("firstMinerCutoffDate", "date", "First day registered miners were cut off");
        registerKpi("migratedMwByDestination", "MW by destination", "Machines that left the home over the run, by destination");
        registerKpi("miningTaxRevenueUsd", "USD", "Fees and taxes paid by miners over the run");
        registerKpi("valueRetainedUsd", "USD", "Mined value converted and taxed in the country over the run");
        registerKpi("asicsSeized", "machines", "Machines seized by the state over the run");
        registerKpi("miningPolicyCostUsd", "USD", "What mining policies cost the state over the run");
        registerKpi("miningInvestmentUsd", "USD", "Machines installed at registered sites over the run, at the day's ASIC price");
    }

}
