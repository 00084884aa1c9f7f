package io.steppe.campaigns.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steppe.campaigns.play.Objective.Goal;
import io.steppe.campaigns.play.Objective;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rules on constructed KPI values; expected numbers are worked out by hand in the comments. */
class ScoringTest {
    private static final double TANH_1 = 0.7615941559557649;
    private static final double TANH_HALF = 0.46211715726000974;

    private static Objective objective(Goal goal, Double target, Double scale, double weight) {
        return new Objective("o", "k", goal, target, scale, weight);
    }

    @Test
    void aBoundScoresTheShareOfRunsMeetingIt() {
        // at most 0: runs 0, 5, 0, missing -> 100, 0, 100, 0 -> mean 50
        ObjectiveScore s = ObjectiveScore.of(objective(Goal.AT_MOST, 0.0, null, 1),
                new double[] {0, 5, 0, Double.NaN}, new double[] {7, 7, 7, 7});
        assertThat(s.playerRunScores()).containsExactly(100, 0, 100, 0);
        assertThat(s.playerScore()).isEqualTo(50);
        assertThat(s.baselineScore()).isZero();
        assertThat(s.scale()).isNaN();
        // at least 10: 10 meets it (inclusive), 9.99 does not -> 50
        ObjectiveScore least = ObjectiveScore.of(objective(Goal.AT_LEAST, 10.0, null, 1), new double[] {10, 9.99}, new double[] {20, 0});
        assertThat(least.playerScore()).isEqualTo(50);
        assertThat(least.baselineScore()).isEqualTo(50);
    }

    @Test
    void aDirectionScoresFiftyPlusFiftyTanhOfTheGainOverTheScaleAgainstTheSameSeed() {
        Objective max = objective(Goal.MAXIMIZE, null, 10.0, 1);
        // gain 20 - 10 = one scale: 50 + 50 tanh(1) = 88.0797
        assertThat(Scoring.runScore(max, 20, 10, 10)).isCloseTo(50 + 50 * TANH_1, within(1e-12)).isCloseTo(88.0797, within(1e-4));
        // minimize, the same numbers: the gain is 10 - 20 = -10, so 50 - 50 tanh(1) = 11.9203
        Objective min = objective(Goal.MINIMIZE, null, 10.0, 1);
        assertThat(Scoring.runScore(min, 20, 10, 10)).isCloseTo(11.9203, within(1e-4));
        // each run against its own twin: player (15, 10), baseline (10, 15), scale 10 -> (50 + 50 tanh .5, 50 - 50 tanh .5)
        ObjectiveScore s = ObjectiveScore.of(max, new double[] {15, 10}, new double[] {10, 15});
        assertThat(s.playerRunScores()[0]).isCloseTo(50 + 50 * TANH_HALF, within(1e-12));
        assertThat(s.playerRunScores()[1]).isCloseTo(50 - 50 * TANH_HALF, within(1e-12));
        assertThat(s.playerScore()).as("a gain in one run and the same loss in the other cancel").isCloseTo(50, within(1e-12));
        assertThat(s.baselineRunScores()).containsExactly(50, 50);
    }

    @Test
    void withoutAScaleTheBaselinesMedianMagnitudeIsTheScale() {
        Objective max = objective(Goal.MAXIMIZE, null, null, 1);
        // |baseline| = 4, 2, 6 -> median 4
        assertThat(Scoring.scale(max, new double[] {-4, 2, 6})).isEqualTo(4);
        assertThat(Scoring.scale(max, new double[] {0, 0, 1})).as("a zero median falls back to 1").isEqualTo(1);
        // player doubles a baseline of 4 (gain 4 = one scale) -> 88.08
        assertThat(ObjectiveScore.of(max, new double[] {8}, new double[] {4}).playerScore()).isCloseTo(88.0797, within(1e-4));
    }

    @Test
    void theTotalIsTheWeightedMeanOfTheObjectivesRunByRun() {
        // objective A (weight 3): at most 0 -> player runs 100, 0; baseline runs 0, 0
        ObjectiveScore a = ObjectiveScore.of(objective(Goal.AT_MOST, 0.0, null, 3), new double[] {0, 1}, new double[] {1, 1});
        // objective B (weight 1): maximize, scale 10 -> player runs 88.0797 (gain 10), 50 (no gain); baseline 50, 50
        ObjectiveScore b = ObjectiveScore.of(objective(Goal.MAXIMIZE, null, 10.0, 1), new double[] {20, 5}, new double[] {10, 5});
        Score score = new Score("c", null, "p", List.of(), 1, List.of(a, b), List.of());
        // run 1: (3 x 100 + 88.0797) / 4 = 97.0199; run 2: (3 x 0 + 50) / 4 = 12.5; total (97.0199 + 12.5) / 2 = 54.7600
        assertThat(score.playerRunTotals()[0]).isCloseTo((300 + 50 + 50 * TANH_1) / 4, within(1e-12));
        assertThat(score.playerRunTotals()[1]).isEqualTo(12.5);
        assertThat(score.playerTotal()).isCloseTo(54.7600, within(1e-4));
        // the same as the weighted mean of the objectives' scores: (3 x 50 + 69.0399) / 4 = 54.7600
        assertThat(score.playerTotal()).isCloseTo((3 * a.playerScore() + b.playerScore()) / 4, within(1e-12));
        // baseline: (3 x 0 + 50) / 4 = 12.5 in both runs
        assertThat(score.baselineTotal()).isEqualTo(12.5);
        assertThat(score.runsAhead()).as("run 2 ties the baseline, which is not ahead").isEqualTo(1);
        assertThat(score.runs()).isEqualTo(2);
    }

    @Test
    void weightsOfZeroLeaveNoTotal() {
        assertThat(Scoring.weightedMean(new double[] {80, 20}, new double[] {0, 0})).isNaN();
        assertThat(Scoring.weightedMean(new double[] {80, 20}, new double[] {1, 0})).isEqualTo(80);
    }
}
