package io.steppe.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.campaigns.validate.FactResult;
import io.steppe.campaigns.validate.Validator;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.ScenarioLoader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The historical campaign keeps reproducing its stylised facts: the same ensemble as
 * {@code steppe validate kazakhstan-2017 --runs 50} (seeds 1–50), every fact judged at the
 * campaign's required share. Every fact must pass, so a change that breaks one fails this test.
 */
class HistoricalCampaignFactsTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.discover(HistoricalCampaignFactsTest.class.getClassLoader());

    @Test
    void theHistoricalCampaignReproducesEveryFact() {
        var loaded = Campaigns.load(new ScenarioLoader(REGISTRY), "kazakhstan-2017", List.of());
        List<FactResult> results = Validator.validate(loaded, REGISTRY, 50, 2, done -> { }).facts();

        assertThat(results).hasSize(CampaignSections.facts(loaded.scenario()).size());
        var failing = results.stream().filter(r -> !r.passes())
                .map(r -> r.fact().id() + " (median " + r.format(r.quantile(0.5)) + ", " + Math.round(r.shareInside() * 100) + "% inside)")
                .collect(Collectors.toList());
        assertThat(failing).as("facts that stopped passing").isEmpty();
    }
}
