package io.steppe.campaigns;

import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The built-in campaigns, shipped as scenario files under {@code steppe/campaigns/} and listed in
 * {@code steppe/campaigns/index.txt}, and the rule that turns a command-line argument into a
 * scenario: an existing file path, or else a campaign name.
 */
public final class Campaigns {
    private static final String DIR = ScenarioLoader.CAMPAIGN_RESOURCES;

    private Campaigns() {
    }

    /** Names of the built-in campaigns, in index order. */
    public static List<String> names() {
        try (InputStream in = Campaigns.class.getClassLoader().getResourceAsStream(DIR + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the campaign index", e);
        }
    }

    /** Loads a campaign by name or a scenario file by path, with overrides. */
    public static LoadedScenario load(ScenarioLoader loader, String campaignOrFile, List<String> overrides) {
        Path path = Path.of(campaignOrFile);
        if (Files.exists(path) || campaignOrFile.endsWith(".yaml") || campaignOrFile.endsWith(".yml")
                || campaignOrFile.endsWith(".json")) {
            return loader.load(path, overrides);
        }
        if (!names().contains(campaignOrFile)) {
            throw new ScenarioException(List.of(new Problem(campaignOrFile, 0, "",
                    "neither a scenario file nor a campaign; campaigns: " + String.join(", ", names()))));
        }
        return loader.loadResource(DIR + campaignOrFile + ".yaml", overrides);
    }
}
