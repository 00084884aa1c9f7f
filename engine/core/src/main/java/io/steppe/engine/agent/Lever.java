package io.steppe.engine.agent;

/**
 * Today's value of one declared lever, as the active policies and the doctrine set it
 * ({@link AgentContext#lever}). Read it when acting: it changes from day to day.
 */
public interface Lever {
    /** The lever's name. */
    String name();

    /** Today's value (NaN for an unset limit). */
    double value();

    /** Whether a switch lever is on today (value at least 0.5). */
    default boolean on() {
        return value() >= 0.5;
    }

    /** Whether a limit lever is unset today (no limit). */
    default boolean unset() {
        return Double.isNaN(value());
    }
}
