package io.steppe.campaigns.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.campaigns.CampaignSections;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.EngineModule;
import io.steppe.engine.scenario.PolicyEntry;
import io.steppe.engine.scenario.Scenario;
import io.steppe.engine.scenario.ScenarioLoader;
import io.steppe.engine.testing.TestPluginModule;
import io.steppe.engine.testing.TestPolicyModule;
import io.steppe.engine.testing.TestPolicySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign's seat is checked like the rest of the scenario, and a player's moves are checked
 * against it with the moves file's name, line and field path. The fixture policy {@code testFee}
 * sets the lever {@code testFeeKztPerKwh}; the fixture agent {@code randomWalk} computes the KPI
 * {@code testFinalPosition}.
 */
class SeatTest {
    private final ScenarioLoader loader = new ScenarioLoader(PluginRegistry.of(List.of(new EngineModule(), new TestPluginModule(),
            new TestPolicyModule(), new CampaignSections())));

    @TempDir
    Path dir;

    private static final String CAMPAIGN = """
            name: game
            start: 2020-01-01
            end: 2020-12-31
            agents:
              - type: randomWalk
            seat:
              title: Minister of Finance
              from: 2020-04-01
              levers: [testFeeKztPerKwh, testSwitch]
              maxPolicies: 2
            objectives:
              - {name: Far, kpi: testFinalPosition, goal: maximize, scale: 1000000, weight: 2}
            """;

    private Scenario campaign(String text) {
        return loader.parse(text, "game.yaml", false, null, List.of());
    }

    private List<Problem> campaignProblems(String text) {
        try {
            campaign(text);
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("expected the campaign to be rejected");
    }

    private Moves moves(String text, Scenario campaign) throws IOException {
        Path file = dir.resolve("moves.yaml");
        Files.writeString(file, text);
        return MovesReader.read(loader, file, campaign);
    }

    private List<Problem> moveProblems(String text, Scenario campaign) throws IOException {
        try {
            moves(text, campaign);
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("expected the moves to be rejected");
    }

    @Test
    void aSeatIsReadWithItsLeversAndTermAndAnObjectiveWithItsScale() {
        Scenario s = campaign(CAMPAIGN);
        assertThat(CampaignSections.seat(s).title()).isEqualTo("Minister of Finance");
        assertThat(CampaignSections.seat(s).from()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(CampaignSections.seat(s).until()).isNull();
        assertThat(CampaignSections.seat(s).levers()).containsExactly("testFeeKztPerKwh", "testSwitch");
        assertThat(CampaignSections.objectives(s).get(0).scale()).isEqualTo(1e6);
        assertThat(loader.toYaml(s)).contains("seat:\n  title: Minister of Finance\n  from: 2020-04-01\n");
    }

    @Test
    void anUnknownLeverInTheSeatIsAnErrorListingTheLevers() {
        List<Problem> p = campaignProblems(CAMPAIGN.replace("testSwitch]", "testCapMwned]"));
        assertThat(p).hasSize(1);
        assertThat(p.get(0).path()).isEqualTo("seat.levers[1]");
        assertThat(p.get(0).line()).isEqualTo(9);
        assertThat(p.get(0).message()).isEqualTo("unknown lever 'testCapMwned'; did you mean testCapMw? Valid levers: testCapMw, testFeeKztPerKwh,"
                + " testSwitch");
    }

    @Test
    void aSeatNeedsATitleLeversAndATermThatEndsAfterItStarts() {
        assertThat(CampaignSections.seat(campaign(CAMPAIGN.replace("from: 2020-04-01", "from: 2021-04-01"))).from())
                .as("a seat after the end is for playing to refuse: a shortened run stays valid").isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(campaignProblems(CAMPAIGN.replace("  maxPolicies: 2", "  until: 2020-03-01")))
                .extracting(Problem::path).containsExactly("seat.until");
        assertThat(campaignProblems(CAMPAIGN.replace("[testFeeKztPerKwh, testSwitch]", "[]")))
                .extracting(Problem::path).containsExactly("seat.levers");
        assertThat(campaignProblems(CAMPAIGN.replace("  title: Minister of Finance\n", "")))
                .extracting(Problem::path).containsExactly("seat.title");
        assertThat(campaignProblems(CAMPAIGN.replace("  maxPolicies: 2", "  seats: 2")).get(0).message())
                .contains("unknown field 'seats'").contains("brief, from, levers, maxPolicies, title, until");
    }

    @Test
    void scaleBelongsToDirectionsAndTargetToBounds() {
        assertThat(campaignProblems(CAMPAIGN.replace("goal: maximize, scale: 1000000", "goal: atLeast, target: 5, scale: 1000000")))
                .extracting(Problem::path).containsExactly("objectives[0].scale");
        assertThat(campaignProblems(CAMPAIGN.replace("scale: 1000000", "target: 1000000")))
                .extracting(Problem::path).containsExactly("objectives[0].target");
        assertThat(campaignProblems(CAMPAIGN.replace("scale: 1000000", "scale: 0")))
                .extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("objectives[0].scale", "must be > 0"));
    }

    @Test
    void movesWithinTheSeatAreReadAndPlacedInTheTerm() throws IOException {
        Scenario game = campaign(CAMPAIGN);
        Moves m = moves("""
                name: Team Red
                policies:
                  - type: testFee
                    rateKztPerKwh: 4
                  - {type: testFee, start: 2020-06-01, end: 2020-06-30}
                """, game);
        assertThat(m.name()).isEqualTo("Team Red");
        assertThat(m.policies().get(0).spec()).isEqualTo(new TestPolicySpec(4.0));
        List<PolicyEntry> placed = CampaignSections.seat(game).inTerm(m.policies());
        assertThat(placed.get(0).activation().start()).as("no start: from the day the seat is taken").isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(placed.get(0).activation().end()).as("no until in the seat: to the end").isNull();
        assertThat(placed.get(1).activation().start()).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(placed.get(1).activation().end()).isEqualTo(LocalDate.of(2020, 6, 30));
        Scenario played = game.withPolicies(placed);
        assertThat(played.policies()).isEqualTo(placed);
        assertThat(CampaignSections.seat(played)).isEqualTo(CampaignSections.seat(game));
    }

    @Test
    void aPolicySettingALeverOutsideTheSeatIsRejectedNamingTheSeatsLevers() throws IOException {
        Scenario game = campaign(CAMPAIGN.replace("[testFeeKztPerKwh, testSwitch]", "[testSwitch, testCapMw]"));
        List<Problem> p = moveProblems("policies:\n  - type: testFee\n", game);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).file()).endsWith("moves.yaml");
        assertThat(p.get(0).line()).isEqualTo(2);
        assertThat(p.get(0).path()).isEqualTo("policies[0].type");
        assertThat(p.get(0).message()).isEqualTo("testFee sets lever testFeeKztPerKwh, not one of the Minister of Finance's levers:"
                + " testSwitch, testCapMw");
    }

