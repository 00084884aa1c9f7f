package io.steppe.campaigns.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.run.AtomicFiles;
import io.steppe.engine.run.Numbers;
import io.steppe.engine.run.RunWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch's outputs from its state alone: {@code runs.csv}, {@code bands.csv},
 * {@code aggregate.json} (byte-identical for the same plan however it was executed),
 * {@code runs.parquet}, {@code report.html} and {@code manifest.json} (which also records how it
 * was executed). Each file is written beside its place and moved in, so none is ever half-written.
 */
public final class BatchOutputs {
    /** The files a finished batch has. */
    public static final List<String> FILES = List.of("plan.csv", "runs.csv", "runs.parquet", "bands.csv", "aggregate.json",
            "report.html", "manifest.json");

    private static final JsonNodeFactory NODES = RunWriter.json().getNodeFactory();

    private BatchOutputs() {
    }

    /** Writes {@code plan.csv}, the first thing a batch writes. */
    public static void writePlan(Path dir, RunPlan plan) throws IOException {
        AtomicFiles.writeString(dir.resolve("plan.csv"), plan.csv());
    }

    /**
     * Writes every output of a finished batch.
     *
     * @param manifest the manifest's common part plus how the batch was executed
     */
    public static void write(Path dir, BatchJob job, BatchState state, ObjectNode manifest) throws IOException {
        RunPlan plan = job.plan();
        BatchTable table = BatchTable.of(plan, state.records().values());
        AtomicFiles.writeString(dir.resolve("runs.csv"), table.csv());
        writeBands(dir.resolve("bands.csv"), job.base().scenario().start(), state);
        ObjectNode aggregate = aggregate(plan, table);
        AtomicFiles.writeString(dir.resolve("aggregate.json"), pretty(aggregate));
        BatchParquet.write(dir.resolve("runs.parquet"), table);
        BatchReport.page(job, state, table, aggregate).write(dir.resolve("report.html"));
        manifest.put("planSha256", plan.sha256());
        manifest.put("runs", state.size());
        manifest.set("plan", planNode(plan));
        var files = manifest.putArray("files");
        FILES.forEach(files::add);
        AtomicFiles.writeString(dir.resolve("manifest.json"), pretty(manifest));
    }

    /** {@code bands.csv}: point, date, metric, runs with a value, mean and the quantiles, streamed to the file. */
    static void writeBands(Path file, LocalDate start, BatchState state) throws IOException {
        AtomicFiles.write(file, stream -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            w.write("point,date,metric,runs,mean,p5,p25,p50,p75,p95\n");
            StringBuilder line = new StringBuilder(160);
            for (Map.Entry<Integer, Bands> entry : state.bands().entrySet()) {
                Bands b = entry.getValue();
                for (int d = 0; d < b.days(); d++) {
                    String date = start.plusDays(d).toString();
                    for (int m = 0; m < b.metrics().size(); m++) {
                        line.setLength(0);
                        line.append(entry.getKey()).append(',').append(date).append(',').append(b.metrics().get(m))
                                .append(',').append(b.count(m, d)).append(',').append(Numbers.format(b.mean(m, d)));
                        for (double q : Bands.QUANTILES) {
                            line.append(',').append(Numbers.format(b.quantile(m, d, q)));
                        }
                        line.append('\n');
                        w.write(line.toString());
                    }
                }
            }
            w.flush();
        });
    }

    /** The plan as aggregate.json and manifest.json describe it. */
    private static ObjectNode planNode(RunPlan plan) {
        ObjectNode p = NODES.objectNode();
        p.put("sha256", plan.sha256());
        p.put("runs", plan.size());
        p.put("points", plan.points().size());
        p.put("replicates", plan.replicates());
        p.put("baseSeed", plan.baseSeed());
        p.put("commonSeeds", plan.commonSeeds());
        plan.paths().forEach(p.putArray("parameters")::add);
        return p;
    }

    /** {@code aggregate.json}: the plan, then KPI and event summaries over all runs and per point. */
    static ObjectNode aggregate(RunPlan plan, BatchTable table) {
        ObjectNode root = NODES.objectNode();
        root.set("plan", planNode(plan));
        root.put("runs", table.records().size());
        root.put("note", "kpis: mean, sample sd, 95% CI of the mean (Student's t) and quantiles over the runs that have a value"
                + " (dates as ISO dates, sd and CI half-width in days); events: share of runs where the type happened at least once,"
                + " with the 95% Wilson score interval, and the mean count per run");
        summarise(root, table, table.records());
        if (!plan.paths().isEmpty()) {
            ArrayNode points = root.putArray("points");
            List<List<RunRecord>> byPoint = new ArrayList<>();
            for (int point = 0; point < plan.points().size(); point++) {
                byPoint.add(new ArrayList<>());
            }
            table.records().forEach(r -> byPoint.get(r.run().point()).add(r));
            for (int point = 0; point < plan.points().size(); point++) {
                List<RunRecord> mine = byPoint.get(point);
                ObjectNode node = points.addObject();
                node.put("point", point);
                ObjectNode values = node.putObject("values");
                for (int j = 0; j < plan.paths().size(); j++) {
                    values.put(plan.paths().get(j), plan.points().get(point).get(j));
                }
                node.put("runs", mine.size());
                summarise(node, table, mine);
            }
        }
        return root;
    }

    private static void summarise(ObjectNode node, BatchTable table, List<RunRecord> records) {
        BatchTable sub = new BatchTable(table.plan(), records, table.kpis(), table.dateKpis(), table.events());
        ObjectNode kpis = node.putObject("kpis");
        for (String kpi : table.kpis()) {
            Statistics.Summary s = Statistics.summarise(sub.values(kpi));
            ObjectNode k = kpis.putObject(kpi);
            boolean date = table.dateKpis().contains(kpi);
            k.put("runs", s == null ? 0 : s.n());
            if (s == null) {
                continue;
            }
            k.set("mean", value(s.mean(), date));
            k.set("sd", number(s.sd()));
            k.set("ci95Low", value(s.ciLow(), date));
            k.set("ci95High", value(s.ciHigh(), date));
            k.set("min", value(s.min(), date));
            for (int i = 0; i < Bands.QUANTILES.length; i++) {
                k.set("p" + Math.round(Bands.QUANTILES[i] * 100), value(s.quantiles()[i], date));
            }
            k.set("max", value(s.max(), date));
        }
        ObjectNode events = node.putObject("events");
        for (String type : table.events()) {
            int k = 0;
            long total = 0;
            for (RunRecord r : records) {
                int c = r.events().getOrDefault(type, 0);
                k += c > 0 ? 1 : 0;
                total += c;
            }
            Statistics.Share share = Statistics.share(k, records.size());
            ObjectNode e = events.putObject(type);
            e.put("runs", k);
            e.set("share", number(share.share()));
            e.set("wilson95Low", number(share.low()));
            e.set("wilson95High", number(share.high()));
            e.set("meanCount", number(records.isEmpty() ? Double.NaN : total / (double) records.size()));
        }
    }

    private static JsonNode value(double v, boolean date) {
        if (date && !Double.isNaN(v)) {
            return NODES.textNode(LocalDate.ofEpochDay(Math.round(v)).toString());
        }
        return number(v);
    }

    private static JsonNode number(double v) {
        return RunWriter.value(v);
    }

    static String pretty(JsonNode node) throws IOException {
        return RunWriter.json().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }
}
