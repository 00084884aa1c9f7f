package io.steppe.campaigns.play;

import io.steppe.campaigns.play.Objective;
import io.steppe.engine.run.Ensemble;

/**
 * One objective scored over matched ensembles: run r of the player and run r of the baseline share
 * a seed.
 *
 * @param objective the objective
 * @param scale the scale used for minimize / maximize ({@link Scoring#scale}); NaN for atMost / atLeast
 * @param player the player's KPI value of each run, in seed order
 * @param baseline the baseline's KPI value of each run, in seed order
 * @param playerRunScores the player's score (0-100) of each run
 * @param baselineRunScores the baseline's score (0-100) of each run
 */
public record ObjectiveScore(Objective objective, double scale, double[] player, double[] baseline,
                             double[] playerRunScores, double[] baselineRunScores) {

    /** Scores the values of matched runs by {@link Scoring}. */
    public static ObjectiveScore of(Objective objective, double[] player, double[] baseline) {
        double scale = objective.goal().bounded() ? Double.NaN : Scoring.scale(objective, baseline);
        double[] playerScores = new double[player.length];
        double[] baselineScores = new double[baseline.length];
        for (int r = 0; r < player.length; r++) {
            playerScores[r] = Scoring.runScore(objective, player[r], baseline[r], scale);
            baselineScores[r] = Scoring.runScore(objective, baseline[r], baseline[r], scale);
        }
        return new ObjectiveScore(objective, scale, player.clone(), baseline.clone(), playerScores, baselineScores);
    }

    /** The player's score on this objective: the mean of its run scores, 0-100. */
    public double playerScore() {
        return Scoring.mean(playerRunScores);
    }

    /** The baseline's score: 50 for minimize / maximize, the share of its runs meeting a bound × 100 otherwise. */
    public double baselineScore() {
        return Scoring.mean(baselineRunScores);
    }

    /** The q-quantile of the player's KPI values. */
    public double playerQuantile(double q) {
        return Ensemble.quantile(player, q);
    }

    /** The q-quantile of the baseline's KPI values. */
    public double baselineQuantile(double q) {
        return Ensemble.quantile(baseline, q);
    }
}
