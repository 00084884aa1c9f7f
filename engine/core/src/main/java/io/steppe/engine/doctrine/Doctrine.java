package io.steppe.engine.doctrine;

/**
 * The government's decision rule. Once a day, in the government phase (after the players'
 * policies, before miners, grid and citizens act), it reads what the government observes and
 * pulls levers. It must not touch agents, and any randomness must come from
 * {@link Observation#random()}.
 */
public interface Doctrine {
    /**
     * Decides today's responses.
     *
     * @param seen what the government observes: yesterday's metrics, recent history and events, its objectives
     * @param act the levers it may pull today, each with the reason that will be logged
     */
    void decide(Observation seen, Responses act);
}
