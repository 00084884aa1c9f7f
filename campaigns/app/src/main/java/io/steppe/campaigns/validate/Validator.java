package io.steppe.campaigns.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.campaigns.CampaignSections;
import io.steppe.campaigns.report.ReportBands;
import io.steppe.campaigns.validate.Fact;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.AtomicFiles;
import io.steppe.engine.run.Ensemble;
import io.steppe.engine.run.Seeds;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Runs a campaign's ensemble — the seeds derived from the scenario's seed ({@link Ensemble}) — and
 * judges its facts. Each run is measured as soon as it finishes and then dropped; what is kept of it is its fact values and the
 * daily values of the metrics that facts measure around the facts' windows (runs x days x metrics
 * numbers: about 2 MB for kazakhstan-2017 at 50 runs), turned into per-day bands at the end.
 * Results are in seed order whatever the number of threads.
 */
public final class Validator {
    private Validator() {
    }

    /** Days of context drawn either side of the facts' windows in a metric's bands. */
    public static final int CONTEXT_DAYS = 182;

    /** One run's fact values and its slices of the metrics whose bands are kept. */
    private record RunMeasure(double[] facts, double[][] series) {
    }

    /** A metric whose daily values are kept over days {@code first..last} (offsets from the start) for its bands. */
    private record Kept(String metric, int first, int last) {
    }

    /**
     * The facts judged over {@code runs} runs on {@code threads} threads, with the per-day bands of
     * each metric that a fact measures; {@code progress} gets the count of runs done. Of each run
     * only the fact values and those metrics over their facts' windows (and {@link #CONTEXT_DAYS}
     * either side) are kept until the ensemble is done.
     */
    public static ValidationResult validate(LoadedScenario loaded, PluginRegistry registry, int runs, int threads,
                                            IntConsumer progress) {
        Scenario base = loaded.scenario();
        List<Fact> facts = CampaignSections.facts(base);
        List<Kept> kept = kept(base);
        List<RunMeasure> measured = Ensemble.run(loaded, registry, base.seed(), runs, threads,
                world -> measure(world, facts, kept), progress);
        double[][] values = new double[facts.size()][runs];
        double[][][] series = new double[kept.size()][runs][];
        for (int r = 0; r < runs; r++) {
            RunMeasure run = measured.get(r);
            for (int f = 0; f < facts.size(); f++) {
                values[f][r] = run.facts()[f];
            }
            for (int m = 0; m < kept.size(); m++) {
                series[m][r] = run.series()[m];
            }
        }
        List<FactResult> results = new ArrayList<>();
        for (int f = 0; f < facts.size(); f++) {
            Fact fact = facts.get(f);
            double required = fact.requiredShare() != null ? fact.requiredShare() : CampaignSections.validation(base).requiredShare();
            results.add(new FactResult(fact, values[f], required));
        }
        List<ValidationResult.Band> bands = new ArrayList<>();
        for (int m = 0; m < kept.size(); m++) {
            Kept k = kept.get(m);
            MetricInfo info = registry.metrics().stream().filter(i -> i.name().equals(k.metric())).findFirst().orElseThrow();
            bands.add(new ValidationResult.Band(info, ReportBands.of(base.start().plusDays(k.first()), series[m])));
            series[m] = null;
        }
        return new ValidationResult(results, bands, base.seed());
    }

