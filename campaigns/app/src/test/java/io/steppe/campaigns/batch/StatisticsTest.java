package io.steppe.campaigns.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The summaries of aggregate.json against values worked out by hand or from tables. */
class StatisticsTest {
    @Test
    void theConfidenceIntervalOfTheMeanUsesStudentsT() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Statistics.Summary s = Statistics.summarise(x);
        assertThat(s.mean()).isEqualTo(5.5);
        assertThat(s.sd()).isCloseTo(3.0276503540974917, within(1e-12));
        // t(0.975, 9) = 2.262157 (statistical tables)
        assertThat(s.ciHigh() - s.mean()).isCloseTo(2.262157 * 3.0276503540974917 / Math.sqrt(10), within(1e-5));
        assertThat(s.quantiles()[2]).isEqualTo(5.5);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(10);
    }

    @Test
    void missingValuesAreLeftOutAndNoValuesGiveNoSummary() {
        assertThat(Statistics.summarise(new double[] {Double.NaN, 4, Double.NaN}).n()).isEqualTo(1);
        assertThat(Statistics.summarise(new double[] {Double.NaN})).isNull();
    }

    @Test
    void theWilsonIntervalMatchesItsFormulaAtTheEdges() {
        // Wilson (1927): for 0 of 10, the upper end is z²/(n+z²) = 3.8415/13.8415
        Statistics.Share none = Statistics.share(0, 10);
        assertThat(none.low()).isEqualTo(0.0);
        assertThat(none.high()).isCloseTo(0.277533, within(1e-5));
        Statistics.Share all = Statistics.share(10, 10);
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(0.722467, within(1e-5));
        Statistics.Share half = Statistics.share(50, 100);
        assertThat(half.low()).isCloseTo(0.403832, within(1e-5));
        assertThat(half.high()).isCloseTo(0.596168, within(1e-5));
    }
}
