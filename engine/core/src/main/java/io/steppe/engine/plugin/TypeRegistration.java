package io.steppe.engine.plugin;

import io.steppe.engine.EventInfo;
import io.steppe.engine.KpiInfo;
import io.steppe.engine.LeverInfo;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.Section;

/**
 * One registered name.
 *
 * @param kind what it names
 * @param name the type name used in scenario files ({@code type: name}), or the metric, lever,
 *     event, KPI or section name
 * @param specClass the spec record of an agent, policy or doctrine type; null otherwise
 * @param info the description of a metric, lever, event, KPI or section; null for types
 * @param module the class name of the module that registered it
 */
public record TypeRegistration(TypeKind kind, String name, Class<?> specClass, Object info, String module) {

    /** The metric's description (kind METRIC). */
    public MetricInfo metric() {
        return (MetricInfo) info;
    }

    /** The lever's description (kind LEVER). */
    public LeverInfo lever() {
        return (LeverInfo) info;
    }

    /** The event type's description (kind EVENT). */
    public EventInfo event() {
        return (EventInfo) info;
    }

    /** The KPI's description (kind KPI). */
    public KpiInfo kpi() {
        return (KpiInfo) info;
    }

    /** The section's definition (kind SECTION). */
    public Section<?> section() {
        return (Section<?>) info;
    }
}