    /** The metrics that facts measure, each over its facts' windows with context, clipped to the run; in the facts' order. */
    private static List<Kept> kept(Scenario scenario) {
        Map<String, long[]> spans = new LinkedHashMap<>();
        long start = scenario.start().toEpochDay();
        for (Fact f : CampaignSections.facts(scenario)) {
            if (f.metric() == null) {
                continue;
            }
            long[] span = spans.computeIfAbsent(f.metric(), m -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            for (LocalDate d : new LocalDate[] {f.from(), f.to(), f.relativeFrom(), f.relativeTo()}) {
                if (d != null) {
                    span[0] = Math.min(span[0], d.toEpochDay() - start);
                    span[1] = Math.max(span[1], d.toEpochDay() - start);
                }
            }
        }
        List<Kept> kept = new ArrayList<>();
        spans.forEach((metric, span) -> {
            long first = Math.max(0, span[0] - CONTEXT_DAYS);
            long last = Math.min(scenario.days() - 1L, span[1] + CONTEXT_DAYS);
            if (first <= last) {
                kept.add(new Kept(metric, (int) first, (int) last));
            }
        });
        return kept;
    }

    private static RunMeasure measure(SteppeWorld world, List<Fact> facts, List<Kept> kept) {
        double[] row = new double[facts.size()];
        for (int f = 0; f < facts.size(); f++) {
            row[f] = FactMeasure.of(facts.get(f), world);
        }
        List<double[]> rows = world.metrics().rows();
        double[][] series = new double[kept.size()][];
        for (int m = 0; m < kept.size(); m++) {
            Kept k = kept.get(m);
            int col = world.metrics().indexOf(k.metric());
            double[] slice = new double[k.last() - k.first() + 1];
            for (int d = 0; d < slice.length; d++) {
                int day = k.first() + d;
                slice[d] = day < rows.size() ? rows.get(day)[col] : Double.NaN;
            }
            series[m] = slice;
        }
        return new RunMeasure(row, series);
    }

    /** Prints the table: fact, range, median, 5-95%, share inside, required, verdict. */
    public static void printTable(PrintWriter out, List<FactResult> results, int runs) {
        out.printf("%-5s %-52s %-25s %-11s %-25s %7s %8s  %s%n", "fact", "name", "accepted range", "median", "5-95% of runs",
                "inside", "required", "verdict");
        for (FactResult r : results) {
            Fact f = r.fact();
            out.printf("%-5s %-52s %-25s %-11s %-25s %6.0f%% %7.0f%%  %s%n", f.id(), clip(f.name(), 52), r.acceptedRange(),
                    r.format(r.quantile(0.5)), r.format(r.quantile(0.05)) + " - " + r.format(r.quantile(0.95)),
                    100 * r.shareInside(), 100 * r.requiredShare(), r.passes() ? "PASS" : "FAIL");
        }
        long passed = results.stream().filter(FactResult::passes).count();
        out.printf("%d of %d facts pass over %d runs%n", passed, results.size(), runs);
        out.flush();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** Writes {@code validation.json} into the directory (atomically). */
    public static Path writeJson(Path dir, Scenario scenario, List<FactResult> results, int runs) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("campaign", scenario.name());
        root.put("runs", runs);
        root.put("baseSeed", scenario.seed());
        ArrayNode seeds = root.putArray("seeds");
        for (long seed : Seeds.replicates(scenario.seed(), runs)) {
            seeds.add(seed);
        }
        root.put("passed", results.stream().allMatch(FactResult::passes));
        ArrayNode facts = root.putArray("facts");
        for (FactResult r : results) {
            Fact f = r.fact();
            ObjectNode n = facts.addObject();
            n.put("id", f.id());
            n.put("name", f.name());
            n.put("source", f.source());
            n.put("atLeast", f.atLeast());
            n.put("atMost", f.atMost());
            n.put("median", r.format(r.quantile(0.5)));
            n.put("p5", r.format(r.quantile(0.05)));
            n.put("p95", r.format(r.quantile(0.95)));
            n.put("shareInside", r.shareInside());
            n.put("requiredShare", r.requiredShare());
            n.put("missingRuns", r.missing());
            n.put("passes", r.passes());
            ArrayNode values = n.putArray("values");
            for (double v : r.values()) {
                values.add(r.format(v));
            }
        }
        return AtomicFiles.writeString(dir.resolve("validation.json"), json.writeValueAsString(root));
    }
}
