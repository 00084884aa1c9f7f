package io.steppe.campaigns.batch;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Exact summation of doubles (Shewchuk's non-overlapping partials, as in Python's
 * {@code math.fsum}): the partials always add up to the exact sum of everything added, so the
 * rounded result does not depend on the order of the additions or on how sums were split and
 * merged. This is what makes a batch's means byte-identical whatever the threads or shards.
 * The static methods work on a partials array owned by the caller, so a batch can keep one small
 * array per cell instead of one object.
 */
public final class ExactSum {
    private ExactSum() {
    }

    /**
     * Adds a finite {@code x} exactly and returns the array, which is new when it had to grow.
     *
     * @param partials the count of partials in slot 0 (as a double) followed by the partials, or null for none
     */
    public static double[] add(double[] partials, double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("not a finite value: " + x);
        }
        if (partials == null) {
            partials = new double[3];
        }
        int n = size(partials);
        int i = 0;
        for (int j = 0; j < n; j++) {
            double y = partials[1 + j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                partials[1 + i++] = lo;
            }
            x = hi;
        }
        if (1 + i >= partials.length) {
            partials = Arrays.copyOf(partials, partials.length * 2);
        }
        partials[1 + i++] = x;
        for (int j = i; j < n; j++) {
            partials[1 + j] = 0.0;
        }
        partials[0] = i;
        return partials;
    }

    /** Adds every partial of {@code other} (exactly); returns the possibly new array. */
    public static double[] addAll(double[] partials, double[] other) {
        if (other == null) {
            return partials;
        }
        for (int j = 0; j < size(other); j++) {
            partials = add(partials, other[1 + j]);
        }
        return partials;
    }

    /** The number of partials held. */
    public static int size(double[] partials) {
        return partials == null ? 0 : (int) partials[0];
    }

    /** The exact sum rounded to the nearest double. */
    public static double value(double[] partials) {
        int n = size(partials);
        if (n == 0) {
            return 0.0;
        }
        if (n == 1) {
            return partials[1];
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = 0; j < n; j++) {
            sum = sum.add(new BigDecimal(partials[1 + j]));
        }
        return sum.doubleValue();
    }
}
