package io.steppe.campaigns.validate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.steppe.engine.Describe;
import io.steppe.engine.SectionContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stylised fact a campaign should reproduce: a value measured on a run (from a metric over a
 * date window, a KPI, or events), the range history allows, and the source. {@code steppe
 * validate} measures it on every run of an ensemble and passes it when at least the required
 * share of runs falls inside the range.
 *
 * <p>Exactly one of {@code metric}, {@code kpi}, {@code event} is given. For a metric, {@code stat}
 * is {@code mean} (default), {@code max}, {@code min} or {@code sum} over {@code from..to}; with
 * {@code relativeFrom}/{@code relativeTo} the value is divided by the same statistic over that
 * reference window. For events (filtered by {@code where} on their details), {@code stat} is
 * {@code count} in the window (default), {@code firstDate} (the first one's date in the window, or
 * none), or {@code daysAfter} (days from the first {@code after} event in the window to the first
 * event of this type on or after it). A KPI is read as is (a number or a date). {@code atLeast} /
 * {@code atMost} bound the value (numbers, or dates for date values); either may be absent.
 *
 * @param id short id, e.g. the target's id in the calibration table
 * @param name what the fact says
 * @param metric a daily metric
 * @param kpi a KPI of summary.json
 * @param event an event type
 * @param stat how the value is measured
 * @param from first day of the window (inclusive)
 * @param to last day of the window (inclusive)
 * @param relativeFrom first day of the reference window of a relative metric fact
 * @param relativeTo last day of the reference window
 * @param after event type the {@code daysAfter} statistic counts from
 * @param where event details that must match, e.g. {@code {state: start}}
 * @param atLeast lower bound (inclusive)
 * @param atMost upper bound (inclusive)
 * @param requiredShare share of runs that must fall inside; absent = the campaign's default
 * @param source where the range comes from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fact(
        @Describe("Short id, e.g. the calibration target's id") @NotBlank String id,
        @Describe("What the fact says") @NotBlank String name,
        @Describe("A daily metric the fact measures") String metric,
        @Describe("A KPI the fact reads") String kpi,
        @Describe("An event type the fact counts or dates") String event,
        @Describe("mean, max, min, sum (metric); count, firstDate, daysAfter (event)") Stat stat,
        @Describe("First day of the window (inclusive)") LocalDate from,
        @Describe("Last day of the window (inclusive)") LocalDate to,
        @Describe("First day of the reference window (a metric relative to another window)") LocalDate relativeFrom,
        @Describe("Last day of the reference window") LocalDate relativeTo,
        @Describe("Event type that daysAfter counts from") String after,
        @Describe("Event details that must match, e.g. {state: start}") Map<String, String> where,
        @Describe("Lower bound (inclusive): a number, or a date for date values") String atLeast,
        @Describe("Upper bound (inclusive): a number, or a date for date values") String atMost,
        @Describe(value = "Share of runs that must fall inside; absent = the campaign's requiredShare", unit = "1")
        @PositiveOrZero(message = "must be ≥ 0") @DecimalMax(value = "1", message = "must be ≤ 1") Double requiredShare,
        @Describe("Where the range comes from") @NotBlank String source) {

    /** How a fact's value is measured. */
    public enum Stat {
        @JsonProperty("mean") MEAN,
        @JsonProperty("max") MAX,
        @JsonProperty("min") MIN,
        @JsonProperty("sum") SUM,
        @JsonProperty("count") COUNT,
        @JsonProperty("firstDate") FIRST_DATE,
        @JsonProperty("daysAfter") DAYS_AFTER
    }

    /** Fills in the default statistic and freezes the filter. */
    public Fact {
        if (stat == null) {
            stat = metric != null ? Stat.MEAN : event != null ? Stat.COUNT : null;
        }
        where = where == null ? null : Map.copyOf(new java.util.TreeMap<>(where));
    }

    /**
     * Each fact reads exactly one source the scenario makes available (a metric, KPI or event type),
     * with a statistic, window and bounds that fit it.
     */
    public static void check(List<Fact> facts, SectionContext context) {
        for (int i = 0; i < facts.size(); i++) {
            check(facts.get(i), "[" + i + "]", context);
        }
    }

    private static void check(Fact f, String at, SectionContext context) {
        if (f == null) {
            context.problem(at, "must be a mapping");
            return;
        }
        int sources = (f.metric() == null ? 0 : 1) + (f.kpi() == null ? 0 : 1) + (f.event() == null ? 0 : 1);
        if (sources != 1) {
            context.problem(at, "needs exactly one of metric, kpi, event");
            return;
        }
        if (f.metric() != null) {
            context.requireMetric(at + ".metric", f.metric());
        }
        if (f.kpi() != null) {
            context.requireKpi(at + ".kpi", f.kpi());
        }
        if (f.event() != null) {
            context.requireEvent(at + ".event", f.event());
        }
        if (f.after() != null) {
            context.requireEvent(at + ".after", f.after());
        }
        Set<Stat> allowed = f.metric() != null ? EnumSet.of(Stat.MEAN, Stat.MAX, Stat.MIN, Stat.SUM)
                : f.event() != null ? EnumSet.of(Stat.COUNT, Stat.FIRST_DATE, Stat.DAYS_AFTER) : EnumSet.noneOf(Stat.class);
        if (f.stat() != null && !allowed.contains(f.stat())) {
            context.problem(at + ".stat", f.kpi() != null ? "a KPI fact takes no stat"
                    : "must be one of mean, max, min, sum for a metric; count, firstDate, daysAfter for an event");
        }
        if ((f.metric() != null || f.event() != null) && (f.from() == null || f.to() == null)) {
            context.problem(at + ".from", "a metric or event fact needs a window: from and to");
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            context.problem(at + ".to", "must not be before from (" + f.from() + ")");
        }
        if ((f.relativeFrom() == null) != (f.relativeTo() == null) || f.relativeFrom() != null && f.metric() == null) {
            context.problem(at + ".relativeFrom", "relativeFrom and relativeTo go together, on a metric fact");
        }
        if (f.stat() == Stat.DAYS_AFTER && f.after() == null) {
            context.problem(at + ".after", "daysAfter needs the event type it counts from");
        }
        if (f.atLeast() == null && f.atMost() == null) {
            context.problem(at + ".atLeast", "give atLeast, atMost or both");
        }
        for (String[] bound : new String[][] {{"atLeast", f.atLeast()}, {"atMost", f.atMost()}}) {
            if (bound[1] != null && FactBounds.parse(bound[1]) == null) {
                context.problem(at + "." + bound[0], "'" + bound[1] + "' is neither a number nor a date (YYYY-MM-DD)");
            }
        }
    }

    /** Whether the value is a date (bounds are dates). */
    public boolean datedValue() {
        return stat == Stat.FIRST_DATE;
    }
}
