package io.steppe.agents.government;

/**
 * The influence of connected elites, provided by the {@code government} agent, which alone writes
 * it: it falls during mass protest and slowly recovers, and it shields gray miners and restrains
 * the state's answer to mining.
 */
public interface Elites {
    /**
     * Influence in a scenario without a government agent, 0..1 (the level gray miners assume when
     * nobody updates it).
     */
    double WITHOUT_GOVERNMENT = 0.7;

    /** Influence today, 0..1. */
    double influence();
}
