package io.steppe.campaigns.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.campaigns.CampaignSections;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Facts are measured as their definition says. The scenario is small and deterministic: a mining
 * fee of 2 KZT/kWh is on from 2022-01-03 to 2022-01-04 of a six-day run, so every expected value
 * follows from the dates alone.
 */
class ValidatorTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.discover(ValidatorTest.class.getClassLoader());
    private static final ScenarioLoader LOADER = new ScenarioLoader(REGISTRY);

    private static final String BASE = """
            name: facts
            start: 2022-01-01
            end: 2022-01-06
            policies:
              - {type: miningFee, rateKztPerKwh: 2, start: 2022-01-03, end: 2022-01-04}
            facts:
            """;

    private static List<FactResult> validate(String facts, int runs, int threads) {
        var s = LOADER.parse(BASE + facts, "facts.yaml", false, null, List.of());
        return Validator.validate(new LoadedScenario(s, "facts.yaml", null), REGISTRY, runs, threads, done -> { }).facts();
    }

    private static double value(String fact) {
        return validate(fact, 1, 1).get(0).values()[0];
    }

    @Test
    void metricStatisticsFollowTheWindow() {
        String window = "metric: miningFeeKztPerKwh, from: 2022-01-01, to: 2022-01-06, atLeast: 0, source: test";
        assertThat(value("  - {id: a, name: mean, " + window + "}")).isEqualTo(4.0 / 6);
        assertThat(value("  - {id: a, name: sum, stat: sum, " + window + "}")).isEqualTo(4.0);
        assertThat(value("  - {id: a, name: max, stat: max, " + window + "}")).isEqualTo(2.0);
        assertThat(value("  - {id: a, name: min, stat: min, " + window + "}")).isEqualTo(0.0);
    }

    @Test
    void aRelativeFactDividesByTheReferenceWindow() {
        assertThat(value("  - {id: a, name: rel, metric: miningFeeKztPerKwh, from: 2022-01-03, to: 2022-01-06,"
                + " relativeFrom: 2022-01-03, relativeTo: 2022-01-03, atMost: 1, source: test}")).isEqualTo(0.5);
    }

    @Test
    void eventFactsCountDateAndTimeEvents() {
        assertThat(value("  - {id: a, name: n, event: policyOn, from: 2022-01-01, to: 2022-01-06, atLeast: 1, source: test}"))
                .isEqualTo(1);
        assertThat(value("  - {id: a, name: d, event: policyOff, stat: firstDate, from: 2022-01-01, to: 2022-01-06,"
                + " atLeast: 2022-01-01, source: test}")).isEqualTo(java.time.LocalDate.of(2022, 1, 5).toEpochDay());
        assertThat(value("  - {id: a, name: g, event: policyOff, stat: daysAfter, after: policyOn, from: 2022-01-01,"
                + " to: 2022-01-06, atLeast: 0, source: test}")).isEqualTo(2);
        assertThat(value("  - {id: a, name: none, event: internetShutdown, stat: firstDate, from: 2022-01-01, to: 2022-01-06,"
                + " atLeast: 2022-01-01, source: test}")).as("an event that never happens has no date").isNaN();
    }

    @Test
    void aFactPassesWhenTheRequiredShareOfRunsIsInside() {
        var results = validate("""
                  - {id: in, name: inside, metric: miningFeeKztPerKwh, stat: max, from: 2022-01-01, to: 2022-01-06, atLeast: 1.5, atMost: 2.5, source: test}
                  - {id: out, name: outside, metric: miningFeeKztPerKwh, stat: max, from: 2022-01-01, to: 2022-01-06, atMost: 1, source: test}
                  - {id: gone, name: missing, event: internetShutdown, stat: firstDate, from: 2022-01-01, to: 2022-01-06, atLeast: 2022-01-01, source: test}
                """, 4, 2);
        assertThat(results.get(0).shareInside()).isEqualTo(1.0);
        assertThat(results.get(0).passes()).isTrue();
        assertThat(results.get(1).shareInside()).isZero();
        assertThat(results.get(1).passes()).isFalse();
        assertThat(results.get(2).missing()).isEqualTo(4);
        assertThat(results.get(2).passes()).isFalse();
        assertThat(results.get(0).quantile(0.5)).isEqualTo(2.0);
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        var fact = CampaignSections.facts(LOADER.parse(BASE + "  - {id: q, name: q, kpi: peakBtcPriceUsd, atLeast: 0, source: test}", "f.yaml", false,
                null, List.of())).get(0);
        FactResult r = new FactResult(fact, new double[] {4, 1, 3, 2, Double.NaN}, 0.8);
        assertThat(r.quantile(0.5)).isEqualTo(2.5);
        assertThat(r.quantile(0.0)).isEqualTo(1.0);
        assertThat(r.quantile(1.0)).isEqualTo(4.0);
        assertThat(r.shareInside()).isEqualTo(0.8);
    }

    @Test
    void aFactOnANameTheScenarioDoesNotProduceIsAnErrorNamingTheAgentThatWould() {
        assertThatThrownBy(() -> validate("  - {id: a, name: b, event: massProtest, from: 2022-01-01, to: 2022-01-02, atLeast: 1, source: s}", 1, 1))
                .hasMessageContaining("facts.yaml:7: facts[0].event: event type 'massProtest' is one no agent of this scenario emits;"
                        + " agents of type citizens do (add one to agents)");
        assertThatThrownBy(() -> validate("  - {id: a, name: b, kpi: peakKzHashShar, atLeast: 0, source: s}", 1, 1))
                .hasMessageContaining("facts[0].kpi: unknown KPI 'peakKzHashShar'; did you mean peakKzHashShare (computed by agents of type grid,"
                        + " none in this scenario)? Valid KPIs: meanHashpriceUsdPerPhDay, peakBtcPriceDate, peakBtcPriceUsd");
        assertThatThrownBy(() -> validate("  - {id: a, name: b, event: policyOff, stat: daysAfter, after: policyOnn, from: 2022-01-01,"
                + " to: 2022-01-02, atMost: 5, source: s}", 1, 1))
                .hasMessageContaining("facts[0].after: unknown event type 'policyOnn'; did you mean policyOn?");
    }

    @Test
    void badFactsAreReportedWithTheirPath() {
        assertThatThrownBy(() -> validate("  - {id: a, name: b, metric: miningFeeKztPerKwh, kpi: x, atLeast: 0, source: s}", 1, 1))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("facts[0]: needs exactly one of metric, kpi, event");
        assertThatThrownBy(() -> validate("  - {id: a, name: b, metric: hashShare, from: 2022-01-01, to: 2022-01-02, atLeast: 0, source: s}", 1, 1))
                .hasMessageContaining("facts[0].metric: unknown metric 'hashShare'");
        assertThatThrownBy(() -> validate("  - {id: a, name: b, kpi: x, atLeast: soon, source: s}", 1, 1))
                .hasMessageContaining("facts[0].atLeast: 'soon' is neither a number nor a date");
        assertThatThrownBy(() -> validate("  - {id: a, name: b, event: minerCutoff, stat: daysAfter, from: 2022-01-01, to: 2022-01-02, atMost: 5, source: s}", 1, 1))
                .hasMessageContaining("facts[0].after: daysAfter needs the event type");
        assertThatThrownBy(() -> validate("  - {id: a, name: b, kpi: x, atLeast: 1, source: s, range: [1, 2]}", 1, 1))
                .hasMessageContaining("facts[0].range").hasMessageContaining("atLeast");
    }
}