    @Test
    void aPolicyStartingBeforeTheSeatIsTakenIsRejected() throws IOException {
        List<Problem> p = moveProblems("policies:\n  - type: testFee\n    start: 2020-03-31\n", campaign(CAMPAIGN));
        assertThat(p).extracting(Problem::path, Problem::line).containsExactly(org.assertj.core.groups.Tuple.tuple("policies[0].start", 3));
        assertThat(p.get(0).message()).isEqualTo("2020-03-31 is before the Minister of Finance takes office (2020-04-01);"
                + " leave start out to start then");
    }

    @Test
    void aPolicyOutsideALimitedTermIsRejected() throws IOException {
        Scenario game = campaign(CAMPAIGN.replace("  maxPolicies: 2", "  until: 2020-09-30"));
        assertThat(moveProblems("policies:\n  - {type: testFee, end: 2020-10-01}\n", game))
                .extracting(Problem::path).containsExactly("policies[0].end");
        assertThat(moveProblems("policies:\n  - {type: testFee, start: 2020-10-01}\n", game))
                .extracting(Problem::path).containsExactly("policies[0].start");
        assertThat(moveProblems("policies:\n  - {type: testFee, end: 2020-03-01}\n", game))
                .extracting(Problem::path).containsExactly("policies[0].end");
        assertThat(CampaignSections.seat(game).inTerm(moves("policies:\n  - type: testFee\n", game).policies()).get(0).activation().end())
                .isEqualTo(LocalDate.of(2020, 9, 30));
    }

    @Test
    void aPlayerMayNotHandAPolicyToTheDoctrine() throws IOException {
        List<Problem> p = moveProblems("policies:\n  - type: testFee\n    control: doctrine\n", campaign(CAMPAIGN));
        assertThat(p).extracting(Problem::path).containsExactly("policies[0].control");
        assertThat(p.get(0).message()).contains("a player's policies are switched by their dates and triggers");
    }

    @Test
    void movesAreCheckedLikeScenarioPolicies() throws IOException {
        Scenario game = campaign(CAMPAIGN);
        List<Problem> unknownType = moveProblems("policies:\n  - type: fee\n", game);
        assertThat(unknownType.get(0).path()).isEqualTo("policies[0].type");
        assertThat(unknownType.get(0).message()).isEqualTo("unknown policy type 'fee'; valid policy types: testFee");
        assertThat(moveProblems("policies:\n  - {type: testFee, rateKztPerKwh: -1}\n", game))
                .extracting(Problem::path).containsExactly("policies[0].rateKztPerKwh");
        assertThat(moveProblems("policies:\n  - {type: testFee, when: nosuchMetric > 1}\n", game).get(0).message())
                .startsWith("unknown metric 'nosuchMetric'");
        assertThat(moveProblems("policies:\n  - {type: testFee, rate: 1}\n", game).get(0).message())
                .contains("unknown field 'rate'").contains("rateKztPerKwh").contains("start");
        assertThat(moveProblems("moves:\n  - type: testFee\n", game).get(0).message()).contains("unknown field 'moves'");
        assertThat(moveProblems("name: nothing\n", game)).extracting(Problem::path).containsExactly("policies");
    }

    @Test
    void aSeatLimitsTheNumberOfPolicies() throws IOException {
        List<Problem> p = moveProblems("policies:\n  - type: testFee\n  - type: testFee\n  - type: testFee\n", campaign(CAMPAIGN));
        assertThat(p).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("policies", "3 policies; the Minister of Finance may add at most 2"));
    }

    @Test
    void aCampaignWithoutASeatCannotBePlayed() {
        Scenario noSeat = campaign(CAMPAIGN.substring(0, CAMPAIGN.indexOf("seat:")));
        assertThatThrownBy(() -> moves("policies: []\n", noSeat)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("campaign 'game' has no seat, so there is nothing to play");
    }

    @Test
    void anEmptyMovesListPlaysTheBaseline() throws IOException {
        assertThat(moves("policies: []\n", campaign(CAMPAIGN)).policies()).isEmpty();
    }
}
