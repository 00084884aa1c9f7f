package io.steppe.agents;

import static io.steppe.agents.StateAndSocietyScenarios.count;
import static io.steppe.agents.StateAndSocietyScenarios.kpi;
import static io.steppe.agents.StateAndSocietyScenarios.mean;
import static io.steppe.agents.StateAndSocietyScenarios.meanMetric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steppe.engine.run.SteppeWorld;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Population scale is a scenario parameter and results do not hinge on it: the same scenario with
 * one agent per 1,000 households (~5,600 agents) and per 300 households (~18,800 agents) gives,
 * over the same five seeds, the same outcome shares and dates within the stated tolerances.
 */
class PopulationScaleTest {
    private static final StateAndSocietyScenarios SCENARIOS = new StateAndSocietyScenarios();
    /** Ten seeds: the scale comparison is of means, and five seeds leave ±10% of sampling noise in grievance. */
    private static final int SEEDS = 10;
    private static final LocalDate FROM = LocalDate.of(2021, 12, 1);
    private static final LocalDate TO = LocalDate.of(2022, 3, 31);

    private static double firstMassProtestDay(SteppeWorld w) {
        Object date = w.kpis().all().get("firstMassProtestDate");
        return date == null ? Double.NaN : ((LocalDate) date).toEpochDay();
    }

    @Test
    void sharesAndDatesAreStableAcrossPopulationScales() {
        List<SteppeWorld> coarse = SCENARIOS.ensemble(new StateAndSocietyScenarios.Yaml().householdsPerAgent(1000), SEEDS);
        List<SteppeWorld> fine = SCENARIOS.ensemble(new StateAndSocietyScenarios.Yaml().householdsPerAgent(300), SEEDS);
        assertThat(kpi(fine.get(0), "citizenAgents")).isGreaterThan(3 * kpi(coarse.get(0), "citizenAgents"));

        long coarseProtests = coarse.stream().filter(w -> count(w, "massProtest", true, FROM, TO) > 0).count();
        long fineProtests = fine.stream().filter(w -> count(w, "massProtest", true, FROM, TO) > 0).count();
        assertThat(Math.abs(coarseProtests - fineProtests)).as("runs with a winter mass protest differ by at most two of ten").isLessThanOrEqualTo(2);

        double coarseDay = mean(coarse, PopulationScaleTest::firstMassProtestDay);
        double fineDay = mean(fine, PopulationScaleTest::firstMassProtestDay);
        assertThat(fineDay).as("mean first mass protest day, within 14 days").isCloseTo(coarseDay, within(14.0));

        double coarseGrievance = mean(coarse, w -> meanMetric(w, "grievanceMean", FROM, TO));
        double fineGrievance = mean(fine, w -> meanMetric(w, "grievanceMean", FROM, TO));
        assertThat(fineGrievance).as("winter grievance within 10%").isCloseTo(coarseGrievance, within(0.1 * coarseGrievance));

        double coarsePeak = mean(coarse, w -> kpi(w, "peakProtestParticipants"));
        double finePeak = mean(fine, w -> kpi(w, "peakProtestParticipants"));
        assertThat(finePeak).as("peak participants (people) within 35%").isCloseTo(coarsePeak, within(0.35 * coarsePeak));
    }
}
