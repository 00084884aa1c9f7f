package io.steppe.campaigns.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Ensemble;
import io.steppe.engine.scenario.Fact;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs a campaign's ensemble — seeds {@code seed, seed+1, ...} ({@link Ensemble}) — and judges its
 * facts. Each run is measured as soon as it finishes and then dropped. Results are in seed order
 * whatever the number of threads.
 */
public final class Validator {
    private Validator() {
    }

    /** The facts judged over {@code runs} runs on {@code threads} threads; {@code progress} gets the count of runs done. */
    public static List<FactResult> validate(LoadedScenario loaded, PluginRegistry registry, int runs, int threads,
                                            IntConsumer progress) {
        Scenario base = loaded.scenario();
        List<Fact> facts = base.facts();
        MarketData market = MarketData.load(base.data(), base.start(), base.end(), loaded.baseDir());
        List<double[]> rows = Ensemble.run(Ensemble.seeds(base, runs), market, registry, threads, world -> {
            double[] row = new double[facts.size()];
            for (int f = 0; f < facts.size(); f++) {
                row[f] = FactMeasure.of(facts.get(f), world);
            }
            return row;
        }, progress);
        double[][] values = new double[facts.size()][runs];
        for (int r = 0; r < runs; r++) {
            for (int f = 0; f < facts.size(); f++) {
                values[f][r] = rows.get(r)[f];
            }
        }
        List<FactResult> results = new ArrayList<>();
        for (int f = 0; f < facts.size(); f++) {
            Fact fact = facts.get(f);
            double required = fact.requiredShare() != null ? fact.requiredShare() : base.validation().requiredShare();
            results.add(new FactResult(fact, values[f], required));
        }
        return results;
    }

    /** Prints the table: fact, range, median, 5-95%, share inside, required, verdict. */
    public static void printTable(PrintWriter out, List<FactResult> results, int runs) {
        out.printf("%-5s %-52s %-25s %-11s %-25s %7s %8s  %s%n", "fact", "name", "accepted range", "median", "5-95% of runs",
                "inside", "required", "verdict");
        for (FactResult r : results) {
            Fact f = r.fact();
            String range = "[" + (f.atLeast() == null ? "" : f.atLeast()) + ", " + (f.atMost() == null ? "" : f.atMost()) + "]";
            out.printf("%-5s %-52s %-25s %-11s %-25s %6.0f%% %7.0f%%  %s%n", f.id(), clip(f.name(), 52), range,
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
        root.put("firstSeed", scenario.seed());
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
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "validation", ".tmp");
        json.writeValue(tmp.toFile(), root);
        Path target = dir.resolve("validation.json");
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
