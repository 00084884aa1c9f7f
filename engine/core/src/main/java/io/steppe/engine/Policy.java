package io.steppe.engine;

/**
 * A policy at run time. Every day the engine resets the levers to their baselines and then
 * calls {@link #apply} on each active policy in scenario order, so a policy that stops being active
 * simply stops pulling its levers. A policy reads the world's observable state (metrics, history,
 * events) and acts only through the levers it declares; it has no access to agents.
 */
@FunctionalInterface
public interface Policy {
    /** Pulls this policy's levers for today. */
    void apply(PolicyContext today);
}
