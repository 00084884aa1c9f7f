package io.steppe.agents.government;

import io.steppe.agents.society.Society;
import io.steppe.engine.ForwardingWorldView;
import io.steppe.engine.Purpose;
import io.steppe.engine.WorldView;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.EventSink;
import io.steppe.engine.agent.MetricSink;
import io.steppe.engine.doctrine.Doctrine;
import io.steppe.engine.doctrine.LeverGate;
import io.steppe.engine.doctrine.Observation;
import io.steppe.engine.doctrine.Responses;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The government agent. Each day, in the government phase, it updates the elites' influence (which
 * falls during mass protest and slowly recovers), asks its doctrine what to do, pulls the levers it
 * chose through the doctrine's gate (the engine checks them against the doctrine's declared
 * levers), and logs a {@code governmentResponse} event whenever a response starts, changes markedly
 * or ends. What it reads, writes and emits is declared in {@link GovernmentSpec#declaration()}.
 */
final class Government implements Steppable, Observation, Responses, ForwardingWorldView, Elites {
    private static final long serialVersionUID = 1L;

    private final GovernmentSpec spec;
    private final Doctrine doctrine;
    private final Optional<Society> society;
    private final Observation.Objectives objectives;
    private final WorldView view;
    private final LeverGate gate;
    private final MetricSink elitesMetric;
    private final EventSink responses;
    private final Map<String, Double> pulledYesterday = new LinkedHashMap<>();
    private final Map<String, Double> loggedValue = new HashMap<>();
    private final Map<String, Double> pulledToday = new LinkedHashMap<>();
    private final Map<String, String> reasonToday = new HashMap<>();
    private double elites;

    Government(GovernmentSpec spec, AgentContext context) {
        this.spec = spec;
        this.doctrine = spec.doctrine().create();
        this.society = context.find(Society.class);
        this.objectives = spec.objectives();
        this.view = context.view(spec.memoryDays());
        this.gate = context.gate(spec.doctrine());
        this.elitesMetric = context.metric("elitesInfluence");
        this.responses = context.event("governmentResponse");
        this.elites = spec.initialElitesInfluence();
    }

    @Override
    public double influence() {
        return elites;
    }

    @Override
    public void step(SimState state) {
        if (society.map(Society::massProtest).orElse(false)) {
            elites *= 1 - spec.elitesLossPerMassProtestDay();
        }
        elites += (spec.initialElitesInfluence() - elites) / spec.elitesRecoveryDays();
        elitesMetric.put(elites);

        pulledToday.clear();
        reasonToday.clear();
        doctrine.decide(this, this);
        for (Map.Entry<String, Double> e : pulledToday.entrySet()) {
            gate.set(e.getKey(), e.getValue());
            Double logged = loggedValue.get(e.getKey());
            boolean start = !pulledYesterday.containsKey(e.getKey());
            boolean change = !start && logged != null && Math.abs(e.getValue() - logged) > 0.25 * Math.max(Math.abs(logged), 1e-9);
            if (start || change) {
                loggedValue.put(e.getKey(), e.getValue());
                responses.emit("government", "lever", e.getKey(), "state", start ? "start" : "change", "value", e.getValue(),
                        "reason", reasonToday.get(e.getKey()));
            }
        }
        for (String lever : pulledYesterday.keySet()) {
            if (!pulledToday.containsKey(lever)) {
                loggedValue.remove(lever);
                responses.emit("government", "lever", lever, "state", "end");
            }
        }
        pulledYesterday.clear();
        pulledYesterday.putAll(pulledToday);
    }

    @Override
    public void pull(String lever, double value, String reason) {
        pulledToday.put(lever, value);
        reasonToday.put(lever, reason);
    }

    @Override
    public void seek(Purpose purpose, String reason) {
        gate.seek(purpose, reason);
    }

    @Override
    public WorldView delegate() {
        return view;
    }

    @Override
    public Observation.Objectives objectives() {
        return objectives;
    }
}
