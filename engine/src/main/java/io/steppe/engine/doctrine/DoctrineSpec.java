package io.steppe.engine.doctrine;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A doctrine's parameters: a record with a registered type name (register it with
 * {@code SteppeModule.registerDoctrine}). In a scenario it is the government's
 * {@code doctrine: {type: name, ...}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface DoctrineSpec {
    /** Creates the runtime doctrine for one run; it may keep state between days. */
    Doctrine create();
}
