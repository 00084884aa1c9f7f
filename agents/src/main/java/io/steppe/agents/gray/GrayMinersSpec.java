package io.steppe.agents.gray;

import io.steppe.agents.MiningLevers;
import io.steppe.agents.SocietyLevers;
import io.steppe.agents.government.Elites;
import io.steppe.agents.grid.Grid;
import io.steppe.agents.grid.Region;
import io.steppe.agents.mining.HostingMarket;
import io.steppe.agents.mining.MiningLedger;
import io.steppe.agents.society.Society;
import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Unregistered ("gray") mines hidden inside other businesses, often in free zones with subsidised
 * power, each with a political protection level. They run and expand on profit like licensed
 * miners but pay no fee and are invisible to the grid operator's plan; the host's consumption
 * becomes anomalous. Audits, the utility's anomaly checks and activists can find them; protection
 * times the elites' influence decides whether anything is done. Exposed mines are shut down, their
 * machines seized when the seizure lever is on, and their owners move elsewhere in the country or
 * abroad.
 */
@Describe("Gray miners: hidden mines with political protection, anomalous host consumption, detection, exposure, seizure and relocation")
public record GrayMinersSpec(
        @Describe(value = "Power price a hidden mine pays (subsidised free-zone or industrial tariff of its host)", unit = "USD/kWh",
                source = "kz_tariffs_and_fees.csv: 0.02 USD/kWh for miners with their own infrastructure (HASHR8 2020-12); BRIEF section 1: free zones with subsidised power")
        @PositiveOrZero Double powerPriceUsdPerKwh,
        @Describe(value = "Efficiency of gray miners' machines relative to the newest model", unit = "x frontier J/TH",
                source = "assumption: second-hand and displaced machines, less efficient than licensed hosts' fleets")
        @DecimalMin("1.0") Double efficiencyFactorVsFrontier,
        @Describe(value = "Price gray miners pay per TH/s as a share of a new machine's", unit = "1",
                source = "assumption: second-hand and displaced machines sell well below new ones")
        @PositiveOrZero @DecimalMax("1") Double machinePriceShareOfNew,
        @Describe(value = "New hidden mines with their owners' own machines per month, when mining pays back at once", unit = "mines/month",
                source = "assumption: a trickle beside the hosted machines")
        @PositiveOrZero Double entriesPerMonthAtFullPayback,
        @Describe(value = "Share of the machines seeking hosting in Kazakhstan that go to hidden hosts when gray mining pays and nobody is being exposed", unit = "1",
                source = "assumption: estimates of gray load range from a third of mining to over 1 GW of ~1.5 GW (BRIEF section 1); 0.3 keeps to the lower end")
        @PositiveOrZero @DecimalMax("1") Double shareOfHostingOrders,
        @Describe(value = "Smallest host business's normal draw", unit = "MW", source = "assumption: a small factory or warehouse")
        @Positive Double hostNormalMinMw,
        @Describe(value = "Largest host business's normal draw", unit = "MW", source = "assumption: a ferro-alloy or metal plant in a free zone")
        @Positive Double hostNormalMaxMw,
        @Describe(value = "Largest ratio of a host's draw (with the mine) to its normal draw", unit = "1",
                source = "BRIEF section 1: one ferro-alloy plant drew three times what such a plant should")
        @DecimalMin("1.0") Double maxAnomalyRatio,
        @Describe(value = "Share of hidden mines owned by the politically connected", unit = "1",
                source = "assumption; BRIEF section 1: well-connected owners, relatives of the former president among those pursued")
        @PositiveOrZero @DecimalMax("1") Double eliteOwnerShare,
        @Describe(value = "Share of hidden mines by region: north, central, south, west", unit = "1",
                source = "assumption: free zones and heavy industry in Pavlodar, Karaganda and Ekibastuz")
        List<Double> regionShares,
        @Describe(value = "Payback horizon for machines and expansion", unit = "months", source = "assumption: shorter than licensed miners' 15 months, for the risk")
        @Positive Double paybackHorizonMonths,
        @Describe(value = "Most a hidden mine grows per month, as a share of its load", unit = "1/month", source = "assumption")
        @PositiveOrZero Double maxGrowthPerMonth,
        @Describe(value = "Daily chance that the utility's routine checks flag a host drawing maxAnomalyRatio times its norm", unit = "1/day",
                source = "assumption: ~10%/year; an activist, not the utility, found the ferro-alloy plant (BRIEF)")
        @PositiveOrZero @DecimalMax("1") Double utilityCheckPerDay,
        @Describe(value = "Audits an audit team completes per month", unit = "audits/team/month", source = "assumption")
        @PositiveOrZero Double auditsPerTeamPerMonth,
        @Describe(value = "Duration of one audit", unit = "days", source = "assumption: the FMA inventoried all farms in ~5 weeks (8 Feb to 15 Mar 2022, kz_global_timeline.csv)")
        @Positive Integer auditDays,
        @Describe(value = "Legitimate large consumers that look as suspicious to an auditor as one hidden mine", unit = "sites",
                source = "assumption: sets how often an audit lands on a hidden mine")
        @PositiveOrZero Double legitimateSuspectSites,
        @Describe(value = "Daily chance that activists reveal a mine at maxAnomalyRatio in a region whose activism is 1", unit = "1/day",
                source = "assumption; BRIEF section 1: an activist noticed the anomaly in consumption data")
        @PositiveOrZero @DecimalMax("1") Double activistFindPerDay,
        @Describe(value = "Share of exposed owners who move abroad (the rest hide again elsewhere in the country)", unit = "1",
                source = "assumption; BRIEF section 1: miners moved on to Russia, the US, Congo")
        @PositiveOrZero @DecimalMax("1") Double relocateAbroadShare,
        @Describe(value = "Months before an exposed owner who stays runs a new hidden mine", unit = "months", source = "assumption")
        @PositiveOrZero Integer rehideMonths,
        @Describe(value = "Power per machine", unit = "W/machine", source = "kz_mining_anchor_points.csv: BTC.kz 35 MW for 10,500 machines = 3.3 kW")
        @Positive Double wattsPerMachine,
        @Describe(value = "Value of a seized machine as a share of a new one's price", unit = "1", source = "assumption: used machines")
        @PositiveOrZero @DecimalMax("1") Double seizedValueShare,
        @Describe(value = "Share of hidden mines whose hosts sit in special economic (free) zones, eligible for free-zone power discounts", unit = "1",
                source = "BRIEF section 1: gray mines were often in free zones with subsidised power meant for manufacturing; assumption: half")
        @PositiveOrZero @DecimalMax("1") Double freeZoneHostShare,
        @Describe(value = "Daily chance that smart-meter screening flags a host drawing maxAnomalyRatio times its norm, at full coverage", unit = "1/day",
                source = "assumption: automated screening finds a tripled draw within about a month")
        @PositiveOrZero @DecimalMax("1") Double meterFindPerDay) implements AgentSpec {

    /** Fills in defaults. */
    public GrayMinersSpec {
        powerPriceUsdPerKwh = powerPriceUsdPerKwh == null ? 0.02 : powerPriceUsdPerKwh;
        efficiencyFactorVsFrontier = efficiencyFactorVsFrontier == null ? 1.4 : efficiencyFactorVsFrontier;
        machinePriceShareOfNew = machinePriceShareOfNew == null ? 0.5 : machinePriceShareOfNew;
        entriesPerMonthAtFullPayback = entriesPerMonthAtFullPayback == null ? 1.0 : entriesPerMonthAtFullPayback;
        shareOfHostingOrders = shareOfHostingOrders == null ? 0.3 : shareOfHostingOrders;
        hostNormalMinMw = hostNormalMinMw == null ? 1.0 : hostNormalMinMw;
        hostNormalMaxMw = hostNormalMaxMw == null ? 30.0 : hostNormalMaxMw;
        maxAnomalyRatio = maxAnomalyRatio == null ? 3.0 : maxAnomalyRatio;
        eliteOwnerShare = eliteOwnerShare == null ? 0.3 : eliteOwnerShare;
        regionShares = regionShares == null ? List.of(0.45, 0.3, 0.15, 0.1) : List.copyOf(regionShares);
        paybackHorizonMonths = paybackHorizonMonths == null ? 12.0 : paybackHorizonMonths;
        maxGrowthPerMonth = maxGrowthPerMonth == null ? 0.25 : maxGrowthPerMonth;
        utilityCheckPerDay = utilityCheckPerDay == null ? 0.0003 : utilityCheckPerDay;
        auditsPerTeamPerMonth = auditsPerTeamPerMonth == null ? 4.0 : auditsPerTeamPerMonth;
        auditDays = auditDays == null ? 30 : auditDays;
        legitimateSuspectSites = legitimateSuspectSites == null ? 100.0 : legitimateSuspectSites;
        activistFindPerDay = activistFindPerDay == null ? 0.002 : activistFindPerDay;
        relocateAbroadShare = relocateAbroadShare == null ? 0.5 : relocateAbroadShare;
        rehideMonths = rehideMonths == null ? 3 : rehideMonths;
        wattsPerMachine = wattsPerMachine == null ? 3300.0 : wattsPerMachine;
        seizedValueShare = seizedValueShare == null ? 0.5 : seizedValueShare;
        freeZoneHostShare = freeZoneHostShare == null ? 0.5 : freeZoneHostShare;
        meterFindPerDay = meterFindPerDay == null ? 0.03 : meterFindPerDay;
    }

    /** Ranges must make sense. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "needs hostNormalMinMw <= hostNormalMaxMw and 4 regionShares summing to 1")
    public boolean isConsistent() {
        return hostNormalMinMw <= hostNormalMaxMw && Region.validShares(regionShares);
    }

    /**
     * Reads the levers of audits, seizures, smart meters and the internet, and the power price
     * levers; draws from the {@link Grid}, takes its share of the {@link HostingMarket}'s orders,
     * books seizures and free-zone costs in the {@link MiningLedger}; uses the elites' influence
     * and the citizens' activism when the scenario has them, and reports scandals to the citizens.
     */
    @Override
    public Declaration declaration() {
        return Declaration.builder()
                .readsLevers(MiningLevers.INTERNET_SHUTDOWN, SocietyLevers.AUDIT_TEAMS, SocietyLevers.SMART_METER_COVERAGE,
                        SocietyLevers.SEIZE_EXPOSED_MACHINES, MiningLevers.FREE_ZONE_POWER_DISCOUNT_PCT, MiningLevers.CARBON_PRICE_USD_PER_TONNE)
                .writes("grayMiningLoadMw", "auditsActive")
                .emits("auditStarted", "grayMineExposed", "grayMineShielded", "seizure", "migration")
                .kpis("peakGrayMiningLoadMw", "grayMinesExposed")
                .requires(Grid.class, HostingMarket.class, MiningLedger.class)
                .uses(Elites.class, Society.class)
                .build();
    }

    @Override
    public void install(AgentContext context) {
        GrayMiners miners = new GrayMiners(this, context);
        context.daily(Phase.MINERS, miners::daily);
        context.monthly(Phase.GRID, miners::monthly);
    }
}
