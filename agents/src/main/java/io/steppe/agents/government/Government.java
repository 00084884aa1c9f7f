package io.steppe.agents.government;

import ec.util.MersenneTwisterFast;
import io.steppe.agents.society.Polity;
import io.steppe.engine.Event;
import io.steppe.engine.Levers;
import io.steppe.engine.Metrics;
import io.steppe.engine.SteppeWorld;
import io.steppe.engine.doctrine.Doctrine;
import io.steppe.engine.doctrine.Observation;
import io.steppe.engine.doctrine.Responses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
final class Government implements Steppable, Observation, Responses {
    private static final long serialVersionUID = 1L;

    private final GovernmentSpec spec;
    private final Doctrine doctrine;
    private final Polity polity;
    private final Observation.Objectives objectives;
    private final double[][] history;
    private int historySize;
    private int historyNext;
    private final Map<String, List<Integer>> eventDays = new HashMap<>();
    private final Map<String, Boolean> eventOngoing = new HashMap<>();
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
        this.history = new double[spec.memoryDays()][];
        this.elites = spec.initialElitesInfluence();
        polity.elitesInfluence = elites;
        world.events().subscribe(this::remember);
    }

    private void remember(Event e) {
        int day = (int) (e.date().toEpochDay() - world.scenario().start().toEpochDay());
        eventDays.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(day);
        Object state = e.details().get("state");
        if ("start".equals(state)) {
            eventOngoing.put(e.type(), true);
        } else if ("end".equals(state)) {
            eventOngoing.put(e.type(), false);
        }
    }

    @Override
    public void step(SimState state) {
        Metrics metrics = world.metrics();
        if (world.day() > 0) {
            double[] row = new double[metrics.infos().size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = metrics.last(metrics.infos().get(i).name());
            }
            history[historyNext] = row;
            historyNext = (historyNext + 1) % history.length;
            historySize = Math.min(historySize + 1, history.length);
        }
        if (polity.massProtest) {
            elites *= 1 - spec.elitesLossPerMassProtestDay();
        }
        elites += (spec.initialElitesInfluence() - elites) / spec.elitesRecoveryDays();
        polity.elitesInfluence = elites;
        metrics.put("elitesInfluence", elites);

        pulledToday.clear();
        reasonToday.clear();
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
    public LocalDate date() {
        return world.date();
    }

    @Override
    public double metric(String name) {
        return world.metrics().has(name) ? world.metrics().last(name) : Double.NaN;
    }

    private interface Fold {
        double apply(double acc, double value);
    }

    private double fold(String metric, int days, double start, Fold fold, boolean skipNaN) {
        if (!world.metrics().has(metric)) {
            return Double.NaN;
        }
        int col = world.metrics().indexOf(metric);
        double acc = start;
        boolean any = false;
        for (int k = 1; k <= Math.min(days, historySize); k++) {
            double v = history[(historyNext - k + history.length) % history.length][col];
            if (Double.isNaN(v)) {
                if (skipNaN) {
                    continue;
                }
                v = 0;
            }
            acc = fold.apply(acc, v);
            any = true;
        }
        return any ? acc : Double.NaN;
    }

    @Override
    public double sumLast(String metric, int days) {
        double s = fold(metric, days, 0, Double::sum, false);
        return Double.isNaN(s) ? 0 : s;
    }

    @Override
    public double maxLast(String metric, int days) {
        return fold(metric, days, Double.NEGATIVE_INFINITY, Math::max, true);
    }

    @Override
    public double minLast(String metric, int days) {
        return fold(metric, days, Double.POSITIVE_INFINITY, Math::min, true);
    }

    @Override
    public int daysSince(String eventType) {
        List<Integer> days = eventDays.get(eventType);
        return days == null || days.isEmpty() ? -1 : world.day() - days.get(days.size() - 1);
    }

    @Override
    public int countLast(String eventType, int days) {
        List<Integer> list = eventDays.get(eventType);
        if (list == null) {
            return 0;
        }
        int count = 0;
        for (int i = list.size() - 1; i >= 0 && list.get(i) > world.day() - days; i--) {
            count++;
        }
        return count;
    }

    @Override
    public boolean ongoing(String eventType) {
        return eventOngoing.getOrDefault(eventType, false);
    }

    @Override
    public Observation.Objectives objectives() {
        return objectives;
    }

    @Override
    public MersenneTwisterFast random() {
        return world.random;
    }
}
