package io.steppe.engine;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's key performance indicators, written to {@code summary.json}: named numbers, dates or
 * objects of named numbers. Populations compute theirs in a finish hook
 * ({@link SteppeWorld#onFinish}).
 */
public final class Kpis {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Sets a numeric KPI. */
    public void put(String name, double value) {
        values.put(name, value);
    }

    /** Sets a date KPI (null when the thing never happened). */
    public void putDate(String name, LocalDate date) {
        values.put(name, date);
    }

    /** Sets an object KPI, e.g. megawatts by destination. */
    public void putObject(String name, Map<String, Double> value) {
        values.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(value)));
    }

    /** All KPIs in the order they were set. */
    public Map<String, Object> all() {
        return Collections.unmodifiableMap(values);
    }
}
