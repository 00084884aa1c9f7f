package io.steppe.engine.run;

import io.steppe.engine.Event;
import io.steppe.engine.EventInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The run's event log, in the order events happened. */
public final class Events {
    private final List<Event> events = new ArrayList<>();
    private final List<Consumer<Event>> listeners = new ArrayList<>();

    Events() {
    }

    /**
     * Records an event of a registered type, with fields among the type's.
     *
     * @param keyValues alternating field names and values
     * @throws io.steppe.engine.plugin.PluginException naming the emitter for a field the type does not register
     */
    void emit(LocalDate date, EventInfo type, String agent, String emitter, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException(emitter + ": details of a '" + type.name() + "' event must be name/value pairs");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            String field = (String) keyValues[i];
            if (!type.fields().contains(field)) {
                throw new io.steppe.engine.plugin.PluginException(emitter + " emitted a '" + type.name() + "' event with field '" + field
                        + "', which the event type does not register; its fields: " + String.join(", ", type.fields()));
            }
            details.put(field, keyValues[i + 1]);
        }
        Event event = new Event(date, type.name(), agent, Collections.unmodifiableMap(details));
        events.add(event);
        for (Consumer<Event> listener : listeners) {
            listener.accept(event);
        }
    }

    /** Calls the listener for every later event (in the same thread, in order). */
    void subscribe(Consumer<Event> listener) {
        listeners.add(listener);
    }

    /** All events so far. */
    public List<Event> all() {
        return Collections.unmodifiableList(events);
    }
}
