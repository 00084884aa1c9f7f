package io.steppe.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerTest {
    @ParameterizedTest(name = "{0} with x={1} holds: {2}")
    @CsvSource({"x < 5,4,true", "x < 5,5,false", "x <= 5,5,true", "x > 5,6,true", "x >= 5,4,false",
            "x == 5,5,true", "x != 5,5,false", "x > -1.5e1,-14,true"})
    void comparesAsWritten(String text, double x, boolean holds) {
        assertThat(Trigger.parse(text).evaluator().observe(m -> x)).isEqualTo(holds);
    }

    @Test
    void forNDaysNeedsConsecutiveDays() {
        Trigger.Evaluator e = Trigger.parse("x < 5 for 3 days").evaluator();
        assertThat(e.observe(m -> 1)).isFalse();
        assertThat(e.observe(m -> 1)).isFalse();
        assertThat(e.observe(m -> 9)).isFalse();
        assertThat(e.observe(m -> 1)).isFalse();
        assertThat(e.observe(m -> 1)).isFalse();
        assertThat(e.observe(m -> 1)).isTrue();
    }

    @Test
    void andBindsTighterThanOr() {
        Trigger t = Trigger.parse("a > 1 and b > 1 or c > 1");
        assertThat(t.evaluator().observe(Map.of("a", 2.0, "b", 0.0, "c", 0.0)::get)).isFalse();
        assertThat(t.evaluator().observe(Map.of("a", 2.0, "b", 2.0, "c", 0.0)::get)).isTrue();
        assertThat(t.evaluator().observe(Map.of("a", 0.0, "b", 0.0, "c", 2.0)::get)).isTrue();
    }

    @Test
    void missingValuesNeverSatisfyAComparison() {
        assertThat(Trigger.parse("x != 5").evaluator().observe(m -> Double.NaN)).isFalse();
    }

    @Test
    void rejectsWhatItCannotRead() {
        assertThatThrownBy(() -> Trigger.parse("x < five")).hasMessageContaining("expected 'metric op number");
        assertThatThrownBy(() -> Trigger.parse("x < 5 for 0 days")).hasMessageContaining("at least 1 day");
        assertThatThrownBy(() -> Trigger.parse(" ")).hasMessageContaining("empty trigger");
    }
}
