package io.steppe.engine.run;

import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.market.Market;
import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.PolicyEntry;
import io.steppe.engine.scenario.Scenario;
import io.steppe.engine.scenario.Wiring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Creates an unstarted world on already loaded market data (reused across replicates). Every
     * population is named {@code agents[i]:type} and draws from the stream {@code agent:type:k},
     * the k-th population of its type; every policy is {@code policies[i]:type} with stream
     * {@code policy:type:k}. Populations install providers first (see {@link Wiring}).
     */
    public static SteppeWorld create(Scenario s, Market market, PluginRegistry registry) {
        List<String> agentNames = new ArrayList<>();
        List<String> agentStreams = new ArrayList<>();
        List<Declaration> declarations = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < s.agents().size(); i++) {
            AgentSpec agent = s.agents().get(i);
            String type = registry.typeName(agent);
            agentNames.add("agents[" + i + "]:" + type);
            agentStreams.add("agent:" + type + ":" + (seen.merge("agent:" + type, 1, Integer::sum) - 1));
            declarations.add(agent.declaration());
        }
        List<String> policyNames = new ArrayList<>();
        List<String> policyStreams = new ArrayList<>();
        for (int i = 0; i < s.policies().size(); i++) {
            PolicyEntry entry = s.policies().get(i);
            String type = registry.typeName(entry.spec());
            policyNames.add("policies[" + i + "]:" + type);
            policyStreams.add("policy:" + type + ":" + (seen.merge("policy:" + type, 1, Integer::sum) - 1));
        }
        var plan = new SteppeWorld.RunPlan(agentNames, agentStreams, Wiring.installOrder(declarations), policyNames, policyStreams);
        return new SteppeWorld(s, market, registry, plan);
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
