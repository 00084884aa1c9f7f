package io.steppe.policies;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.agents.MiningLevers;
import io.steppe.agents.SocietyLevers;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.SteppeModule;
import io.steppe.testkit.PolicyConformance;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The kit catches the mistakes a student's policy can make, and passes a correct one. */
class StudentPolicyConformanceTest {

    /** Sets a lever it does not declare. */
    public record SneakyPolicySpec() implements PolicySpec {
        @Override
        public Policy create() {
            return today -> today.set(MiningLevers.MINER_CUTOFF, 1);
        }

        @Override
        public List<String> levers() {
            return List.of(SocietyLevers.AUDIT_TEAMS);
        }

        @Override
        public Purpose purpose() {
            return Purpose.LEGITIMACY;
        }
    }

    /** Declares a lever that does not exist. */
    public record UnknownLeverPolicySpec() implements PolicySpec {
        @Override
        public Policy create() {
            return today -> {
            };
        }

        @Override
        public List<String> levers() {
            return List.of("miningFeeUsdPerKwh");
        }

        @Override
        public Purpose purpose() {
            return Purpose.REVENUE;
        }
    }

    /** Keeps state across runs, so a second run with the same seed differs. */
    public record LeakyPolicySpec() implements PolicySpec {
        static final AtomicInteger RUNS = new AtomicInteger();

        @Override
        public Policy create() {
            int run = RUNS.incrementAndGet();
            return today -> today.set(MiningLevers.MINING_FEE_KZT_PER_KWH, run);
        }

        @Override
        public List<String> levers() {
            return List.of(MiningLevers.MINING_FEE_KZT_PER_KWH);
        }

        @Override
        public Purpose purpose() {
            return Purpose.REVENUE;
        }
    }

    /** Pulls a lever to its baseline: declared, but does nothing. */
    public record IdlePolicySpec() implements PolicySpec {
        @Override
        public Policy create() {
            return today -> today.set(MiningLevers.EXTRA_CAPACITY_MW, 0);
        }

        @Override
        public List<String> levers() {
            return List.of(MiningLevers.EXTRA_CAPACITY_MW);
        }

        @Override
        public Purpose purpose() {
            return Purpose.ENERGY_SECURITY;
        }
    }

    /** A correct student policy: more capacity, validated. */
    public record NewPlantPolicySpec(@PositiveOrZero(message = "must be ≥ 0") Double extraMw) implements PolicySpec {
        /** Default 1000 MW. */
        public NewPlantPolicySpec {
            extraMw = extraMw == null ? 1000.0 : extraMw;
        }

        @Override
        public Policy create() {
            return today -> today.set(MiningLevers.EXTRA_CAPACITY_MW, extraMw);
        }

        @Override
        public List<String> levers() {
            return List.of(MiningLevers.EXTRA_CAPACITY_MW);
        }

        @Override
        public Purpose purpose() {
            return Purpose.ENERGY_SECURITY;
        }
    }

    /** Registers the fixtures, as a student's plugin would. */
    static final class StudentModule extends SteppeModule {
        @Override
        protected void registerTypes() {
            registerPolicy("sneaky", SneakyPolicySpec.class);
            registerPolicy("unknownLever", UnknownLeverPolicySpec.class);
            registerPolicy("leaky", LeakyPolicySpec.class);
            registerPolicy("idle", IdlePolicySpec.class);
            registerPolicy("newPlant", NewPlantPolicySpec.class);
        }
    }

    private static final PluginRegistry REGISTRY;

    static {
        List<SteppeModule> modules = new ArrayList<>();
        java.util.ServiceLoader.load(SteppeModule.class, StudentPolicyConformanceTest.class.getClassLoader()).forEach(modules::add);
        modules.add(new StudentModule());
        REGISTRY = PluginRegistry.of(modules);
    }

    private static PolicyConformance kit(String type) {
        return PolicyConformance.of(REGISTRY, type).baseScenario(PolicyScenarios.scenario(""));
    }

    @Test
    void aPolicyThatSetsAnUndeclaredLeverFails() {
        assertThatThrownBy(() -> kit("sneaky").declaresOnlyDocumentedLevers())
                .isInstanceOf(AssertionError.class).hasMessageContaining("minerCutoff").hasMessageContaining("does not declare");
    }

    @Test
    void aPolicyThatDeclaresAnUnknownLeverFails() {
        assertThatThrownBy(() -> kit("unknownLever").declaresOnlyDocumentedLevers())
                .hasMessageContaining("unknown lever 'miningFeeUsdPerKwh'");
    }

    @Test
    void aPolicyWithStateAcrossRunsIsNotDeterministic() {
        assertThatThrownBy(() -> kit("leaky").isDeterministic()).isInstanceOf(AssertionError.class).hasMessageContaining("not deterministic");
    }

    @Test
    void aPolicyThatMovesNothingFails() {
        assertThatThrownBy(() -> kit("idle").declaresOnlyDocumentedLevers()).hasMessageContaining("never moved");
        assertThatThrownBy(() -> kit("idle").hasMeasurableEffect()).hasMessageContaining("changed no outcome");
    }

    @Test
    void aCorrectStudentPolicyPasses() {
        assertThatCode(() -> kit("newPlant").measurableIn("reserveMarginPct").checkAll()).doesNotThrowAnyException();
    }

    @Test
    void aMeasurableMetricThatDoesNotMoveFails() {
        assertThatThrownBy(() -> kit("newPlant").measurableIn("valueRetainedUsd").hasMeasurableEffect())
                .hasMessageContaining("no effect on valueRetainedUsd");
    }
}
