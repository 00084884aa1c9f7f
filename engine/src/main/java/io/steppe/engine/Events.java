package io.steppe.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The run's event log, in the order events happened. */
public final class Events {
    private final SteppeWorld world;
    private final List<Event> events = new ArrayList<>();
    private final List<Consumer<Event>> listeners = new ArrayList<>();

    Events(SteppeWorld world) {
        this.world = world;
    }

    /**
     * Records an event today.
     *
     * @param type lowerCamelCase event type
     * @param agent who or where, or null
     * @param keyValues alternating field names and values, e.g. {@code "region", "South", "mwShed", 120.0}
     */
    public void emit(String type, String agent, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("event details must be name/value pairs");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            details.put((String) keyValues[i], keyValues[i + 1]);
        }
        Event event = new Event(world.date(), type, agent, Collections.unmodifiableMap(details));
        events.add(event);
        for (Consumer<Event> listener : listeners) {
            listener.accept(event);
        }
    }

    /** Calls the listener for every later event (in the same thread, in order). */
    public void subscribe(Consumer<Event> listener) {
        listeners.add(listener);
    }

    /** All events so far. */
    public List<Event> all() {
        return Collections.unmodifiableList(events);
    }
}
