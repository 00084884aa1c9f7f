package io.steppe.campaigns.compare;

import io.steppe.campaigns.CampaignSections;
import io.steppe.campaigns.validate.Fact;
import io.steppe.campaigns.validate.FactMeasure;
import io.steppe.engine.KpiInfo;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.TypeKind;
import io.steppe.engine.plugin.TypeRegistration;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One outcome measured on a finished run: a KPI, a metric over a window, or a ratio of two. A value
 * the run does not have (no mass protest, so no date) is NaN. A campaign lists the outcomes
 * {@code steppe compare} tabulates in its {@code outcomes} section ({@link OutcomeSpec}).
 *
 * @param id short id (the KPI's or metric's name where there is one)
 * @param label what it is, for the table
 * @param unit unit as shown in the table (after {@link Kind} scaling)
 * @param kind how it is shown: a number, a share (shown in %), a date, or money (shown in millions)
 * @param kpi the KPI it reads, or null
 * @param breakdown for an object KPI, whether the table adds a row per key
 * @param measure the measurement
 */
public record Outcome(String id, String label, String unit, Kind kind, String kpi, boolean breakdown,
                      ToDoubleFunction<SteppeWorld> measure) {

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

    /** The KPI of that name as a number (a date as its epoch day, an object KPI as the sum of its values). */
    public static Outcome kpi(String id, String label, String unit, Kind kind) {
        Fact fact = fact(id, null, id, null, null, null);
        return new Outcome(id, label, unit, kind, id, false, w -> {
            Object v = w.kpis().all().get(id);
            return v instanceof Map<?, ?> map ? sum(map) : FactMeasure.of(fact, w);
        });
    }

    /** A statistic of a daily metric over a window (inclusive). */
    public static Outcome metric(String id, String label, String unit, String metric, Fact.Stat stat, LocalDate from, LocalDate to) {
        Fact fact = fact(id, metric, null, stat, from, to);
        return new Outcome(id, label, unit, Kind.NUMBER, null, false, w -> FactMeasure.of(fact, w));
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
        return new Outcome(id, label, unit, Kind.NUMBER, null, false, w -> FactMeasure.of(top, w) / (FactMeasure.of(bottom, w) * scale));
    }

    /** The outcome a campaign's {@code outcomes} entry describes. */
    public static Outcome of(OutcomeSpec spec) {
        Kind kind = Kind.valueOf(spec.show().name());
        LocalDate from = spec.from() == null ? EVER_FROM : spec.from();
        LocalDate to = spec.to() == null ? EVER_TO : spec.to();
        Outcome base;
        if (spec.kpi() != null) {
            base = kpi(spec.kpi(), spec.label(), spec.unit(), kind);
            return new Outcome(spec.id(), spec.label(), spec.unit(), kind, spec.kpi(), spec.breakdown(), base.measure());
        }
        base = spec.metric() != null ? metric(spec.id(), spec.label(), spec.unit(), spec.metric(), spec.stat(), from, to)
                : ratio(spec.id(), spec.label(), spec.unit(), spec.numerator(), spec.denominator(), spec.scale(), from, to);
        return new Outcome(spec.id(), spec.label(), spec.unit(), kind, null, false, base.measure());
    }

    /**
     * The outcomes of a scenario: its {@code outcomes} section, or every KPI its populations (and
     * the engine) compute, an object KPI summed and broken down by key.
     */
    public static List<Outcome> of(Scenario scenario, PluginRegistry registry) {
        List<OutcomeSpec> specs = CampaignSections.outcomes(scenario);
        List<Outcome> outcomes = new ArrayList<>();
        if (specs != null) {
            specs.forEach(s -> outcomes.add(of(s)));
            return outcomes;
        }
        for (String kpi : kpis(scenario, registry)) {
            outcomes.add(ofKpi(kpi, registry));
        }
        return outcomes;
    }

    /** The KPIs a scenario's runs have: the engine's, then each population's, in declaration order. */
    public static List<String> kpis(Scenario scenario, PluginRegistry registry) {
        List<String> kpis = new ArrayList<>();
        for (TypeRegistration r : registry.ofKind(TypeKind.KPI).values()) {
            if (r.module().equals("io.steppe.engine.run.EngineModule")) {
                kpis.add(r.name());
            }
        }
        for (AgentSpec agent : scenario.agents()) {
            agent.declaration().kpis().stream().filter(k -> !kpis.contains(k)).forEach(kpis::add);
        }
        return kpis;
    }

    /** A KPI as an outcome, labelled and shown by its registration (a date KPI as a date, an object KPI broken down). */
    public static Outcome ofKpi(String kpi, PluginRegistry registry) {
        TypeRegistration r = registry.ofKind(TypeKind.KPI).get(kpi);
        KpiInfo info = r == null ? new KpiInfo(kpi, "", kpi) : r.kpi();
        Kind kind = "date".equals(info.unit()) ? Kind.DATE : Kind.NUMBER;
        boolean object = info.unit().contains(" by ");
        Outcome o = kpi(kpi, info.doc() + " (" + kpi + ")", kind == Kind.DATE ? "date" : object ? info.unit().split(" by ")[0] : info.unit(),
                kind);
        return new Outcome(o.id(), o.label(), o.unit(), kind, kpi, object, o.measure());
    }

    private static Fact fact(String id, String metric, String kpi, Fact.Stat stat, LocalDate from, LocalDate to) {
        return new Fact(id, id, metric, kpi, null, stat, from, to, null, null, null, null, null, null, null, "steppe compare");
    }

    private static double sum(Map<?, ?> map) {
        double s = 0;
        for (Object v : map.values()) {
            s += ((Number) v).doubleValue();
        }
        return s;
    }

    /** An object KPI's values by key in one run (empty when it has none). */
    @SuppressWarnings("unchecked")
    public static Map<String, Double> byKey(SteppeWorld world, String kpi) {
        Object v = world.kpis().all().get(kpi);
        return v instanceof Map<?, ?> m ? (Map<String, Double>) m : Map.of();
    }
}
