package ${package};

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.steppe.testkit.SteppeCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steppe, run as ./steppe runs it, loads this project's jar from target/ and shows what it registers. */
class PluginJarIT {
    private static final SteppeCommand STEPPE = SteppeCommand.withPlugins(Path.of("target"));

    @Test
    void theRunHasThePluginsColumnsEventsAndKpis(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        STEPPE.run("run", "scenarios/greenhouses.yaml", "--out", out.toString()).ok();
        String header = Files.readAllLines(out.resolve("timeseries.csv")).get(0);
        assertTrue(header.contains(GreenhouseModule.LOAD_MW), header);
        assertTrue(header.contains(GreenhouseModule.HEAT_SUBSIDY_KZT_PER_KWH), header);
        assertTrue(Files.readString(out.resolve("events.jsonl")).contains("\"type\":\"" + GreenhouseModule.OPENED + "\""));
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"" + GreenhouseModule.OPENED_COUNT + "\""));
    }

    @Test
    void steppeListsThePluginsAgentLeverMetricAndEvent() {
        assertTrue(STEPPE.run("agents").ok().contains("greenhouses"));
        assertTrue(STEPPE.run("levers").ok().contains(GreenhouseModule.HEAT_SUBSIDY_KZT_PER_KWH));
        assertTrue(STEPPE.run("metrics").ok().contains(GreenhouseModule.LOAD_MW));
        assertTrue(STEPPE.run("events").ok().contains(GreenhouseModule.OPENED));
        assertTrue(STEPPE.run("doctrines").ok().contains("winterFirst"));
    }
}
