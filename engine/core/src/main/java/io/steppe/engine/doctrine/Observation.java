package io.steppe.engine.doctrine;

import io.steppe.engine.WorldView;

/** What the government observes when it decides: the world's observable state and its own objectives. */
public interface Observation extends WorldView {
    /** The weights the government gives its objectives. */
    Objectives objectives();

    /**
     * The weights of the government's objectives (any non-negative numbers; only ratios matter).
     *
     * @param revenue budget revenue from mining (fees, taxes)
     * @param energySecurity no shortfalls and blackouts for households and industry
     * @param investment keeping investors and their jobs
     * @param legitimacy public support, order
     */
    record Objectives(double revenue, double energySecurity, double investment, double legitimacy) {
    }
}
