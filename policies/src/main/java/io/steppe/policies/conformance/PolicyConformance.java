package io.steppe.policies.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.Event;
import io.steppe.engine.LeverInfo;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.plugin.PluginException;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.Mappers;
import io.steppe.engine.scenario.PolicyEntry;
import io.steppe.engine.scenario.Scenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conformance kit every policy plugin runs, built-in or a student's: it proves that a policy
 * type round-trips through YAML, rejects bad parameters with messages that name the field,
 * declares only real levers and sets at least one of them, is deterministic, and changes
 * something measurable when active. It needs no test framework: each check throws an
 * {@link AssertionError} that says what failed.
 *
 * <pre>
 * PolicyConformance.of(registry, "myPolicy")
 *         .baseScenario(Files.readString(Path.of("my-base.yaml")))
 *         .params("rateKztPerKwh: 5")
 *         .measurableIn("whiteMiningLoadMw")
 *         .checkAll();
 * </pre>
 *
 * The base scenario is a complete scenario (agents, dates, seed) without the policy; the kit adds
 * the policy as its last entry, with the given parameters and activation, and compares runs with
 * and without it on the same seed.
 */
public final class PolicyConformance {
    private final PluginRegistry registry;
    private final String type;
    private final ScenarioLoader loader;
    private final ObjectMapper yaml;
    private String baseScenario;
    private String params = "";
    private String activation = "";
    private final List<String> measurable = new ArrayList<>();
    private SteppeWorld withPolicy;
    private SteppeWorld without;

    private PolicyConformance(PluginRegistry registry, String type) {
        this.registry = registry;
        this.type = type;
        this.loader = new ScenarioLoader(registry);
        this.yaml = Mappers.yaml(registry);
        if (!registry.policies().containsKey(type)) {
            throw new AssertionError("policy type '" + type + "' is not registered; registered: " + registry.policies().keySet());
        }
    }

    /** A kit for one registered policy type. */
    public static PolicyConformance of(PluginRegistry registry, String type) {
        return new PolicyConformance(registry, type);
    }

    /** The scenario the policy is added to (YAML or JSON text, without this policy). */
    public PolicyConformance baseScenario(String text) {
        this.baseScenario = text;
        reset();
        return this;
    }

    /** The policy's parameters as YAML fields, e.g. {@code "rateKztPerKwh: 5\nstart: 2021-01-01"}; default: none. */
    public PolicyConformance params(String yamlFields) {
        this.params = yamlFields;
        reset();
        return this;
    }

    /** Activation fields for the policy, e.g. {@code "start: 2021-06-01"}; default: always on. */
    public PolicyConformance activation(String yamlFields) {
        this.activation = yamlFields;
        reset();
        return this;
    }

    /** Metrics that must change when the policy is active; default: any metric that is not a lever. */
    public PolicyConformance measurableIn(String... metrics) {
        measurable.addAll(Arrays.asList(metrics));
        return this;
    }

    private void reset() {
        withPolicy = null;
        without = null;
    }

    /** Runs every check. */
    public void checkAll() {
        roundTripsThroughYaml();
        rejectsBadParameters();
        declaresOnlyDocumentedLevers();
        isDeterministic();
        hasMeasurableEffect();
    }

    /** The scenario entry, and the defaults-only entry, read back equal after writing them as YAML. */
    public void roundTripsThroughYaml() {
        for (String fields : List.of(params + "\n" + activation, "")) {
            Scenario s = load(scenarioText(fields));
            PolicyEntry entry = s.policies().get(s.policies().size() - 1);
            try {
                String written = yaml.writeValueAsString(entry);
                PolicyEntry read = yaml.readValue(written, PolicyEntry.class);
                if (!read.equals(entry)) {
                    throw new AssertionError(type + " does not round-trip through YAML:\n  wrote " + written.trim()
                            + "\n  read back " + read + "\n  expected " + entry);
                }
                if (!written.contains("type: \"" + type + "\"") && !written.contains("type: " + type)) {
                    throw new AssertionError(type + " was not written under its type name: " + written);
                }
            } catch (java.io.IOException e) {
                throw new AssertionError(type + " could not be written or read as YAML: " + e.getMessage(), e);
            }
        }
    }

