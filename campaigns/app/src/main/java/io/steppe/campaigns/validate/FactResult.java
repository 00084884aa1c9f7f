package io.steppe.campaigns.validate;

import io.steppe.campaigns.validate.Fact;
import io.steppe.campaigns.validate.FactBounds;
import java.util.Arrays;

/**
 * One fact judged over an ensemble: the runs' values, their median and 5-95% range (linear
 * interpolation between order statistics, over the runs where the value exists), the share of
 * runs inside the range, and whether that share reaches the required one.
 *
 * @param fact the fact
 * @param values the value of each run, in seed order (NaN where it does not exist)
 * @param requiredShare the share of runs that must be inside
 */
public record FactResult(Fact fact, double[] values, double requiredShare) {

    /** Whether a value lies inside the fact's range (NaN never does). */
    public boolean inside(double v) {
        if (Double.isNaN(v)) {
            return false;
        }
        Double lo = FactBounds.parse(fact.atLeast());
        Double hi = FactBounds.parse(fact.atMost());
        return (lo == null || v >= lo) && (hi == null || v <= hi);
    }

    /** Share of runs inside the range. */
    public double shareInside() {
        return values.length == 0 ? 0 : Arrays.stream(values).filter(this::inside).count() / (double) values.length;
    }

    /** Whether the fact passes. */
    public boolean passes() {
        return shareInside() >= requiredShare - 1e-12;
    }

    /** The q-quantile (0..1) of the existing values, NaN if none. */
    public double quantile(double q) {
        return io.steppe.engine.run.Ensemble.quantile(values, q);
    }

    /** The accepted range as written in the campaign, e.g. {@code [0.05, 0.11]} or {@code [1, ]}. */
    public String acceptedRange() {
        return "[" + (fact.atLeast() == null ? "" : fact.atLeast()) + ", " + (fact.atMost() == null ? "" : fact.atMost()) + "]";
    }

    /** Runs where the value does not exist (no such event, empty window). */
    public long missing() {
        return Arrays.stream(values).filter(Double::isNaN).count();
    }

    /** Whether values and bounds are dates. */
    public boolean dated() {
        return fact.datedValue() || FactBounds.isDate(fact.atLeast()) || FactBounds.isDate(fact.atMost());
    }

    /** A value as text: a date for dated facts, else a number with 4 significant digits. */
    public String format(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (dated()) {
            return java.time.LocalDate.ofEpochDay(Math.round(v)).toString();
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
