package io.steppe.campaigns.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.steppe.campaigns.report.ReportBands;
import io.steppe.campaigns.report.ReportHtml;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.Scenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The validation report shows each fact's verdict, the ensemble's band of each measured metric
 * with the facts' windows, and each fact's value per run. The scenario is ValidatorTest's: a fee
 * of 2 KZT/kWh on 2022-01-03 and 2022-01-04 of a six-day run, the same in every run.
 */
class ValidationReportTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.discover(ValidationReportTest.class.getClassLoader());
    private static final ScenarioLoader LOADER = new ScenarioLoader(REGISTRY);
    private static final Scenario SCENARIO = LOADER.parse("""
            name: facts
            start: 2022-01-01
            end: 2022-01-06
            seed: 5
            policies:
              - {type: miningFee, rateKztPerKwh: 2, start: 2022-01-03, end: 2022-01-04}
            facts:
              - {id: F1, name: mean fee, metric: miningFeeKztPerKwh, from: 2022-01-02, to: 2022-01-05, atLeast: 0.5, atMost: 1.5, source: test}
              - {id: F2, name: fee total, metric: miningFeeKztPerKwh, stat: sum, from: 2022-01-01, to: 2022-01-06, atLeast: 10, source: test}
              - {id: F3, name: fee switched on, event: policyOn, from: 2022-01-01, to: 2022-01-06, atLeast: 1, source: test}
              - {id: F4, name: fee off, event: policyOff, stat: firstDate, from: 2022-01-01, to: 2022-01-06, atLeast: 2022-01-05, atMost: 2022-01-06, source: test}
            """, "facts.yaml", false, null, List.of());

    private static String report(int runs, int threads) {
        ValidationResult result = Validator.validate(new LoadedScenario(SCENARIO, "facts.yaml", null), REGISTRY, runs, threads, done -> { });
        return ValidationReport.page(SCENARIO, result).html();
    }

    @Test
    void theReportListsEveryFactWithItsVerdictAndOpensOffline() throws IOException {
        ReportHtml html = ReportHtml.of(report(3, 2));
        assertThat(html.references()).isEmpty();
        assertThat(html.doc().selectFirst("script#report-library").data()).contains("var uPlot=");
        assertThat(html.rowsAfter("Facts")).containsExactly(
                "F1 | mean fee | [0.5, 1.5] | 1 | 1 - 1 | 100% | 80% | 0 | PASS",
                "F2 | fee total | [10, ] | 4 | 4 - 4 | 0% | 80% | 0 | FAIL",
                "F3 | fee switched on | [1, ] | 1 | 1 - 1 | 100% | 80% | 0 | PASS",
                "F4 | fee off | [2022-01-05, 2022-01-06] | 2022-01-05 | 2022-01-05 - 2022-01-05 | 100% | 80% | 0 | PASS");
        assertThat(html.doc().select("tr.bad td").first().text()).isEqualTo("F2");
    }

    @Test
    void aMeasuredMetricIsDrawnAsTheEnsemblesBandWithTheFactsWindows() throws IOException {
        ReportHtml html = ReportHtml.of(report(3, 2));
        String caption = "miningFeeKztPerKwh over the runs";
        JsonNode chart = html.chart(caption);
        assertThat(chart.get("start").asLong()).isEqualTo(LocalDate.of(2022, 1, 1).toEpochDay());
        assertThat(html.seriesNames(caption)).containsExactly("miningFeeKztPerKwh 5-95% low", "miningFeeKztPerKwh 5-95% high",
                "miningFeeKztPerKwh 25-75% low", "miningFeeKztPerKwh 25-75% high", "miningFeeKztPerKwh median");
        for (String name : html.seriesNames(caption)) {
            assertThat(html.series(caption, name).toString()).as(name).isEqualTo("[0,0,2,2,0,0]");
        }
        JsonNode windows = chart.get("windows");
        assertThat(windows.findValuesAsText("label")).containsExactly("F1", "F2 sum [10, ]");
        assertThat(windows.get(0).get("low").asDouble()).isEqualTo(0.5);
        assertThat(windows.get(0).get("high").asDouble()).isEqualTo(1.5);
        assertThat(windows.get(0).get("from").asLong()).isEqualTo(LocalDate.of(2022, 1, 2).toEpochDay());
        assertThat(windows.get(1).get("low").isNull()).isTrue();
    }

    @Test
    void everyFactHasItsValuePerRunAgainstItsRange() throws IOException {
        ReportHtml html = ReportHtml.of(report(3, 2));
        assertThat(html.doc().select("div.grid > figure.chart > figcaption").eachText())
                .containsExactly("F1: mean fee", "F2: fee total", "F3: fee switched on", "F4: fee off");
        JsonNode f4 = html.chart("F4: fee off");
        long fifth = LocalDate.of(2022, 1, 5).toEpochDay();
        assertThat(f4.get("dates").asBoolean()).isTrue();
        assertThat(f4.get("axis").asText()).isEqualTo("run");
        assertThat(f4.get("values").toString()).isEqualTo("[" + fifth + "," + fifth + "," + fifth + "]");
        assertThat(f4.get("low").asLong()).isEqualTo(fifth);
        assertThat(html.chart("F2: fee total").get("unit").asText()).isEqualTo("KZT/kWh x days");
        assertThat(html.chart("F3: fee switched on").get("unit").asText()).isEqualTo("events");
    }

    @Test
    void theReportDoesNotDependOnTheNumberOfThreads() throws IOException {
        Scenario outages = LOADER.parse("""
                name: outages
                start: 2022-01-01
                end: 2022-01-31
                agents:
                  - type: grid
                facts:
                  - {id: G, name: capacity, metric: availableCapacityMw, from: 2022-01-10, to: 2022-01-20, atLeast: 0, source: test}
                """, "outages.yaml", false, null, List.of());
        LoadedScenario loaded = new LoadedScenario(outages, "outages.yaml", null);
        String one = ValidationReport.page(outages, Validator.validate(loaded, REGISTRY, 4, 1, done -> { })).html();
        String three = ValidationReport.page(outages, Validator.validate(loaded, REGISTRY, 4, 3, done -> { })).html();
        assertThat(three).isEqualTo(one);
        JsonNode values = ReportHtml.of(one).chart("G: capacity").get("values");
        assertThat(StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).distinct())
                .as("runs differ by seed").hasSizeGreaterThan(1);
    }

    @Test
    void bandsCoverTheFactsWindowsWithHalfAYearEitherSideInsideTheRun() {
        Scenario twoYears = LOADER.parse("""
                name: long
                start: 2022-01-01
                end: 2023-12-31
                facts:
                  - {id: L, name: late fee, metric: miningFeeKztPerKwh, from: 2023-01-01, to: 2023-01-31, atLeast: 0, source: test}
                  - {id: E, name: early price, metric: btcPriceUsd, from: 2022-02-01, to: 2022-02-28, atLeast: 0, source: test}
                """, "long.yaml", false, null, List.of());
        ValidationResult result = Validator.validate(new LoadedScenario(twoYears, "long.yaml", null), REGISTRY, 1, 1, done -> { });
        assertThat(result.bands()).extracting(b -> b.metric().name()).containsExactly("miningFeeKztPerKwh", "btcPriceUsd");
        ReportBands fee = result.bands().get(0).quantiles();
        assertThat(fee.start()).isEqualTo(LocalDate.of(2023, 1, 1).minusDays(Validator.CONTEXT_DAYS));
        assertThat(fee.start().plusDays(fee.days() - 1)).isEqualTo(LocalDate.of(2023, 1, 31).plusDays(Validator.CONTEXT_DAYS));
        ReportBands share = result.bands().get(1).quantiles();
        assertThat(share.start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(share.start().plusDays(share.days() - 1)).isEqualTo(LocalDate.of(2022, 2, 28).plusDays(Validator.CONTEXT_DAYS));
    }
}
