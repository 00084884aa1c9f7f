package io.steppe.campaigns.play;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.campaigns.CampaignSections;
import io.steppe.campaigns.play.Objective;
import io.steppe.campaigns.play.Seat;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.TypeDocs;
import io.steppe.engine.plugin.TypeRegistration;
import io.steppe.engine.run.AtomicFiles;
import io.steppe.engine.run.Ensemble;
import io.steppe.engine.run.Numbers;
import io.steppe.engine.run.Seeds;
import io.steppe.engine.scenario.Activation;
import io.steppe.engine.scenario.Mappers;
import io.steppe.engine.scenario.PolicyEntry;
import io.steppe.engine.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code steppe play} prints and writes: the seat a player takes ({@code --show}), the score
 * table, and {@code play.json} with every number of the table and every run's values and scores.
 */
public final class PlayReport {
    private static final String RULE = "Scores are 0-100 per objective, the mean over runs: a bound (at most / at least) scores"
            + " the share of runs meeting it; minimize / maximize score 50 + 50 tanh(gain / scale) against the baseline run"
            + " with the same seed, so the baseline scores 50 and a gain of one scale 88. Total = weighted mean.";

    private PlayReport() {
    }

    /** Prints the seat, its levers, the policies that use only those levers, the objectives and the campaign's own policies. */
    public static void printSeat(PrintWriter out, Scenario campaign, PluginRegistry registry) {
        Seat seat = CampaignSections.seat(campaign);
        ObjectMapper mapper = Mappers.yaml(registry);
        out.printf("%s: %s%n", campaign.name(), campaign.description() == null ? "" : campaign.description());
        out.printf("Seat: %s, from %s to %s%s%n", seat.title(), seat.from(),
                seat.until() != null ? seat.until() : campaign.end() + " (the end of the campaign)",
                seat.maxPolicies() == null ? "" : "; at most " + seat.maxPolicies() + " policies");
        if (seat.brief() != null) {
            out.println(wrap(seat.brief().strip(), 100, "  "));
        }
        out.println(wrap("Levers you may pull: " + String.join(", ", seat.levers()), 100, ""));
        out.println("Policies that pull only these levers (steppe policies lists their parameters):");
        for (TypeRegistration r : registry.policies().values()) {
            TypeDocs.Doc doc = TypeDocs.of(r, mapper);
            if (!doc.levers().isEmpty() && seat.levers().containsAll(doc.levers())) {
                out.printf("  %-24s %s%n", doc.name(), doc.doc());
            }
        }
        out.println("Objectives:");
        out.printf("  %-28s %-22s %-14s %-8s %s%n", "objective", "KPI", "goal", "scale", "weight");
        for (Objective o : CampaignSections.objectives(campaign)) {
            out.printf("  %-28s %-22s %-14s %-8s %s%n", clip(o.name(), 28), o.kpi(), goal(o),
                    o.goal().bounded() ? "-" : o.scale() == null ? "baseline" : compact(o.scale()), compact(o.weight()));
        }
        out.println("Already in force (the campaign's own policies, which stay):");
        ObjectMapper json = Mappers.json(registry);
        for (PolicyEntry p : campaign.policies()) {
            out.println("  " + describe(p, json));
        }
        out.println(wrap(RULE, 100, ""));
        out.println("Moves file: 'policies:' as in a scenario, e.g.");
        out.println("  policies:");
        out.println("    - type: interruptibleContracts");
        out.println("      start: " + seat.from().plusMonths(6) + "      # optional: no earlier than " + seat.from());
        out.flush();
    }

