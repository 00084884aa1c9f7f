package io.steppe.campaigns.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Medians skip the runs without a value (a date that never came) and average the middle pair. */
class ComparisonTest {
    @Test
    void medianSkipsMissingValuesAndAveragesTheMiddlePair() {
        assertThat(Comparison.median(new double[] {3, 1, Double.NaN, 2})).isEqualTo(2.0);
        assertThat(Comparison.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Comparison.median(new double[] {Double.NaN, Double.NaN})).isNaN();
    }
}
