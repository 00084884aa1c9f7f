package io.steppe.campaigns.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Run plans: ids, seeds from (base seed, point, replicate), shards and plan.csv. */
class RunPlanTest {
    private static RunPlan plan(long seed, boolean common) {
        return new RunPlan(List.of("a"), List.of(List.of("1"), List.of("2"), List.of("3")), 4, seed, common);
    }

    @Test
    void aRunsSeedDependsOnlyOnTheBaseSeedItsPointAndItsReplicate() {
        RunPlan p = plan(42, false);
        Set<Long> seeds = new HashSet<>();
        for (RunPlan.Run r : p.runs()) {
            assertThat(r.seed()).isEqualTo(p.seed(r.point(), r.replicate())).isNotNegative();
            seeds.add(r.seed());
        }
        assertThat(seeds).hasSize(12);
        assertThat(plan(42, false).runs()).isEqualTo(p.runs());
        assertThat(plan(43, false).run(0).seed()).isNotEqualTo(p.run(0).seed());
    }

    @Test
    void commonSeedsGiveEveryPointTheSameSeeds() {
        RunPlan p = plan(42, true);
        for (int r = 0; r < 4; r++) {
            assertThat(p.seed(1, r)).isEqualTo(p.seed(0, r)).isEqualTo(p.seed(2, r));
        }
        assertThat(p.seed(0, 1)).isNotEqualTo(p.seed(0, 0));
    }

    @ParameterizedTest(name = "{0} shards")
    @CsvSource({"1", "2", "5", "12", "13"})
    void theShardsOfAPlanTakeEachRunExactlyOnce(int n) {
        RunPlan p = plan(1, false);
        List<RunPlan.Run> all = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            all.addAll(p.shard(k, n));
        }
        assertThat(all).hasSize(p.size()).containsExactlyInAnyOrderElementsOf(p.runs());
    }

    @Test
    void planCsvListsEveryRunWithItsSweptValues() {
        RunPlan p = new RunPlan(List.of("agents[0].x", "name"), List.of(List.of("0.5", "a,b")), 2, 7, false);
        String[] lines = p.csv().split("\n");
        assertThat(lines[0]).isEqualTo("run,point,replicate,seed,agents[0].x,name");
        assertThat(lines[1]).isEqualTo("0,0,0," + p.seed(0, 0) + ",0.5,\"a,b\"");
        assertThat(lines).hasSize(3);
        assertThat(p.sha256()).hasSize(64).isNotEqualTo(plan(7, false).sha256());
    }
}
