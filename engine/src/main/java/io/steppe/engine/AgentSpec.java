package io.steppe.engine;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A population of agents in a scenario: a record with a registered type name and its
 * parameters. The engine reads it from the scenario file and calls {@link #install} once, before
 * the first day, so the population can create its agents and schedule them at their
 * {@link Phase}s. Register an implementation with {@code SteppeModule.registerAgent}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface AgentSpec {
    /**
     * Creates this population's agents in the world and schedules them. Randomness must come from
     * {@code world.random}; agents must never read the wall clock.
     */
    void install(SteppeWorld world);
}
