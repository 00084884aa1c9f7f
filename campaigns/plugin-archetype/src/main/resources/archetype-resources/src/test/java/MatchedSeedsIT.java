package ${package};

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.steppe.testkit.SteppeCommand;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Matched seeds: compare runs each scenario on the same seeds, so a difference between them is
 * the plugin's doing, not chance. A placebo (greenhouses that never exist) must therefore leave
 * every outcome of kazakhstan-2017 the same on every seed, while real greenhouses show up.
 */
class MatchedSeedsIT {
    private static final SteppeCommand STEPPE = SteppeCommand.withPlugins(Path.of("target"));

    private static List<String> rows(String table) {
        return table.lines().filter(l -> l.startsWith("| ") && l.contains("[")).toList();
    }

    @Test
    void aPlaceboPopulationChangesNoOutcomeOnAnySeed() {
        List<String> rows = rows(STEPPE.run("compare", "kazakhstan-2017", "scenarios/placebo.yaml", "--runs", "3").ok());
        assertTrue(rows.size() > 10, "expected a row per outcome:\n" + rows);
        for (String row : rows) {
            assertTrue(row.contains("v0 ^0]"), "the placebo moved an outcome: " + row);
        }
    }

    @Test
    void compareReportsThePluginsKpis() {
        String table = STEPPE.run("compare", "kazakhstan-2017", "scenarios/greenhouses.yaml", "--runs", "2").ok();
        assertTrue(table.contains("(" + GreenhouseModule.OPENED_COUNT + ")"), table);
        assertTrue(table.contains("(" + GreenhouseModule.ENERGY_GWH + ")"), table);
    }
}
