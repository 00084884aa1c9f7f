package io.steppe.campaigns.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One value per run of an ensemble, a dot per run over the runs in replicate order, against a shaded
 * accepted range: how a KPI, an event count or a fact's value spreads over the runs. Values are
 * NaN for runs where the value does not exist (left out and counted under the chart). Date
 * values are epoch days, drawn with a date axis ({@link #dates()}).
 */
public final class ReportSeedChart {
    private final String title;
    private final double[] values;
    private String unit = "";
    private Double low;
    private Double high;
    private boolean dates;
    private String note;
    private String axis = "run";

    private ReportSeedChart(String title, double[] values) {
        this.title = Objects.requireNonNull(title, "title");
        this.values = values.clone();
    }

    /** The values of runs 0, 1, ... (each run's seed is in the command's JSON output). */
    public static ReportSeedChart perRun(String title, double[] values) {
        return new ReportSeedChart(title, values);
    }

    /** The unit of the values, named on the axis. */
    public ReportSeedChart unit(String text) {
        this.unit = Objects.requireNonNull(text, "unit");
        return this;
    }

    /** The accepted range, shaded; a null bound reaches the edge of the plot. */
    public ReportSeedChart accepted(Double lowest, Double highest) {
        this.low = lowest;
        this.high = highest;
        return this;
    }

    /** Values and bounds are dates (epoch days). */
    public ReportSeedChart dates() {
        this.dates = true;
        return this;
    }

    /** The x axis's label (default "run"). */
    public ReportSeedChart axis(String label) {
        this.axis = Objects.requireNonNull(label, "axis");
        return this;
    }

    /** A line under the chart saying what it shows. */
    public ReportSeedChart note(String text) {
        this.note = text;
        return this;
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The note, or null. */
    public String note() {
        return note;
    }

    /** The chart's data for the page's script. */
    ObjectNode spec() {
        ObjectNode spec = ReportJson.NODES.objectNode();
        spec.put("kind", "seeds");
        spec.put("axis", axis);
        spec.put("unit", unit);
        spec.put("dates", dates);
        spec.set("low", ReportJson.number(low));
        spec.set("high", ReportJson.number(high));
        spec.set("values", ReportJson.numbers(values));
        return spec;
    }
}
