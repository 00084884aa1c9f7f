package io.steppe.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steppe.engine.market.DataSources;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hashprice computed from the raw BTC, hash-rate, subsidy and fee series against the published
 * annual averages of Hashrate Index's 2022 year in review (hashprice_reference_points.csv). The
 * published figures are an independent computation from daily data, so a 3% tolerance covers
 * the difference between our monthly-mean interpolation and their daily averaging.
 */
class HashpriceTest {
    @ParameterizedTest(name = "{0} average hashprice is {1} USD/PH/day within 3%")
    @CsvSource({"2021,314.61", "2022,123.88"})
    void annualAverageMatchesThePublishedReference(int year, double publishedUsdPerPhDay) {
        MarketData m = MarketData.load(DataSources.defaults(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null);
        double sum = 0;
        for (int d = 0; d < m.days(); d++) {
            sum += m.hashpriceUsdPerPhDay(d);
        }
        assertThat(sum / m.days()).isCloseTo(publishedUsdPerPhDay, within(publishedUsdPerPhDay * 0.03));
    }
}
