package io.steppe.campaigns.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chart of daily values on a date axis: lines, shaded bands between two series, fans of an
 * ensemble (5-95% and 25-75% bands around the median), vertical markers for events, and shaded
 * windows (a date range by a value range) for targets. Series carry a unit; the first unit gets
 * the left axis, a second one the right axis, and a third is refused; unit {@code "1"} (a share or
 * ratio) leaves its axis unlabelled. Values are NaN where a day has none (drawn as a gap).
 *
 * <pre>{@code
 * ReportTimeChart.daily("Mining load", start, days)
 *         .line("miningLoadMw", "MW", load)
 *         .marker(LocalDate.parse("2022-01-05"), "massProtest", "mass protest starts")
 *         .window(LocalDate.parse("2021-09-01"), LocalDate.parse("2021-11-30"), "MW", 1000.0, 2000.0, "T12b");
 * }</pre>
 */
public final class ReportTimeChart {
    private final String title;
    private final LocalDate start;
    private final int days;
    private String note;
    private final List<String> units = new ArrayList<>();
    private final ArrayNode series = ReportJson.NODES.arrayNode();
    private final ArrayNode bands = ReportJson.NODES.arrayNode();
    private final ArrayNode markers = ReportJson.NODES.arrayNode();
    private final ArrayNode windows = ReportJson.NODES.arrayNode();
    private int colours;

    private ReportTimeChart(String title, LocalDate start, int days) {
        this.title = Objects.requireNonNull(title, "title");
        this.start = Objects.requireNonNull(start, "start");
        if (days < 1) {
            throw new IllegalArgumentException("a chart needs at least one day, not " + days);
        }
        this.days = days;
    }

    /** An empty chart of {@code days} days from {@code start}. */
    public static ReportTimeChart daily(String title, LocalDate start, int days) {
        return new ReportTimeChart(title, start, days);
    }

    /** A line under the chart saying what it shows. */
    public ReportTimeChart note(String text) {
        this.note = text;
        return this;
    }

    /** A line: one value per day. */
    public ReportTimeChart line(String name, String unit, double[] values) {
        addSeries(name, unit, "line", colours++, values);
        return this;
    }

    /** A shaded band between a lower and an upper series, one value each per day. */
    public ReportTimeChart band(String name, String unit, double[] lower, double[] upper) {
        int colour = colours++;
        addBand(name, unit, colour, "", lower, upper, 0.25);
        return this;
    }

    /**
     * A fan: the 5-95% band, the 25-75% band and the median line of an ensemble, in one colour.
     * The bands must span this chart's days.
     */
    public ReportTimeChart fan(String name, String unit, ReportBands fan) {
        if (!fan.start().equals(start) || fan.days() != days) {
            throw new IllegalArgumentException("bands of " + fan.days() + " days from " + fan.start() + " do not span the chart's "
                    + days + " days from " + start);
        }
        int colour = colours++;
        addBand(name, unit, colour, " 5-95%", fan.p5(), fan.p95(), 0.15);
        addBand(name, unit, colour, " 25-75%", fan.p25(), fan.p75(), 0.3);
        addSeries(name + " median", unit, "line", colour, fan.p50());
        return this;
    }

    /** A vertical marker at a date; {@code kind} picks its colour and legend entry. Dates outside the chart are left out. */
    public ReportTimeChart marker(LocalDate date, String kind, String label) {
        long day = date.toEpochDay();
        if (day >= start.toEpochDay() && day < start.toEpochDay() + days) {
            ObjectNode m = markers.addObject();
            m.put("day", day);
            m.put("kind", kind);
            m.put("label", label);
        }
        return this;
    }

    /**
     * A shaded window from {@code from} to {@code to} (inclusive) between {@code low} and
     * {@code high} on the axis of {@code unit}; a null bound reaches the edge of the plot.
     */
    public ReportTimeChart window(LocalDate from, LocalDate to, String unit, Double low, Double high, String label) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window " + label + " ends before it starts");
        }
        ObjectNode w = windows.addObject();
        w.put("from", from.toEpochDay());
        w.put("to", to.toEpochDay());
        w.put("unit", axis(unit));
        w.set("low", ReportJson.number(low));
        w.set("high", ReportJson.number(high));
        w.put("label", label);
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
        spec.put("kind", "time");
        spec.put("start", start.toEpochDay());
        spec.put("days", days);
        spec.set("series", series.deepCopy());
        spec.set("bands", bands.deepCopy());
        spec.set("markers", markers.deepCopy());
        spec.set("windows", windows.deepCopy());
        return spec;
    }

    private void addBand(String name, String unit, int colour, String suffix, double[] lower, double[] upper, double alpha) {
        int lo = addSeries(name + suffix + " low", unit, "edge", colour, lower);
        int hi = addSeries(name + suffix + " high", unit, "edge", colour, upper);
        ObjectNode b = bands.addObject();
        b.put("lower", lo);
        b.put("upper", hi);
        b.put("colour", colour);
        b.put("alpha", alpha);
    }

    private int addSeries(String name, String unit, String role, int colour, double[] values) {
        if (values.length != days) {
            throw new IllegalArgumentException("series " + name + " has " + values.length + " values for " + days + " days");
        }
        ObjectNode s = series.addObject();
        s.put("name", name);
        s.put("unit", axis(unit));
        s.put("role", role);
        s.put("colour", colour);
        s.set("values", ReportJson.numbers(values));
        return series.size() - 1;
    }

    private String axis(String unit) {
        Objects.requireNonNull(unit, "unit");
        if (!units.contains(unit)) {
            if (units.size() == 2) {
                throw new IllegalArgumentException("a chart has two value axes (" + units + "), no room for " + unit);
            }
            units.add(unit);
        }
        return unit;
    }
}
