package io.steppe.engine.doctrine;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A doctrine's parameters: a record with a registered type name (register it with
 * {@code SteppeModule.registerDoctrine}). In a scenario it is the government's
 * {@code doctrine: {type: name, ...}}. Like a policy, it declares the levers it may pull and what
 * it reads; anything else is refused.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface DoctrineSpec {
    /** Creates the runtime doctrine for one run; it may keep state between days. */
    Doctrine create();

    /** The levers the doctrine may pull. */
    List<String> levers();

    /** The metrics it reads from completed days. */
    default List<String> reads() {
        return List.of();
    }

    /** The event types it reads from the log (days since, counts, ongoing). */
    default List<String> readsEvents() {
        return List.of();
    }
}
