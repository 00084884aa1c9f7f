package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steppe.testkit.SteppeCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The winter-first government cuts miners off only after a short reserve, and for at least 14 days. */
class WinterFirstIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> CUTOFFS = new ArrayList<>();
    private static final Map<LocalDate, Double> RESERVE = new HashMap<>();

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        SteppeCommand.withPlugins(Path.of("target")).run("run", "scenarios/winter-first.yaml", "--out", out.toString()).ok();
        for (String line : Files.readAllLines(out.resolve("events.jsonl"))) {
            JsonNode event = JSON.readTree(line);
            if (event.get("type").asText().equals("governmentResponse") && event.get("lever").asText().equals("minerCutoff")) {
                CUTOFFS.add(event);
            }
        }
        List<String> rows = Files.readAllLines(out.resolve("timeseries.csv"));
        int column = List.of(rows.get(0).split(",")).indexOf("reserveMarginPct");
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            RESERVE.put(LocalDate.parse(cells[0]), Double.parseDouble(cells[column]));
        }
    }

    @Test
    void everyCutoffFollowsADayWithTheReserveBelowZero() {
        assertFalse(CUTOFFS.isEmpty(), "the 2021-22 winter is short of reserve: expected at least one cut-off");
        for (JsonNode e : CUTOFFS) {
            if (e.get("state").asText().equals("start")) {
                LocalDate day = LocalDate.parse(e.get("date").asText());
                assertTrue(RESERVE.get(day.minusDays(1)) < 0, "cut off on " + day + " after a reserve of " + RESERVE.get(day.minusDays(1)));
            }
        }
    }

    @Test
    void everyCutoffLastsAtLeastFourteenDays() {
        for (int i = 0; i + 1 < CUTOFFS.size(); i += 2) {
            assertEquals("start", CUTOFFS.get(i).get("state").asText());
            assertEquals("end", CUTOFFS.get(i + 1).get("state").asText());
            long days = ChronoUnit.DAYS.between(LocalDate.parse(CUTOFFS.get(i).get("date").asText()),
                    LocalDate.parse(CUTOFFS.get(i + 1).get("date").asText()));
            assertTrue(days >= 14, "a cut-off of " + days + " days from " + CUTOFFS.get(i).get("date"));
        }
    }
}
