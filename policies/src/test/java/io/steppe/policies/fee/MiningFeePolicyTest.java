package io.steppe.policies.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.agents.MiningAndGridModule;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.EngineModule;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiningFeePolicyTest {
    private final PluginRegistry registry = PluginRegistry.of(List.of(new EngineModule(), new MiningAndGridModule(), new FeePoliciesModule()));
    private final ScenarioLoader loader = new ScenarioLoader(registry);

    private SteppeWorld run(String policies) {
        String yaml = "name: fee\nstart: 2021-12-30\nend: 2022-01-02\npolicies:\n" + policies;
        return Simulation.run(new LoadedScenario(loader.parse(yaml, "fee.yaml", false, null, List.of()), "fee.yaml", null), registry);
    }

    private static double[] feeByDay(SteppeWorld world) {
        int col = world.metrics().indexOf("miningFeeKztPerKwh");
        return world.metrics().rows().stream().mapToDouble(r -> r[col]).toArray();
    }

    @Test
    void setsTheFeeLeverFromItsStartDate() {
        assertThat(feeByDay(run("  - type: miningFee\n    rateKztPerKwh: 1\n    start: 2022-01-01\n")))
                .containsExactly(0, 0, 1, 1);
    }

    @Test
    void feesOfSeveralActivePoliciesAddUp() {
        assertThat(feeByDay(run("  - type: miningFee\n    rateKztPerKwh: 1\n  - type: miningFee\n    rateKztPerKwh: 2.5\n")))
                .containsExactly(3.5, 3.5, 3.5, 3.5);
    }
}
