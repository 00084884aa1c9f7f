package io.steppe.campaigns;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.steppe.agents.grid.Grid;
import io.steppe.agents.grid.Region;
import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.SteppeModule;
import io.steppe.engine.scenario.ScenarioLoader;
import io.steppe.testkit.AgentConformance;
import io.steppe.testkit.PolicyConformance;
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

    /** The fixture's plugin module. */
    static final class IdleSurveyModule extends SteppeModule {
        @Override
        protected void registerTypes() {
            registerAgent("idleSurvey", IdleSurveySpec.class);
            registerMetric("idleSurveyTally", "1", "The idle survey's running tally");
            registerKpi("idleSurveyDraws", "draws", "Random numbers the idle survey drew");
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

    @Test
    void aPolicyThatNeverSwitchesOnLeavesKazakhstan2017ByteIdentical() {
        assertThatCode(() -> PolicyConformance.of(REGISTRY, "scarcityPricing").baseScenario(kazakhstan())
                .leavesTheBaselineUnchangedWhenNeverActive()).doesNotThrowAnyException();
    }
}