    /** Prints the score table: each objective's KPI over the runs, player beside baseline, and the totals. */
    public static void printScore(PrintWriter out, Score score, PluginRegistry registry) {
        Seat seat = score.seat();
        int runs = score.runs();
        out.printf("%s: %s as %s from %s; %d runs each, the baseline on the same seeds (%s)%n", score.campaign(),
                score.player(), seat.title(), seat.from(), runs, Seeds.describe(score.baseSeed(), runs));
        ObjectMapper json = Mappers.json(registry);
        out.println("Policies played:" + (score.policies().isEmpty() ? " none (the baseline)" : ""));
        for (PolicyEntry p : score.policies()) {
            out.println("  " + describe(p, json));
        }
        out.println();
        String row = "%-28s %-20s %-16s %6s  %-28s %-28s %6s %9s%n";
        out.printf(row, "objective", "KPI", "goal", "weight", "player median (5-95%)", "baseline median (5-95%)", "score", "baseline");
        for (ObjectiveScore o : score.objectives()) {
            Objective obj = o.objective();
            out.printf(row, clip(obj.name(), 28), clip(obj.kpi(), 20), goal(obj) + (obj.goal().bounded() ? "" : " /" + compact(o.scale())),
                    compact(obj.weight()),
                    spread(o.playerQuantile(0.5), o.playerQuantile(0.05), o.playerQuantile(0.95)),
                    spread(o.baselineQuantile(0.5), o.baselineQuantile(0.05), o.baselineQuantile(0.95)),
                    one(o.playerScore()), one(o.baselineScore()));
        }
        out.printf(row, "total (weighted mean)", "", "", "", "", "", one(score.playerTotal()), one(score.baselineTotal()));
        out.println();
        out.printf("Your total by run: %s to %s (5-95%%); ahead of the baseline in %d of %d runs with the same seed.%n",
                one(score.playerTotalQuantile(0.05)), one(score.playerTotalQuantile(0.95)), score.runsAhead(), runs);
        out.println(wrap("(goal /x: the scale x. " + RULE + ")", 110, ""));
        printKpis(out, score);
        out.flush();
    }

    /** Every KPI of the runs, a plugin's included: the median of the baseline, the player's and the change. */
    private static void printKpis(PrintWriter out, Score score) {
        out.println();
        out.println("Every KPI, median over the runs (dates: the median day; objects: the sum of their values):");
        String row = "  %-34s %22s %22s %18s%n";
        out.printf(row, "KPI", "baseline", "yours", "change");
        for (Score.KpiSpread k : score.kpis()) {
            double b = Ensemble.quantile(k.baseline(), 0.5);
            double p = Ensemble.quantile(k.player(), 0.5);
            String change = Double.isNaN(b) || Double.isNaN(p) ? "-" : k.date() ? signedDays(Math.round(p - b)) : signed(p - b);
            out.printf(row, clip(k.name(), 34), kpiValue(b, k.date()), kpiValue(p, k.date()), change);
        }
    }

    private static String kpiValue(double v, boolean date) {
        return Double.isNaN(v) ? "none" : date ? java.time.LocalDate.ofEpochDay(Math.round(v)).toString() : compact(v);
    }

    private static String signed(double d) {
        return (d >= 0 ? "+" : "-") + compact(Math.abs(d));
    }

    private static String signedDays(long days) {
        return (days >= 0 ? "+" : "-") + Math.abs(days) + " d";
    }

    /**
     * Writes {@code play.json} (everything printed, with every run's values and scores) and
     * {@code scenario.yaml} (the campaign with the player's policies, for {@code steppe run}) into
     * the directory, each atomically.
     */
    public static Path write(Path dir, Score score, String playedScenarioYaml, PluginRegistry registry) throws IOException {
        ObjectMapper json = Mappers.json(registry);
        ObjectNode root = json.createObjectNode();
        root.put("campaign", score.campaign());
        root.put("player", score.player());
        root.set("seat", json.valueToTree(score.seat()));
        root.put("runs", score.runs());
        root.put("baseSeed", score.baseSeed());
        ArrayNode seeds = root.putArray("seeds");
        for (long seed : score.seeds()) {
            seeds.add(seed);
        }
        root.set("policies", json.valueToTree(score.policies()));
        ArrayNode objectives = root.putArray("objectives");
        for (ObjectiveScore o : score.objectives()) {
            ObjectNode n = objectives.addObject();
            Objective obj = o.objective();
            n.put("name", obj.name());
            n.put("kpi", obj.kpi());
            n.set("goal", json.valueToTree(obj.goal()));
            n.put("target", obj.target() == null ? null : Numbers.decimal(obj.target()));
            n.put("scale", Numbers.decimal(o.scale()));
            n.put("weight", Numbers.decimal(obj.weight()));
            n.put("playerScore", Numbers.decimal(o.playerScore()));
            n.put("baselineScore", Numbers.decimal(o.baselineScore()));
            n.set("player", values(json, o.player(), o.playerRunScores()));
            n.set("baseline", values(json, o.baseline(), o.baselineRunScores()));
        }
        ObjectNode total = root.putObject("total");
        total.put("player", Numbers.decimal(score.playerTotal()));
        total.put("baseline", Numbers.decimal(score.baselineTotal()));
        total.put("runsAhead", score.runsAhead());
        total.set("playerByRun", numbers(json, score.playerRunTotals()));
        total.set("baselineByRun", numbers(json, score.baselineRunTotals()));
        ObjectNode kpis = root.putObject("kpis");
        for (Score.KpiSpread k : score.kpis()) {
            ObjectNode n = kpis.putObject(k.name());
            n.put("date", k.date());
            n.set("baseline", numbers(json, k.baseline()));
            n.set("player", numbers(json, k.player()));
        }
        AtomicFiles.writeString(dir.resolve("play.json"), json.writeValueAsString(root) + "\n");
        AtomicFiles.writeString(dir.resolve("scenario.yaml"), playedScenarioYaml);
        return dir.resolve("play.json");
    }

