package io.steppe.campaigns.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.campaigns.report.ReportBands;
import io.steppe.campaigns.report.ReportPage;
import io.steppe.campaigns.report.ReportSeedChart;
import io.steppe.campaigns.report.ReportSpec;
import io.steppe.campaigns.report.ReportTable;
import io.steppe.campaigns.report.ReportTimeChart;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.scenario.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code report.html} of a batch: fan charts (5–25–50–75–95%) of the key series (the campaign's
 * report fans, {@link ReportSpec#fanMetrics()}), each KPI's
 * value in every run with its quantiles, the share of runs with each event type, and, when
 * sweeping, each point's median of the key series on one chart and a table of KPI means (95% CI)
 * per point. Everything comes from the batch's state and {@code aggregate.json}.
 */
public final class BatchReport {
    /** Points drawn as lines on a per-point chart; a larger sweep is compared in the table only. */
    static final int MAX_POINT_LINES = 12;

    private BatchReport() {
    }

    /** The page. */
    public static ReportPage page(BatchJob job, BatchState state, BatchTable table, ObjectNode aggregate) {
        Scenario s = job.base().scenario();
        RunPlan plan = job.plan();
        Map<String, String> units = job.registry().metrics().stream()
                .collect(Collectors.toMap(MetricInfo::name, MetricInfo::unit, (a, b) -> a));
        ReportPage page = ReportPage.titled(s.name() + ": batch of " + state.size() + " runs");
        page.text(s.start() + " to " + s.end() + "; " + plan.points().size() + (plan.points().size() == 1 ? " point" : " points")
                + " × " + plan.replicates() + " replicates, base seed " + plan.baseSeed() + (plan.commonSeeds() ? ", common seeds" : "")
                + "; plan " + plan.sha256().substring(0, 12) + ". Beside this file: plan.csv, runs.csv, runs.parquet, bands.csv,"
                + " aggregate.json, manifest.json.");
        page.section("Key series");
        page.text("Per day: the median over runs (line), the 25–75% band and the 5–95% band" + (plan.paths().isEmpty() ? "."
                : ", for point 0 (" + String.join(", ", plan.sets(0)) + "). Quantiles are read from streaming sketches,"
                + " within " + Bands.RELATIVE_ACCURACY * 100 + "% of the exact value."));
        Map<Integer, Bands> bands = state.bands();
        Bands first = bands.isEmpty() ? null : bands.values().iterator().next();
        List<String> keyMetrics = ReportSpec.of(s, job.registry()).fanMetrics();
        for (String metric : keyMetrics) {
            int m = first == null ? -1 : first.metrics().indexOf(metric);
            if (m < 0 || allEmpty(first, m)) {
                continue;
            }
            String unit = units.getOrDefault(metric, "");
            page.add(ReportTimeChart.daily(metric, s.start(), first.days()).fan(metric, unit, fan(first, m, s.start())));
        }
        if (!plan.paths().isEmpty() && bands.size() > 1) {
            page.section("Points compared: medians of the key series");
            page.text(bands.size() > MAX_POINT_LINES ? "The first " + MAX_POINT_LINES + " points; all are in bands.csv."
                    : "One line per point: " + pointsLegend(plan, bands.size()) + ".");
            for (String metric : keyMetrics) {
                int m = first.metrics().indexOf(metric);
                if (m < 0 || allEmpty(first, m)) {
                    continue;
                }
                ReportTimeChart chart = ReportTimeChart.daily(metric + " by point", s.start(), first.days());
                int drawn = 0;
                for (Map.Entry<Integer, Bands> e : bands.entrySet()) {
                    if (drawn++ == MAX_POINT_LINES) {
                        break;
                    }
                    double[] median = new double[first.days()];
                    for (int d = 0; d < median.length; d++) {
                        median[d] = e.getValue().quantile(m, d, 0.5);
                    }
                    chart.line("point " + e.getKey(), units.getOrDefault(metric, ""), median);
                }
                page.add(chart);
            }
            page.section("Points compared: KPI means (95% CI)");
            page.add(pointTable(plan, table, aggregate));
        }
        page.section("KPIs over the runs");
        page.add(kpiTable(table, aggregate.get("kpis")));
        for (String kpi : table.kpis()) {
            double[] values = table.values(kpi);
            ReportSeedChart chart = ReportSeedChart.perRun(kpi, values);
            if (table.dateKpis().contains(kpi)) {
                chart.dates();
            }
            page.add(chart);
        }
        page.section("Events: share of runs where each happened");
        ReportTable events = ReportTable.of("event", "runs", "share", "95% Wilson interval", "mean count");
        aggregate.get("events").fields().forEachRemaining(e -> events.row(e.getKey(), e.getValue().get("runs").asText(),
                e.getValue().get("share").asText(), e.getValue().get("wilson95Low").asText() + " – "
                        + e.getValue().get("wilson95High").asText(), e.getValue().get("meanCount").asText()));
        page.add(events);
        return page;
    }

    private static boolean allEmpty(Bands b, int m) {
        for (int d = 0; d < b.days(); d++) {
            if (b.count(m, d) > 0) {
                return false;
            }
        }
        return true;
    }

    private static ReportBands fan(Bands b, int m, LocalDate start) {
        double[][] q = new double[Bands.QUANTILES.length][b.days()];
        for (int i = 0; i < q.length; i++) {
            for (int d = 0; d < b.days(); d++) {
                q[i][d] = b.quantile(m, d, Bands.QUANTILES[i]);
            }
        }
        return ReportBands.ofQuantiles(start, q[0], q[1], q[2], q[3], q[4]);
    }

    private static String pointsLegend(RunPlan plan, int points) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < Math.min(points, MAX_POINT_LINES); p++) {
            b.append(p == 0 ? "" : "; ").append("point ").append(p).append(" = ").append(String.join(", ", plan.sets(p)));
        }
        return b.toString();
    }

    private static ReportTable kpiTable(BatchTable table, JsonNode kpis) {
        ReportTable t = ReportTable.of("KPI", "runs", "mean", "95% CI", "sd", "p5", "p50", "p95");
        for (String kpi : table.kpis()) {
            JsonNode k = kpis.get(kpi);
            Function<String, String> f = name -> k.has(name) ? k.get(name).asText() : "";
            t.row(kpi, f.apply("runs"), f.apply("mean"), f.apply("ci95Low") + " – " + f.apply("ci95High"), f.apply("sd"),
                    f.apply("p5"), f.apply("p50"), f.apply("p95"));
        }
        return t;
    }

    private static ReportTable pointTable(RunPlan plan, BatchTable table, ObjectNode aggregate) {
        String[] header = new String[1 + plan.paths().size() + table.kpis().size()];
        header[0] = "point";
        for (int j = 0; j < plan.paths().size(); j++) {
            header[1 + j] = plan.paths().get(j);
        }
        for (int k = 0; k < table.kpis().size(); k++) {
            header[1 + plan.paths().size() + k] = table.kpis().get(k);
        }
        ReportTable t = ReportTable.of(header);
        for (JsonNode point : aggregate.get("points")) {
            String[] row = new String[header.length];
            int p = point.get("point").asInt();
            row[0] = Integer.toString(p);
            for (int j = 0; j < plan.paths().size(); j++) {
                row[1 + j] = plan.points().get(p).get(j);
            }
            for (int k = 0; k < table.kpis().size(); k++) {
                JsonNode s = point.get("kpis").get(table.kpis().get(k));
                row[1 + plan.paths().size() + k] = s == null || !s.has("mean") ? "" : s.get("mean").asText()
                        + (s.has("ci95Low") && !s.get("ci95Low").isNull() ? " (" + s.get("ci95Low").asText() + " – " + s.get("ci95High").asText() + ")" : "");
            }
            t.row(row);
        }
        return t;
    }
}
