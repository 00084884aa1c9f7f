/**
 * The stable API a plugin author uses: the MASON world ({@link io.steppe.engine.run.SteppeWorld}), the
 * phases of a day ({@link io.steppe.engine.Phase}), agent and policy specs
 * ({@link io.steppe.engine.agent.AgentSpec}, {@link io.steppe.engine.PolicySpec}), policy
 * {@link io.steppe.engine.Levers}, {@link io.steppe.engine.Metrics}, {@link io.steppe.engine.Events}
 * and {@link io.steppe.engine.Kpis}.
 */
package io.steppe.engine;
