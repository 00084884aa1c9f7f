package io.steppe.engine.plugin;

/** The kinds of named types a plugin can register. */
public enum TypeKind {
    /** An agent population ({@link io.steppe.engine.AgentSpec}). */
    AGENT,
    /** A policy module ({@link io.steppe.engine.PolicySpec}). */
    POLICY,
    /** A government decision rule ({@link io.steppe.engine.doctrine.DoctrineSpec}). */
    DOCTRINE,
    /** A daily metric column ({@link io.steppe.engine.MetricInfo}). */
    METRIC;

    /** Lower-case label used in messages. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
