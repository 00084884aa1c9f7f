package io.steppe.engine;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a {@link Section}'s check sees: the scenario's dates, the names its agents and the engine
 * make available, and a place to report problems at field paths inside the section.
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

    /**
     * The tail of a message about a name that is not available: a suggestion and the valid names
     * (see {@link Names#suggest}), with a hint when a registered agent type would provide it.
     */
    String unavailable(String name, Set<String> valid, String kind);

    /**
     * Reports a problem at a path inside the section.
     *
     * @param path relative to the section, e.g. {@code [2].kpi} or {@code levers[0]}; empty for the section itself
     */
    void problem(String path, String message);
}
