package io.steppe.campaigns.batch;

import io.steppe.engine.run.Ensemble;
import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The summaries written to {@code aggregate.json}. Values are sorted before anything is summed
 * and sums are exact ({@link ExactSum}), so a summary depends only on the multiset of values,
 * never on the order the runs finished in. Quantiles are the rule every Steppe ensemble uses
 * (linear between order statistics).
 */
public final class Statistics {
    /** The normal quantile for a two-sided 95% interval. */
    static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    private Statistics() {
    }

    /**
     * A sample's summary.
     *
     * @param n values
     * @param mean mean
     * @param sd sample standard deviation (n−1); NaN for fewer than 2 values
     * @param ciLow lower end of the 95% confidence interval of the mean (Student's t)
     * @param ciHigh upper end
     * @param min smallest value
     * @param quantiles the 5, 25, 50, 75 and 95% quantiles
     * @param max largest value
     */
    public record Summary(int n, double mean, double sd, double ciLow, double ciHigh, double min, double[] quantiles,
                          double max) {
    }

    /**
     * A share of runs with a 95% Wilson score interval.
     *
     * @param k runs where it happened
     * @param n runs
     * @param share k / n
     * @param low lower end of the interval
     * @param high upper end
     */
    public record Share(int k, int n, double share, double low, double high) {
    }

    /** The summary of the values (NaN values are left out); null when none is left. */
    public static Summary summarise(double[] values) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = x.length;
        if (n == 0) {
            return null;
        }
        double[] sum = null;
        for (double v : x) {
            sum = ExactSum.add(sum, v);
        }
        double mean = ExactSum.value(sum) / n;
        double sd = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        if (n >= 2) {
            double[] squares = null;
            for (double v : x) {
                squares = ExactSum.add(squares, (v - mean) * (v - mean));
            }
            sd = Math.sqrt(ExactSum.value(squares) / (n - 1));
            double half = TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
            low = mean - half;
            high = mean + half;
        }
        double[] q = new double[Bands.QUANTILES.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = Ensemble.quantileOfSorted(x, Bands.QUANTILES[i]);
        }
        return new Summary(n, mean, sd, low, high, x[0], q, x[n - 1]);
    }

    /** k of n runs with the 95% Wilson score interval. */
    public static Share share(int k, int n) {
        if (n == 0) {
            return new Share(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double p = k / (double) n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Share(k, n, p, k == 0 ? 0.0 : Math.max(0, centre - half), k == n ? 1.0 : Math.min(1, centre + half));
    }
}
