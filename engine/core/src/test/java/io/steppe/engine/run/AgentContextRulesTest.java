package io.steppe.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.doctrine.Doctrine;
import io.steppe.engine.doctrine.DoctrineSpec;
import io.steppe.engine.plugin.PluginException;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.SteppeModule;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import io.steppe.engine.testing.TestPluginModule;
import io.steppe.engine.testing.TestPolicyModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a population may do through its context, and when: the rules a plugin cannot get around. */
class AgentContextRulesTest {
    /** A doctrine that pulls the test fee. */
    public record FeeDoctrineSpec() implements DoctrineSpec {
        @Override
        public Doctrine create() {
            return (seen, act) -> act.pull(TestPolicyModule.TEST_FEE, 1, "test");
        }

        @Override
        public List<String> levers() {
            return List.of(TestPolicyModule.TEST_FEE);
        }
    }

    /** A population that tries one thing: {@code how} says which. */
    public record TryingAgentSpec(String how, FeeDoctrineSpec doctrine) implements AgentSpec {
        @Override
        public Declaration declaration() {
            return Declaration.builder().build();
        }

        @Override
        public void install(AgentContext context) {
            switch (how) {
                case "scheduleLate" -> context.daily(Phase.MINERS, state -> context.daily(Phase.GRID, s -> { }));
                case "gateForItsOwnDoctrine" -> {
                    var gate = context.gate(doctrine);
                    context.daily(Phase.GOVERNMENT, state -> gate.set(TestPolicyModule.TEST_FEE, 1));
                }
                case "gateForAnyDoctrine" -> context.gate(new FeeDoctrineSpec());
                case "sameStreamTwice" -> {
                    if (context.stream("shocks") != context.stream("shocks") || context.stream("shocks") == context.stream("other")) {
                        throw new AssertionError("a named stream is one stream per name");
                    }
                }
                default -> throw new IllegalArgumentException(how);
            }
        }
    }

    /** Registers the fixtures. */
    static final class TryingModule extends SteppeModule {
        @Override
        protected void registerTypes() {
            registerAgent("trying", TryingAgentSpec.class);
            registerDoctrine("fee", FeeDoctrineSpec.class);
        }
    }

    private static final PluginRegistry REGISTRY = PluginRegistry.of(List.of(new EngineModule(), new TestPluginModule(),
            new TestPolicyModule(), new TryingModule()));

    private static SteppeWorld run(String how) {
        String text = """
                name: trying
                start: 2021-01-01
                end: 2021-01-10
                agents:
                  - {type: trying, how: %s, doctrine: {type: fee}}
                """.formatted(how);
        return Simulation.run(new LoadedScenario(new ScenarioLoader(REGISTRY).parse(text, "t.yaml", false, null, List.of()), "t.yaml", null),
                REGISTRY);
    }

    @Test
    void aPopulationSchedulesOnlyWhileItIsInstalled() {
        assertThatThrownBy(() -> run("scheduleLate")).isInstanceOf(PluginException.class)
                .hasMessage("agents[0]:trying scheduled a steppable after it was installed; schedule everything in install()");
    }

    @Test
    void aPopulationGetsALeverGateOnlyForTheDoctrineItsSpecHolds() {
        SteppeWorld world = run("gateForItsOwnDoctrine");
        int fee = world.metrics().indexOf(TestPolicyModule.TEST_FEE);
        assertThat(world.metrics().rows()).as("the doctrine pulled its lever every day").allSatisfy(row -> assertThat(row[fee]).isEqualTo(1.0));
        assertThatThrownBy(() -> run("gateForAnyDoctrine")).isInstanceOf(PluginException.class)
                .hasMessageContaining("asked for a lever gate for a doctrine its spec does not hold");
    }

    @Test
    void aNamedStreamIsOneStreamPerName() {
        assertThat(run("sameStreamTwice").metrics().rows()).hasSize(10);
    }
}
