package io.steppe.agents.mining;

import io.steppe.agents.MiningLevers;
import io.steppe.agents.grid.Grid;
import io.steppe.agents.grid.Region;
import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Licensed ("white") Kazakh mining and hosting firms: sites with a region, capacity and build lag,
 * fleets of ASIC cohorts (own and hosted), a power tariff, staff per MW. Daily they run each cohort
 * whose revenue beats its power cost plus fees, within the operator's rationing. Monthly they fill
 * hosting orders, invest in capacity and new machines when the payback fits their horizon, retire
 * machines that do not pay, and send machines abroad when another jurisdiction is clearly better.
 */
@Describe("Licensed Kazakh mining and hosting firms: daily run/curtail, monthly hosting, investment, retirement and relocation")
public record WhiteMinersSpec(
        @Describe(value = "Firms at the start", unit = "firms", source = "assumption: a handful of early farms in 2017 (kz_mining_anchor_points.csv: first foreign miners Sept 2017; 14 full-scale farms by July 2020)")
        @PositiveOrZero Integer initialFirms,
        @Describe(value = "Total site capacity at the start", unit = "MW", source = "assumption: Kazakhstan's share was ~1.4% (~90 MW) only by Sept 2019 (T01)")
        @PositiveOrZero Double initialCapacityMw,
        @Describe(value = "Smallest firm", unit = "MW", source = "assumption: small farms of ~1 MW (the 2021 cap of 1 MW per new site)")
        @Positive Double firmSizeMinMw,
        @Describe(value = "Largest firm", unit = "MW", source = "kz_mining_anchor_points.csv: Enegix Ekibastuz 150 MW (Forkast: 180 MW)")
        @Positive Double firmSizeMaxMw,
        @Describe(value = "Pareto exponent of firm sizes", unit = "1", source = "assumption: few large hosts (Enegix 150 MW, BTC.kz 35 MW) and many small farms")
        @Positive Double firmSizeParetoAlpha,
        @Describe(value = "Lowest power tariff", unit = "USD/kWh", source = "kz_tariffs_and_fees.csv: miner_hosting_power_cost 0.03 (range 0.03-0.043), HASHR8 2020-12")
        @Positive Double tariffMinUsdPerKwh,
        @Describe(value = "Highest power tariff", unit = "USD/kWh", source = "kz_tariffs_and_fees.csv: upper end 0.043 of the HASHR8 range")
        @Positive Double tariffMaxUsdPerKwh,
        @Describe(value = "Hosting mark-up clients pay on power", unit = "1", source = "assumption")
        @PositiveOrZero Double hostingMarkup,
        @Describe(value = "Payback horizon for new machines and sites", unit = "months", source = "assumption: 12-18 months is the usual hurdle quoted by miners")
        @Positive Double paybackHorizonMonths,
        @Describe(value = "Build lag of new site capacity", unit = "months", source = "assumption: prefabricated hangars (Enegix: 8 hangars)")
        @PositiveOrZero Integer buildLagMonths,
        @Describe(value = "Most a firm adds per month, as a share of its capacity", unit = "1/month", source = "assumption")
        @PositiveOrZero Double maxExpansionShare,
        @Describe(value = "Staff per MW of running load", unit = "staff/MW", source = "jobs_and_tax.csv: 0.7-2.0; Bitmain 50 at ~40 MW = 1.25")
        @PositiveOrZero Double staffPerMw,
        @Describe(value = "Share of sites by region: north, central, south, west", unit = "1", source = "assumption: mining clustered at Ekibastuz/Pavlodar (Enegix, BTC.kz)")
        List<Double> regionShares,
        @Describe(value = "Months a cohort may lose money before it is retired or moved", unit = "months", source = "assumption")
        @Positive Integer patienceMonths,
        @Describe(value = "Share of eligible machines that move abroad in a month", unit = "1/month", source = "assumption")
        @PositiveOrZero @DecimalMax("1") Double migrationShare,
        @Describe(value = "Moving cost per TH/s, shipping and downtime", unit = "USD/(TH/s)", source = "assumption: ~2 months offline at 2021 hashprice plus freight")
        @PositiveOrZero Double movingCostUsdPerTh,
        @Describe(value = "Power per machine", unit = "W/machine", source = "kz_mining_anchor_points.csv: BTC.kz 35 MW for 10,500 machines = 3.3 kW")
        @Positive Double wattsPerMachine,
        @Describe(value = "Share of new sites powered by their own renewable plant (off the grid)", unit = "1", source = "assumption: rare in Kazakhstan; the 2023 law exempts renewables from the surplus-only rule")
        @PositiveOrZero @DecimalMax("1") Double renewableSiteShare,
        @Describe(value = "Share of new sites powered by their own fossil generation (off the grid)", unit = "1", source = "assumption; kz_tariffs_and_fees.csv: 0.02 USD/kWh 'with own infrastructure' (HASHR8 2020-12)")
        @PositiveOrZero @DecimalMax("1") Double ownGenerationSiteShare,
        @Describe(value = "Cost of power from a site's own renewable plant", unit = "USD/kWh", source = "assumption: Kazakh renewable auction prices of roughly 12-20 KZT/kWh (2018-2021)")
        @Positive Double renewablePowerUsdPerKwh,
        @Describe(value = "Cost of power from a site's own gas generation", unit = "USD/kWh", source = "assumption: between the 0.02 'own infrastructure' and 0.03 grid hosting costs (kz_tariffs_and_fees.csv)")
        @Positive Double ownGenerationPowerUsdPerKwh,
        @Describe(value = "CO2 of a site's own gas generation", unit = "t/MWh", source = "IPCC typical gas-engine emission factor ~0.45-0.5 t/MWh")
        @PositiveOrZero Double ownGenerationCo2TonnesPerMwh,
        @Describe(value = "Share of sites in special economic (free) zones, eligible for free-zone power discounts", unit = "1", source = "assumption: free zones hosted some mining and many gray hosts (BRIEF)")
        @PositiveOrZero @DecimalMax("1") Double freeZoneSiteShare,
        @Describe(value = "Share of firms registered at Astana Hub as 'data centres'", unit = "1", source = "jobs_and_tax.csv / kz_mining_anchor_points.csv: ~100 mining-related firms registered (and later expelled); assumption: half of the firms")
        @PositiveOrZero @DecimalMax("1") Double hubMemberShare,
        @Describe(value = "Corporate income tax on mining profits outside any break", unit = "%", source = "Tax Code of Kazakhstan: CIT 20% (Astana Hub members 0%, jobs_and_tax.csv)")
        @PositiveOrZero @DecimalMax("100") Double corporateTaxPct,
        @Describe(value = "An expelled firm leaves the country when its back-tax bill exceeds this many months of its margin", unit = "months", source = "assumption")
        @PositiveOrZero Double fleeBillMonths,
        @Describe(value = "A firm bids this many months of expected margin for each MW in a connection auction", unit = "months", source = "assumption: half the payback horizon")
        @PositiveOrZero Double auctionBidMonths) implements AgentSpec {

    /** Fills in defaults. */
    public WhiteMinersSpec {
        initialFirms = initialFirms == null ? 2 : initialFirms;
        initialCapacityMw = initialCapacityMw == null ? 2.0 : initialCapacityMw;
        firmSizeMinMw = firmSizeMinMw == null ? 1.0 : firmSizeMinMw;
        firmSizeMaxMw = firmSizeMaxMw == null ? 150.0 : firmSizeMaxMw;
        firmSizeParetoAlpha = firmSizeParetoAlpha == null ? 1.1 : firmSizeParetoAlpha;
        tariffMinUsdPerKwh = tariffMinUsdPerKwh == null ? 0.03 : tariffMinUsdPerKwh;
        tariffMaxUsdPerKwh = tariffMaxUsdPerKwh == null ? 0.043 : tariffMaxUsdPerKwh;
        hostingMarkup = hostingMarkup == null ? 0.15 : hostingMarkup;
        paybackHorizonMonths = paybackHorizonMonths == null ? 15.0 : paybackHorizonMonths;
        buildLagMonths = buildLagMonths == null ? 4 : buildLagMonths;
        maxExpansionShare = maxExpansionShare == null ? 0.3 : maxExpansionShare;
        staffPerMw = staffPerMw == null ? 1.25 : staffPerMw;
        regionShares = regionShares == null ? List.of(0.8, 0.12, 0.05, 0.03) : List.copyOf(regionShares);
        patienceMonths = patienceMonths == null ? 2 : patienceMonths;
        migrationShare = migrationShare == null ? 0.35 : migrationShare;
        movingCostUsdPerTh = movingCostUsdPerTh == null ? 8.0 : movingCostUsdPerTh;
        wattsPerMachine = wattsPerMachine == null ? 3300.0 : wattsPerMachine;
        renewableSiteShare = renewableSiteShare == null ? 0.02 : renewableSiteShare;
        ownGenerationSiteShare = ownGenerationSiteShare == null ? 0.03 : ownGenerationSiteShare;
        renewablePowerUsdPerKwh = renewablePowerUsdPerKwh == null ? 0.04 : renewablePowerUsdPerKwh;
        ownGenerationPowerUsdPerKwh = ownGenerationPowerUsdPerKwh == null ? 0.025 : ownGenerationPowerUsdPerKwh;
        ownGenerationCo2TonnesPerMwh = ownGenerationCo2TonnesPerMwh == null ? 0.45 : ownGenerationCo2TonnesPerMwh;
        freeZoneSiteShare = freeZoneSiteShare == null ? 0.2 : freeZoneSiteShare;
        hubMemberShare = hubMemberShare == null ? 0.5 : hubMemberShare;
        corporateTaxPct = corporateTaxPct == null ? 20.0 : corporateTaxPct;
        fleeBillMonths = fleeBillMonths == null ? 6.0 : fleeBillMonths;
        auctionBidMonths = auctionBidMonths == null ? 6.0 : auctionBidMonths;
    }

    /** Tariff range and region shares must make sense. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "needs tariffMinUsdPerKwh <= tariffMaxUsdPerKwh, firmSizeMinMw <= firmSizeMaxMw, 4 regionShares summing to 1 and renewableSiteShare + ownGenerationSiteShare <= 1")
    public boolean isConsistent() {
        return tariffMinUsdPerKwh <= tariffMaxUsdPerKwh && firmSizeMinMw <= firmSizeMaxMw && Region.validShares(regionShares)
                && renewableSiteShare + ownGenerationSiteShare <= 1;
    }

    /**
     * Reads the levers of fees, taxes, bans, licences and grid supply rules; draws from the
     * {@link Grid} and fills the {@link HostingMarket}'s orders; keeps and provides the
     * {@link MiningLedger}, whose metrics and KPIs it writes.
     */
    @Override
    public Declaration declaration() {
        return Declaration.builder()
                .readsLevers(MiningLevers.GRID_MINING_BAN, MiningLevers.FOSSIL_MINING_BAN, MiningLevers.MINING_BAN,
                        MiningLevers.CARBON_PRICE_USD_PER_TONNE, MiningLevers.MINING_FEE_KZT_PER_KWH,
                        MiningLevers.MINING_FEE_RENEWABLE_KZT_PER_KWH, MiningLevers.MINING_FEE_OWN_GENERATION_KZT_PER_KWH,
                        MiningLevers.FREE_ZONE_POWER_DISCOUNT_PCT, MiningLevers.HUB_TAX_BREAK, MiningLevers.HUB_EXPULSION,
                        MiningLevers.RETROACTIVE_TAX_SHARE, MiningLevers.INTERRUPTIBLE_CREDIT_USD_PER_MWH, MiningLevers.INTERNET_SHUTDOWN,
                        MiningLevers.LICENCE_REQUIRED, MiningLevers.LICENCE_FEE_USD_PER_YEAR, MiningLevers.MINER_CUTOFF,
                        MiningLevers.MINER_SUPPLY_CAP_SHARE, MiningLevers.SURPLUS_ONLY_POWER, MiningLevers.MINER_PEAK_SURCHARGE_USD_PER_KWH,
                        MiningLevers.MINER_POWER_PRICE_FLOOR_USD_PER_KWH, MiningLevers.NEW_MINING_CONNECTIONS_CAP_MW,
                        MiningLevers.MAX_MINING_SITE_MW, MiningLevers.CONNECTION_AUCTION_MW_PER_MONTH)
                .writes("miningJobs", "offGridMiningLoadMw", "hostedMiningLoadMw", "kzMinerBreakEvenBtcUsd",
                        "miningTaxRevenueUsd", "valueRetainedUsd", "asicsSeized", "miningPolicyCostUsd")
                .emits("migration", "licenceGranted", "hubExpulsion", "siteBuilt", "seizureAtBorder", "connectionAuction",
                        "connectionsLimited")
                .kpis("miningTaxRevenueUsd", "valueRetainedUsd", "asicsSeized", "miningPolicyCostUsd", "miningInvestmentUsd")
                .requires(Grid.class, HostingMarket.class)
                .provides(MiningLedger.class)
                .build();
    }

    @Override
    public void install(AgentContext context) {
        WhiteMiners miners = new WhiteMiners(this, context);
        context.provide(MiningLedger.class, miners.ledger());
        context.daily(Phase.MINERS, miners::daily);
        context.monthly(Phase.MINERS, miners::monthly);
        context.daily(Phase.CITIZENS, state -> miners.ledger().close());
    }
}
