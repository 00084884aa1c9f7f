package io.steppe.engine;

import java.time.LocalDate;
import java.util.Map;

/**
 * Something that happened on a day: a blackout, a policy switching on, a migration. Written as one
 * line of {@code events.jsonl} with {@code date}, {@code type}, {@code agent} (if any) and the
 * details as further fields.
 *
 * @param date the simulated day
 * @param type lowerCamelCase event type
 * @param agent who did it or where it happened, or null
 * @param details further fields in insertion order; values are numbers, strings, booleans, dates
 *     or lists and maps of those
 */
public record Event(LocalDate date, String type, String agent, Map<String, Object> details) {
}
