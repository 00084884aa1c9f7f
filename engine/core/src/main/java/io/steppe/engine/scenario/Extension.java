package io.steppe.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.Section;
import io.steppe.engine.plugin.PluginRegistry;
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
     * A scenario tree with its base resolved, and where the file wrote the entries it appended:
     * {@code agents[7]} of the tree is {@code addAgents[0]} of the file.
     */
    record Resolved(ObjectNode tree, Map<String, String> written) {
    }

    /** The tree with its base resolved, or the tree itself when it extends nothing. */
    Resolved resolve(ObjectNode tree, String file, Path baseDir) {
        Map<String, String> written = new LinkedHashMap<>();
        return new Resolved(resolve(tree, file, baseDir, new ArrayList<>(), written), written);
    }

    private ObjectNode resolve(ObjectNode tree, String file, Path baseDir, List<String> chain, Map<String, String> written) {
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
        ObjectNode merged = resolve(base.tree(), base.label(), base.dir(), chain, new LinkedHashMap<>());
        for (Section<?> section : registry.sections()) {
            if (!section.inherited()) {
                merged.remove(section.name());
            }
        }
        merged.setAll(tree);
        append(merged, "agents", agents, file, "addAgents", written);
        append(merged, "policies", policies, file, "addPolicies", written);
        applySets(merged, sets, file, written);
        return merged;
    }

    private record Base(ObjectNode tree, String label, Path dir) {
    }

    private Base read(String baseName, String file, Path baseDir) {
        boolean isFile = baseName.endsWith(".yaml") || baseName.endsWith(".yml") || baseName.endsWith(".json");
        if (isFile) {
            Path path = baseDir == null ? Path.of(baseName) : baseDir.resolve(baseName);
            DocumentReader.Document doc = reader.parse(DocumentReader.readText(path, path.toString()), path.toString(),
                    DocumentReader.isJson(baseName), "a scenario mapping");
            return new Base((ObjectNode) doc.tree(), path.toString(), path.toAbsolutePath().getParent());
        }
        String resource = ScenarioLoader.CAMPAIGN_RESOURCES + baseName + ".yaml";
        String text = DocumentReader.resourceText(resource);
        if (text == null) {
            throw DocumentReader.single(file, "extends", "no campaign '" + baseName + "' on the classpath and no such file");
        }
        String label = "classpath:" + resource;
        return new Base((ObjectNode) reader.parse(text, label, false, "a scenario mapping").tree(), label, null);
    }

    private static void append(ObjectNode merged, String list, JsonNode added, String file, String key, Map<String, String> written) {
        if (added == null) {
            return;
        }
        if (!added.isArray()) {
            throw DocumentReader.single(file, key, "expected a list of " + list);
        }
        JsonNode existing = merged.get(list);
        ArrayNode all = existing instanceof ArrayNode a ? a : merged.putArray(list);
        for (int k = 0; k < added.size(); k++) {
            written.put(list + "[" + all.size() + "]", key + "[" + k + "]");
            all.add(added.get(k));
        }
    }

    private static void applySets(ObjectNode merged, JsonNode sets, String file, Map<String, String> written) {
        if (sets == null) {
            return;
        }
        if (!sets.isObject()) {
            throw DocumentReader.single(file, "set", "expected a mapping of path: value, e.g. 'policies[0].rateKztPerKwh: 2'");
        }
        List<Problem> problems = new ArrayList<>();
        sets.fields().forEachRemaining(e -> {
            String error = Overrides.set(merged, e.getKey(), e.getValue());
            if (error != null) {
                problems.add(new Problem(file, 0, "set." + e.getKey(), error));
            } else {
                written.put(Overrides.appended(merged, e.getKey()), "set." + e.getKey());
            }
        });
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }
}
