package io.steppe.engine.agent;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A population of agents in a scenario: a record with a registered type name and its parameters
 * (register it with {@code SteppeModule.registerAgent}). It declares what its agents read, write,
 * emit, compute and share ({@link #declaration()}), so a scenario is checked before it runs, and
 * the engine calls {@link #install} once before the first day: the population creates its agents
 * and schedules them at their {@link io.steppe.engine.Phase}s, getting everything it uses from the
 * {@link AgentContext}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface AgentSpec {
    /**
     * What this population reads (metrics, events, levers), writes (metrics), emits (events),
     * computes (KPIs), provides to other populations and needs from them. The context refuses any
     * name not declared here.
     */
    Declaration declaration();

    /**
     * Creates this population's agents and schedules them. Randomness comes from
     * {@link AgentContext#random()} (the population's own stream), never from the wall clock or
     * hash-ordered iteration.
     */
    void install(AgentContext context);
}
