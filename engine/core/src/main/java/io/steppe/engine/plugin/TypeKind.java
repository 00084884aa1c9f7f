package io.steppe.engine.plugin;

/** The kinds of names a plugin can register. */
public enum TypeKind {
    /** An agent population ({@link io.steppe.engine.agent.AgentSpec}). */
    AGENT,
    /** A policy module ({@link io.steppe.engine.PolicySpec}). */
    POLICY,
    /** A government decision rule ({@link io.steppe.engine.doctrine.DoctrineSpec}). */
    DOCTRINE,
    /** A daily metric column ({@link io.steppe.engine.MetricInfo}). */
    METRIC,
    /** A policy lever ({@link io.steppe.engine.LeverInfo}), also a daily column. */
    LEVER,
    /** An event type ({@link io.steppe.engine.EventInfo}). */
    EVENT,
    /** A KPI of {@code summary.json} ({@link io.steppe.engine.KpiInfo}). */
    KPI,
    /** A top-level section of scenario files ({@link io.steppe.engine.Section}). */
    SECTION;

    /** Lower-case label used in messages. */
    public String label() {
        return this == KPI ? "KPI" : name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether names of this kind are types with a spec record ({@code type: name} in scenarios). */
    public boolean isType() {
        return this == AGENT || this == POLICY || this == DOCTRINE;
    }
}
