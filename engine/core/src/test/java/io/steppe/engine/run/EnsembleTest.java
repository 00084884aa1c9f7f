package io.steppe.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.Scenario;
import io.steppe.engine.testing.TestRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnsembleTest {
    private final PluginRegistry registry = TestRegistry.fixtures();
    private final Scenario walk = TestRegistry.loader().parse("""
            name: walk
            start: 2021-01-01
            end: 2021-03-31
            seed: 11
            agents:
              - type: randomWalk
            """, "walk.yaml", false, null, List.of());
    private final MarketData market = MarketData.load(walk.data(), walk.start(), walk.end(), null);

    private List<Double> finalPositions(List<Scenario> scenarios, int threads, List<Integer> progress) {
        return Ensemble.run(scenarios, market, registry, threads,
                world -> (Double) world.kpis().all().get("testFinalPosition"), progress::add);
    }

    @Test
    void anEnsemblesSeedsAreTheReplicatesDerivedFromTheScenarioSeed() {
        assertThat(Ensemble.seeds(walk, 3)).extracting(Scenario::seed).containsExactly(Seeds.of(11, 0, 0), Seeds.of(11, 0, 1), Seeds.of(11, 0, 2));
    }

    @Test
    void resultsFollowTheScenariosWhateverTheThreads() {
        List<Integer> progress = new ArrayList<>();
        List<Double> oneThread = finalPositions(Ensemble.seeds(walk, 4), 1, progress);
        List<Double> threeThreads = finalPositions(Ensemble.seeds(walk, 4), 3, new ArrayList<>());
        assertThat(threeThreads).isEqualTo(oneThread);
        assertThat(progress).containsExactly(1, 2, 3, 4);
        List<Double> single = finalPositions(List.of(walk.withSeed(Seeds.of(11, 0, 2))), 1, new ArrayList<>());
        assertThat(single.get(0)).isEqualTo(oneThread.get(2));
        assertThat(oneThread).doesNotHaveDuplicates();
    }

    @Test
    void aFailingMeasureIsReportedWithItsCause() {
        assertThatThrownBy(() -> Ensemble.run(Ensemble.seeds(walk, 2), market, registry, 2, world -> {
            throw new IllegalArgumentException("no such KPI");
        }, done -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessageMatching("run 1 of walk \\(seed -?\\d+\\) failed: no such KPI");
    }
}