    private static ObjectNode values(ObjectMapper json, double[] values, double[] scores) {
        ObjectNode n = json.createObjectNode();
        n.put("median", Numbers.decimal(Ensemble.quantile(values, 0.5)));
        n.put("p5", Numbers.decimal(Ensemble.quantile(values, 0.05)));
        n.put("p95", Numbers.decimal(Ensemble.quantile(values, 0.95)));
        n.set("values", numbers(json, values));
        n.set("runScores", numbers(json, scores));
        return n;
    }

    private static ArrayNode numbers(ObjectMapper json, double[] values) {
        ArrayNode a = json.createArrayNode();
        for (double v : values) {
            a.add(Numbers.decimal(v));
        }
        return a;
    }

    /** One policy on a line: its type, parameters and when it is on. */
    static String describe(PolicyEntry p, ObjectMapper json) {
        ObjectNode node = json.valueToTree(p);
        String type = node.path("type").asText();
        List<String> params = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("type") && !Activation.FIELDS.contains(e.getKey()) && !e.getValue().isNull()) {
                params.add(e.getKey() + "=" + e.getValue().asText());
            }
        });
        Activation a = p.activation();
        String when = a.byDoctrine() ? "when the government's doctrine seeks it"
                : a.start() == null && a.end() == null ? "throughout"
                : a.end() == null ? "from " + a.start()
                : a.start() == null ? "until " + a.end()
                : a.start() + " to " + a.end();
        if (a.when() != null) {
            when += ", while " + a.when().text() + (a.until() != null ? " (off when " + a.until().text() + ")" : "");
        }
        return type + (params.isEmpty() ? "" : " (" + String.join(", ", params) + ")") + ", " + when;
    }

    private static String goal(Objective o) {
        return switch (o.goal()) {
            case AT_MOST -> "at most " + compact(o.target());
            case AT_LEAST -> "at least " + compact(o.target());
            case MINIMIZE -> "minimize";
            case MAXIMIZE -> "maximize";
        };
    }

    private static String spread(double median, double p5, double p95) {
        return compact(median) + " (" + compact(p5) + " - " + compact(p95) + ")";
    }

    private static String one(double v) {
        return Double.isNaN(v) ? "-" : new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A number in at most 3 significant digits with k, M or bn: 604 M, 2.07 bn, 31.4 k, 213, 0.05. */
    static String compact(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return significant(v / 1e9) + " bn";
        }
        if (a >= 1e6) {
            return significant(v / 1e6) + " M";
        }
        if (a >= 1e4) {
            return significant(v / 1e3) + " k";
        }
        return a >= 1000 ? String.valueOf(Math.round(v)) : significant(v);
    }

    private static String significant(double v) {
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String wrap(String text, int width, String indent) {
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (String word : text.split("\\s+")) {
            if (col > 0 && col + 1 + word.length() > width) {
                b.append('\n');
                col = 0;
            }
            if (col == 0) {
                b.append(indent);
                col = indent.length();
            } else {
                b.append(' ');
                col++;
            }
            b.append(word);
            col += word.length();
        }
        return b.toString();
    }
}
