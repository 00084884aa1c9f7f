package io.steppe.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.steppe.engine.Describe;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Map;

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

    /** Whether the value is a date (bounds are dates). */
    public boolean datedValue() {
        return stat == Stat.FIRST_DATE;
    }
}
