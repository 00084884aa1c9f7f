package io.steppe.agents.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Kazakhstan's power system and its operator (KEGOC): four regions around a central hub, capacity
 * and baseline demand from data, forced outages that are worse in winter, an import link from
 * Russia, dispatch of three blocks a day with load shedding, and the operator's own rationing rule
 * for registered miners.
 */
@Describe("Power grid and its operator: regional dispatch in three daily blocks, imports, load shedding, rationing of miners")
public record GridSpec(
        @Describe("Installed and available capacity points (metric installed_capacity_MW / available_capacity_MW)")
        @NotBlank String capacityData,
        @Describe("Annual demand (TWh) and generation mix by year") @NotBlank String demandData,
        @Describe(value = "Non-mining demand growth after the last year with demand data", unit = "%/year",
                source = "assumption: below the 2016-2019 growth of 3.5%/yr in kz_power_owid_annual.csv, part of which was mining")
        Double demandGrowthPctPerYear,
        @Describe(value = "Share of installed capacity by region: north, central, south, west", unit = "1",
                source = "assumption: Ekibastuz GRES-1/2 (5 GW, kz_power_system_points.csv) and Pavlodar/Karaganda plants in the north; the south is the deficit zone (BRIEF section 3)")
        List<Double> capacityShareByRegion,
        @Describe(value = "Share of baseline demand by region: north, central, south, west", unit = "1",
                source = "assumption: population and industry split; the south (Almaty, Shymkent) holds ~30%")
        List<Double> demandShareByRegion,
        @Describe(value = "Extra available capacity added to the data (a what-if: new plants), spread like installed capacity", unit = "MW", source = "none: 0 reproduces the data")
        Double extraAvailableMw,
        @Describe(value = "Transfer limit north <-> central", unit = "MW", source = "assumption: several 500 kV and 220 kV lines")
        @PositiveOrZero Double northCentralLimitMw,
        @Describe(value = "Transfer limit central <-> south (the 500 kV North-South transit)", unit = "MW",
                source = "assumption: the transit whose trip cut ~1,500 MW in the south on 2022-01-25 (kz_global_timeline.csv)")
        @PositiveOrZero Double centralSouthLimitMw,
        @Describe(value = "Transfer limit west <-> central", unit = "MW", source = "assumption: the west is weakly tied to the unified system")
        @PositiveOrZero Double westCentralLimitMw,
        @Describe(value = "Import limit from Russia into the north", unit = "MW",
                source = "kz_power_system_points.csv: evening-peak purchases from Russia 500-800 MW (2020-12)")
        @PositiveOrZero Double importLimitMw,
        @Describe(value = "Reserve of domestic generation over the planned peak the operator keeps by contracting imports for the next day, up to the import limit (0: off, imports only cover a shortfall in dispatch)", unit = "% of planned peak",
                source = "none: 0 reproduces imports in shortfalls only; kazakhstan-2017 fits it to the 500-800 MW evening purchases of December 2020 (kz_power_system_points.csv)")
        @PositiveOrZero Double importReserveTargetPct,
        @Describe(value = "Baseline demand in the night (8 h), day (10 h) and evening-peak (6 h) blocks relative to the day's mean (rescaled so the hour-weighted mean is 1)", unit = "1",
                source = "assumption: an evening peak ~14% above the day's mean; the maximum loads in kz_power_system_points.csv (15.6 GW in 2020, 16.46 GW on 2022-12-07, 1.27-1.30 times the year's mean demand) imply ~1.06 with the December and weekday factors, which kazakhstan-2017 uses (docs/ODD.md, Calibration)")
        List<Double> blockDemandFactors,
        @Describe(value = "Months with the winter outage rate and twice the unit trips", unit = "months (1-12)",
                source = "assumption: December-February; KEGOC's forecast for 2024/25 names a deficit from October to March (kz_power_system_points.csv), which kazakhstan-2017 uses (docs/ODD.md, Calibration)")
        List<Integer> winterMonths,
        @Describe(value = "Mean forced outage and derating in the winter months (winterMonths)", unit = "% of available",
                source = "kz_power_system_points.csv: generation at the maximum load was 15.2 GW of 19.0 GW available on 2022-12-07 and KEGOC's 2024/25 forecast has 16.4 GW of 20.4 GW (~20% derating at the peak hour); we use 12% for the mean, as 2017-2020 winters passed without systemic shortfalls and miners were not rationed before September 2021 (kz_global_timeline.csv)")
        @PositiveOrZero @DecimalMax("90") Double winterOutagePct,
        @Describe(value = "Mean forced outage and derating outside the winter months", unit = "% of available", source = "assumption: half the winter rate")
        @PositiveOrZero @DecimalMax("90") Double otherOutagePct,
        @Describe(value = "Day-to-day standard deviation of the outage rate per region", unit = "percentage points", source = "assumption")
        @PositiveOrZero Double outageSdPct,
        @Describe(value = "Emergency trips of large generating units per year outside winter (twice as many in winter)", unit = "trips/year",
                source = "assumption; kz_global_timeline.csv 2021-10: emergency shutdowns at three power plants in a month of high load")
        @PositiveOrZero Double unitTripsPerYear,
        @Describe(value = "Typical capacity lost in a unit trip (drawn from half to one and a half times it)", unit = "MW",
                source = "kz_power_system_points.csv: Ekibastuz GRES-1 has 500 MW units; 300 MW is typical of older plants")
        @PositiveOrZero Double unitTripMw,
        @Describe(value = "Longest repair of a tripped unit (drawn uniformly from 1 day to it)", unit = "days", source = "assumption")
        @Positive Integer unitTripMaxDays,
        @Describe(value = "Reserve margin below which the operator rations registered miners", unit = "%",
                source = "assumption: a typical N-1 operating reserve for a 16 GW system (~800 MW)")
        Double rationingThresholdPct,
        @Describe(value = "The operator rations registered miners block by block (night, day, evening peak), only in the blocks whose planned reserve is short, instead of for the whole day", unit = "boolean",
                source = "none: false keeps whole-day rationing; assumption for true: KEGOC restricted miners at the evening maximum, as rationed from September 2021 (kz_global_timeline.csv) they still drew ~1.5 GW in October 2021 (kz_mining_anchor_points.csv)")
        Boolean rationingByBlock,
        @Describe(value = "Cut in miners' allowed share per day the reserve is short", unit = "1", source = "assumption")
        @PositiveOrZero Double rationingStep,
        @Describe(value = "Recovery of miners' allowed share per day the reserve is comfortable", unit = "1/day", source = "assumption")
        @PositiveOrZero Double rationingRecoveryPerDay,
        @Describe(value = "Coal burnt per MWh of coal power", unit = "t/MWh",
                source = "assumption: Ekibastuz coal ~17 MJ/kg at ~35% plant efficiency gives ~0.6 t/MWh")
        @PositiveOrZero Double coalTonnesPerMwh,
        @Describe(value = "CO2 per MWh of coal power", unit = "t/MWh", source = "assumption: IPCC default for sub-bituminous coal at ~35% efficiency")
        @PositiveOrZero Double co2TonnesPerCoalMwh,
        @Describe(value = "CO2 per MWh of gas power", unit = "t/MWh", source = "assumption: IPCC default for gas in steam and CCGT plants")
        @PositiveOrZero Double co2TonnesPerGasMwh) implements AgentSpec {

    /** Fills in defaults. */
    public GridSpec {
        capacityData = capacityData == null ? "classpath:steppe/data/kz_power_system_points.csv" : capacityData;
        demandData = demandData == null ? "classpath:steppe/data/kz_power_owid_annual.csv" : demandData;
        demandGrowthPctPerYear = demandGrowthPctPerYear == null ? 1.5 : demandGrowthPctPerYear;
        capacityShareByRegion = capacityShareByRegion == null ? List.of(0.53, 0.15, 0.17, 0.15) : List.copyOf(capacityShareByRegion);
        demandShareByRegion = demandShareByRegion == null ? List.of(0.34, 0.22, 0.30, 0.14) : List.copyOf(demandShareByRegion);
        extraAvailableMw = extraAvailableMw == null ? 0.0 : extraAvailableMw;
        northCentralLimitMw = northCentralLimitMw == null ? 4000.0 : northCentralLimitMw;
        centralSouthLimitMw = centralSouthLimitMw == null ? 2200.0 : centralSouthLimitMw;
        westCentralLimitMw = westCentralLimitMw == null ? 400.0 : westCentralLimitMw;
        importLimitMw = importLimitMw == null ? 800.0 : importLimitMw;
        importReserveTargetPct = importReserveTargetPct == null ? 0.0 : importReserveTargetPct;
        blockDemandFactors = blockDemandFactors == null ? List.of(0.85, 1.0, 1.12) : List.copyOf(blockDemandFactors);
        winterMonths = winterMonths == null ? List.of(12, 1, 2) : List.copyOf(winterMonths);
        winterOutagePct = winterOutagePct == null ? 12.0 : winterOutagePct;
        otherOutagePct = otherOutagePct == null ? 5.0 : otherOutagePct;
        outageSdPct = outageSdPct == null ? 2.0 : outageSdPct;
        unitTripsPerYear = unitTripsPerYear == null ? 12.0 : unitTripsPerYear;
        unitTripMw = unitTripMw == null ? 400.0 : unitTripMw;
        unitTripMaxDays = unitTripMaxDays == null ? 10 : unitTripMaxDays;
        rationingThresholdPct = rationingThresholdPct == null ? 5.0 : rationingThresholdPct;
        rationingByBlock = rationingByBlock != null && rationingByBlock;
        rationingStep = rationingStep == null ? 0.2 : rationingStep;
        rationingRecoveryPerDay = rationingRecoveryPerDay == null ? 0.02 : rationingRecoveryPerDay;
        coalTonnesPerMwh = coalTonnesPerMwh == null ? 0.6 : coalTonnesPerMwh;
        co2TonnesPerCoalMwh = co2TonnesPerCoalMwh == null ? 1.05 : co2TonnesPerCoalMwh;
        co2TonnesPerGasMwh = co2TonnesPerGasMwh == null ? 0.45 : co2TonnesPerGasMwh;
    }

    /** Three positive block factors and months from 1 to 12. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "blockDemandFactors need 3 positive factors (night, day, evening peak) and winterMonths months from 1 to 12")
    public boolean isDemandShapeValid() {
        return blockDemandFactors.size() == 3 && blockDemandFactors.stream().allMatch(f -> f != null && f > 0)
                && winterMonths.stream().allMatch(m -> m != null && m >= 1 && m <= 12);
    }

    /** Region shares must have one entry per region and sum to 1. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "capacityShareByRegion and demandShareByRegion need 4 shares (north, central, south, west) summing to 1")
    public boolean isRegionSharesValid() {
        return Region.validShares(capacityShareByRegion) && Region.validShares(demandShareByRegion);
    }

    /**
     * Reads the levers of the grid's emergency tools and miners' supply rules; writes the grid's
     * daily metrics; emits blackouts, trips, interruptions, rationing and cut-offs; provides the
     * {@link Grid} that consumers draw from.
     */
    @Override
    public Declaration declaration() {
        return Declaration.builder()
                .readsLevers(MiningLevers.EXTRA_CAPACITY_MW, MiningLevers.MINER_CUTOFF, MiningLevers.IMPORT_BOOST_MW,
                        MiningLevers.INTERRUPTIBLE_CREDIT_USD_PER_MWH, MiningLevers.MINERS_SHED_FIRST, MiningLevers.SURPLUS_ONLY_POWER,
                        MiningLevers.MINER_QUOTA_MW)
                .writes("demandMw", "peakDemandMw", "availableCapacityMw", "importsMw", "reserveMarginPct", "unservedEnergyMwh",
                        "householdUnservedMwh", "blackoutRegionHours", "miningLoadMw", "whiteMiningLoadMw", "miningCapacityMw",
                        "kzHashrateEhs", "kzHashShare", "coalBurnTonnes", "co2Tonnes", "minerSurplusOfferedMw")
                .emits("minerCutoff", "minersInterrupted", "blackout", "unitTrip", "rationing")
                .kpis("peakKzHashShare", "peakKzHashShareDate", "peakMiningLoadMw", "peakMiningLoadDate", "peakMiningShareOfCapacity",
                        "unservedEnergyMwh", "emittedCo2Tonnes", "blackoutDays", "firstBlackoutDate", "peakWhiteMiningLoadMw",
                        "firstMinerCutoffDate")
                .provides(Grid.class)
                .build();
    }

    @Override
    public void install(AgentContext context) {
        GridOperator operator = new GridOperator(this, context);
        context.provide(Grid.class, operator.grid());
        context.daily(Phase.GRID, operator);
    }
}
