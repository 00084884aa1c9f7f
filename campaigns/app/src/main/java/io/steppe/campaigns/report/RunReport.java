package io.steppe.campaigns.report;

import io.steppe.engine.Event;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.run.Metrics;
import io.steppe.engine.run.Numbers;
import io.steppe.engine.run.SteppeWorld;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The report of one run ({@code report.html} of {@code steppe run}): the key series with the
 * run's events on their time axis, the events shown, the count of every event type, and the KPIs.
 * Values are the run's own, written as in {@code timeseries.csv}; a metric no agent of the run
 * produced (empty every day) is left out, and so is a chart left with nothing to draw.
 */
public final class RunReport {
    /** An event marker: date, kind (the event type) and label. */
    record Marker(LocalDate date, String kind, String label) {
    }

    private RunReport() {
    }

    /** The report page of a finished run. */
    public static ReportPage page(SteppeWorld world) {
        var s = world.scenario();
        ReportPage page = ReportPage.titled(s.name() + ", seed " + s.seed());
        if (s.description() != null) {
            page.text(s.description());
        }
        page.text(s.start() + " to " + s.end() + " (" + s.days() + " days). Outputs beside this file: timeseries.csv, "
                + "events.jsonl, summary.json, manifest.json, scenario.yaml.");
        ReportSpec spec = ReportSpec.of(s, world.registry());
        List<Marker> markers = markers(world.events().all(), spec.markers());
        page.section("Key series");
        page.text("Dashed lines mark " + describe(spec.markers()) + ". Point at a chart to read the day's values and the"
                + " events there; drag to zoom, double-click to zoom out.");
        for (ReportSpec.Chart key : spec.charts()) {
            ReportTimeChart chart = chart(world, key, markers);
            if (chart != null) {
                page.add(chart);
            }
        }
        page.section("Events marked on the charts");
        ReportTable shown = ReportTable.of("date", "event", "what");
        markers.forEach(m -> shown.row(m.date().toString(), m.kind(), m.label()));
        page.add(shown);
        page.section("Events by type");
        page.add(eventCounts(world.events().all()));
        page.section("KPIs");
        page.add(ReportTable.of("KPI", "value", world.kpis().all(), RunReport::format));
        return page;
    }

    /** The markers in words: "the starts of massProtest, minerCutoff; every policyOn; seizure (one line a month)". */
    private static String describe(ReportSpec.Markers markers) {
        List<String> parts = new ArrayList<>();
        if (!markers.starts().isEmpty()) {
            parts.add("the starts of " + String.join(", ", markers.starts()));
        }
        if (!markers.each().isEmpty()) {
            parts.add("every " + String.join(", ", markers.each()));
        }
        if (!markers.monthly().isEmpty()) {
            parts.add(String.join(", ", markers.monthly()) + " (one line a month)");
        }
        return parts.isEmpty() ? "no events" : String.join("; ", parts);
    }

    private static ReportTimeChart chart(SteppeWorld world, ReportSpec.Chart key, List<Marker> markers) {
        Metrics metrics = world.metrics();
        List<double[]> rows = metrics.rows();
        if (rows.isEmpty()) {
            return null;
        }
        ReportTimeChart chart = ReportTimeChart.daily(key.title(), world.scenario().start(), rows.size());
        List<String> notes = new ArrayList<>();
        for (String name : key.metrics()) {
            if (!metrics.has(name)) {
                continue;
            }
            int col = metrics.indexOf(name);
            double[] values = new double[rows.size()];
            boolean any = false;
            for (int d = 0; d < values.length; d++) {
                values[d] = rows.get(d)[col];
                any |= !Double.isNaN(values[d]);
            }
            if (any) {
                MetricInfo info = metrics.infos().get(col);
                chart.line(name, info.unit(), values);
                notes.add(name + " (" + info.unit() + "): " + info.doc());
            }
        }
        if (notes.isEmpty()) {
            return null;
        }
        markers.forEach(m -> chart.marker(m.date(), m.kind(), m.label()));
        return chart.note(String.join("; ", notes) + ".");
    }

    /** The markers of a run's events, in date order. */
    static List<Marker> markers(List<Event> events, ReportSpec.Markers spec) {
        Set<String> starts = Set.copyOf(spec.starts());
        Set<String> each = Set.copyOf(spec.each());
        Set<String> monthlyTypes = Set.copyOf(spec.monthly());
        List<Marker> markers = new ArrayList<>();
        Map<YearMonth, List<Event>> monthly = new TreeMap<>();
        for (Event e : events) {
            if (starts.contains(e.type()) && "start".equals(String.valueOf(e.details().get("state")))) {
                markers.add(new Marker(e.date(), e.type(), describe(e)));
            } else if (each.contains(e.type())) {
                markers.add(new Marker(e.date(), e.type(), describe(e)));
            } else if (monthlyTypes.contains(e.type())) {
                monthly.computeIfAbsent(YearMonth.from(e.date()), m -> new ArrayList<>()).add(e);
            }
        }
        monthly.forEach((month, list) -> markers.add(new Marker(list.get(0).date(), list.get(0).type(), monthly(month, list))));
        markers.sort((a, b) -> a.date().compareTo(b.date()));
        return markers;
    }

    /** A month's events of one type in words: how many, and the sum of each numeric detail. */
    private static String monthly(YearMonth month, List<Event> events) {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (Event e : events) {
            e.details().forEach((k, v) -> {
                if (v instanceof Number n) {
                    sums.merge(k, n.doubleValue(), Double::sum);
                }
            });
        }
        String type = events.get(0).type();
        String totals = sums.entrySet().stream().map(t -> t.getKey() + " " + short4(t.getValue())).collect(Collectors.joining(", "));
        return events.size() + " " + type + (events.size() == 1 ? "" : "s") + " in " + month + (totals.isEmpty() ? "" : ": " + totals);
    }

    /** An event in words: type, agent and details (numbers to 4 significant digits). */
    static String describe(Event e) {
        StringBuilder text = new StringBuilder(e.type());
        if (e.agent() != null) {
            text.append(' ').append(e.agent());
        }
        String details = e.details().entrySet().stream().filter(d -> !"state".equals(d.getKey()))
                .map(d -> d.getKey() + " " + (d.getValue() instanceof Double v ? short4(v) : String.valueOf(d.getValue())))
                .collect(Collectors.joining(", "));
        return details.isEmpty() ? text.toString() : text.append(": ").append(details).toString();
    }

    private static ReportTable eventCounts(List<Event> events) {
        Map<String, List<Event>> byType = new TreeMap<>();
        events.forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e));
        ReportTable table = ReportTable.of("event", "count", "first", "last");
        byType.forEach((type, list) -> table.row(type, String.valueOf(list.size()), list.get(0).date().toString(),
                list.get(list.size() - 1).date().toString()));
        return table;
    }

    /** A KPI value as text: numbers as in summary.json, dates ISO, maps as "key value" pairs. */
    static String format(Object value) {
        if (value instanceof Double d) {
            return Numbers.format(d);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, String> parts = new LinkedHashMap<>();
            map.forEach((k, v) -> parts.put(String.valueOf(k), format(v)));
            return parts.entrySet().stream().map(p -> p.getKey() + " " + p.getValue()).collect(Collectors.joining(", "));
        }
        return value == null ? "none" : String.valueOf(value);
    }

    private static String short4(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
