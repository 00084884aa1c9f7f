package io.steppe.campaigns.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steppe.campaigns.play.Moves;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Playing kazakhstan-2017 (its seat: the Minister of Energy from 2019-01-01) to mid-2022, through
 * the 2021 grid crunch. Cutting registered miners off the grid from the seat's date must lower the
 * energy the grid sheds and the fees and taxes miners pay, so the scores move that way against the
 * baseline with the same seeds.
 */
class PlayTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.discover(PlayTest.class.getClassLoader());
    private static final ScenarioLoader LOADER = new ScenarioLoader(REGISTRY);

    private static final String CAMPAIGN = """
            extends: kazakhstan-2017
            name: cutoff-test
            end: 2022-06-30
            objectives:
              - {name: Unserved energy, kpi: unservedEnergyMwh, goal: minimize, scale: 10000, weight: 2}
              - {name: Mining tax revenue, kpi: miningTaxRevenueUsd, goal: maximize, scale: 10000000}
              - {name: Fewer than 1000 blackout days, kpi: blackoutDays, goal: atMost, target: 1000}
            """;

    @TempDir
    Path dir;

    private static LoadedScenario campaign(String text) {
        return new LoadedScenario(LOADER.parse(text, "cutoff-test.yaml", false, null, List.of()), "cutoff-test.yaml", null);
    }

    private Moves moves(String text, LoadedScenario campaign) throws IOException {
        Path file = dir.resolve("moves.yaml");
        Files.writeString(file, text);
        return MovesReader.read(LOADER, file, campaign.scenario());
    }

    @Test
    void cuttingMinersOffFromTheSeatsDateLowersUnservedEnergyAndMiningRevenueAgainstTheBaseline() throws IOException {
        LoadedScenario game = campaign(CAMPAIGN);
        Score score = Play.play(game, moves("policies:\n  - type: minerCutoff\n", game), "cut", REGISTRY, 3, 2, done -> { });
        assertThat(score.policies()).hasSize(1);
        assertThat(score.policies().get(0).activation().start()).isEqualTo(LocalDate.of(2019, 1, 1));
        ObjectiveScore unserved = score.objectives().get(0);
        assertThat(unserved.playerQuantile(0.5)).isLessThan(unserved.baselineQuantile(0.5));
        assertThat(unserved.playerScore()).isGreaterThan(50);
        assertThat(unserved.baselineScore()).isEqualTo(50);
        ObjectiveScore revenue = score.objectives().get(1);
        for (int r = 0; r < 3; r++) {
            assertThat(revenue.player()[r]).as("revenue of run %d", r).isLessThan(revenue.baseline()[r]);
        }
        assertThat(revenue.playerScore()).isLessThan(50);
        ObjectiveScore blackouts = score.objectives().get(2);
        assertThat(blackouts.playerScore()).isEqualTo(100);
        assertThat(blackouts.baselineScore()).isEqualTo(100);
        assertThat(score.playerTotal()).isCloseTo((2 * unserved.playerScore() + revenue.playerScore() + 100) / 4, within(1e-9));
        assertThat(score.baselineTotal()).isCloseTo((2 * 50 + 50 + 100) / 4.0, within(1e-9));
    }

    @Test
    void noMovesScoreExactlyAsTheBaseline() throws IOException {
        LoadedScenario game = campaign(CAMPAIGN.replace("end: 2022-06-30", "end: 2019-03-31"));
        Score score = Play.play(game, moves("policies: []\n", game), "nobody", REGISTRY, 2, 1, done -> { });
        for (ObjectiveScore o : score.objectives()) {
            assertThat(o.player()).isEqualTo(o.baseline());
            assertThat(o.playerScore()).isEqualTo(o.baselineScore());
        }
        assertThat(score.runsAhead()).isZero();
    }

    @Test
    void theScoreDoesNotDependOnTheThreads() throws IOException {
        LoadedScenario game = campaign(CAMPAIGN.replace("end: 2022-06-30", "end: 2019-12-31"));
        Moves m = moves("policies:\n  - {type: minersShedFirst, start: 2019-03-01}\n", game);
        Score one = Play.play(game, m, "p", REGISTRY, 2, 1, done -> { });
        Score two = Play.play(game, m, "p", REGISTRY, 2, 2, done -> { });
        for (int o = 0; o < one.objectives().size(); o++) {
            assertThat(two.objectives().get(o).player()).isEqualTo(one.objectives().get(o).player());
            assertThat(two.objectives().get(o).baseline()).isEqualTo(one.objectives().get(o).baseline());
        }
        assertThat(two.playerRunTotals()).isEqualTo(one.playerRunTotals());
    }

    @Test
    void anObjectiveOnAnUnknownOrNonNumericKpiIsRefusedNamingTheObjective() throws IOException {
        String shortGame = CAMPAIGN.replace("end: 2022-06-30", "end: 2019-01-31");
        assertThatThrownBy(() -> campaign(shortGame.replace("kpi: blackoutDays", "kpi: blackouts")))
                .as("a KPI no population computes is refused when the campaign is read, before anything runs")
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    Problem p = e.problems().get(0);
                    assertThat(p.path()).isEqualTo("objectives[2].kpi");
                    assertThat(p.message()).startsWith("unknown KPI 'blackouts'; did you mean blackoutDays? Valid KPIs: ");
                });
        LoadedScenario dated = campaign(shortGame.replace("kpi: blackoutDays", "kpi: firstBlackoutDate"));
        assertThatThrownBy(() -> Play.play(dated, moves("policies: []\n", dated), "p", REGISTRY, 1, 1, done -> { }))
                .hasMessageContaining("objectives[2].kpi: KPI 'firstBlackoutDate' is not a number");
    }

    @Test
    void aSeatTakenAfterTheCampaignEndsCannotBePlayed() {
        assertThatThrownBy(() -> Play.checkPlayable(campaign(CAMPAIGN.replace("end: 2022-06-30", "end: 2018-12-31"))))
                .hasMessageContaining("cutoff-test.yaml: seat.from: 2019-01-01 is not within the scenario, 2017-01-01 to 2018-12-31");
    }

    @Test
    void aCampaignNeedsASeatAndObjectivesWithWeightToBePlayed() {
        String noSeat = """
                name: plain
                start: 2017-01-01
                end: 2017-01-31
                objectives:
                  - {name: x, kpi: meanHashpriceUsdPerPhDay, goal: minimize, weight: 0}
                """;
        assertThatThrownBy(() -> Play.checkPlayable(campaign(noSeat))).isInstanceOfSatisfying(ScenarioException.class, e ->
                assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("seat", "none: 'plain' has no seat for a player, so it cannot be played"),
                        org.assertj.core.groups.Tuple.tuple("objectives", "the weights sum to 0; give at least one a positive weight")));
    }
}
