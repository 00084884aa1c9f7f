package io.steppe.engine;

/**
 * A policy at run time. Every day the engine resets the {@link Levers} to their baselines and then
 * calls {@link #apply} on each active policy in scenario order, so a policy that stops being active
 * simply stops pulling its levers. A policy reads the world's observable state (metrics, dates)
 * and acts only through levers; it never edits agents.
 */
public interface Policy {
    /** Pulls this policy's levers for today. */
    void apply(SteppeWorld world, Levers levers);
}
