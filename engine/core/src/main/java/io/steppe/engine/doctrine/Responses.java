package io.steppe.engine.doctrine;

import io.steppe.engine.Purpose;

/**
 * The government's hands: the same levers a player's policies use. A lever pulled today combines
 * with what active policies set, by the lever's rule. When a pull starts, changes, or stops, the
 * government logs a {@code governmentResponse} event with the lever, the value and the reason.
 */
public interface Responses {
    /**
     * Pulls a lever for today.
     *
     * @param lever a lever name the doctrine declares (see {@code steppe levers})
     * @param value the value to set
     * @param reason why, naming the observed values, e.g. {@code "reserveMarginPct=-2.1 < 0"}
     */
    void pull(String lever, double value, String reason);

    /**
     * Seeks a purpose: from tomorrow, the scenario's policies with {@code control: doctrine} and
     * this purpose are switched on (and stay on for at least their {@code minDays}). Does nothing
     * when the scenario offers no such policy.
     *
     * @param purpose what the government wants policies for
     * @param reason why, naming the observed values
     */
    default void seek(Purpose purpose, String reason) {
    }
}
