package io.steppe.engine.agent;

import ec.util.MersenneTwisterFast;
import io.steppe.engine.Phase;
import io.steppe.engine.Scale;
import io.steppe.engine.WorldView;
import io.steppe.engine.doctrine.DoctrineSpec;
import io.steppe.engine.doctrine.LeverGate;
import io.steppe.engine.market.Market;
import java.time.LocalDate;
import java.util.Optional;
import sim.engine.Steppable;

/**
 * Everything an agent population gets from the engine, handed to {@link AgentSpec#install}: the
 * clock and the exogenous market, its own random stream, handles to the metrics, levers and
 * events it declared, its KPIs, the schedule, and the services other populations provide. Names
 * a population did not declare are refused with a message naming the population and what it
 * declared; the scenario loader has already checked the declared ones.
 */
public interface AgentContext {
    /** The population's name in messages and events: {@code agents[2]:whiteMiners}. */
    String name();

    /** First simulated day. */
    LocalDate start();

    /** Last simulated day (inclusive). */
    LocalDate end();

    /** Number of simulated days. */
    int days();

    /** Today (the start before the first day). */
    LocalDate date();

    /** Index of today, 0 on the start date. */
    int day();

    /** What one agent stands for. */
    Scale scale();

    /** The exogenous market, one value per day. */
    Market market();

    /**
     * The population's own random stream, named by its type and its place among populations of
     * that type ({@code agent:grid:0}): adding a population of another type, or one of this type
     * after it, never changes its numbers.
     */
    MersenneTwisterFast random();

    /**
     * A further stream of the population's own for one kind of shock, named by the population and
     * {@code name} ({@code agent:grid:0/outages}); the same stream for the same name.
     */
    MersenneTwisterFast stream(String name);

    /** Today's value of a declared metric is written here. */
    MetricSink metric(String name);

    /** Today's value of a declared lever. */
    Lever lever(String name);

    /** Emits events of a declared type. */
    EventSink event(String type);

    /** The population's declared KPIs go here, in its {@link #atEnd} hook. */
    KpiSink kpis();

    /**
     * What the population observes of completed days (never today): declared metrics and event
     * types, remembering at least {@code memoryDays} days.
     */
    WorldView view(int memoryDays);

    /** Runs a steppable every day in a phase, from the first day; only while installing. */
    void daily(Phase phase, Steppable steppable);

    /** Runs a steppable on the first day and then on the first day of every month, in a phase; only while installing. */
    void monthly(Phase phase, Steppable steppable);

    /** Runs once after the last day, e.g. to put the KPIs. */
    void atEnd(Runnable hook);

    /** Offers a declared service to the other populations of the run. */
    <T> void provide(Class<T> type, T service);

    /** A declared required service; the loader has checked that some population provides it. */
    <T> T require(Class<T> type);

    /** A declared optional service, if some population of the run provides it. */
    <T> Optional<T> find(Class<T> type);

    /**
     * The gate through which a doctrine the population hosts (the government's) pulls levers:
     * only the levers the doctrine's spec declares, combined with the policies' values by each
     * lever's rule, and the purposes it seeks for {@code control: doctrine} policies.
     */
    LeverGate gate(DoctrineSpec doctrine);
}
