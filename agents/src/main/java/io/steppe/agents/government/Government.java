package io.steppe.agents.government;

import io.steppe.agents.society.Polity;
import io.steppe.engine.ForwardingWorldView;
import io.steppe.engine.History;
import io.steppe.engine.Levers;
import io.steppe.engine.Metrics;
import io.steppe.engine.SteppeWorld;
import io.steppe.engine.WorldView;
import io.steppe.engine.Purpose;
import io.steppe.engine.doctrine.Adoptions;
import io.steppe.engine.doctrine.Doctrine;
import io.steppe.engine.doctrine.Observation;
import io.steppe.engine.doctrine.Responses;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The government agent. Each day, in the government phase, it updates the elites' influence (which
 * falls during mass protest and slowly recovers), remembers yesterday's metrics, asks its doctrine
 * what to do and pulls the levers it chose, logging a {@code governmentResponse} event whenever a
 * response starts, changes markedly or ends.
 *
 * <p>Inputs: yesterday's metrics and the event log; {@link Polity#massProtest}. Outputs: levers
 * (through the doctrine), {@link Polity#elitesInfluence}, metric {@code elitesInfluence}, events
 * {@code governmentResponse}.
 */
final class Government implements Steppable, Observation, Responses, ForwardingWorldView {
    private static final long serialVersionUID = 1L;

    private final GovernmentSpec spec;
    private final Doctrine doctrine;
    private final Polity polity;
    private final Observation.Objectives objectives;
    private final History history;
    private final Adoptions adoptions;
    private final Map<String, Double> pulledYesterday = new LinkedHashMap<>();
    private final Map<String, Double> loggedValue = new HashMap<>();
    private final Map<String, Double> pulledToday = new LinkedHashMap<>();
    private final Map<String, String> reasonToday = new HashMap<>();
    private final SteppeWorld world;
    private double elites;

    Government(GovernmentSpec spec, SteppeWorld world) {
        this.spec = spec;
        this.world = world;
        this.doctrine = spec.doctrine().create();
        this.polity = world.shared(Polity.class, Polity::new);
        this.objectives = spec.objectives();
        this.history = History.of(world).ensureMemory(spec.memoryDays());
        this.adoptions = Adoptions.of(world);
        this.elites = spec.initialElitesInfluence();
        polity.elitesInfluence = elites;
    }

    @Override
    public void step(SimState state) {
        Metrics metrics = world.metrics();
        if (polity.massProtest) {
            elites *= 1 - spec.elitesLossPerMassProtestDay();
        }
        elites += (spec.initialElitesInfluence() - elites) / spec.elitesRecoveryDays();
        polity.elitesInfluence = elites;
        metrics.put("elitesInfluence", elites);

        pulledToday.clear();
        reasonToday.clear();
        adoptions.clear();
        doctrine.decide(this, this);
        Levers levers = world.levers();
        for (Map.Entry<String, Double> e : pulledToday.entrySet()) {
            levers.set(e.getKey(), e.getValue());
            Double logged = loggedValue.get(e.getKey());
            boolean start = !pulledYesterday.containsKey(e.getKey());
            boolean change = !start && logged != null && Math.abs(e.getValue() - logged) > 0.25 * Math.max(Math.abs(logged), 1e-9);
            if (start || change) {
                loggedValue.put(e.getKey(), e.getValue());
                world.events().emit("governmentResponse", "government", "lever", e.getKey(), "state", start ? "start" : "change",
                        "value", e.getValue(), "reason", reasonToday.get(e.getKey()));
            }
        }
        for (String lever : pulledYesterday.keySet()) {
            if (!pulledToday.containsKey(lever)) {
                loggedValue.remove(lever);
                world.events().emit("governmentResponse", "government", "lever", lever, "state", "end");
            }
        }
        pulledYesterday.clear();
        pulledYesterday.putAll(pulledToday);
    }

    @Override
    public void pull(String lever, double value, String reason) {
        world.levers().get(lever); // fails with the list of levers if the name is unknown
        pulledToday.put(lever, value);
        reasonToday.put(lever, reason);
    }

    @Override
    public void seek(Purpose purpose, String reason) {
        adoptions.seek(purpose, reason);
    }

    @Override
    public WorldView delegate() {
        return history;
    }

    @Override
    public Observation.Objectives objectives() {
        return objectives;
    }

}
