package io.steppe.engine.run;

import ec.util.MersenneTwisterFast;
import io.steppe.engine.EventInfo;
import io.steppe.engine.LeverInfo;
import io.steppe.engine.Phase;
import io.steppe.engine.market.Market;
import io.steppe.engine.plugin.PluginException;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.TypeRegistration;
import io.steppe.engine.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The world of one run: a MASON {@link SimState} that owns the clock, the exogenous market, the
 * levers, the metrics, the events, the KPIs and the agent populations. One schedule step is one
 * day, from the scenario's start to its end; within a day, steppables run in {@link Phase} order,
 * and within a phase in a fixed order: the engine's first, then each population's in scenario
 * order, each in the order it scheduled them. No two steppables share a schedule ordering, so
 * MASON never shuffles a day with {@link #random}, and nothing in the model draws from it: every
 * population and every policy draws from a stream of its own ({@link #stream}), so adding one
 * never moves another's random numbers.
 *
 * <p>Agents never see this class: they act through the {@code AgentContext} of their population.
 * Tests and commands read a finished world's {@link #metrics}, {@link #events} and {@link #kpis}.
 */
public final class SteppeWorld extends SimState {
    /**
     * The third word of every generator's seed, after the seed's two: 0 since the first release
     * (it held a replicate index the seed scheme made redundant). Changing it changes every run.
     */
    private static final int SEED_WORD = 0;
    private static final long serialVersionUID = 1L;

    /** Orderings per phase: owners (the engine, then each population) times steppables per owner. */
    private static final int ORDERINGS_PER_PHASE = 1 << 24;
    /** Orderings per owner within a phase. */
    private static final int ORDERINGS_PER_OWNER = 1 << 12;

    private final transient Scenario scenario;
    private final transient Market market;
    private final transient PluginRegistry registry;
    private final transient Levers levers;
    private final transient Metrics metrics;
    private final transient Events events = new Events();
    private final transient Kpis kpis = new Kpis();
    private final transient History history;
    private final transient Adoptions adoptions = new Adoptions();
    private final transient Services services = new Services();
    private final transient List<Runnable> finishHooks = new ArrayList<>();
    private final transient List<Population> populations;
    private final transient List<Integer> installOrder;
    private final transient PolicyRunner policyRunner;
    private final transient Map<Long, Integer> scheduled = new HashMap<>();
    private final transient Map<String, EventInfo> eventTypes = new HashMap<>();
    private final boolean[] switchedOn;

    /**
     * Creates the world. Call {@link #start()} to install the engine's steppables and the
     * scenario's populations, then step the schedule once per day.
     *
     * @param plan the populations' names, streams and install order, and the policies' names and streams
     */
    SteppeWorld(Scenario scenario, Market market, PluginRegistry registry, RunPlan plan) {
        super(scenario.seed());
        this.scenario = scenario;
        this.market = market;
        this.registry = registry;
        this.levers = new Levers(registry.levers());
        this.metrics = new Metrics(registry.metrics());
        for (TypeRegistration r : registry.ofKind(io.steppe.engine.plugin.TypeKind.EVENT).values()) {
            eventTypes.put(r.name(), r.event());
        }
        this.history = new History(this);
        this.switchedOn = new boolean[levers.infos().size()];
        long seed = scenario.seed();
        random = new MersenneTwisterFast(new int[] {(int) (seed >>> 32), (int) seed, SEED_WORD, 0x5EE99E});
        this.populations = new ArrayList<>();
        for (int i = 0; i < scenario.agents().size(); i++) {
            populations.add(new Population(this, scenario.agents().get(i), plan.agentNames().get(i), plan.agentStreams().get(i), i + 1));
        }
        this.installOrder = plan.installOrder();
        this.policyRunner = new PolicyRunner(this, plan.policyNames(), plan.policyStreams());
    }

    /** The names and streams of a run's populations and policies, and the order populations install in. */
    record RunPlan(List<String> agentNames, List<String> agentStreams, List<Integer> installOrder, List<String> policyNames,
                   List<String> policyStreams) {
    }

    @Override
    public void start() {
        super.start();
        scheduleDaily(0, Phase.EXOGENOUS, state -> history.sync());
        scheduleDaily(0, Phase.EXOGENOUS, new MarketStep(this));
        scheduleDaily(0, PolicyRunner.phase(), policyRunner);
        for (int i : installOrder) {
            populations.get(i).install();
        }
        scheduleDaily(0, Phase.METRICS, state -> closeDay());
    }

    /** The METRICS phase: every lever's column, the switch events of on/off levers, and the day's row. */
    private void closeDay() {
        List<LeverInfo> infos = levers.infos();
        for (int i = 0; i < infos.size(); i++) {
            LeverInfo lever = infos.get(i);
            double value = levers.value(i);
            metrics.put(metrics.indexOf(lever.name()), value);
            if (lever.switchEvent() != null) {
                boolean on = value >= 0.5;
                if (on != switchedOn[i]) {
                    switchedOn[i] = on;
                    events.emit(date(), eventType(lever.switchEvent()), null, "lever " + lever.name(), "state", on ? "start" : "end");
                }
            }
        }
        metrics.closeDay();
    }

    /** Runs the finish hooks (KPIs) after the last day. */
    @Override
    public void finish() {
        for (Runnable hook : finishHooks) {
            hook.run();
        }
        super.finish();
    }

    /**
     * The ordering of a steppable newly scheduled by an owner (0 the engine, i + 1 agents[i]) in a
     * phase: the phase's block, the owner's place in it, then the owner's order of scheduling.
     */
    private int ordering(int owner, Phase phase) {
        long key = (long) owner * Phase.values().length + phase.ordinal();
        int seq = scheduled.merge(key, 1, Integer::sum) - 1;
        if (seq >= ORDERINGS_PER_OWNER || owner >= ORDERINGS_PER_PHASE / ORDERINGS_PER_OWNER) {
            throw new PluginException("too many steppables scheduled in phase " + phase + " (at most " + ORDERINGS_PER_OWNER
                    + " per population and phase)");
        }
        return phase.ordering() * ORDERINGS_PER_PHASE + owner * ORDERINGS_PER_OWNER + seq;
    }

    void scheduleDaily(int owner, Phase phase, Steppable steppable) {
        schedule.scheduleRepeating(0.0, ordering(owner, phase), steppable, 1.0);
    }

    void scheduleMonthly(int owner, Phase phase, Steppable steppable) {
        int ordering = ordering(owner, phase);
        Steppable monthly = new Steppable() {
            private static final long serialVersionUID = 1L;

            @Override
            public void step(SimState state) {
                steppable.step(state);
                LocalDate next = date().withDayOfMonth(1).plusMonths(1);
                long offset = next.toEpochDay() - scenario.start().toEpochDay();
                if (offset < scenario.days()) {
                    schedule.scheduleOnce(offset, ordering, this);
                }
            }
        };
        schedule.scheduleOnce(0.0, ordering, monthly);
    }

    void onFinish(Runnable hook) {
        finishHooks.add(hook);
    }

    /** Index of the current day, 0 on the scenario's start date. */
    public int day() {
        double time = schedule.getTime();
        return time == Schedule.BEFORE_SIMULATION || time < 0 ? 0 : (int) time;
    }

    /** The current simulated date. */
    public LocalDate date() {
        return scenario.start().plusDays(day());
    }

    /** The scenario this world runs. */
    public Scenario scenario() {
        return scenario;
    }

    /** Exogenous market series. */
    public Market market() {
        return market;
    }

    /** Today's levers. */
    public Levers levers() {
        return levers;
    }

    /** Today's and the completed days' metrics. */
    public Metrics metrics() {
        return metrics;
    }

    /** The event log. */
    public Events events() {
        return events;
    }

    /** The run's KPIs. */
    public Kpis kpis() {
        return kpis;
    }

    /** The plugin registry the world was built with. */
    public PluginRegistry registry() {
        return registry;
    }

    History history() {
        return history;
    }

    Adoptions adoptions() {
        return adoptions;
    }

    Services services() {
        return services;
    }

    EventInfo eventType(String type) {
        EventInfo info = eventTypes.get(type);
        if (info == null) {
            throw new PluginException("event type '" + type + "' is not registered"
                    + io.steppe.engine.Names.suggest(type, eventTypes.keySet(), "event types"));
        }
        return info;
    }

    /**
     * A random stream of its own for one population, policy or kind of shock, seeded from the
     * scenario's seed and the stream's name (by a 64-bit hash). Draws from it do not
     * shift any other stream, so two runs of the same seed that differ only in policy or in an
     * added population meet the same shocks (common random numbers).
     */
    MersenneTwisterFast stream(String name) {
        long seed = scenario.seed();
        long h = nameHash(name);
        return new MersenneTwisterFast(new int[] {(int) (seed >>> 32), (int) seed, SEED_WORD, (int) (h >>> 32), (int) h});
    }

    /** FNV-1a, 64 bits, of a stream's name. */
    private static long nameHash(String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
