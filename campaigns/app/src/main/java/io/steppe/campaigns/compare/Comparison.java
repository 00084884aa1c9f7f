package io.steppe.campaigns.compare;

import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Ensemble;
import io.steppe.engine.run.Seeds;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Campaigns measured on the same seeds: for each campaign and outcome, the value in every seed.
 * The first campaign is the reference (the history a counterfactual departs from); the table sets
 * every other campaign's median against it, with the count of matched seeds where it is below and
 * above. An object KPI broken down (the machines that left the home, by destination) has a row per
 * key (0 in a run without it).
 *
 * @param campaigns campaign names, reference first
 * @param baseSeed the seed the runs' seeds are derived from ({@link Seeds}); run r has the same seed in every campaign
 * @param runs runs per campaign
 * @param outcomes the outcomes measured, each object KPI's broken down by key after it
 * @param values for each campaign, for each outcome id, the value of each seed
 */
public record Comparison(List<String> campaigns, long baseSeed, int runs, List<Outcome> outcomes,
                         Map<String, Map<String, double[]>> values) {

    /** Separates an object KPI's outcome id from a key in the ids of its breakdown rows. */
    public static final String KEY = ":";

    /**
     * Runs every campaign on the seeds derived from {@code baseSeed} and measures the outcomes of the first (the
     * reference: its {@code outcomes} section, or every KPI), then every other KPI the runs have
     * (a plugin's included), and for an object KPI broken down, one row per key found in any run;
     * {@code progress} gets the campaign's name and the count of its runs done.
     */
    public static Comparison run(List<LoadedScenario> scenarios, PluginRegistry registry, long baseSeed, int runs, int threads,
                                 BiConsumer<String, Integer> progress) {
        List<Outcome> outcomes = new ArrayList<>(Outcome.of(scenarios.get(0).scenario(), registry));
        Set<String> covered = new HashSet<>();
        outcomes.forEach(o -> covered.add(o.kpi() == null ? o.id() : o.kpi()));
        for (LoadedScenario loaded : scenarios) {
            for (String kpi : Outcome.kpis(loaded.scenario(), registry)) {
                if (covered.add(kpi)) {
                    outcomes.add(Outcome.ofKpi(kpi, registry));
                }
            }
        }
        List<String> names = new ArrayList<>();
        Map<String, List<Map<String, Double>>> perRun = new LinkedHashMap<>();
        Map<String, TreeSet<String>> keys = new LinkedHashMap<>();
        for (LoadedScenario loaded : scenarios) {
            String name = loaded.scenario().name();
            names.add(name);
            List<Map<String, Double>> measured = Ensemble.run(loaded, registry, baseSeed, runs, threads,
                    w -> measure(w, outcomes), done -> progress.accept(name, done));
            for (Map<String, Double> m : measured) {
                m.keySet().stream().filter(k -> k.contains(KEY)).forEach(k -> keys.computeIfAbsent(k.substring(0, k.indexOf(KEY)),
                        id -> new TreeSet<>()).add(k.substring(k.indexOf(KEY) + 1)));
            }
            perRun.put(name, measured);
        }
        List<Outcome> rows = new ArrayList<>();
        for (Outcome o : outcomes) {
            rows.add(o);
            for (String key : keys.getOrDefault(o.id(), new TreeSet<>())) {
                rows.add(new Outcome(o.id() + KEY + key, "  of which " + key, o.unit(), o.kind(), null, false,
                        w -> Outcome.byKey(w, o.kpi()).getOrDefault(key, 0.0)));
            }
        }
        Map<String, Map<String, double[]>> values = new LinkedHashMap<>();
        perRun.forEach((name, runsMeasured) -> {
            Map<String, double[]> byOutcome = new LinkedHashMap<>();
            for (Outcome o : rows) {
                double[] v = new double[runsMeasured.size()];
                for (int r = 0; r < v.length; r++) {
                    v[r] = runsMeasured.get(r).getOrDefault(o.id(), o.id().contains(KEY) ? 0.0 : Double.NaN);
                }
                byOutcome.put(o.id(), v);
            }
            values.put(name, byOutcome);
        });
        return new Comparison(List.copyOf(names), baseSeed, runs, List.copyOf(rows), values);
    }

    private static Map<String, Double> measure(SteppeWorld w, List<Outcome> outcomes) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            m.put(o.id(), o.measure().applyAsDouble(w));
            if (o.breakdown()) {
                Outcome.byKey(w, o.kpi()).forEach((key, value) -> m.put(o.id() + KEY + key, value));
            }
        }
        return m;
    }

    /** The values of one outcome in one campaign, in seed order. */
    public double[] values(String campaign, String outcomeId) {
        return values.get(campaign).get(outcomeId).clone();
    }

    /** The median over the seeds that have a value (NaN when none has). */
    public static double median(double[] values) {
        return Ensemble.quantile(values, 0.5);
    }

    /** The comparison as a markdown table, with a legend. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        String reference = campaigns.get(0);
        out.append("| outcome | unit |");
        campaigns.forEach(c -> out.append(' ').append(c).append(" |"));
        out.append("\n| --- | --- |");
        campaigns.forEach(c -> out.append(" --- |"));
        out.append('\n');
        for (Outcome o : outcomes) {
            out.append("| ").append(o.label()).append(" | ").append(o.unit()).append(" |");
            double[] ref = values.get(reference).get(o.id());
            for (String c : campaigns) {
                double[] v = values.get(c).get(o.id());
                out.append(' ').append(cell(o, v, c.equals(reference) ? null : ref)).append(" |");
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT,
                "%nMedians over %d runs per campaign on matched seeds (%s; steppe run CAMPAIGN --seed S reproduces a run). In brackets:"
                        + " the difference of medians from %s (days for dates), and in how many seeds the campaign is below (v) and above (^)"
                        + " %s on the same seed. A date shown with k/%d exists in only k runs (the median is over those).%n",
                runs, Seeds.describe(baseSeed, runs), reference, reference, runs));
        return out.toString();
    }

    private String cell(Outcome o, double[] v, double[] ref) {
        double med = median(v);
        long present = Arrays.stream(v).filter(x -> !Double.isNaN(x)).count();
        StringBuilder s = new StringBuilder(present == 0 ? "none" : format(o.kind(), med));
        if (present > 0 && present < v.length) {
            s.append(" (").append(present).append('/').append(v.length).append(')');
        }
        if (ref != null) {
            double refMed = median(ref);
            int below = 0;
            int above = 0;
            for (int i = 0; i < v.length; i++) {
                if (Double.isNaN(v[i]) || Double.isNaN(ref[i])) {
                    continue;
                }
                below += v[i] < ref[i] ? 1 : 0;
                above += v[i] > ref[i] ? 1 : 0;
            }
            String delta = Double.isNaN(med) || Double.isNaN(refMed) ? "n/a" : signed(o.kind(), med - refMed);
            s.append(" [").append(delta).append("; v").append(below).append(" ^").append(above).append(']');
        }
        return s.toString();
    }

    private static String format(Outcome.Kind kind, double x) {
        return switch (kind) {
            case DATE -> LocalDate.ofEpochDay(Math.round(x)).toString();
            case SHARE -> String.format(Locale.ROOT, "%.1f", 100 * x);
            case MONEY -> String.format(Locale.ROOT, "%,.1f", x / 1e6);
            case NUMBER -> Math.abs(x) >= 100 ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.1f", x);
        };
    }

    private static String signed(Outcome.Kind kind, double d) {
        String body = switch (kind) {
            case DATE -> String.format(Locale.ROOT, "%d d", Math.abs(Math.round(d)));
            default -> format(kind, Math.abs(d));
        };
        return (d < 0 ? "-" : "+") + body;
    }
}
