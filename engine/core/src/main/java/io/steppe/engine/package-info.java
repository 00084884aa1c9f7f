/**
 * The vocabulary every plugin shares: the phases of a day ({@link io.steppe.engine.Phase}), policy
 * specs and the context they act through ({@link io.steppe.engine.PolicySpec},
 * {@link io.steppe.engine.PolicyContext}), what observers see of completed days
 * ({@link io.steppe.engine.WorldView}), the registered descriptions of metrics, levers, events and
 * KPIs ({@link io.steppe.engine.MetricInfo}, {@link io.steppe.engine.LeverInfo},
 * {@link io.steppe.engine.EventInfo}, {@link io.steppe.engine.KpiInfo}), scenario sections
 * ({@link io.steppe.engine.Section}), and located problems in scenario files
 * ({@link io.steppe.engine.Problem}). Agent populations are in {@link io.steppe.engine.agent},
 * doctrines in {@link io.steppe.engine.doctrine}, registration in {@link io.steppe.engine.plugin},
 * the world and its runs in {@link io.steppe.engine.run}.
 */
package io.steppe.engine;
