package io.steppe.engine.testing;

import io.steppe.engine.plugin.SteppeModule;

/** Test fixture module: registers the random-walk agent and its metric, event and KPI. */
public final class TestPluginModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerAgent("randomWalk", RandomWalkAgentSpec.class);
        registerMetric("testWalk", "1", "Position of the test random walk");
        registerEvent("testJump", "The test random walk jumped", "position");
        registerKpi("testFinalPosition", "1", "Position of the test random walk at the end");
    }
}
