package io.steppe.engine;

import java.util.Objects;

/**
 * A policy lever: a number with a unit, a baseline it returns to at the start of every day's policy
 * phase, and a rule for combining what several active policies set. Agents read levers; only
 * policies and the government's doctrine set them, each through the levers its spec declares. A
 * plugin registers the levers it introduces ({@code SteppeModule.registerLever}); each lever is also
 * a column of {@code timeseries.csv}.
 *
 * @param name lowerCamelCase name, with its unit in the name where it has one ({@code importBoostMw})
 * @param unit the unit spelled out ({@code "MW"}, {@code "0/1"} for a switch)
 * @param baseline the value when no policy sets it; NaN means "unset" (no limit)
 * @param combine how the values set by several policies on one day combine
 * @param doc what it does, in one line
 * @param source where its meaning and baseline come from (a law, a data file, or "assumption: ...")
 * @param switchEvent for an on/off lever, the event type logged with {@code state: start|end} when
 *     it switches (e.g. {@code internetShutdown}); null for none
 */
public record LeverInfo(String name, String unit, double baseline, Combine combine, String doc, String source,
                        String switchEvent) {

    /** How values set by several active policies on one day combine. */
    public enum Combine {
        /** Values add up (fees, taxes, teams). */
        SUM,
        /** The largest value wins (switches, floors). */
        MAX,
        /** The smallest value wins (caps, limits). */
        MIN;

        /** Combines the value so far with one more. */
        public double apply(double sofar, double value) {
            return switch (this) {
                case SUM -> sofar + value;
                case MAX -> Math.max(sofar, value);
                case MIN -> Math.min(sofar, value);
            };
        }
    }

    /** Checks the name and that the parts are present. */
    public LeverInfo {
        Names.requireIdentifier(name, "lever");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(combine, "combine");
        Objects.requireNonNull(doc, "doc");
        source = source == null ? "" : source;
        if (switchEvent != null) {
            Names.requireIdentifier(switchEvent, "event type");
        }
    }

    /**
     * A lever that starts building: give its unit, baseline and rule, then {@link #doc}.
     * {@code LeverInfo.of("importBoostMw", "MW", 0, Combine.SUM).doc("...").source("...")}.
     */
    public static LeverInfo of(String name, String unit, double baseline, Combine combine) {
        return new LeverInfo(name, unit, baseline, combine, "", "", null);
    }

    /** This lever with its one-line description. */
    public LeverInfo doc(String text) {
        return new LeverInfo(name, unit, baseline, combine, text, source, switchEvent);
    }

    /** This lever with the source of its meaning and baseline. */
    public LeverInfo source(String text) {
        return new LeverInfo(name, unit, baseline, combine, doc, text, switchEvent);
    }

    /** This on/off lever, logging {@code eventType} with {@code state: start|end} whenever it switches. */
    public LeverInfo logsSwitchAs(String eventType) {
        return new LeverInfo(name, unit, baseline, combine, doc, source, eventType);
    }

    /** Whether a value means "no limit" (an unset cap lever). */
    public static boolean unset(double value) {
        return Double.isNaN(value);
    }
}
