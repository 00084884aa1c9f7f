package io.steppe.engine;

/**
 * A daily metric: one column of {@code timeseries.csv}.
 *
 * @param name column name, with its unit in the name ({@code miningLoadMw})
 * @param unit the unit spelled out ({@code "MW"}; {@code "1"} for a share or count)
 * @param doc one line saying what the value is and how it is aggregated over the day
 */
public record MetricInfo(String name, String unit, String doc) {
    /** Checks the name is a plain identifier so it is a safe CSV header and trigger operand. */
    public MetricInfo {
        Names.requireIdentifier(name, "metric");
    }
}
