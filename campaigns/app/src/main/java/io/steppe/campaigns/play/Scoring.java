package io.steppe.campaigns.play;

import io.steppe.campaigns.play.Objective;
import io.steppe.engine.run.Ensemble;
import java.util.Arrays;

/**
 * The scoring rules of {@code steppe play}, on plain numbers (see {@link Objective}): every run
 * earns 0 to 100 on every objective, an objective's score is the mean over the runs, and a run's
 * total is the weighted mean of its objective scores.
 */
public final class Scoring {
    private Scoring() {
    }

    /**
     * One run's score on an objective: for atMost / atLeast 100 when the KPI meets the target and 0
     * otherwise (a missing value never does); for minimize / maximize
     * 50 + 50 × tanh(improvement / scale) against the baseline run with the same seed, where the
     * improvement is baseline − value (minimize) or value − baseline (maximize).
     */
    public static double runScore(Objective objective, double value, double baseline, double scale) {
        return switch (objective.goal()) {
            case AT_MOST -> !Double.isNaN(value) && value <= objective.target() ? 100 : 0;
            case AT_LEAST -> !Double.isNaN(value) && value >= objective.target() ? 100 : 0;
            case MINIMIZE -> 50 + 50 * Math.tanh((baseline - value) / scale);
            case MAXIMIZE -> 50 + 50 * Math.tanh((value - baseline) / scale);
        };
    }

    /**
     * The scale a minimize / maximize objective uses: its own, or else the median |value| of the
     * baseline runs, or 1 when that is 0.
     */
    public static double scale(Objective objective, double[] baseline) {
        if (objective.scale() != null) {
            return objective.scale();
        }
        double median = Ensemble.quantile(Arrays.stream(baseline).map(Math::abs).toArray(), 0.5);
        return median > 0 ? median : 1;
    }

    /** Weighted mean of scores; NaN when the weights sum to 0. */
    public static double weightedMean(double[] scores, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            sum += scores[i] * weights[i];
            total += weights[i];
        }
        return total > 0 ? sum / total : Double.NaN;
    }

    /** Arithmetic mean; NaN for no values. */
    public static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
    }
}
