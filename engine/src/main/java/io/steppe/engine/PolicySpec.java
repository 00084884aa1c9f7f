package io.steppe.engine;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A policy module's parameters: a record with a registered type name. The engine creates one
 * {@link Policy} per scenario entry; when and whether it is active is decided by the entry's
 * activation ({@code start}, {@code end}, {@code when}, {@code until}, {@code minDays}), which are
 * therefore reserved names that a spec must not use as parameters.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface PolicySpec {
    /** Creates the runtime policy for one run; called once per run. */
    Policy create();
}
