package io.steppe.engine.plugin;

import io.steppe.engine.MetricInfo;

/**
 * One registered type name.
 *
 * @param kind agent, policy or metric
 * @param name the type name used in scenario files ({@code type: name}) or the metric column
 * @param specClass the spec record for agents and policies; null for metrics
 * @param metric the metric description for metrics; null otherwise
 * @param module the class name of the module that registered it
 */
public record TypeRegistration(TypeKind kind, String name, Class<?> specClass, MetricInfo metric, String module) {
}
