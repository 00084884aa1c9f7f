package io.steppe.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steppe.engine.ScenarioException;
import io.steppe.engine.market.DataSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketDataTest {
    private final MarketData m = MarketData.load(DataSources.defaults(), LocalDate.of(2017, 1, 1), LocalDate.of(2023, 12, 31), null);

    private static int day(int y, int mo, int d) {
        return (int) (LocalDate.of(y, mo, d).toEpochDay() - LocalDate.of(2017, 1, 1).toEpochDay());
    }

    @Test
    void monthlyMeansSitOnTheFifteenthOfTheirMonth() {
        assertThat(m.btcPriceUsd(day(2021, 11, 15))).isEqualTo(60621.49);
        assertThat(m.globalHashrateEhs(day(2023, 12, 15))).isEqualTo(506.71);
    }

    @Test
    void subsidyHalvesOnTheHalvingDay() {
        assertThat(m.blockSubsidyBtc(day(2020, 5, 10))).isEqualTo(12.5);
        assertThat(m.blockSubsidyBtc(day(2020, 5, 11))).isEqualTo(6.25);
    }

    @Test
    void frontierEfficiencyImprovesWithReleases() {
        assertThat(m.frontierEfficiencyJPerTh(day(2017, 1, 1))).isEqualTo(98.0);
        assertThat(m.frontierEfficiencyJPerTh(day(2020, 6, 1))).isEqualTo(29.6);
        assertThat(m.frontierEfficiencyJPerTh(day(2022, 8, 1))).isEqualTo(21.5);
    }

    @Test
    void asicPriceFollowsItsDataPointsAndTracksHashpriceOutsideThem() {
        assertThat(m.asicPriceUsdPerTh(day(2021, 4, 15))).isEqualTo(120.0);
        assertThat(m.asicPriceUsdPerTh(day(2022, 12, 25))).isEqualTo(15.71);
        double paybackDays = 120.0 / (m.hashpriceUsdPerPhDay(day(2021, 4, 15)) / 1000);
        assertThat(m.asicPriceUsdPerTh(day(2019, 1, 1)))
                .isCloseTo(paybackDays * m.hashpriceUsdPerPhDay(day(2019, 1, 1)) / 1000, within(1e-9));
    }

    @Test
    void scenarioBeyondTheDataIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> MarketData.load(DataSources.defaults(), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1), null))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("end: is 2025-01-01 but classpath:steppe/data/btc_monthly_2017_2023.csv ends 2023-12-31");
    }

    @Test
    void badNumberInADataFileNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fx.csv"), "year,kzt_per_usd_avg,source\n2017,326,x\n2018,lots,y\n");
        DataSources data = new DataSources(null, null, null, null, "fx.csv");
        assertThatThrownBy(() -> MarketData.load(data, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 2, 1), dir))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("fx.csv:3: kzt_per_usd_avg: 'lots' is not a number");
    }

    @Test
    void anotherHomesCurrencyIsReadFromTheLocalRateColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rub.csv"), "year,local_per_usd_avg,source\n2017,58,x\n2018,62,y\n");
        DataSources data = new DataSources(null, null, null, null, "rub.csv");
        MarketData m = MarketData.load(data, LocalDate.of(2017, 7, 1), LocalDate.of(2017, 7, 2), dir);
        assertThat(m.kztPerUsd(0)).isEqualTo(58.0);
    }
}
