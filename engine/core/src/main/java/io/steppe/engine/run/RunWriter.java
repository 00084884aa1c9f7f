package io.steppe.engine.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.steppe.engine.Event;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.plugin.PluginRegistry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a run's outputs: {@code timeseries.csv}, {@code events.jsonl}, {@code summary.json},
 * {@code manifest.json}, {@code scenario.yaml} and any further files the caller makes (the
 * application adds {@code report.html}). Everything is written into a temporary sibling
 * directory first and moved into place at the end, so a failed run leaves nothing half-written.
 * All outputs but the manifest are byte-identical for the same scenario and seed.
 */
public final class RunWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(NODES)
            .build();

    private RunWriter() {
    }

    /** The JSON mapper used for outputs (plain decimals, ISO dates). */
    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * Writes all outputs of a finished world into {@code out}.
     *
     * @param force replace {@code out} if Steppe wrote it ({@link OutputDirectory})
     * @param resolvedYaml the resolved scenario, as written by the loader
     * @param wallTimeMs wall time of the run, recorded only in the manifest
     */
    public static void write(Path out, boolean force, SteppeWorld world, String resolvedYaml, PluginRegistry registry,
                             long wallTimeMs) throws IOException {
        write(out, force, world, resolvedYaml, registry, wallTimeMs, Map.of());
    }

    /**
     * Writes all outputs of a finished world into {@code out}, with further files made by the
     * caller (e.g. {@code report.html}) moved into place with them.
     *
     * @param force replace {@code out} if Steppe wrote it ({@link OutputDirectory})
     * @param resolvedYaml the resolved scenario, as written by the loader
     * @param wallTimeMs wall time of the run, recorded only in the manifest
     * @param extraFiles further files by plain file name, each written as UTF-8 text
     */
    public static void write(Path out, boolean force, SteppeWorld world, String resolvedYaml, PluginRegistry registry,
                             long wallTimeMs, Map<String, String> extraFiles) throws IOException {
        for (String name : extraFiles.keySet()) {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new IllegalArgumentException("not a plain file name: " + name);
            }
        }
        OutputDirectory.check(out, force);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + out.getFileName() + ".tmp-");
        try {
            writeTimeseries(tmp.resolve("timeseries.csv"), world);
            writeEvents(tmp.resolve("events.jsonl"), world.events().all());
            writeJson(tmp.resolve("summary.json"), summary(world));
            Files.writeString(tmp.resolve("scenario.yaml"), resolvedYaml, StandardCharsets.UTF_8);
            writeJson(tmp.resolve("manifest.json"), manifest(world, resolvedYaml, registry, wallTimeMs));
            for (Map.Entry<String, String> extra : new TreeMap<>(extraFiles).entrySet()) {
                Files.writeString(tmp.resolve(extra.getKey()), extra.getValue(), StandardCharsets.UTF_8);
            }
            OutputDirectory.mark(tmp, "run");
            if (Files.exists(out)) {
                deleteTree(out);
            }
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** The summary object: campaign, seed, dates and KPIs. */
    public static ObjectNode summary(SteppeWorld world) {
        ObjectNode root = NODES.objectNode();
        root.put("campaign", world.scenario().name());
        root.put("seed", world.scenario().seed());
        root.put("start", world.scenario().start().toString());
        root.put("end", world.scenario().end().toString());
        ObjectNode kpis = root.putObject("kpis");
        for (Map.Entry<String, Object> kpi : world.kpis().all().entrySet()) {
            kpis.set(kpi.getKey(), value(kpi.getValue()));
        }
        return root;
    }

    private static ObjectNode manifest(SteppeWorld world, String resolvedYaml, PluginRegistry registry, long wallTimeMs) {
        ObjectNode root = manifest(resolvedYaml, registry);
        root.put("seed", world.scenario().seed());
        root.put("wallTimeMs", wallTimeMs);
        return root;
    }

    /**
     * The manifest's common part: Steppe's version and commit, the resolved scenario's SHA-256,
     * the JVM, the plugins and the registered types. Commands add what is theirs (seed, plan, wall time).
     */
    public static ObjectNode manifest(String resolvedYaml, PluginRegistry registry) {
        ObjectNode root = NODES.objectNode();
        root.put("steppeVersion", BuildInfo.version());
        root.put("gitCommit", BuildInfo.commit());
        root.put("scenarioSha256", sha256(resolvedYaml));
        ObjectNode jvm = root.putObject("jvm");
        jvm.put("version", System.getProperty("java.version"));
        jvm.put("vendor", System.getProperty("java.vendor"));
        jvm.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        ObjectNode plugins = root.putObject("plugins");
        registry.modules().forEach(plugins::put);
        ObjectNode types = root.putObject("types");
        registry.agents().keySet().forEach(types.putArray("agents")::add);
        var policies = types.putArray("policies");
        registry.policies().keySet().forEach(policies::add);
        var metrics = types.putArray("metrics");
        registry.metrics().forEach(m -> metrics.add(m.name()));
        return root;
    }

    /** SHA-256 of a text in hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code timeseries.csv}: a date column, then one column per metric. */
    public static void writeTimeseries(Path file, SteppeWorld world) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeTimeseries(w, world);
        }
    }

    /** Writes the text of {@code timeseries.csv} to a writer (which the caller closes). */
    public static void writeTimeseries(Writer w, SteppeWorld world) throws IOException {
        List<MetricInfo> infos = world.metrics().infos();
        w.write("date");
        for (MetricInfo info : infos) {
            w.write(',');
            w.write(info.name());
        }
        w.write('\n');
        LocalDate date = world.scenario().start();
        StringBuilder line = new StringBuilder(512);
        for (double[] row : world.metrics().rows()) {
            line.setLength(0);
            line.append(date);
            for (double v : row) {
                line.append(',').append(Numbers.format(v));
            }
            line.append('\n');
            w.write(line.toString());
            date = date.plusDays(1);
        }
    }

    /** Writes {@code events.jsonl}: one object per line with date, type, agent and the details. */
    public static void writeEvents(Path file, List<Event> events) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeEvents(w, events);
        }
    }

    /** Writes the text of {@code events.jsonl} to a writer (which the caller closes). */
    public static void writeEvents(Writer w, List<Event> events) throws IOException {
        for (Event e : events) {
            w.write(JSON.writeValueAsString(eventNode(e)));
            w.write('\n');
        }
    }

    /** One event as a JSON object. */
    public static ObjectNode eventNode(Event e) {
        ObjectNode node = NODES.objectNode();
        node.put("date", e.date().toString());
        node.put("type", e.type());
        if (e.agent() != null) {
            node.put("agent", e.agent());
        }
        for (Map.Entry<String, Object> d : e.details().entrySet()) {
            node.set(d.getKey(), value(d.getValue()));
        }
        return node;
    }

    /** Converts a KPI or event value to JSON with deterministic number formatting. */
    public static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof Double || v instanceof Float) {
            var d = Numbers.decimal(((Number) v).doubleValue());
            return d == null ? NODES.nullNode() : NODES.numberNode(d);
        }
        if (v instanceof Integer || v instanceof Long) {
            return NODES.numberNode(((Number) v).longValue());
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((k, val) -> node.set(String.valueOf(k), value(val)));
            return node;
        }
        if (v instanceof List<?> list) {
            var array = NODES.arrayNode();
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return NODES.textNode(v.toString());
    }

    private static void writeJson(Path file, JsonNode node) throws IOException {
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
