package io.steppe.engine;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a {@link Section}'s check sees: the scenario's dates, the names its populations and the
 * engine make available, and a place to report problems at field paths inside the section. The
 * {@code require...} methods report a name that is not available with the message every part of
 * Steppe uses: a suggestion and the valid names for an unknown one, the agent types that provide a
 * registered one the scenario lacks.
 */
public interface SectionContext {
    /** First simulated day, or null when the scenario does not give one. */
    LocalDate start();

    /** Last simulated day, or null when the scenario does not give one. */
    LocalDate end();

    /** Metrics some population of the scenario (or the engine) writes, levers' columns included. */
    Set<String> metrics();

    /** KPIs some population of the scenario (or the engine) computes. */
    Set<String> kpis();

    /** Event types some population of the scenario (or the engine) emits. */
    Set<String> events();

    /** Every registered lever. */
    Set<String> levers();

    /** Reports a problem at {@code path} unless the metric is available; returns whether it is. */
    boolean requireMetric(String path, String name);

    /** Reports a problem at {@code path} unless the KPI is available; returns whether it is. */
    boolean requireKpi(String path, String name);

    /** Reports a problem at {@code path} unless the event type is available; returns whether it is. */
    boolean requireEvent(String path, String name);

    /** Reports a problem at {@code path} unless the lever is registered; returns whether it is. */
    boolean requireLever(String path, String name);

    /**
     * Reports a problem at a path inside the section.
     *
     * @param path relative to the section, e.g. {@code [2].kpi} or {@code levers[0]}; empty for the section itself
     */
    void problem(String path, String message);
}
