package io.steppe.engine;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A policy module's parameters: a record with a registered type name. The engine creates one
 * {@link Policy} per scenario entry; when and whether it is active is decided by the entry's
 * activation ({@code start}, {@code end}, {@code when}, {@code until}, {@code minDays},
 * {@code control}), which are therefore reserved names that a spec must not use as parameters.
 *
 * <p>A spec declares what its policy does: the {@link #levers()} it may set (the engine refuses any
 * other), the metrics and events it {@link #reads()} (the engine refuses any other) and its
 * {@link #purpose()}. {@code steppe policies} and
 * {@code docs/policies.md} print them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface PolicySpec {
    /** Creates the runtime policy for one run; called once per run. */
    Policy create();

    /** The levers (registered names, see {@code steppe levers}) the policy may set. */
    List<String> levers();

    /** The metrics the policy reads to decide (empty for a policy that only sets fixed values). */
    default List<String> reads() {
        return List.of();
    }

    /** The event types the policy reads from the log (days since, counts, ongoing). */
    default List<String> readsEvents() {
        return List.of();
    }

    /** What the policy is for; decides when the government's doctrine switches it on. */
    Purpose purpose();
}
