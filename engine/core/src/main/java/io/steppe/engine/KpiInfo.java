package io.steppe.engine;

/**
 * A key performance indicator of a run: one entry of {@code summary.json}'s {@code kpis}, a
 * number, a date or an object of numbers, computed once at the end. A plugin registers every KPI
 * it computes ({@code SteppeModule.registerKpi}), so objectives and facts can be checked before a
 * run.
 *
 * @param name lowerCamelCase name, with its unit in the name where it has one
 * @param unit the unit spelled out ({@code "MWh"}, {@code "date"}, {@code "MW by destination"})
 * @param doc what it measures, in one line
 */
public record KpiInfo(String name, String unit, String doc) {
    /** Checks the name. */
    public KpiInfo {
        Names.requireIdentifier(name, "KPI");
    }
}
