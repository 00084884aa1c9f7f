package io.steppe.engine;

import jakarta.validation.constraints.Positive;

/**
 * How many real things one agent stands for.
 *
 * @param householdsPerAgent households represented by one citizen agent
 */
public record Scale(
        @Describe(value = "Households represented by one citizen agent", unit = "households/agent",
                source = "assumption: ~6.0 million households (population 19.7 M in 2021, kz_power_owid_annual.csv,"
                        + " at ~3.3 persons per household) over 20,000 agents")
        @Positive(message = "must be > 0") Double householdsPerAgent) {

    /** Fills in defaults. */
    public Scale {
        householdsPerAgent = householdsPerAgent == null ? 300.0 : householdsPerAgent;
    }

    /** The default scale. */
    public static Scale defaults() {
        return new Scale(null);
    }
}
