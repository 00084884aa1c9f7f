package io.steppe.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Problem;
import io.steppe.engine.Purpose;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.SteppeModule;
import io.steppe.engine.run.EngineModule;
import io.steppe.engine.testing.TestPluginModule;
import io.steppe.engine.testing.TestPolicyModule;
import io.steppe.engine.testing.TestSectionModule;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of misspelt name is an error before anything runs, at the path where it was written,
 * with the nearest valid name and the valid ones: what a population reads, writes, emits and
 * computes, a policy's levers and reads, a trigger, a section's metric, a type, a field, a --set path.
 */
class MisspeltNamesTest {
    /** A population whose declared names come from the scenario, to misspell each in turn. */
    public record DeclaringAgentSpec(List<String> readsMetrics, List<String> readsEvents, List<String> readsLevers, List<String> writes,
                                     List<String> emits, List<String> kpis) implements AgentSpec {
        /** Empty lists by default. */
        public DeclaringAgentSpec {
            readsMetrics = readsMetrics == null ? List.of() : readsMetrics;
            readsEvents = readsEvents == null ? List.of() : readsEvents;
            readsLevers = readsLevers == null ? List.of() : readsLevers;
            writes = writes == null ? List.of() : writes;
            emits = emits == null ? List.of() : emits;
            kpis = kpis == null ? List.of() : kpis;
        }

        @Override
        public Declaration declaration() {
            return Declaration.builder().readsMetrics(readsMetrics.toArray(String[]::new)).readsEvents(readsEvents.toArray(String[]::new))
                    .readsLevers(readsLevers.toArray(String[]::new)).writes(writes.toArray(String[]::new))
                    .emits(emits.toArray(String[]::new)).kpis(kpis.toArray(String[]::new)).build();
        }

        @Override
        public void install(AgentContext context) {
        }
    }

    /** A policy whose declared levers and reads come from the scenario. */
    public record DeclaringPolicySpec(List<String> levers, List<String> reads, List<String> readsEvents) implements PolicySpec {
        /** Empty lists by default. */
        public DeclaringPolicySpec {
            levers = levers == null ? List.of() : levers;
            reads = reads == null ? List.of() : reads;
            readsEvents = readsEvents == null ? List.of() : readsEvents;
        }

        @Override
        public Policy create() {
            return today -> { };
        }

        @Override
        public Purpose purpose() {
            return Purpose.REVENUE;
        }
    }

    /** Registers the two fixtures. */
    static final class DeclaringModule extends SteppeModule {
        @Override
        protected void registerTypes() {
            registerAgent("declaring", DeclaringAgentSpec.class);
            registerPolicy("declaringPolicy", DeclaringPolicySpec.class);
        }
    }

    private static final ScenarioLoader LOADER = new ScenarioLoader(PluginRegistry.of(List.of(new EngineModule(), new TestPluginModule(),
            new TestPolicyModule(), new TestSectionModule(), new DeclaringModule())));

    private static final String BASE = """
            name: names
            start: 2020-01-01
            end: 2020-03-31
            agents:
              - type: randomWalk
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a population's read metric    | agents: [{type: randomWalk}, {type: declaring, readsMetrics: [testWalc]}] | | agents[1].type | reads metric 'testWalc' | testWalk
            a population's read event     | agents: [{type: randomWalk}, {type: declaring, readsEvents: [testJumq]}] |  | agents[1].type | reads event type 'testJumq' | testJump
            a population's read lever     | agents: [{type: randomWalk}, {type: declaring, readsLevers: [testFeeKztPerKWh]}] | | agents[1].type | reads lever 'testFeeKztPerKWh' | testFeeKztPerKwh
            a population's written metric | agents: [{type: randomWalk}, {type: declaring, writes: [testWalkk]}] | | agents[1].type | writes metric 'testWalkk' | testWalk
            a population's emitted event  | agents: [{type: randomWalk}, {type: declaring, emits: [testJumps]}] | | agents[1].type | emits event type 'testJumps' | testJump
            a population's KPI            | agents: [{type: randomWalk}, {type: declaring, kpis: [testFinalPositon]}] | | agents[1].type | computes KPI 'testFinalPositon' | testFinalPosition
            a policy's lever              | policies: [{type: declaringPolicy, levers: [testFeeKztPerKw]}] | | policies[0].type | unknown lever 'testFeeKztPerKw' | testFeeKztPerKwh
            a policy's read metric        | policies: [{type: declaringPolicy, reads: [testWlak]}] | | policies[0].type | unknown metric 'testWlak' | testWalk
            a policy's read event         | policies: [{type: declaringPolicy, readsEvents: [testJunp]}] | | policies[0].type | unknown event type 'testJunp' | testJump
            a trigger's metric            | policies: [{type: testFee, when: 'testWalkk > 3'}] | | policies[0].when | unknown metric 'testWalkk' in trigger | testWalk
            a section's metric            | 'notes: [{text: a note, metric: testWakl}]' | | notes[0].metric | unknown metric 'testWakl' | testWalk
            a population's type           | agents: [{type: randomWalks}] | | agents[0].type | unknown agent type 'randomWalks' | randomWalk
            a policy's field              | policies: [{type: testFee, rateKztPerKWH: 2}] | | policies[0].rateKztPerKWH | unknown field 'rateKztPerKWH' | rateKztPerKwh
            a --set path                  | policies: [{type: testFee}] | policies[0].rateKztPrKwh=2 | policies[0].rateKztPrKwh | unknown field 'rateKztPrKwh' | rateKztPerKwh
            """)
    void aMisspeltNameIsALocatedErrorWithTheNearestValidName(String kind, String yaml, String set, String path, String says, String suggests) {
        String text = yaml.startsWith("agents:") ? BASE.replace("agents:\n  - type: randomWalk\n", yaml + "\n") : BASE + yaml + "\n";
        Problem p = problem(text, set);
        assertThat(p.path()).as(kind).isEqualTo(path);
        assertThat(p.message()).as(kind).contains(says).contains("did you mean " + suggests);
        assertThat(p.file()).as(kind).isEqualTo(set == null ? "names.yaml" : "--set");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            btcPriceUsd        | a market metric
            meanHashpriceUsdPerPhDay | a market KPI
            """)
    void aPopulationMayNotWriteWhatTheEngineWrites(String name, String what) {
        String field = name.startsWith("mean") ? "kpis" : "writes";
        Problem p = problem(BASE.replace("agents:\n  - type: randomWalk\n", "agents: [{type: declaring, " + field + ": [" + name + "]}]\n"), null);
        assertThat(p.path()).as(what).isEqualTo("agents[0]");
        assertThat(p.message()).as(what).contains("'" + name + "', which the engine (market data and levers) writes too");
    }

    private static Problem problem(String text, String set) {
        try {
            LOADER.parse(text, "names.yaml", false, null, set == null ? List.of() : List.of(set));
        } catch (ScenarioException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("expected the scenario to be refused:\n" + text);
    }
}
