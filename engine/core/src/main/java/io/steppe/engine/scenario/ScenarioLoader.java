package io.steppe.engine.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.Section;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.plugin.PluginRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads scenario files (YAML or JSON, one schema) strictly, in four jobs: {@link DocumentReader}
 * reads the text into a tree that knows every field's line, {@link Extension} resolves
 * {@code extends}, {@link Overrides} applies {@code --set}, and, once the tree is bound to the
 * scenario and its registered sections, {@link ScenarioChecks} checks it. Unknown fields and names
 * are errors listing the valid ones with a suggestion; every problem names the file (or
 * {@code --set}), the line where known, and the field path; nothing runs until all pass.
 */
public final class ScenarioLoader {
    /** Where campaigns ship on the classpath: {@code <name>.yaml}, listed in {@code index.txt}. */
    public static final String CAMPAIGN_RESOURCES = "steppe/campaigns/";

    private static final String SHAPE = "a scenario mapping with at least name, start and end";

    private final PluginRegistry registry;
    private final DocumentReader reader;
    private final Extension extension;
    private final ScenarioChecks checks;

    /** Creates a loader that knows the registry's types, vocabulary and sections. */
    public ScenarioLoader(PluginRegistry registry) {
        this.registry = registry;
        this.reader = new DocumentReader(registry);
        this.extension = new Extension(reader, registry);
        this.checks = new ScenarioChecks(registry, reader.mapper(false));
    }

    /** The YAML mapper used for scenarios, e.g. to write a resolved scenario. */
    public ObjectMapper yamlMapper() {
        return reader.mapper(false);
    }

    /** The reader of documents, for files read like scenarios (moves, sweeps). */
    public DocumentReader reader() {
        return reader;
    }

    /** The registered and engine-written names this loader checks against. */
    public Vocabulary vocabulary() {
        return checks.vocabulary();
    }

    /** Reads a scenario file ({@code .yaml}, {@code .yml} or {@code .json}) with overrides. */
    public LoadedScenario load(Path file, List<String> overrides) {
        String name = file.toString();
        boolean isJson;
        try {
            isJson = DocumentReader.isJson(name);
        } catch (ScenarioException e) {
            throw DocumentReader.single(name, "", "unknown file type; scenario files end in .yaml, .yml or .json");
        }
        String text = DocumentReader.readText(file, name);
        Path base = file.toAbsolutePath().getParent();
        return new LoadedScenario(parse(text, name, isJson, base, overrides), name, base);
    }

    /** Reads a scenario that ships on the classpath, such as a built-in campaign. */
    public LoadedScenario loadResource(String resource, List<String> overrides) {
        String label = "classpath:" + resource;
        String text = DocumentReader.resourceText(resource);
        if (text == null) {
            throw DocumentReader.single(label, "", "no such resource");
        }
        return new LoadedScenario(parse(text, label, resource.endsWith(".json"), null, overrides), label, null);
    }

    /** Parses scenario text; {@code file} is used in messages only. */
    public Scenario parse(String text, String file, boolean isJson, Path baseDir, List<String> overrides) {
        DocumentReader.Document doc = reader.parse(text, file, isJson, SHAPE);
        Extension.Resolved resolved = extension.resolve((ObjectNode) doc.tree(), file, doc.lines(), baseDir);
        ObjectNode tree = resolved.tree();
        Set<String> overridden = Overrides.apply(tree, overrides, reader.mapper(false));
        doc = doc.with(tree, overridden, resolved.origins());
        Map<String, Object> sections = bindSections(doc, tree);
        Scenario core = reader.bind(doc, tree, Scenario.class);
        Scenario scenario = new Scenario(core.name(), core.description(), core.start(), core.end(), core.seed(),
                core.scale(), core.data(), core.agents(), core.policies(), sections);
        List<Problem> problems = checks.check(scenario, doc, baseDir);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenario;
    }

    /** Takes the registered sections out of the tree and reads each into its type. */
    private Map<String, Object> bindSections(DocumentReader.Document doc, ObjectNode tree) {
        Map<String, Object> sections = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Section<?> section : registry.sections()) {
            JsonNode node = tree.remove(section.name());
            if (node == null || node.isNull()) {
                continue;
            }
            try {
                sections.put(section.name(), reader.bind(doc, node, reader.mapper(doc.json()).constructType(section.type()),
                        section.name()));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            throw new ScenarioException(problems);
        }
        return sections;
    }

    /**
     * Checks policy entries listed outside a scenario's {@code policies} (a player's moves) as if
     * they were the scenario's: fields, activation, declared levers, reads and triggers against
     * what the scenario's populations make available.
     *
     * @param prefix the path of the list in {@code doc}, e.g. {@code policies}
     */
    public List<Problem> checkPolicies(List<PolicyEntry> entries, String prefix, DocumentReader.Document doc, Scenario against) {
        List<Declaration> declarations = against.agents().stream().map(AgentSpec::declaration).toList();
        Vocabulary.Available available = checks.vocabulary().available(declarations);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            checks.checkPolicy(problems, entries.get(i), prefix + "[" + i + "]", doc, available);
        }
        return problems;
    }

    /** A document file read into a record, with the document for locating later problems. */
    public record Read<T>(T value, DocumentReader.Document document) {
    }

    /**
     * Reads a YAML or JSON file into a record that is checked like a scenario (sweep files, moves
     * files): unknown fields list the valid ones, and values of the wrong type and constraint
     * violations are refused, each problem naming the file, the line and the field path.
     *
     * @param shape a one-line example of the document, shown when the file is not a mapping
     */
    public <T> Read<T> readDocument(Path file, Class<T> type, String shape) {
        DocumentReader.Document doc = reader.read(file, shape);
        T document = reader.bind(doc, doc.tree(), type);
        List<Problem> problems = new ArrayList<>();
        DocumentReader.validate(document, "", doc, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Read<>(document, doc);
    }

    /**
     * Reads a file as {@link #readDocument} does and refuses it also for anything {@code checks}
     * reports as (field path, message).
     */
    public <T> T loadDocument(Path file, Class<T> type, String shape, BiConsumer<T, BiConsumer<String, String>> checks) {
        Read<T> read = readDocument(file, type, shape);
        List<Problem> problems = new ArrayList<>();
        checks.accept(read.value(), (path, message) -> problems.add(read.document().problem(path, message)));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            throw new ScenarioException(problems);
        }
        return read.value();
    }

    /** The registered type name of a spec. */
    public String typeName(Object spec) {
        return registry.typeName(spec);
    }

    /** Writes a scenario back as YAML: the resolved form stored with every run, its sections after the engine's fields. */
    public String toYaml(Scenario scenario) {
        ObjectMapper yaml = reader.mapper(false);
        try {
            ObjectNode tree = yaml.valueToTree(scenario);
            for (Section<?> section : registry.sections()) {
                Object value = scenario.sections().get(section.name());
                if (value != null) {
                    tree.set(section.name(), yaml.valueToTree(value));
                }
            }
            return yaml.writeValueAsString(tree);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot write scenario", e);
        }
    }
}
