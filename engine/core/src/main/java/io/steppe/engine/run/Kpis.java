package io.steppe.engine.run;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's key performance indicators, written to {@code summary.json}: named numbers, dates or
 * objects of named numbers, put by the populations that declare them at the end of the run.
 */
public final class Kpis {
    private final Map<String, Object> values = new LinkedHashMap<>();

    Kpis() {
    }

    void put(String name, double value) {
        values.put(name, value);
    }

    void putDate(String name, LocalDate date) {
        values.put(name, date);
    }

    void putObject(String name, Map<String, Double> value) {
        values.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(value)));
    }

    /** All KPIs in the order they were set. */
    public Map<String, Object> all() {
        return Collections.unmodifiableMap(values);
    }
}
