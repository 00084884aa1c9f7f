package io.steppe.campaigns.report;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Per-day quantiles of a daily quantity over the runs of an ensemble: the 5, 25, 50, 75 and 95%
 * points of each day, for a fan chart ({@link ReportTimeChart#fan}). Quantiles interpolate
 * linearly between order statistics of the runs that have a value that day; a day no run has a
 * value for is NaN.
 */
public final class ReportBands {
    private final LocalDate start;
    private final double[][] quantiles;

    private ReportBands(LocalDate start, double[][] quantiles) {
        this.start = start;
        this.quantiles = quantiles;
    }

    /**
     * The bands of an ensemble.
     *
     * @param start the date of day 0
     * @param runs {@code runs[r][d]}: run r's value on day d (every run the same length; NaN where missing)
     */
    public static ReportBands of(LocalDate start, double[][] runs) {
        int days = runs.length == 0 ? 0 : runs[0].length;
        double[][] q = new double[5][days];
        double[] day = new double[runs.length];
        for (int d = 0; d < days; d++) {
            int n = 0;
            for (double[] run : runs) {
                if (run.length != days) {
                    throw new IllegalArgumentException("runs differ in length: " + run.length + " and " + days);
                }
                if (!Double.isNaN(run[d])) {
                    day[n++] = run[d];
                }
            }
            double[] sorted = Arrays.copyOf(day, n);
            Arrays.sort(sorted);
            q[0][d] = quantile(sorted, 0.05);
            q[1][d] = quantile(sorted, 0.25);
            q[2][d] = quantile(sorted, 0.50);
            q[3][d] = quantile(sorted, 0.75);
            q[4][d] = quantile(sorted, 0.95);
        }
        return new ReportBands(start, q);
    }

    /**
     * Bands already computed elsewhere (e.g. a batch's streaming sketches): the 5, 25, 50, 75 and
     * 95% points of each day, all of the same length.
     */
    public static ReportBands ofQuantiles(LocalDate start, double[] p5, double[] p25, double[] p50, double[] p75, double[] p95) {
        double[][] q = {p5.clone(), p25.clone(), p50.clone(), p75.clone(), p95.clone()};
        for (double[] row : q) {
            if (row.length != p5.length) {
                throw new IllegalArgumentException("quantile rows differ in length");
            }
        }
        return new ReportBands(start, q);
    }

    /**
     * The q-quantile (0..1) of sorted values, interpolating linearly between order statistics;
     * NaN when there are none.
     */
    public static double quantile(double[] sorted, double q) {
        return io.steppe.engine.run.Ensemble.quantileOfSorted(sorted, q);
    }

    /** The date of day 0. */
    public LocalDate start() {
        return start;
    }

    /** Number of days. */
    public int days() {
        return quantiles[0].length;
    }

    /** The 5% point of each day. */
    public double[] p5() {
        return quantiles[0].clone();
    }

    /** The 25% point of each day. */
    public double[] p25() {
        return quantiles[1].clone();
    }

    /** The median of each day. */
    public double[] p50() {
        return quantiles[2].clone();
    }

    /** The 75% point of each day. */
    public double[] p75() {
        return quantiles[3].clone();
    }

    /** The 95% point of each day. */
    public double[] p95() {
        return quantiles[4].clone();
    }
}
