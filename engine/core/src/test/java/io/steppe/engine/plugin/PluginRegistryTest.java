package io.steppe.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.engine.MetricInfo;
import io.steppe.engine.run.EngineModule;
import io.steppe.engine.testing.RandomWalkAgentSpec;
import io.steppe.engine.testing.TestPluginModule;
import io.steppe.engine.testing.TestPolicySpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginRegistryTest {

    /** A second module that claims the fixture's agent name. */
    public static final class ClashingModule extends SteppeModule {
        @Override
        protected void registerTypes() {
            registerAgent("randomWalk", RandomWalkAgentSpec.class);
        }
    }

    /** A module that registers a policy under a name already used for an agent: allowed. */
    public static final class OtherKindModule extends SteppeModule {
        @Override
        protected void registerTypes() {
            registerPolicy("randomWalk", TestPolicySpec.class);
        }
    }

    @Test
    void serviceLoaderFindsTheEngineAndTestModules() {
        PluginRegistry registry = PluginRegistry.discover(getClass().getClassLoader());
        assertThat(registry.modules()).containsKeys(EngineModule.class.getName(), TestPluginModule.class.getName());
        assertThat(registry.agents()).containsKey("randomWalk");
        assertThat(registry.metrics()).extracting(MetricInfo::name).contains("hashpriceUsdPerPhDay", "testWalk");
    }

    @Test
    void twoModulesClaimingOneNameFailNamingBoth() {
        assertThatThrownBy(() -> PluginRegistry.of(List.of(new TestPluginModule(), new ClashingModule())))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("agent type name 'randomWalk' is registered by both")
                .hasMessageContaining(TestPluginModule.class.getName())
                .hasMessageContaining(ClashingModule.class.getName());
    }

    @Test
    void namesAreScopedByKind() {
        PluginRegistry registry = PluginRegistry.of(List.of(new TestPluginModule(), new OtherKindModule()));
        assertThat(registry.agents()).containsKey("randomWalk");
        assertThat(registry.policies()).containsKey("randomWalk");
    }

    @Test
    void metricColumnsDoNotDependOnModuleOrder() {
        var a = PluginRegistry.of(List.of(new EngineModule(), new TestPluginModule())).metrics();
        var b = PluginRegistry.of(List.of(new TestPluginModule(), new EngineModule())).metrics();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void typeDocsReadDefaultsUnitsAndDescriptionsFromTheSpec() {
        PluginRegistry registry = PluginRegistry.of(List.of(new TestPluginModule()));
        var doc = TypeDocs.of(registry.agents().get("randomWalk"), io.steppe.engine.scenario.Mappers.yaml(registry));
        assertThat(doc.doc()).startsWith("Test fixture");
        assertThat(doc.params()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("stepSize");
            assertThat(p.defaultValue()).isEqualTo("1.0");
            assertThat(p.unit()).isEqualTo("1");
        });
    }
}
