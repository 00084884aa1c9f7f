package io.steppe.testkit;

import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.Scenario;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The conformance kit every agent plugin runs, built-in or a student's: it proves that an agent
 * type round-trips through YAML, rejects bad parameters with messages that name the field, runs
 * deterministically writing only what it declares and computing every KPI it declares, leaves
 * every other output byte for byte unchanged when inactive (added last or first), and changes
 * something measurable when active. Each check throws an {@link AssertionError} that says what
 * failed; it needs no test framework and no policy library.
 *
 * <pre>
 * AgentConformance.of("cooperatives")
 *         .baseCampaign("kazakhstan-2017", "end=2019-12-31")
 *         .params("sitesMw: 50")
 *         .inactiveParams("sitesMw: 0")
 *         .measurableIn("miningLoadMw")
 *         .checkAll();
 * </pre>
 *
 * The base scenario is a complete scenario without the agent; the kit adds one population of the
 * type and compares runs with and without it on the same seed. "Inactive" means the parameters
 * with which the population draws from its own random stream and writes its own metrics but acts
 * on nothing else (no load on the grid, no reports to other populations, no events). Only the
 * metrics named with {@link #measurableIn} are checked for an effect (none by default).
 */
public final class AgentConformance extends TypeConformance<AgentConformance> {
    private String inactive;

    private AgentConformance(PluginRegistry registry, String type) {
        super(registry, type, registry.agents().get(type));
    }

    /** A kit for one registered agent type. */
    public static AgentConformance of(PluginRegistry registry, String type) {
        return new AgentConformance(registry, type);
    }

    /**
     * A kit for one agent type registered by a module on the class path (found with
     * {@link java.util.ServiceLoader}, as the application finds it).
     */
    public static AgentConformance of(String type) {
        return of(PluginRegistry.discover(AgentConformance.class.getClassLoader()), type);
    }

    /** The parameters with which the population acts on nothing else; default: the active ones. */
    public AgentConformance inactiveParams(String yamlFields) {
        this.inactive = yamlFields;
        return this;
    }


    @Override
    AgentConformance self() {
        return this;
    }

    @Override
    String kind() {
        return "agent";
    }

    @Override
    String list() {
        return "agents";
    }

    @Override
    Class<?> specClass() {
        return registry.agents().get(type).specClass();
    }

    @Override
    String fields() {
        return params;
    }

    @Override
    Object entry(Scenario s) {
        return s.agents().get(s.agents().size() - 1);
    }

    @Override
    Object readEntry(String text) throws IOException {
        return yaml.readValue(text, AgentSpec.class);
    }

    @Override
    int listSize(Scenario s) {
        return s.agents().size();
    }

    /** Runs every check. */
    public void checkAll() {
        roundTripsThroughYaml();
        rejectsBadParameters();
        isDeterministic();
        computesEveryKpiItDeclares();
        leavesTheBaselineUnchangedWhenInactive();
        if (!measurable.isEmpty()) {
            hasMeasurableEffect();
        }
    }

    /**
     * A run with the population active ends without it writing, reading or emitting a name it did
     * not declare (the engine refuses those), and with every KPI it declares in the summary.
     */
    public void computesEveryKpiItDeclares() {
        runs();
        Declaration d = entryDeclaration(params);
        List<String> missing = new ArrayList<>(d.kpis());
        missing.removeAll(with.kpis().all().keySet());
        if (!missing.isEmpty()) {
            throw new AssertionError(type + " declares KPIs it never computed: " + missing);
        }
    }

    /**
     * Added with its inactive parameters, last or first among the populations, the population
     * leaves timeseries.csv (but for its own columns), events.jsonl and the KPIs (but for its own)
     * byte-identical to the base scenario's: the schedule's order and every other population's
     * random numbers are as they were.
     */
    public void leavesTheBaselineUnchangedWhenInactive() {
        String fields = inactive != null ? inactive : params;
        Declaration d = entryDeclaration(fields);
        RunOutputs base = RunOutputs.of(run(baseScenario)).without(d.writesMetrics(), List.of(), d.kpis());
        for (int position : new int[] {-1, 0}) {
            RunOutputs with = RunOutputs.of(run(scenarioText(fields, position))).without(d.writesMetrics(), List.of(), d.kpis());
            with.assertSameAs(base, type + " (inactive, added " + (position < 0 ? "last" : "first") + ") changed the baseline");
        }
    }

    /** With the population active, each of {@link #measurableIn} differs from the run without it. */
    public void hasMeasurableEffect() {
        runs();
        for (String metric : measurable) {
            if (sameColumn(with, without, metric)) {
                throw new AssertionError(type + " had no effect on " + metric + " in the base scenario");
            }
        }
    }

    private Declaration entryDeclaration(String fields) {
        Scenario s = load(scenarioText(fields));
        return ((AgentSpec) entry(s)).declaration();
    }
}
