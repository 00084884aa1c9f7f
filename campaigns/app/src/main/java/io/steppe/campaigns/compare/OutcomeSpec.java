package io.steppe.campaigns.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.steppe.campaigns.validate.Fact;
import io.steppe.engine.Describe;
import io.steppe.engine.Names;
import io.steppe.engine.SectionContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;

/**
 * One outcome of a campaign's {@code outcomes} section, the rows {@code steppe compare} tabulates:
 * a KPI (an object KPI summed, optionally broken down by key), a statistic of a daily metric over
 * a window (the whole run without one), or the ratio of two metrics' sums over a window.
 *
 * @param id short id, unique in the section
 * @param label what it is, for the table
 * @param unit the unit shown (after {@code show}'s scaling)
 * @param show how values are shown
 * @param kpi a KPI of summary.json
 * @param breakdown for an object KPI: also one row per key
 * @param metric a daily metric
 * @param stat mean (default), max, min or sum of the metric over the window
 * @param numerator the numerator metric of a ratio (summed over the window)
 * @param denominator the denominator metric of a ratio (summed over the window, times {@code scale})
 * @param scale the factor of the denominator (24 turns a sum of daily MW into MWh)
 * @param from first day of the window (inclusive)
 * @param to last day of the window (inclusive)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutcomeSpec(
        @Describe("Short id, unique in the section") @NotBlank String id,
        @Describe("What it is, for the table") @NotBlank String label,
        @Describe("The unit shown") String unit,
        @Describe("number (default), share (shown in %), date, money (shown in millions)") Show show,
        @Describe("A KPI of summary.json (an object KPI is summed)") String kpi,
        @Describe("For an object KPI: one more row per key") Boolean breakdown,
        @Describe("A daily metric") String metric,
        @Describe("mean (default), max, min or sum of the metric over the window") Fact.Stat stat,
        @Describe("Numerator of a ratio: a metric summed over the window") String numerator,
        @Describe("Denominator of a ratio: a metric summed over the window, times scale") String denominator,
        @Describe(value = "Factor of a ratio's denominator", unit = "1") @Positive Double scale,
        @Describe("First day of the window (inclusive); absent = the run's start") LocalDate from,
        @Describe("Last day of the window (inclusive); absent = the run's end") LocalDate to) {

    /** How a value is shown. */
    public enum Show {
        /** A plain number in its unit. */
        @JsonProperty("number") NUMBER,
        /** A share 0..1, shown in %. */
        @JsonProperty("share") SHARE,
        /** A date, measured as an epoch day. */
        @JsonProperty("date") DATE,
        /** USD, shown in millions. */
        @JsonProperty("money") MONEY
    }

    /** Fills in defaults. */
    public OutcomeSpec {
        unit = unit == null ? "" : unit;
        show = show == null ? Show.NUMBER : show;
        breakdown = breakdown != null && breakdown;
        if (metric != null && stat == null) {
            stat = Fact.Stat.MEAN;
        }
        scale = scale == null ? 1.0 : scale;
    }

    /** Exactly one source, a known statistic, names the scenario makes available, and unique ids. */
    public static void check(List<OutcomeSpec> outcomes, SectionContext context) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeSpec o = outcomes.get(i);
            String at = "[" + i + "]";
            if (o == null) {
                context.problem(at, "must be a mapping");
                continue;
            }
            if (!ids.add(o.id())) {
                context.problem(at + ".id", "'" + o.id() + "' is used twice");
            }
            int sources = (o.kpi() == null ? 0 : 1) + (o.metric() == null ? 0 : 1) + (o.numerator() == null && o.denominator() == null ? 0 : 1);
            if (sources != 1) {
                context.problem(at, "needs exactly one of kpi, metric, numerator/denominator");
                continue;
            }
            if (o.kpi() != null) {
                context.requireKpi(at + ".kpi", o.kpi());
            }
            if (o.metric() != null && !List.of(Fact.Stat.MEAN, Fact.Stat.MAX, Fact.Stat.MIN, Fact.Stat.SUM).contains(o.stat())) {
                context.problem(at + ".stat", "must be one of mean, max, min, sum");
            }
            for (String[] m : new String[][] {{"metric", o.metric()}, {"numerator", o.numerator()}, {"denominator", o.denominator()}}) {
                if (m[1] != null) {
                    context.requireMetric(at + "." + m[0], m[1]);
                }
            }
            if ((o.numerator() == null) != (o.denominator() == null)) {
                context.problem(at + ".numerator", "a ratio needs numerator and denominator");
            }
            if (o.from() != null && o.to() != null && o.to().isBefore(o.from())) {
                context.problem(at + ".to", "must not be before from (" + o.from() + ")");
            }
            if (!Names.isIdentifier(o.id()) && o.id() != null && !o.id().isBlank()) {
                context.problem(at + ".id", "ids are lowerCamelCase identifiers");
            }
        }
    }
}
