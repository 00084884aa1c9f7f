package io.steppe.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.LeverInfo;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.Activation;
import io.steppe.engine.scenario.PolicyEntry;
import io.steppe.engine.scenario.Scenario;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conformance kit every policy plugin runs, built-in or a student's: it proves that a policy
 * type round-trips through YAML, rejects bad parameters with messages that name the field,
 * declares only registered levers and sets at least one of them, is deterministic, leaves the
 * baseline byte for byte unchanged when it never switches on, and changes something measurable
 * when active. It needs no test framework: each check throws an {@link AssertionError} that says
 * what failed.
 *
 * <pre>
 * PolicyConformance.of("myPolicy")
 *         .baseCampaign("kazakhstan-2017", "end=2019-12-31")
 *         .params("rateKztPerKwh: 5")
 *         .measurableIn("whiteMiningLoadMw")
 *         .checkAll();
 * </pre>
 *
 * The base scenario is a complete scenario (agents, dates, seed) without the policy; the kit adds
 * the policy as its last entry, with the given parameters and activation, and compares runs with
 * and without it on the same seed. Without {@link #measurableIn}, any metric that is not a lever
 * counts as an effect.
 */
public final class PolicyConformance extends TypeConformance<PolicyConformance> {
    private String activation = "";

    private PolicyConformance(PluginRegistry registry, String type) {
        super(registry, type, registry.policies().get(type));
    }

    /** A kit for one registered policy type. */
    public static PolicyConformance of(PluginRegistry registry, String type) {
        return new PolicyConformance(registry, type);
    }

    /**
     * A kit for one policy type registered by a module on the class path (found with
     * {@link java.util.ServiceLoader}, as the application finds it).
     */
    public static PolicyConformance of(String type) {
        return of(PluginRegistry.discover(PolicyConformance.class.getClassLoader()), type);
    }

    /** Activation fields for the policy, e.g. {@code "start: 2021-06-01"}; default: always on. */
    public PolicyConformance activation(String yamlFields) {
        this.activation = yamlFields;
        reset();
        return this;
    }


    @Override
    PolicyConformance self() {
        return this;
    }

    @Override
    String kind() {
        return "policy";
    }

    @Override
    String list() {
        return "policies";
    }

    @Override
    Class<?> specClass() {
        return registry.policies().get(type).specClass();
    }

    @Override
    String fields() {
        return params + "\n" + activation;
    }

    @Override
    String extraFields() {
        return activation;
    }

    @Override
    Object entry(Scenario s) {
        return s.policies().get(s.policies().size() - 1);
    }

    @Override
    Object readEntry(String text) throws IOException {
        return yaml.readValue(text, PolicyEntry.class);
    }

    @Override
    int listSize(Scenario s) {
        return s.policies().size();
    }

    /** Runs every check. */
    public void checkAll() {
        roundTripsThroughYaml();
        rejectsBadParameters();
        declaresOnlyDocumentedLevers();
        isDeterministic();
        leavesTheBaselineUnchangedWhenNeverActive();
        hasMeasurableEffect();
    }

    /** The spec declares only registered levers, its runs set only those, and the policy moves at least one of them. */
    public void declaresOnlyDocumentedLevers() {
        Scenario s = load(scenarioText(fields()));
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
            if (!sameColumn(with, without, lever)) {
                return;
            }
        }
        throw new AssertionError(type + " never moved any of its levers " + declared + " in the base scenario");
    }

    /**
     * Added so that it never switches on (eligible only after the scenario's end), the policy leaves
     * every output byte-identical to the base scenario's: its presence alone draws no random number
     * and changes no other policy's or population's behaviour.
     */
    public void leavesTheBaselineUnchangedWhenNeverActive() {
        Scenario base = load(baseScenario);
        try {
            ObjectNode fields = params.isBlank() ? yaml.createObjectNode() : (ObjectNode) yaml.readTree(params);
            Activation.FIELDS.forEach(fields::remove);
            fields.put("start", base.end().plusDays(1).toString());
            RunOutputs.of(run(scenarioText(yaml.writeValueAsString(fields)))).assertSameAs(RunOutputs.of(run(baseScenario)),
                    type + " changed the baseline without ever switching on");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the parameters: " + e.getMessage(), e);
        }
    }

    /** With the policy active, some outcome metric (or each of {@link #measurableIn}) differs from the run without it. */
    public void hasMeasurableEffect() {
        runs();
        Set<String> levers = new TreeSet<>(leverNames());
        List<String> checked = new ArrayList<>();
        for (MetricInfo m : with.metrics().infos()) {
            boolean wanted = measurable.isEmpty() ? !levers.contains(m.name()) : measurable.contains(m.name());
            if (!wanted) {
                continue;
            }
            boolean same = sameColumn(with, without, m.name());
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
}
