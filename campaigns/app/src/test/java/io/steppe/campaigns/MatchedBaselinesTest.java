package io.steppe.campaigns;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.agents.grid.Grid;
import io.steppe.agents.grid.Region;
import io.steppe.engine.Describe;
import io.steppe.engine.LeverInfo;
import io.steppe.engine.Phase;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.SteppeModule;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.scenario.ScenarioLoader;
import io.steppe.testkit.AgentConformance;
import io.steppe.testkit.PolicyConformance;
import io.steppe.testkit.RunOutputs;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Matched baselines: adding something inert to kazakhstan-2017 changes nothing else, byte for byte,
 * because no steppable shares a schedule ordering (MASON never shuffles a day with the world's
 * generator) and every population and policy draws from a stream of its own. Before that, an
 * inactive plugin agent changed 20 KPIs of seed 1 from its third day on.
 */
class MatchedBaselinesTest {
    /**
     * A plugin population that acts in every phase an agent may use, draws from its own stream and
     * looks at the grid every day, but changes nothing: it writes only its own tally.
     */
    @Describe("Test fixture: a survey that watches the grid and changes nothing")
    public record IdleSurveySpec() implements AgentSpec {
        @Override
        public Declaration declaration() {
            return Declaration.builder().writes("idleSurveyTally").kpis("idleSurveyDraws").requires(Grid.class).build();
        }

        @Override
        public void install(AgentContext context) {
            double[] tally = {0};
            long[] draws = {0};
            var random = context.random();
            var shocks = context.stream("noise");
            Grid grid = context.require(Grid.class);
            var metric = context.metric("idleSurveyTally");
            for (Phase phase : List.of(Phase.EXOGENOUS, Phase.GOVERNMENT, Phase.MINERS, Phase.GRID, Phase.CITIZENS)) {
                context.daily(phase, state -> {
                    tally[0] += random.nextDouble() + shocks.nextGaussian() + grid.householdBlackoutHours(Region.SOUTH);
                    draws[0] += 2;
                    metric.put(tally[0]);
                });
            }
            context.monthly(Phase.MINERS, state -> tally[0] += random.nextDouble());
            context.atEnd(() -> context.kpis().put("idleSurveyDraws", draws[0]));
        }
    }

    /**
     * A plugin policy that is on every day, draws from its own stream and sets a lever no
     * population reads: it changes nothing but that lever's column and its own switching event.
     */
    @Describe("Test fixture: draws a number a day and sets a lever nobody reads")
    public record DrawingPolicySpec(@Describe(value = "Lever set", unit = "1") String lever) implements PolicySpec {
        /** The idle lever by default. */
        public DrawingPolicySpec {
            lever = lever == null ? IDLE_LEVER : lever;
        }

        @Override
        public Policy create() {
            return today -> today.set(lever, today.random().nextDouble() * (lever.equals(IDLE_LEVER) ? 1 : 0.001));
        }

        @Override
        public List<String> levers() {
            return List.of(lever);
        }

        @Override
        public Purpose purpose() {
            return Purpose.INVESTMENT;
        }
    }

    private static final String IDLE_LEVER = "idleLeverUnits";

    /** The fixtures' plugin module. */
    static final class IdleSurveyModule extends SteppeModule {
        @Override
        protected void registerTypes() {
            registerAgent("idleSurvey", IdleSurveySpec.class);
            registerMetric("idleSurveyTally", "1", "The idle survey's running tally");
            registerKpi("idleSurveyDraws", "draws", "Random numbers the idle survey drew");
            registerPolicy("drawingPolicy", DrawingPolicySpec.class);
            registerLever(LeverInfo.of(IDLE_LEVER, "1", 0, LeverInfo.Combine.MAX).doc("A lever no population reads").source("test fixture"));
        }
    }

    private static final PluginRegistry REGISTRY;

    static {
        List<SteppeModule> modules = new ArrayList<>();
        ServiceLoader.load(SteppeModule.class, MatchedBaselinesTest.class.getClassLoader()).forEach(modules::add);
        modules.add(new IdleSurveyModule());
        REGISTRY = PluginRegistry.of(modules);
    }

    private static String kazakhstan() {
        ScenarioLoader loader = new ScenarioLoader(REGISTRY);
        return loader.toYaml(Campaigns.load(loader, "kazakhstan-2017", List.of()).scenario());
    }

    @Test
    void anInactivePluginPopulationAddedLastOrFirstLeavesKazakhstan2017ByteIdentical() {
        assertThatCode(() -> AgentConformance.of(REGISTRY, "idleSurvey").baseScenario(kazakhstan()).leavesTheBaselineUnchangedWhenInactive())
                .doesNotThrowAnyException();
    }

    private static RunOutputs run(String... sets) {
        ScenarioLoader loader = new ScenarioLoader(REGISTRY);
        return RunOutputs.of(Simulation.run(Campaigns.load(loader, "kazakhstan-2017", List.of(sets)), REGISTRY));
    }

    @Test
    void anActivePolicyThatDrawsFromItsStreamChangesOnlyItsLeverAndItsSwitchingEvent() {
        RunOutputs base = run().without(List.of(IDLE_LEVER), List.of(), List.of());
        RunOutputs with = run("policies[+]={type: drawingPolicy}").without(List.of(IDLE_LEVER), List.of("policies[7]:drawingPolicy"), List.of());
        assertThatCode(() -> with.assertSameAs(base, "an active policy drawing from its own stream")).doesNotThrowAnyException();
    }

    @Test
    void theSameComparisonSeesAPolicyThatActs() {
        RunOutputs base = run().without(List.of(IDLE_LEVER, "extraCapacityMw"), List.of(), List.of());
        RunOutputs with = run("policies[+]={type: drawingPolicy, lever: extraCapacityMw}")
                .without(List.of(IDLE_LEVER, "extraCapacityMw"), List.of("policies[7]:drawingPolicy"), List.of());
        assertThatThrownBy(() -> with.assertSameAs(base, "a policy adding up to 1 kW of capacity"))
                .as("a thousandth of a MW of extra capacity, drawn daily, moves the dispatch").isInstanceOf(AssertionError.class);
    }

    @Test
    void aPolicyThatNeverSwitchesOnLeavesKazakhstan2017ByteIdentical() {
        assertThatCode(() -> PolicyConformance.of(REGISTRY, "scarcityPricing").baseScenario(kazakhstan())
                .leavesTheBaselineUnchangedWhenNeverActive()).doesNotThrowAnyException();
    }
}
