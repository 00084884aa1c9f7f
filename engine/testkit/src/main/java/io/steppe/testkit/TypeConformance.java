package io.steppe.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.plugin.PluginException;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.TypeRegistration;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.Mappers;
import io.steppe.engine.scenario.Scenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the agent and policy kits share: a registered type added to a base scenario with given
 * fields, the checks that hold for any spec record (it round-trips through YAML, it refuses bad
 * parameters with messages that name the field, its runs are deterministic), and the runs.
 */
abstract class TypeConformance<K extends TypeConformance<K>> {
    final PluginRegistry registry;
    final String type;
    final ScenarioLoader loader;
    final ObjectMapper yaml;
    final List<String> measurable = new ArrayList<>();
    String baseScenario;
    String params = "";
    /** The base scenario's run with the type added (active) and without it, made once. */
    SteppeWorld with;
    SteppeWorld without;

    TypeConformance(PluginRegistry registry, String type, TypeRegistration registration) {
        this.registry = registry;
        this.type = type;
        this.loader = new ScenarioLoader(registry);
        this.yaml = Mappers.yaml(registry);
        if (registration == null) {
            throw new AssertionError(kind() + " type '" + type + "' is not registered; is its module listed in"
                    + " META-INF/services/io.steppe.engine.plugin.SteppeModule?");
        }
    }

    abstract K self();

    /** The scenario the type is added to (YAML or JSON text, without it). */
    public K baseScenario(String text) {
        this.baseScenario = text;
        reset();
        return self();
    }

    /**
     * The base scenario is a campaign shipped with Steppe, e.g. {@code baseCampaign("kazakhstan-2017",
     * "end=2019-12-31")}, with {@code --set} overrides; it needs {@code io.steppe:steppe-campaigns} on
     * the test class path.
     */
    public K baseCampaign(String name, String... sets) {
        return baseScenario(campaignText(name, sets));
    }

    /** The type's parameters when active, as YAML fields, e.g. {@code "rateKztPerKwh: 5"}; default: none (its defaults). */
    public K params(String yamlFields) {
        this.params = yamlFields;
        reset();
        return self();
    }

    /** Metrics (not the type's own) that must change when it is active. */
    public K measurableIn(String... metrics) {
        measurable.addAll(Arrays.asList(metrics));
        return self();
    }

    /** Forgets the runs made so far (the base or the fields changed). */
    void reset() {
        with = null;
        without = null;
    }

    /** Makes the runs with the type active and without it, once. */
    void runs() {
        if (with == null) {
            with = run(scenarioText(fields()));
            without = run(baseScenario);
        }
    }

