package io.steppe.engine.agent;

import java.time.LocalDate;
import java.util.Map;

/** Where a population puts its declared KPIs, in its {@link AgentContext#atEnd} hook. */
public interface KpiSink {
    /** Sets a numeric KPI. */
    void put(String name, double value);

    /** Sets a date KPI (null when the thing never happened). */
    void putDate(String name, LocalDate date);

    /** Sets an object KPI, e.g. megawatts by destination. */
    void putObject(String name, Map<String, Double> value);
}
