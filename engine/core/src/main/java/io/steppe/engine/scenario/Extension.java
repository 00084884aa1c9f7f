package io.steppe.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.Section;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.DocumentReader.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code extends} job of reading a scenario: a variant names its base (a campaign shipped
 * under {@code steppe/campaigns/}, or a scenario file relative to itself); the base is read first
 * (itself perhaps a variant), then the variant's top-level fields replace the base's,
 * {@code addAgents} and {@code addPolicies} are appended to the base's lists, and the {@code set}
 * mapping ({@code path: value}, the paths of {@code --set}) is applied last. Sections a module
 * registers as not inherited (the facts a campaign is judged by) are dropped from the base: a
 * variant is not judged by the facts of the history it departs from unless it lists them itself.
 */
final class Extension {
    /** The keys only a variant may use. */
    static final List<String> KEYS = List.of("extends", "addAgents", "addPolicies", "set");
    private static final int MAX_DEPTH = 8;

    private final DocumentReader reader;
    private final PluginRegistry registry;

    Extension(DocumentReader reader, PluginRegistry registry) {
        this.reader = reader;
        this.registry = registry;
    }

    /**
     * A scenario tree with its base resolved, and where each part of it was written: the base's
     * fields in the base's file, {@code agents[7]} at {@code addAgents[0]} of the variant.
     */
    record Resolved(ObjectNode tree, Map<String, Origin> origins) {
    }

    /** The tree with its base resolved, or the tree itself when it extends nothing. */
    Resolved resolve(ObjectNode tree, String file, Map<String, Integer> lines, Path baseDir) {
        Map<String, Origin> origins = new LinkedHashMap<>();
        ObjectNode resolved = resolve(tree, new Origin(file, lines, ""), baseDir, new ArrayList<>(), origins);
        return new Resolved(resolved, origins);
    }

    private ObjectNode resolve(ObjectNode tree, Origin doc, Path baseDir, List<String> chain, Map<String, Origin> origins) {
        String file = doc.file();
        JsonNode ext = tree.remove("extends");
        JsonNode agents = tree.remove("addAgents");
        JsonNode policies = tree.remove("addPolicies");
        JsonNode sets = tree.remove("set");
        if (ext == null) {
            JsonNode[] variantOnly = {agents, policies, sets};
            for (int k = 0; k < variantOnly.length; k++) {
                if (variantOnly[k] != null) {
                    String key = KEYS.get(k + 1);
                    throw DocumentReader.single(file, key, "only a scenario that 'extends' another may use '" + key + "'");
                }
            }
            origins.put("", doc);
            return tree;
        }
        if (!ext.isTextual() || ext.asText().isBlank()) {
            throw DocumentReader.single(file, "extends", "expected the name of a campaign or a scenario file path");
        }
        if (!tree.has("name")) {
            throw DocumentReader.single(file, "name", "a scenario that extends another needs its own name");
        }
        String baseName = ext.asText();
        if (chain.contains(baseName) || chain.size() > MAX_DEPTH) {
            throw DocumentReader.single(file, "extends", "circular or too deep: " + String.join(" -> ", chain) + " -> " + baseName);
        }
        chain.add(baseName);
        Base base = read(baseName, file, baseDir);
        ObjectNode merged = resolve(base.tree(), new Origin(base.label(), base.lines(), ""), base.dir(), chain, origins);
        for (Section<?> section : registry.sections()) {
            if (!section.inherited()) {
                merged.remove(section.name());
            }
        }
        merged.setAll(tree);
        tree.fieldNames().forEachRemaining(field -> writtenAt(origins, field, new Origin(file, doc.lines(), field)));
        append(merged, "agents", agents, doc, "addAgents", origins);
        append(merged, "policies", policies, doc, "addPolicies", origins);
        applySets(merged, sets, doc, origins);
        return merged;
    }

    /** Records where a path was written, forgetting where what it replaced was. */
    private static void writtenAt(Map<String, Origin> origins, String path, Origin origin) {
        origins.keySet().removeIf(p -> !p.isEmpty() && DocumentReader.Document.within(p, path));
        origins.put(path, origin);
    }

    private record Base(ObjectNode tree, String label, Path dir, Map<String, Integer> lines) {
    }

    private Base read(String baseName, String file, Path baseDir) {
        boolean isFile = baseName.endsWith(".yaml") || baseName.endsWith(".yml") || baseName.endsWith(".json");
        if (isFile) {
            Path path = baseDir == null ? Path.of(baseName) : baseDir.resolve(baseName);
            DocumentReader.Document doc = reader.parse(DocumentReader.readText(path, path.toString()), path.toString(),
                    DocumentReader.isJson(baseName), "a scenario mapping");
            return new Base((ObjectNode) doc.tree(), path.toString(), path.toAbsolutePath().getParent(), doc.lines());
        }
        String resource = ScenarioLoader.CAMPAIGN_RESOURCES + baseName + ".yaml";
        String text = DocumentReader.resourceText(resource);
        if (text == null) {
            throw DocumentReader.single(file, "extends", "no campaign '" + baseName + "' on the classpath and no such file");
        }
        String label = "classpath:" + resource;
        DocumentReader.Document doc = reader.parse(text, label, false, "a scenario mapping");
        return new Base((ObjectNode) doc.tree(), label, null, doc.lines());
    }

    private static void append(ObjectNode merged, String list, JsonNode added, Origin doc, String key, Map<String, Origin> origins) {
        if (added == null) {
            return;
        }
        if (!added.isArray()) {
            throw DocumentReader.single(doc.file(), key, "expected a list of " + list);
        }
        JsonNode existing = merged.get(list);
        ArrayNode all = existing instanceof ArrayNode a ? a : merged.putArray(list);
        for (int k = 0; k < added.size(); k++) {
            writtenAt(origins, list + "[" + all.size() + "]", new Origin(doc.file(), doc.lines(), key + "[" + k + "]"));
            all.add(added.get(k));
        }
    }

    private static void applySets(ObjectNode merged, JsonNode sets, Origin doc, Map<String, Origin> origins) {
        if (sets == null) {
            return;
        }
        if (!sets.isObject()) {
            throw DocumentReader.single(doc.file(), "set", "expected a mapping of path: value, e.g. 'policies[0].rateKztPerKwh: 2'");
        }
        List<Problem> problems = new ArrayList<>();
        sets.fields().forEachRemaining(e -> {
            String error = Overrides.set(merged, e.getKey(), e.getValue());
            Origin at = new Origin(doc.file(), doc.lines(), "set." + e.getKey());
            if (error != null) {
                problems.add(at.problem("", error));
            } else {
                writtenAt(origins, Overrides.appended(merged, e.getKey()), at);
            }
        });
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }
}