    /** Whether a metric's column is the same, day by day, in two runs. */
    static boolean sameColumn(SteppeWorld a, SteppeWorld b, String metric) {
        int ca = a.metrics().indexOf(metric);
        int cb = b.metrics().indexOf(metric);
        List<double[]> ra = a.metrics().rows();
        List<double[]> rb = b.metrics().rows();
        if (ra.size() != rb.size()) {
            return false;
        }
        for (int i = 0; i < ra.size(); i++) {
            if (Double.compare(ra.get(i)[ca], rb.get(i)[cb]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of a campaign shipped on the class path (put {@code io.steppe:steppe-campaigns} on the
     * test class path), with {@code --set} overrides such as {@code "end=2019-12-31"}.
     */
    String campaignText(String name, String... sets) {
        String resource = ScenarioLoader.CAMPAIGN_RESOURCES + name + ".yaml";
        if (TypeConformance.class.getClassLoader().getResource(resource) == null) {
            throw new AssertionError("no campaign '" + name + "' on the class path; the campaigns are in io.steppe:steppe-campaigns"
                    + " (add it with test scope)");
        }
        return loader.toYaml(loader.loadResource(resource, List.of(sets)).scenario());
    }

    /** "policy" or "agent". */
    abstract String kind();

    /** The scenario list the type's entries go in: "policies" or "agents". */
    abstract String list();

    /** The spec record of the type. */
    abstract Class<?> specClass();

    /** The fields of the entry the kit adds (parameters, and for a policy its activation). */
    abstract String fields();

    /** The added entry as the scenario holds it. */
    abstract Object entry(Scenario s);

    /** Reads an entry back from YAML. */
    abstract Object readEntry(String text) throws IOException;


    /** The entry, and the defaults-only entry, read back equal after writing them as YAML. */
    public void roundTripsThroughYaml() {
        for (String fields : List.of(fields(), "")) {
            Scenario s = load(scenarioText(fields));
            Object entry = entry(s);
            try {
                String written = yaml.writeValueAsString(entry);
                Object read = readEntry(written);
                if (!read.equals(entry)) {
                    throw new AssertionError(type + " does not round-trip through YAML:\n  wrote " + written.trim()
                            + "\n  read back " + read + "\n  expected " + entry);
                }
                if (!written.contains("type: \"" + type + "\"") && !written.contains("type: " + type)) {
                    throw new AssertionError(type + " was not written under its type name: " + written);
                }
            } catch (IOException e) {
                throw new AssertionError(type + " could not be written or read as YAML: " + e.getMessage(), e);
            }
        }
    }

    /**
     * An unknown parameter is rejected with the valid names; every numeric parameter rejects a value
     * that is not a number, and every bounded one a value outside its bounds, each naming the field.
     */
    public void rejectsBadParameters() {
        int index = listSize(load(scenarioText(""))) - 1;
        String prefix = list() + "[" + index + "]";
        expectProblem("notAParameter: 1", prefix + ".notAParameter", "alid");
        Class<?> spec = specClass();
        if (!spec.isRecord()) {
            throw new AssertionError(type + ": a " + kind() + " spec must be a record, found " + spec.getName());
        }
        for (RecordComponent c : spec.getRecordComponents()) {
            Class<?> t = c.getType();
            if (Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class) {
                expectProblem(c.getName() + ": not-a-number", prefix + "." + c.getName(), "");
            }
            for (String bad : outOfBounds(c)) {
                expectProblem(c.getName() + ": " + bad, prefix + "." + c.getName(), "");
            }
        }
    }

    abstract int listSize(Scenario s);

    private static List<String> outOfBounds(RecordComponent c) {
        List<String> bad = new ArrayList<>();
        for (Annotation a : c.getAnnotations()) {
            switch (a.annotationType().getSimpleName()) {
                case "PositiveOrZero", "Positive" -> bad.add("-1");
                case "Min" -> bad.add(String.valueOf(((jakarta.validation.constraints.Min) a).value() - 1));
                case "Max" -> bad.add(String.valueOf(((jakarta.validation.constraints.Max) a).value() + 1));
                case "DecimalMax" -> bad.add(new BigDecimal(((jakarta.validation.constraints.DecimalMax) a).value())
                        .add(BigDecimal.ONE).toPlainString());
                case "DecimalMin" -> bad.add(new BigDecimal(((jakarta.validation.constraints.DecimalMin) a).value())
                        .subtract(BigDecimal.ONE).toPlainString());
                default -> {
                }
            }
        }
        return bad;
    }

    void expectProblem(String fields, String path, String mustMention) {
        String text = scenarioText(fields + "\n" + extraFields());
        try {
            loader.parse(text, "conformance.yaml", false, null, List.of());
        } catch (ScenarioException e) {
            String message = e.getMessage();
            if (!message.contains(path) || !message.contains(mustMention)) {
                throw new AssertionError(type + ": '" + fields + "' was rejected, but the message does not name " + path
                        + (mustMention.isEmpty() ? "" : " and the valid names") + ":\n" + message);
            }
            return;
        }
        throw new AssertionError(type + " accepted the bad parameter '" + fields + "'");
    }

    /** Fields always added besides parameters (a policy's activation). */
    String extraFields() {
        return "";
    }

    /** Two runs of the same scenario and seed give byte-identical timeseries, events and KPIs. */
    public void isDeterministic() {
        String text = scenarioText(fields());
        RunOutputs.of(run(text)).assertSameAs(RunOutputs.of(run(text)), type + " is not deterministic: two runs with the same seed differ");
    }

    SteppeWorld run(String text) {
        try {
            return Simulation.run(new LoadedScenario(load(text), "conformance.yaml", null), registry);
        } catch (PluginException | IllegalStateException e) {
            throw new AssertionError(type + " broke the run: " + e.getMessage(), e);
        }
    }

    Scenario load(String text) {
        return loader.parse(text, "conformance.yaml", false, null, List.of());
    }

    /** The base scenario with this type's entry appended to its list, the entry's fields given as YAML lines. */
    String scenarioText(String fields) {
        return scenarioText(fields, -1);
    }

    /** As {@link #scenarioText(String)}, the entry placed at {@code position} (-1: last). */
    String scenarioText(String fields, int position) {
        if (baseScenario == null) {
            throw new IllegalStateException("set a base scenario first");
        }
        try {
            ObjectNode root = (ObjectNode) yaml.readTree(baseScenario);
            ArrayNode entries = root.has(list()) ? (ArrayNode) root.get(list()) : root.putArray(list());
            ObjectNode entry = yaml.createObjectNode();
            entry.put("type", type);
            JsonNode extra = fields.isBlank() ? null : yaml.readTree(fields);
            if (extra != null && extra.isObject()) {
                entry.setAll((ObjectNode) extra);
            }
            if (position < 0) {
                entries.add(entry);
            } else {
                entries.insert(position, entry);
            }
            return yaml.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the base scenario or fields: " + e.getMessage(), e);
        }
    }
}
