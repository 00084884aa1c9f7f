package io.steppe.engine.run;

import ec.util.MersenneTwisterFast;
import io.steppe.engine.EventInfo;
import io.steppe.engine.Phase;
import io.steppe.engine.Scale;
import io.steppe.engine.WorldView;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.agent.EventSink;
import io.steppe.engine.agent.KpiSink;
import io.steppe.engine.agent.Lever;
import io.steppe.engine.agent.MetricSink;
import io.steppe.engine.doctrine.DoctrineSpec;
import io.steppe.engine.doctrine.LeverGate;
import io.steppe.engine.market.Market;
import io.steppe.engine.plugin.PluginException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import sim.engine.Steppable;

/**
 * One agent population of a run as the engine sees it: its spec and declaration, its place in the
 * schedule, its random stream, and the {@link AgentContext} it installs through, which hands out
 * handles to declared names only.
 */
final class Population implements AgentContext {
    private final SteppeWorld world;
    private final AgentSpec spec;
    private final Declaration declaration;
    private final String name;
    private final String streamName;
    private final int owner;
    private final MersenneTwisterFast random;
    private final Map<String, MersenneTwisterFast> streams = new HashMap<>();
    private boolean installing;

    /**
     * @param owner the population's place in every phase's order (1 for agents[0])
     * @param streamName the name of its random stream (type and occurrence)
     */
    Population(SteppeWorld world, AgentSpec spec, String name, String streamName, int owner) {
        this.world = world;
        this.spec = spec;
        this.declaration = spec.declaration();
        this.name = name;
        this.streamName = streamName;
        this.owner = owner;
        this.random = world.stream(streamName);
    }

    /** Installs the population: the only time it may schedule steppables. */
    void install() {
        installing = true;
        try {
            spec.install(this);
        } finally {
            installing = false;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public LocalDate start() {
        return world.scenario().start();
    }

    @Override
    public LocalDate end() {
        return world.scenario().end();
    }

    @Override
    public int days() {
        return world.scenario().days();
    }

    @Override
    public LocalDate date() {
        return world.date();
    }

    @Override
    public int day() {
        return world.day();
    }

    @Override
    public Scale scale() {
        return world.scenario().scale();
    }

    @Override
    public Market market() {
        return world.market();
    }

    @Override
    public MersenneTwisterFast random() {
        return random;
    }

    @Override
    public MersenneTwisterFast stream(String shock) {
        return streams.computeIfAbsent(shock, k -> world.stream(streamName + "/" + k));
    }

    private void require(Collection<String> declared, String name, String what, String verb) {
        if (!declared.contains(name)) {
            throw new PluginException(this.name + " " + verb + " " + what + " '" + name + "', which its declaration does not list;"
                    + " declared: " + (declared.isEmpty() ? "none" : String.join(", ", new TreeSet<>(declared))));
        }
    }

    @Override
    public MetricSink metric(String metric) {
        require(declaration.writesMetrics(), metric, "metric", "writes");
        int column = world.metrics().indexOf(metric);
        Metrics metrics = world.metrics();
        return new MetricSink() {
            @Override
            public String name() {
                return metric;
            }

            @Override
            public void put(double value) {
                metrics.put(column, value);
            }

            @Override
            public void add(double value) {
                metrics.add(column, value);
            }
        };
    }

    @Override
    public Lever lever(String lever) {
        require(declaration.readsLevers(), lever, "lever", "reads");
        Levers levers = world.levers();
        int slot = levers.slot(lever);
        return new Lever() {
            @Override
            public String name() {
                return lever;
            }

            @Override
            public double value() {
                return levers.value(slot);
            }
        };
    }

    @Override
    public EventSink event(String type) {
        require(declaration.emitsEvents(), type, "event type", "emits");
        EventInfo info = world.eventType(type);
        return new EventSink() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public void emit(String agent, Object... keyValues) {
                world.events().emit(world.date(), info, agent, name, keyValues);
            }
        };
    }

    @Override
    public KpiSink kpis() {
        Kpis kpis = world.kpis();
        Set<String> declared = new HashSet<>(declaration.kpis());
        return new KpiSink() {
            @Override
            public void put(String kpi, double value) {
                require(declared, kpi, "KPI", "computes");
                kpis.put(kpi, value);
            }

            @Override
            public void putDate(String kpi, LocalDate date) {
                require(declared, kpi, "KPI", "computes");
                kpis.putDate(kpi, date);
            }

            @Override
            public void putObject(String kpi, Map<String, Double> value) {
                require(declared, kpi, "KPI", "computes");
                kpis.putObject(kpi, value);
            }
        };
    }

    @Override
    public WorldView view(int memoryDays) {
        world.history().ensureMemory(memoryDays);
        return world.history().view(name, declaration.readsMetrics(), declaration.readsEvents(), () -> random);
    }

    @Override
    public void daily(Phase phase, Steppable steppable) {
        world.scheduleDaily(owner, checkSchedule(phase), steppable);
    }

    @Override
    public void monthly(Phase phase, Steppable steppable) {
        world.scheduleMonthly(owner, checkSchedule(phase), steppable);
    }

    private Phase checkSchedule(Phase phase) {
        if (!installing) {
            throw new PluginException(name + " scheduled a steppable after it was installed; schedule everything in install()");
        }
        if (phase == Phase.METRICS || phase == Phase.POLICIES) {
            throw new PluginException(name + " scheduled a steppable in the " + phase + " phase, which belongs to the engine");
        }
        return phase;
    }

    @Override
    public void atEnd(Runnable hook) {
        world.onFinish(hook);
    }

    @Override
    public <T> void provide(Class<T> type, T service) {
        require(names(declaration.provides()), type.getName(), "service", "provides");
        world.services().provide(type, service, name);
    }

    @Override
    public <T> T require(Class<T> type) {
        require(names(declaration.requires()), type.getName(), "service", "requires");
        return world.services().find(type).orElseThrow(() -> new PluginException(name + " requires " + type.getSimpleName()
                + ", which no population of the run provides"));
    }

    @Override
    public <T> Optional<T> find(Class<T> type) {
        require(names(declaration.uses()), type.getName(), "service", "uses");
        return world.services().find(type);
    }

    private static Set<String> names(List<Class<?>> types) {
        Set<String> out = new HashSet<>();
        types.forEach(t -> out.add(t.getName()));
        return out;
    }

    @Override
    public LeverGate gate(DoctrineSpec doctrine) {
        if (!holds(doctrine)) {
            throw new PluginException(name + " asked for a lever gate for a doctrine its spec does not hold; only a doctrine that is"
                    + " a component of the population's spec (the government's doctrine) pulls levers");
        }
        return new DoctrineGate(name, new TreeSet<>(doctrine.levers()), world.levers(), world.adoptions());
    }

    /** Whether the doctrine is one of the spec's components, the one the scenario gave it. */
    private boolean holds(DoctrineSpec doctrine) {
        if (!spec.getClass().isRecord()) {
            return false;
        }
        for (RecordComponent c : spec.getClass().getRecordComponents()) {
            try {
                if (c.getAccessor().invoke(spec) == doctrine) {
                    return true;
                }
            } catch (ReflectiveOperationException e) {
                return false;
            }
        }
        return false;
    }
}
