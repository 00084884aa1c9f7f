package io.steppe.engine.agent;

/**
 * Where a population writes one of its declared metrics for today ({@link AgentContext#metric}).
 * A value nobody writes on a day is empty (NaN) in that day's row.
 */
public interface MetricSink {
    /** The metric's name. */
    String name();

    /** Sets today's value. */
    void put(double value);

    /** Adds to today's value (an empty value counts as zero). */
    void add(double value);
}
