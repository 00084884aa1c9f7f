package io.steppe.engine;

import com.google.inject.Injector;
import ec.util.MersenneTwisterFast;
import io.steppe.engine.market.MarketData;
import io.steppe.engine.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The world of one run: a MASON {@link SimState} that owns the clock, the exogenous market, the
 * policy levers, the metrics, the events and the KPIs. One schedule step is one day, from the
 * scenario's start to its end; within a day, steppables run in {@link Phase} order.
 *
 * <p>All randomness comes from {@link #random}, a MersenneTwisterFast seeded from the scenario's
 * seed and replicate index; model code must not use any other source of randomness, the wall
 * clock, or iteration over hash-ordered collections.
 */
public class SteppeWorld extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final transient MarketData market;
    private final transient Injector injector;
    private final transient Levers levers = new Levers();
    private final transient Metrics metrics;
    private final transient Events events;
    private final transient Kpis kpis = new Kpis();
    private final transient List<Consumer<SteppeWorld>> finishHooks = new ArrayList<>();
    private final transient List<Steppable> coreSteppables;
    private final transient java.util.Map<Class<?>, Object> shared = new java.util.HashMap<>();
    private final transient List<String> agentStreams;
    private transient MersenneTwisterFast installing;
    private transient String installingName;
    private int scheduled;
    private boolean internetDown;

    /** Schedule orderings a phase holds: one per steppable scheduled in it. */
    private static final int ORDERINGS_PER_PHASE = 1 << 20;

    /**
     * Creates the world. Call {@link #start()} to install the engine's own steppables and the
     * scenario's agents, then step the schedule once per day.
     *
     * @param coreSteppables engine steppables to schedule daily, each with its phase, before agents install
     * @param agentStreams the name of each agent population's random stream, in scenario order
     */
    public SteppeWorld(Scenario scenario, MarketData market, List<MetricInfo> metricInfos, Injector injector,
                       List<Steppable> coreSteppables, List<String> agentStreams) {
        super(scenario.seed());
        this.scenario = scenario;
        this.market = market;
        this.injector = injector;
        this.metrics = new Metrics(metricInfos);
        this.events = new Events(this);
        this.coreSteppables = coreSteppables;
        this.agentStreams = List.copyOf(agentStreams);
        long seed = scenario.seed();
        random = new MersenneTwisterFast(new int[] {(int) (seed >>> 32), (int) seed, scenario.replicate(), 0x5EE99E});
    }

    @Override
    public void start() {
        super.start();
        History history = History.of(this);
        scheduleDaily(Phase.EXOGENOUS, state -> history.sync());
        for (Steppable s : coreSteppables) {
            Phase phase = s instanceof Phased p ? p.phase() : Phase.EXOGENOUS;
            scheduleDaily(phase, s);
        }
        for (int i = 0; i < scenario.agents().size(); i++) {
            installingName = agentStreams.get(i);
            installing = stream(installingName);
            scenario.agents().get(i).install(this);
            installing = null;
            installingName = null;
        }
        scheduleDaily(Phase.METRICS, state -> {
            for (Levers.LeverInfo lever : levers.all()) {
                metrics.put(lever.name(), levers.get(lever.name()));
            }
            boolean down = levers.get(Levers.INTERNET_SHUTDOWN) >= 0.5;
            metrics.put("internetUp", down ? 0 : 1);
            if (down != internetDown) {
                internetDown = down;
                events.emit("internetShutdown", null, "state", down ? "start" : "end");
            }
            metrics.closeDay();
        });
    }

    /** Runs the finish hooks (KPIs) after the last day. */
    @Override
    public void finish() {
        for (Consumer<SteppeWorld> hook : finishHooks) {
            hook.accept(this);
        }
        super.finish();
    }

    /** A steppable that declares its phase. */
    public interface Phased extends Steppable {
        /** The phase this steppable runs in. */
        Phase phase();
    }

    /**
     * The ordering of a steppable newly scheduled in a phase: the phase's, then the order of
     * scheduling, so no two steppables share one and MASON never shuffles a day's steps with
     * {@link #random} (which would make every added steppable move everyone's random numbers).
     */
    private int ordering(Phase phase) {
        if (scheduled >= ORDERINGS_PER_PHASE) {
            throw new IllegalStateException("more than " + ORDERINGS_PER_PHASE + " steppables scheduled");
        }
        return phase.ordering() * ORDERINGS_PER_PHASE + scheduled++;
    }

    /** Schedules a steppable every day in the given phase, from the first day. */
    public void scheduleDaily(Phase phase, Steppable steppable) {
        schedule.scheduleRepeating(0.0, ordering(phase), steppable, 1.0);
    }

    /**
     * Schedules a steppable on the first day and then on the first day of every month, in the given
     * phase, through MASON's schedule (for slower decisions such as investment).
     */
    public void scheduleMonthly(Phase phase, Steppable steppable) {
        int ordering = ordering(phase);
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

    /** Schedules a steppable once, on a date within the run, in the given phase. */
    public void scheduleOn(LocalDate date, Phase phase, Steppable steppable) {
        long offset = date.toEpochDay() - scenario.start().toEpochDay();
        if (offset >= 0 && offset < scenario.days()) {
            schedule.scheduleOnce(offset, ordering(phase), steppable);
        }
    }

    /** Registers a hook run once after the last day, e.g. to compute KPIs. */
    public void onFinish(Consumer<SteppeWorld> hook) {
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
    public MarketData market() {
        return market;
    }

    /** Today's policy levers. */
    public Levers levers() {
        return levers;
    }

    /** Today's and the last completed day's metrics. */
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

    /**
     * A component shared by populations of this run (for example the grid state that miners and
     * the grid operator both use), created on first request.
     */
    public <T> T shared(Class<T> type, java.util.function.Supplier<T> create) {
        return type.cast(shared.computeIfAbsent(type, k -> create.get()));
    }

    /** A shared component if some population created it, else null. */
    public <T> T sharedIfPresent(Class<T> type) {
        return type.cast(shared.get(type));
    }

    /**
     * A random stream of its own for one kind of exogenous shock (for example the grid's outages),
     * seeded from the scenario's seed, the replicate and the stream's name. Draws from it do not
     * shift {@link #random}, and draws from {@link #random} do not shift it, so two runs of the same
     * seed that differ only in policy meet the same shocks (common random numbers).
     */
    public MersenneTwisterFast stream(String name) {
        long seed = scenario.seed();
        long h = nameHash(name);
        return new MersenneTwisterFast(new int[] {(int) (seed >>> 32), (int) seed, scenario.replicate(), (int) (h >>> 32), (int) h});
    }

    /** FNV-1a, 64 bits, of a stream's name: two names meet the same stream only by a 64-bit collision. */
    private static long nameHash(String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * The random stream of the agent population being installed: each population draws from one of
     * its own, named by its type and its place among populations of that type, so adding or
     * removing a population leaves every other population's random numbers as they were. Call it
     * in {@link AgentSpec#install} and keep it.
     */
    public MersenneTwisterFast populationRandom() {
        if (installing == null) {
            throw new IllegalStateException("populationRandom() is for an agent population's install");
        }
        return installing;
    }

    /**
     * A further random stream of the agent population being installed, for one kind of shock (the
     * grid's outages): named by the population and {@code name}, so it is the population's own.
     */
    public MersenneTwisterFast populationStream(String name) {
        if (installingName == null) {
            throw new IllegalStateException("populationStream() is for an agent population's install");
        }
        return stream(installingName + "/" + name);
    }

    /** A service bound by a plugin module (for example a government doctrine). */
    public <T> T service(Class<T> type) {
        return injector.getInstance(type);
    }
}
