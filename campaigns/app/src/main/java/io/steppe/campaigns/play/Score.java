package io.steppe.campaigns.play;

import io.steppe.engine.run.Ensemble;
import io.steppe.engine.run.Seeds;
import io.steppe.engine.scenario.PolicyEntry;
import java.util.List;

/**
 * A played campaign's score: every objective's, and the totals of the player and the baseline.
 * A run's total is the weighted mean of its objective scores; the total is the mean over the runs
 * (equal to the weighted mean of the objectives' scores).
 *
 * @param campaign the campaign's name
 * @param seat the player's seat
 * @param player the moves' name, or the moves file's name when it has none
 * @param policies the player's policies as they ran (within the seat's term)
 * @param baseSeed the seed the runs' seeds are derived from ({@link Seeds}); run r has the same seed in both ensembles
 * @param objectives the objectives' scores, in the campaign's order
 * @param kpis every KPI of the runs (a plugin's included) in both ensembles
 */
public record Score(String campaign, Seat seat, String player, List<PolicyEntry> policies, long baseSeed,
                    List<ObjectiveScore> objectives, List<KpiSpread> kpis) {

    /**
     * A KPI over the runs of both ensembles: a number, a date (as its epoch day) or an object KPI's
     * sum; NaN where a run does not have it.
     *
     * @param name the KPI
     * @param date whether it is a date
     * @param baseline its value in each baseline run
     * @param player its value in each of the player's runs
     */
    public record KpiSpread(String name, boolean date, double[] baseline, double[] player) {
    }

    /** Freezes the lists. */
    public Score {
        policies = List.copyOf(policies);
        objectives = List.copyOf(objectives);
        kpis = List.copyOf(kpis);
    }

    /** The seed of each run, in run order. */
    public long[] seeds() {
        return Seeds.replicates(baseSeed, runs());
    }

    /** Runs in each ensemble. */
    public int runs() {
        return objectives.isEmpty() ? 0 : objectives.get(0).player().length;
    }

    /** The player's total of each run, 0-100. */
    public double[] playerRunTotals() {
        return runTotals(true);
    }

    /** The baseline's total of each run, 0-100. */
    public double[] baselineRunTotals() {
        return runTotals(false);
    }

    /** The player's total score, 0-100. */
    public double playerTotal() {
        return Scoring.mean(playerRunTotals());
    }

    /** The baseline's total score, 0-100. */
    public double baselineTotal() {
        return Scoring.mean(baselineRunTotals());
    }

    /** The q-quantile of the player's run totals. */
    public double playerTotalQuantile(double q) {
        return Ensemble.quantile(playerRunTotals(), q);
    }

    /** Runs in which the player's total beats the baseline's with the same seed. */
    public int runsAhead() {
        double[] p = playerRunTotals();
        double[] b = baselineRunTotals();
        int ahead = 0;
        for (int r = 0; r < p.length; r++) {
            if (p[r] > b[r]) {
                ahead++;
            }
        }
        return ahead;
    }

    private double[] runTotals(boolean ofPlayer) {
        double[] weights = objectives.stream().mapToDouble(o -> o.objective().weight()).toArray();
        double[] totals = new double[runs()];
        for (int r = 0; r < totals.length; r++) {
            double[] scores = new double[objectives.size()];
            for (int o = 0; o < scores.length; o++) {
                ObjectiveScore s = objectives.get(o);
                scores[o] = ofPlayer ? s.playerRunScores()[r] : s.baselineRunScores()[r];
            }
            totals[r] = Scoring.weightedMean(scores, weights);
        }
        return totals;
    }
}
