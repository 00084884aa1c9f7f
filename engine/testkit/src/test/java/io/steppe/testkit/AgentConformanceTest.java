package io.steppe.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The agent kit passes a population that acts on nothing else and catches the mistakes a plugin can make. */
class AgentConformanceTest {
    private static AgentConformance kit() {
        return AgentConformance.of(KitFixtures.REGISTRY, "quiet").baseScenario(KitFixtures.BASE);
    }

    @Test
    void aQuietPopulationPassesEveryCheckAddedLastOrFirst() {
        assertThatCode(() -> kit().checkAll()).doesNotThrowAnyException();
    }

    @Test
    void aPopulationThatEmitsEventsWhenCalledInactiveChangesTheBaseline() {
        assertThatThrownBy(() -> kit().params("announce: true").leavesTheBaselineUnchangedWhenInactive())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("quiet (inactive, added last) changed the baseline: events.jsonl differs first at line")
                .hasMessageContaining("quietAnnounced");
    }

    @Test
    void aPopulationWritingAMetricItDidNotDeclareBreaksTheRunNamingIt() {
        assertThatThrownBy(() -> kit().params("sneak: true").isDeterministic()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("quiet broke the run: agents[1]:quiet writes metric 'testWalk', which its declaration does not list;"
                        + " declared: quietCounter");
    }

    @Test
    void aPopulationThatForgetsADeclaredKpiFails() {
        assertThatThrownBy(() -> kit().params("forgetKpi: true").computesEveryKpiItDeclares())
                .hasMessageContaining("quiet declares KPIs it never computed: [quietTotal]");
    }

    @Test
    void aBadParameterMustBeRefusedNamingItsField() {
        assertThatCode(() -> kit().rejectsBadParameters()).doesNotThrowAnyException();
        assertThatThrownBy(() -> AgentConformance.of(KitFixtures.REGISTRY, "nobody")).hasMessageContaining("agent type 'nobody' is not registered");
    }

    @Test
    void anEffectAskedForMustShow() {
        assertThatThrownBy(() -> kit().measurableIn("testWalk").hasMeasurableEffect())
                .hasMessageContaining("quiet had no effect on testWalk in the base scenario");
    }
}
