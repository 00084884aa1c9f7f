package io.steppe.testkit;

import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.SteppeModule;
import io.steppe.engine.run.EngineModule;
import io.steppe.engine.testing.TestPluginModule;
import io.steppe.engine.testing.TestPolicyModule;
import java.util.List;

/** The registry and base scenario the kits' tests use: the engine's fixtures and the quiet population. */
final class KitFixtures {
    private KitFixtures() {
    }

    /** Registers the quiet population and its names. */
    static final class QuietModule extends SteppeModule {
        @Override
        protected void registerTypes() {
            registerAgent("quiet", QuietAgentSpec.class);
            registerMetric("quietCounter", "1", "The quiet population's counter");
            registerEvent("quietAnnounced", "The quiet population announced itself", "counter");
            registerKpi("quietTotal", "1", "The quiet population's counter at the end");
        }
    }

    static final PluginRegistry REGISTRY = PluginRegistry.of(List.of(new EngineModule(), new TestPluginModule(), new TestPolicyModule(),
            new QuietModule()));

    /** A random walk whose steps grow with the test fee, and the fee switched on for March. */
    static final String BASE = """
            name: kit
            start: 2021-01-01
            end: 2021-06-30
            seed: 3
            agents:
              - type: randomWalk
            policies:
              - {type: testFee, rateKztPerKwh: 2, start: 2021-03-01, end: 2021-03-31}
            """;
}
