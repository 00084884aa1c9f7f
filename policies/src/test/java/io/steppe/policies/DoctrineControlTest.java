package io.steppe.policies;

import static io.steppe.policies.PolicyScenarios.REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.engine.Event;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A policy with {@code control: doctrine} is switched by the government's doctrine through the policy's purpose. */
class DoctrineControlTest {
    private static final ScenarioLoader LOADER = new ScenarioLoader(REGISTRY);

    private static SteppeWorld run(String doctrine, String policies) {
        String text = PolicyScenarios.scenario(policies).replace("doctrine: {type: handsOff}", "doctrine: {type: " + doctrine + "}");
        return Simulation.run(new LoadedScenario(LOADER.parse(text, "doctrine.yaml", false, null, List.of()), "doctrine.yaml", null), REGISTRY);
    }

    private static List<Event> switched(SteppeWorld w, String type) {
        return w.events().all().stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void theSecurityFirstDoctrineSwitchesAnEnergySecurityPolicyOnAfterBlackouts() {
        SteppeWorld w = run("securityFirst", "  - {type: minersShedFirst, control: doctrine, minDays: 30}");
        List<Event> on = switched(w, "policyOn");
        assertThat(on).isNotEmpty();
        assertThat(on.get(0).details().get("reason").toString()).startsWith("government seeks energySecurity: ");
        Event firstBlackout = switched(w, "blackout").get(0);
        assertThat(on.get(0).date()).isAfter(firstBlackout.date());
    }

    @Test
    void aHandsOffGovernmentNeverSeeksEnergySecurity() {
        SteppeWorld w = run("handsOff", "  - {type: minersShedFirst, control: doctrine}");
        assertThat(switched(w, "policyOn")).isEmpty();
        assertThat(switched(w, "blackout")).isNotEmpty();
    }

    @Test
    void aHandsOffGovernmentAdoptsAnInvestmentPolicyFromTheSecondDay() {
        SteppeWorld w = run("handsOff", "  - {type: astanaHubTaxBreak, control: doctrine}");
        List<Event> on = switched(w, "policyOn");
        assertThat(on).hasSize(1);
        assertThat(on.get(0).date()).isEqualTo(w.scenario().start().plusDays(1));
    }

    @Test
    void aDoctrineControlledPolicyMayNotAlsoHaveATrigger() {
        String text = PolicyScenarios.scenario("  - {type: minerCutoff, control: doctrine, when: 'reserveMarginPct < 0'}");
        assertThatThrownBy(() -> LOADER.parse(text, "doctrine.yaml", false, null, List.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("policies[0].when: not allowed with 'control: doctrine'");
    }

    @Test
    void anUnknownControlNamesTheValidOnes() {
        String text = PolicyScenarios.scenario("  - {type: minerCutoff, control: president}");
        assertThatThrownBy(() -> LOADER.parse(text, "doctrine.yaml", false, null, List.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("control").hasMessageContaining("doctrine").hasMessageContaining("schedule");
    }
}
