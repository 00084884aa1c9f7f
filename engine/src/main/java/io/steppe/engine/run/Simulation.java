package io.steppe.engine.run;

import io.steppe.engine.SteppeWorld;
import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.TypeRegistration;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sim.engine.Steppable;

/** Builds and runs worlds: the one way every command (run, check, batch, tests) runs a scenario. */
public final class Simulation {
    private Simulation() {
    }

    /** Loads the market data and creates an unstarted world. */
    public static SteppeWorld create(LoadedScenario loaded, PluginRegistry registry) {
        Scenario s = loaded.scenario();
        MarketData market = MarketData.load(s.data(), s.start(), s.end(), loaded.baseDir());
        return create(s, market, registry);
    }

    /** Creates an unstarted world on already loaded market data (reused across replicates). */
    public static SteppeWorld create(Scenario s, MarketData market, PluginRegistry registry) {
        Map<Class<?>, String> names = new HashMap<>();
        for (TypeRegistration r : registry.policies().values()) {
            names.put(r.specClass(), r.name());
        }
        Map<Class<?>, String> agentNames = new HashMap<>();
        for (TypeRegistration r : registry.agents().values()) {
            agentNames.put(r.specClass(), r.name());
        }
        List<String> streams = new java.util.ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (var agent : s.agents()) {
            String type = agentNames.getOrDefault(agent.getClass(), agent.getClass().getName());
            int occurrence = seen.merge(type, 1, Integer::sum) - 1;
            streams.add("agent:" + type + ":" + occurrence);
        }
        List<Steppable> core = new java.util.ArrayList<>();
        SteppeWorld world = new SteppeWorld(s, market, registry.metrics(), registry.injector(), core, streams);
        core.add(new MarketStep(world));
        core.add(new PolicyRunner(s.policies(), e -> names.getOrDefault(e.spec().getClass(), e.spec().getClass().getSimpleName())));
        return world;
    }

    /** Runs a world from its first to its last day and computes its KPIs. */
    public static SteppeWorld run(SteppeWorld world) {
        world.start();
        int days = world.scenario().days();
        for (int d = 0; d < days; d++) {
            world.schedule.step(world);
        }
        world.finish();
        return world;
    }

    /** Loads and runs a scenario. */
    public static SteppeWorld run(LoadedScenario loaded, PluginRegistry registry) {
        return run(create(loaded, registry));
    }
}
