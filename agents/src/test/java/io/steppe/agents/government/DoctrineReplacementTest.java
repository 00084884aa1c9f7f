package io.steppe.agents.government;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.agents.MiningLevers;
import io.steppe.agents.SocietyLevers;
import io.steppe.agents.StateAndSocietyScenarios;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.doctrine.Doctrine;
import io.steppe.engine.doctrine.DoctrineSpec;
import io.steppe.engine.plugin.SteppeModule;
import io.steppe.engine.run.SteppeWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The government's doctrine is replaceable by a scenario (a built-in doctrine by name) and by a
 * plugin (a student's doctrine registered through the SPI), and the replacement changes what
 * happens.
 */
class DoctrineReplacementTest {
    /**
     * A student's doctrine: the default rules with the cut-off removed, so the test isolates that one
     * response.
     */
    public record NeverCutOffDoctrineSpec() implements DoctrineSpec {
        @Override
        public List<String> levers() {
            return SecurityFirstDoctrineSpec.defaults().levers().stream().filter(l -> !l.equals(MiningLevers.MINER_CUTOFF)).toList();
        }

        @Override
        public List<String> reads() {
            return SecurityFirstDoctrineSpec.defaults().reads();
        }

        @Override
        public List<String> readsEvents() {
            return SecurityFirstDoctrineSpec.defaults().readsEvents();
        }

        @Override
        public Doctrine create() {
            Doctrine standard = SecurityFirstDoctrineSpec.defaults().create();
            return (seen, act) -> standard.decide(seen, (lever, value, reason) -> {
                if (!lever.equals(MiningLevers.MINER_CUTOFF)) {
                    act.pull(lever, value, reason);
                }
            });
        }
    }

    /** A student's doctrine with two typos: a lever and a metric no module registers. */
    public record TypoDoctrineSpec() implements DoctrineSpec {
        @Override
        public List<String> levers() {
            return List.of("minerCutof");
        }

        @Override
        public List<String> reads() {
            return List.of("reserveMarginPc");
        }

        @Override
        public Doctrine create() {
            return (seen, act) -> act.pull("minerCutof", 1, "never reached");
        }
    }

    /** The student's plugin module. */
    static final class NeverCutOffModule extends SteppeModule {
        @Override
        protected void registerTypes() {
            registerDoctrine("neverCutOff", NeverCutOffDoctrineSpec.class);
            registerDoctrine("typo", TypoDoctrineSpec.class);
        }
    }

    private static final StateAndSocietyScenarios SCENARIOS = new StateAndSocietyScenarios(new NeverCutOffModule());

    private static long cutoffs(SteppeWorld w) {
        return w.events().all().stream().filter(e -> e.type().equals("minerCutoff")).count();
    }

    /** The default doctrine cuts miners off in at least 3 of 5 runs; the replacement in none. */
    @Test
    void aDoctrineThatNeverCutsMinersOffProducesNoCutoffEvent() {
        var standard = SCENARIOS.ensemble(new StateAndSocietyScenarios.Yaml());
        var replaced = SCENARIOS.ensemble(new StateAndSocietyScenarios.Yaml().government("    doctrine: {type: neverCutOff}"));
        assertThat(standard.stream().filter(w -> cutoffs(w) > 0).count()).isGreaterThanOrEqualTo(3);
        assertThat(replaced).allSatisfy(w -> assertThat(cutoffs(w)).isZero());
        assertThat(replaced).anySatisfy(w -> assertThat(w.events().all()).anyMatch(e -> e.type().equals("governmentResponse")
                && SocietyLevers.AUDIT_TEAMS.equals(e.details().get("lever"))));
    }

    /** A hands-off government never audits, represses or shuts the internet down. */
    @Test
    void theHandsOffDoctrinePullsOnlyImports() {
        var worlds = SCENARIOS.ensemble(new StateAndSocietyScenarios.Yaml().government("    doctrine: {type: handsOff}"));
        for (SteppeWorld w : worlds) {
            assertThat(w.events().all().stream().filter(e -> e.type().equals("governmentResponse"))
                    .map(e -> e.details().get("lever")).distinct().toList()).isSubsetOf(List.of(MiningLevers.IMPORT_BOOST_MW));
        }
    }

    /** An unknown doctrine name is an error naming the field and listing the valid doctrines. */
    @Test
    void anUnknownDoctrineListsTheValidNames() {
        assertThatThrownBy(() -> SCENARIOS.loader().parse(textOf(new StateAndSocietyScenarios.Yaml().government("    doctrine: {type: laissezFaire}")),
                "s.yaml", false, null, List.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("s.yaml:22: agents[5].doctrine.type")
                .hasMessageContaining("unknown doctrine type 'laissezFaire'")
                .hasMessageContaining("handsOff, neverCutOff, securityFirst, typo");
    }

    /** A doctrine parameter is validated with its path. */
    @Test
    void aBadDoctrineParameterIsReportedWithItsPath() {
        assertThatThrownBy(() -> SCENARIOS.loader().parse(textOf(new StateAndSocietyScenarios.Yaml()
                        .government("    doctrine: {type: securityFirst, maxImportBoostMw: -5}")), "s.yaml", false, null, List.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("s.yaml:22: agents[5].doctrine.maxImportBoostMw");
    }

    /** A doctrine's misspelt lever and metric are reported at the doctrine, once each, with a suggestion, before anything runs. */
    @Test
    void aDoctrinesUnknownLeverAndMetricAreReportedAtTheDoctrine() {
        assertThatThrownBy(() -> SCENARIOS.loader().parse(textOf(new StateAndSocietyScenarios.Yaml().government("    doctrine: {type: typo}")),
                "s.yaml", false, null, List.of()))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).extracting(Object::toString).containsExactly(
                        "s.yaml:22: agents[5].doctrine.type: agents[5].doctrine (typo) pulls lever 'minerCutof', which no module registers;"
                                + " did you mean minerCutoff? " + validLevers() + " (is the plugin that registers it in --plugins?)",
                        "s.yaml:22: agents[5].doctrine.type: agents[5].doctrine (typo) reads metric 'reserveMarginPc', which no module"
                                + " registers; did you mean reserveMarginPct? " + validMetrics() + " (is the plugin that registers it in --plugins?)"));
    }

    private static String validLevers() {
        return "Valid levers: " + String.join(", ", new java.util.TreeSet<>(SCENARIOS.loader().vocabulary().levers()));
    }

    private static String validMetrics() {
        return "Valid metrics: " + String.join(", ", new java.util.TreeSet<>(SCENARIOS.loader().vocabulary().columns()));
    }

    private static String textOf(StateAndSocietyScenarios.Yaml yaml) {
        return yaml.text();
    }
}
