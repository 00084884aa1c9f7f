package io.steppe.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.run.RunWriter;
import io.steppe.engine.run.SteppeWorld;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The outputs of a finished run as the bytes Steppe writes them: {@code timeseries.csv},
 * {@code events.jsonl} and the KPIs of {@code summary.json}. {@link #without} leaves out a plugin's
 * own columns, the events of its own agents and its own KPIs, so a run with an inert plugin can be
 * compared byte for byte with the run without it.
 *
 * @param timeseries the text of timeseries.csv
 * @param events the text of events.jsonl
 * @param kpis the KPIs of summary.json as pretty JSON
 */
public record RunOutputs(String timeseries, String events, String kpis) {
    private static final String AGENT = "\"agent\":\"";

    /** The outputs of a finished world. */
    public static RunOutputs of(SteppeWorld world) {
        try {
            StringWriter ts = new StringWriter();
            RunWriter.writeTimeseries(ts, world);
            StringWriter ev = new StringWriter();
            RunWriter.writeEvents(ev, world.events().all());
            return new RunOutputs(ts.toString(), ev.toString(), kpisOf((ObjectNode) RunWriter.summary(world).get("kpis")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kpisOf(ObjectNode kpis) {
        try {
            return RunWriter.json().writerWithDefaultPrettyPrinter().writeValueAsString(kpis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * These outputs without some columns, the events whose {@code agent} is one of {@code eventAgents}
     * (a policy's switching events name it, e.g. {@code policies[7]:heatSubsidy}), and some KPIs.
     */
    public RunOutputs without(Collection<String> columns, Collection<String> eventAgents, Collection<String> kpiNames) {
        return new RunOutputs(withoutColumns(timeseries, Set.copyOf(columns)), withoutEvents(events, Set.copyOf(eventAgents)),
                withoutKpis(kpis, Set.copyOf(kpiNames)));
    }

    private static String withoutColumns(String csv, Set<String> drop) {
        String[] lines = csv.split("\n", -1);
        String[] header = lines[0].split(",", -1);
        boolean[] keep = new boolean[header.length];
        for (int c = 0; c < header.length; c++) {
            keep[c] = !drop.contains(header[c]);
        }
        StringBuilder out = new StringBuilder(csv.length());
        for (int l = 0; l < lines.length; l++) {
            if (lines[l].isEmpty()) {
                continue;
            }
            String[] cells = lines[l].split(",", -1);
            List<String> kept = new ArrayList<>();
            for (int c = 0; c < cells.length; c++) {
                if (keep[c]) {
                    kept.add(cells[c]);
                }
            }
            out.append(String.join(",", kept)).append('\n');
        }
        return out.toString();
    }

    private static String withoutEvents(String jsonl, Set<String> agents) {
        StringBuilder out = new StringBuilder(jsonl.length());
        for (String line : jsonl.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int at = line.indexOf(AGENT);
            String agent = at < 0 ? "" : line.substring(at + AGENT.length(), line.indexOf('"', at + AGENT.length()));
            if (!agents.contains(agent)) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String withoutKpis(String json, Set<String> names) {
        try {
            ObjectNode node = (ObjectNode) RunWriter.json().readTree(json);
            node.remove(names);
            return kpisOf(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throws an {@link AssertionError} naming the first difference unless the outputs are byte-identical. */
    public void assertSameAs(RunOutputs expected, String what) {
        compare(expected.timeseries, timeseries, "timeseries.csv", what);
        compare(expected.events, events, "events.jsonl", what);
        compare(expected.kpis, kpis, "summary.json's kpis", what);
    }

    private static void compare(String expected, String actual, String file, String what) {
        if (expected.equals(actual)) {
            return;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int line = 0;
        while (line < Math.min(e.length, a.length) && e[line].equals(a[line])) {
            line++;
        }
        throw new AssertionError(what + ": " + file + " differs first at line " + (line + 1) + ":\n  expected "
                + (line < e.length ? clip(e[line]) : "(end)") + "\n  but was  " + (line < a.length ? clip(a[line]) : "(end)"));
    }

    private static String clip(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
