package io.steppe.engine;

import java.util.List;

/**
 * An event type: a line of {@code events.jsonl} with {@code date}, {@code type}, {@code agent} and
 * the fields named here. A plugin registers every event type it emits
 * ({@code SteppeModule.registerEvent}); an event with a field not listed here is refused.
 *
 * @param name lowerCamelCase type name ({@code blackout})
 * @param doc what happened, in one line, with the fields' meaning and units
 * @param fields the names of the details an event of this type may carry, in the order they are written
 */
public record EventInfo(String name, String doc, List<String> fields) {
    /** Checks the names and freezes the list. */
    public EventInfo {
        Names.requireIdentifier(name, "event type");
        fields = List.copyOf(fields);
        fields.forEach(f -> Names.requireIdentifier(f, "event field"));
    }
}
