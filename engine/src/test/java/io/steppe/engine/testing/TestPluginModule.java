package io.steppe.engine.testing;

import io.steppe.engine.plugin.SteppeModule;

/** Test fixture module: registers the random-walk agent and its metric. */
public final class TestPluginModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerAgent("randomWalk", RandomWalkAgentSpec.class);
        registerMetric("testWalk", "1", "Position of the test random walk");
    }
}