    /**
     * An unknown parameter is rejected with the valid names; every numeric parameter rejects a value
     * that is not a number, and every bounded one a value outside its bounds, each naming the field.
     */
    public void rejectsBadParameters() {
        int index = load(scenarioText("")).policies().size() - 1;
        String prefix = "policies[" + index + "]";
        expectProblem("notAParameter: 1", prefix + ".notAParameter", "valid");
        Class<?> spec = registry.policies().get(type).specClass();
        if (!spec.isRecord()) {
            throw new AssertionError(type + ": a policy spec must be a record, found " + spec.getName());
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

    private static List<String> outOfBounds(RecordComponent c) {
        List<String> bad = new ArrayList<>();
        for (Annotation a : c.getAnnotations()) {
            String name = a.annotationType().getSimpleName();
            switch (name) {
                case "PositiveOrZero", "Positive" -> bad.add("-1");
                case "Min" -> bad.add(String.valueOf(((jakarta.validation.constraints.Min) a).value() - 1));
                case "Max" -> bad.add(String.valueOf(((jakarta.validation.constraints.Max) a).value() + 1));
                case "DecimalMax" -> bad.add(new java.math.BigDecimal(((jakarta.validation.constraints.DecimalMax) a).value())
                        .add(java.math.BigDecimal.ONE).toPlainString());
                case "DecimalMin" -> bad.add(new java.math.BigDecimal(((jakarta.validation.constraints.DecimalMin) a).value())
                        .subtract(java.math.BigDecimal.ONE).toPlainString());
                default -> {
                }
            }
        }
        return bad;
    }

    private void expectProblem(String fields, String path, String mustMention) {
        String text = scenarioText(fields + "\n" + activation);
        try {
            loader.parse(text, "conformance.yaml", false, null, List.of());
        } catch (ScenarioException e) {
            String message = e.getMessage();
            if (!message.contains(path) || !message.contains(mustMention)) {
                throw new AssertionError(type + ": '" + fields + "' was rejected, but the message does not name " + path
                        + (mustMention.isEmpty() ? "" : " and the " + mustMention + " names") + ":\n" + message);
            }
            return;
        }
        throw new AssertionError(type + " accepted the bad parameter '" + fields + "'");
    }

    /** The spec declares only real levers, its runs set only those, and the policy moves at least one of them. */
    public void declaresOnlyDocumentedLevers() {
        Scenario s = load(scenarioText(params + "\n" + activation));
        List<String> declared = s.policies().get(s.policies().size() - 1).spec().levers();
        if (declared.isEmpty()) {
            throw new AssertionError(type + " declares no levers; a policy acts only through levers");
        }
        Set<String> unknown = new TreeSet<>(declared);
        unknown.removeAll(leverNames());
        if (!unknown.isEmpty()) {
            throw new AssertionError(type + " declares unknown levers " + unknown + "; levers: " + leverNames());
        }
        runs();
        for (String lever : declared) {
            if (!sameColumn(withPolicy, without, lever)) {
                return;
            }
        }
        throw new AssertionError(type + " never moved any of its levers " + declared + " in the base scenario");
    }

    /** Two runs of the same scenario and seed give identical metrics, events and KPIs. */
    public void isDeterministic() {
        String text = scenarioText(params + "\n" + activation);
        SteppeWorld a = run(text);
        SteppeWorld b = run(text);
        for (MetricInfo m : a.metrics().infos()) {
            if (!sameColumn(a, b, m.name())) {
                throw new AssertionError(type + " is not deterministic: metric " + m.name() + " differs between two runs with the same seed");
            }
        }
        List<String> ea = a.events().all().stream().map(Event::toString).toList();
        List<String> eb = b.events().all().stream().map(Event::toString).toList();
        if (!ea.equals(eb)) {
            throw new AssertionError(type + " is not deterministic: the event logs of two runs with the same seed differ");
        }
        if (!a.kpis().all().equals(b.kpis().all())) {
            throw new AssertionError(type + " is not deterministic: KPIs differ between two runs with the same seed");
        }
    }

    /** With the policy active, some outcome metric (or each of {@link #measurableIn}) differs from the run without it. */
    public void hasMeasurableEffect() {
        runs();
        Set<String> levers = new TreeSet<>(leverNames());
        List<String> checked = new ArrayList<>();
        for (MetricInfo m : withPolicy.metrics().infos()) {
            boolean wanted = measurable.isEmpty() ? !levers.contains(m.name()) : measurable.contains(m.name());
            if (!wanted) {
                continue;
            }
            boolean same = sameColumn(withPolicy, without, m.name());
            if (!measurable.isEmpty() && same) {
                throw new AssertionError(type + " had no effect on " + m.name() + " in the base scenario");
            }
            if (!same) {
                checked.add(m.name());
            }
        }
        if (checked.isEmpty()) {
            throw new AssertionError(type + " changed no outcome metric in the base scenario");
        }
    }

    private List<String> leverNames() {
        return registry.levers().stream().map(LeverInfo::name).toList();
    }

    private void runs() {
        if (withPolicy == null) {
            withPolicy = run(scenarioText(params + "\n" + activation));
            without = run(baseScenario);
        }
    }

    private static boolean sameColumn(SteppeWorld a, SteppeWorld b, String metric) {
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

    private SteppeWorld run(String text) {
        try {
            return Simulation.run(new LoadedScenario(load(text), "conformance.yaml", null), registry);
        } catch (PluginException | IllegalStateException e) {
            throw new AssertionError(type + " broke the run: " + e.getMessage(), e);
        }
    }

    private Scenario load(String text) {
        return loader.parse(text, "conformance.yaml", false, null, List.of());
    }

    /** The base scenario with this policy appended, its fields given as YAML lines. */
    private String scenarioText(String fields) {
        if (baseScenario == null) {
            throw new IllegalStateException("set a base scenario first");
        }
        try {
            ObjectNode root = (ObjectNode) yaml.readTree(baseScenario);
            ArrayNode policies = root.has("policies") ? (ArrayNode) root.get("policies") : root.putArray("policies");
            ObjectNode entry = policies.addObject();
            entry.put("type", type);
            JsonNode extra = fields.isBlank() ? null : yaml.readTree(fields);
            if (extra != null && extra.isObject()) {
                entry.setAll((ObjectNode) extra);
            }
            return yaml.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the base scenario or fields: " + e.getMessage(), e);
        }
    }
}
