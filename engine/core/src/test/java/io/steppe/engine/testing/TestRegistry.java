package io.steppe.engine.testing;

import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.EngineModule;
import io.steppe.engine.scenario.ScenarioLoader;
import java.util.List;

/** Registries and loaders for tests. */
public final class TestRegistry {
    private TestRegistry() {
    }

    /** The engine's names plus the test fixtures. */
    public static PluginRegistry fixtures() {
        return PluginRegistry.of(List.of(new EngineModule(), new TestPluginModule(), new TestPolicyModule(), new TestSectionModule()));
    }

    /** A loader over {@link #fixtures()}. */
    public static ScenarioLoader loader() {
        return new ScenarioLoader(fixtures());
    }
}
