package io.steppe.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The policy kit passes the fixture fee, which the random walk feels, and fails it where it has no effect. */
class PolicyConformanceTest {
    @Test
    void theFixtureFeePassesEveryCheckIncludingTheNeverActiveBaseline() {
        assertThatCode(() -> PolicyConformance.of(KitFixtures.REGISTRY, "testFee").baseScenario(KitFixtures.BASE)
                .params("rateKztPerKwh: 3").measurableIn("testWalk").checkAll()).doesNotThrowAnyException();
    }

    @Test
    void aPolicyWithoutEffectInTheBaseScenarioFails() {
        String noWalk = KitFixtures.BASE.replace("agents:\n  - type: randomWalk\n", "");
        assertThatThrownBy(() -> PolicyConformance.of(KitFixtures.REGISTRY, "testFee").baseScenario(noWalk).hasMeasurableEffect())
                .isInstanceOf(AssertionError.class).hasMessageContaining("testFee changed no outcome metric in the base scenario");
    }
}
