package io.steppe.campaigns.compare;

import io.steppe.campaigns.validate.FactMeasure;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.Fact;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One outcome measured on a finished run: a KPI, a metric over a window, or a ratio of two. A value
 * the run does not have (no mass protest, so no date) is NaN.
 *
 * @param id short id (the KPI's or metric's name where there is one)
 * @param label what it is, for the table
 * @param unit unit as shown in the table (after {@link Kind} scaling)
 * @param kind how it is shown: a number, a share (shown in %), a date, or money (shown in millions)
 * @param measure the measurement
 */
public record Outcome(String id, String label, String unit, Kind kind, ToDoubleFunction<SteppeWorld> measure) {

    /** How a value is shown. */
    public enum Kind {
        /** A plain number in its unit. */
        NUMBER,
        /** A share 0..1, shown in %. */
        SHARE,
        /** A date, measured as an epoch day. */
        DATE,
        /** USD, shown in millions. */
        MONEY
    }

    /** First day of the whole-run window (before any campaign). */
    private static final LocalDate EVER_FROM = LocalDate.of(1900, 1, 1);
    /** Last day of the whole-run window (after any campaign). */
    private static final LocalDate EVER_TO = LocalDate.of(2100, 12, 31);

    /** The KPI of that name as a number (a date as its epoch day). */
    public static Outcome kpi(String id, String label, String unit, Kind kind) {
        Fact fact = fact(id, null, id, null, null, null);
        return new Outcome(id, label, unit, kind, w -> FactMeasure.of(fact, w));
    }

    /** A statistic of a daily metric over a window (inclusive). */
    public static Outcome metric(String id, String label, String unit, String metric, Fact.Stat stat, LocalDate from, LocalDate to) {
        Fact fact = fact(id, metric, null, stat, from, to);
        return new Outcome(id, label, unit, Kind.NUMBER, w -> FactMeasure.of(fact, w));
    }

    /** A statistic of a daily metric over the whole run. */
    public static Outcome metric(String id, String label, String unit, String metric, Fact.Stat stat) {
        return metric(id, label, unit, metric, stat, EVER_FROM, EVER_TO);
    }

    /** The sum of one metric over the sum of another, both over a window, the second times {@code scale}. */
    public static Outcome ratio(String id, String label, String unit, String numerator, String denominator, double scale,
                                LocalDate from, LocalDate to) {
        Fact top = fact(id, numerator, null, Fact.Stat.SUM, from, to);
        Fact bottom = fact(id, denominator, null, Fact.Stat.SUM, from, to);
        return new Outcome(id, label, unit, Kind.NUMBER, w -> FactMeasure.of(top, w) / (FactMeasure.of(bottom, w) * scale));
    }

    private static Fact fact(String id, String metric, String kpi, Fact.Stat stat, LocalDate from, LocalDate to) {
        return new Fact(id, id, metric, kpi, null, stat, from, to, null, null, null, null, null, null, null, "steppe compare");
    }

    /** KPI holding machines that left the home, MW by destination. */
    public static final String MIGRATED_KPI = "migratedMwByDestination";

    /** Machines that left the home, MW by destination, in this run (empty when none left). */
    @SuppressWarnings("unchecked")
    public static Map<String, Double> migratedByDestination(SteppeWorld world) {
        Object v = world.kpis().all().get(MIGRATED_KPI);
        return v instanceof Map<?, ?> m ? (Map<String, Double>) m : Map.of();
    }

    /**
     * The outcomes {@code steppe compare} reports: the peaks of hash share and load, the load and
     * the tax take per registered MWh before the 2021 surge, the load in late 2021 and in 2022, the
     * grid's blackouts, unserved energy and its thinnest reserve in the 2021/22 winter, the dates of
     * the first mass protest and the first cut-off, the state's take, seizures and the migration.
     */
    public static List<Outcome> standard() {
        LocalDate from2018 = LocalDate.of(2018, 1, 1);
        LocalDate to2020 = LocalDate.of(2020, 12, 31);
        return List.of(
                kpi("peakKzHashShare", "Peak home hash share (kzHashShare)", "%", Kind.SHARE),
                kpi("peakMiningLoadMw", "Peak mining load", "MW", Kind.NUMBER),
                metric("miningLoad2018to2020", "Mining load, mean 2018-2020", "MW", "miningLoadMw", Fact.Stat.MEAN, from2018, to2020),
                ratio("taxPerRegisteredMwh2018to2020", "Mining tax per registered MWh, 2018-2020", "USD/MWh",
                        "miningTaxRevenueUsd", "whiteMiningLoadMw", 24, from2018, to2020),
                metric("miningLoadSepDec2021", "Mining load, mean Sep-Dec 2021", "MW", "miningLoadMw", Fact.Stat.MEAN,
                        LocalDate.of(2021, 9, 1), LocalDate.of(2021, 12, 31)),
                metric("miningLoad2022", "Mining load, mean 2022", "MW", "miningLoadMw", Fact.Stat.MEAN,
                        LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
                metric("minReserveWinter2021", "Reserve margin, lowest day Nov 2021-Feb 2022", "%", "reserveMarginPct", Fact.Stat.MIN,
                        LocalDate.of(2021, 11, 1), LocalDate.of(2022, 2, 28)),
                metric("blackoutRegionHours", "Blackout region-hours (sum)", "h", "blackoutRegionHours", Fact.Stat.SUM),
                kpi("blackoutDays", "Days with a blackout", "days", Kind.NUMBER),
                kpi("unservedEnergyMwh", "Unserved energy (miners and households)", "MWh", Kind.NUMBER),
                metric("householdUnservedMwh", "Unserved household energy", "MWh", "householdUnservedMwh", Fact.Stat.SUM),
                kpi("firstMassProtestDate", "First mass protest", "date", Kind.DATE),
                kpi("firstMinerCutoffDate", "First cut-off of miners", "date", Kind.DATE),
                kpi("miningTaxRevenueUsd", "Mining tax revenue", "M USD", Kind.MONEY),
                kpi("valueRetainedUsd", "Mined value retained at home", "M USD", Kind.MONEY),
                kpi("asicsSeized", "ASICs seized", "machines", Kind.NUMBER),
                new Outcome("migratedMw", "Machines that left the home (all destinations)", "MW", Kind.NUMBER,
                        w -> migratedByDestination(w).values().stream().mapToDouble(Double::doubleValue).sum()));
    }
}
