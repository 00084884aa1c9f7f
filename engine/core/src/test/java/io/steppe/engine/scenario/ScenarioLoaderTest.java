package io.steppe.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.market.DataSources;
import io.steppe.engine.testing.RandomWalkAgentSpec;
import io.steppe.engine.testing.TestPolicySpec;
import io.steppe.engine.testing.TestRegistry;
import io.steppe.engine.testing.TestSectionModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    private final ScenarioLoader loader = TestRegistry.loader();

    private static final String GOOD = """
            name: demo
            start: 2020-01-01
            end: 2020-12-31
            seed: 42
            agents:
              - type: randomWalk
                stepSize: 2.5
            policies:
              - type: testFee
                rateKztPerKwh: 3
                start: 2020-03-01
              - type: testFee
                when: btcPriceUsd > 10000 for 3 days
                until: btcPriceUsd < 9000
                minDays: 10
            """;

    private static final String WITHOUT_AGENTS = GOOD.replace("agents:\n  - type: randomWalk\n    stepSize: 2.5\n", "agents: []\n");

    private Scenario yaml(String text, String... sets) {
        return loader.parse(text, "demo.yaml", false, null, List.of(sets));
    }

    private List<Problem> problems(String text, String... sets) {
        try {
            yaml(text, sets);
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("expected the scenario to be rejected");
    }

    @Test
    void readsTypedAgentsAndPoliciesWithTheirActivation() {
        Scenario s = yaml(GOOD);
        assertThat(s.agents()).containsExactly(new RandomWalkAgentSpec(2.5));
        assertThat(s.policies()).hasSize(2);
        assertThat(s.policies().get(0).spec()).isEqualTo(new TestPolicySpec(3.0));
        assertThat(s.policies().get(0).activation().start()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(s.policies().get(1).activation().when().text()).isEqualTo("btcPriceUsd > 10000 for 3 days");
        assertThat(s.policies().get(1).activation().minDays()).isEqualTo(10);
    }

    @Test
    void fillsDefaultsForAbsentValues() {
        Scenario s = yaml("name: d\nstart: 2020-01-01\nend: 2020-01-31\npolicies:\n  - type: testFee\n");
        assertThat(s.seed()).isEqualTo(1L);
        assertThat(s.policies().get(0).spec()).isEqualTo(new TestPolicySpec(1.0));
        assertThat(s.data()).isEqualTo(DataSources.defaults());
    }

    @Test
    void resolvedYamlReadsBackToTheSameScenarioAndTheSameText() {
        Scenario s = yaml(GOOD);
        String once = loader.toYaml(s);
        Scenario again = yaml(once);
        assertThat(again).isEqualTo(s);
        assertThat(loader.toYaml(again)).isEqualTo(once);
    }

    @Test
    void jsonAndYamlShareOneSchema() {
        String json = """
                {"name": "demo", "start": "2020-01-01", "end": "2020-12-31", "seed": 42,
                 "agents": [{"type": "randomWalk", "stepSize": 2.5}],
                 "policies": [{"type": "testFee", "rateKztPerKwh": 3, "start": "2020-03-01"},
                              {"type": "testFee", "when": "btcPriceUsd > 10000 for 3 days",
                               "until": "btcPriceUsd < 9000", "minDays": 10}]}
                """;
        assertThat(loader.parse(json, "demo.json", true, null, List.of())).isEqualTo(yaml(GOOD));
    }

    @Test
    void unknownFieldIsAnErrorListingTheValidFieldsWithItsLine() {
        List<Problem> p = problems(GOOD.replace("rateKztPerKwh: 3", "rateKztPerKWh: 3"));
        assertThat(p).hasSize(1);
        assertThat(p.get(0).path()).isEqualTo("policies[0].rateKztPerKWh");
        assertThat(p.get(0).line()).isEqualTo(10);
        assertThat(p.get(0).message()).startsWith("unknown field 'rateKztPerKWh'; did you mean rateKztPerKwh? Valid fields: ")
                .contains("minDays").contains("when");
        assertThat(p.get(0).toString()).startsWith("demo.yaml:10: policies[0].rateKztPerKWh: ");
    }

    @Test
    void unknownTopLevelFieldListsTheScenarioFields() {
        List<Problem> p = problems(GOOD + "colour: blue\n");
        assertThat(p.get(0).path()).isEqualTo("colour");
        assertThat(p.get(0).message()).contains("valid fields: ").contains("agents").contains("notes").contains("extends")
                .doesNotContain("sections");
    }

    @Test
    void unknownTypeNameListsTheRegisteredTypes() {
        List<Problem> p = problems(GOOD.replace("type: randomWalk", "type: randomWalker"));
        assertThat(p.get(0).path()).isEqualTo("agents[0].type");
        assertThat(p.get(0).message()).isEqualTo("unknown agent type 'randomWalker'; did you mean randomWalk? Valid agent types: randomWalk");
        assertThat(p.get(0).line()).isEqualTo(6);
    }

    @Test
    void missingTypeIsNamed() {
        List<Problem> p = problems(GOOD.replace("  - type: randomWalk\n    stepSize", "  - stepSize"));
        assertThat(p.get(0).message()).startsWith("missing 'type'; valid agent types: randomWalk");
    }

    @Test
    void negativeRateReportsPathLineAndBound() {
        List<Problem> p = problems(GOOD.replace("rateKztPerKwh: 3", "rateKztPerKwh: -1"));
        assertThat(p).extracting(Problem::toString)
                .containsExactly("demo.yaml:10: policies[0].rateKztPerKwh: must be ≥ 0");
    }

    @Test
    void endBeforeStartIsRejected() {
        List<Problem> p = problems(GOOD.replace("end: 2020-12-31", "end: 2019-12-31"));
        assertThat(p).extracting(Problem::path).containsExactly("end");
        assertThat(p.get(0).message()).isEqualTo("must not be before start (2020-01-01)");
        assertThat(p.get(0).line()).isEqualTo(3);
    }

    @Test
    void badDateNamesTheExpectedFormat() {
        List<Problem> p = problems(GOOD.replace("start: 2020-03-01", "start: 2020-13-01"));
        assertThat(p.get(0).path()).isEqualTo("policies[0].start");
        assertThat(p.get(0).message()).contains("a date (YYYY-MM-DD)");
    }

    @Test
    void wrongScalarTypeIsNamed() {
        List<Problem> p = problems(GOOD.replace("stepSize: 2.5", "stepSize: fast"));
        assertThat(p.get(0).path()).isEqualTo("agents[0].stepSize");
        assertThat(p.get(0).message()).contains("a number");
    }

    @Test
    void triggerOnAnUnknownMetricListsTheMetrics() {
        List<Problem> p = problems(GOOD.replace("btcPriceUsd > 10000", "btcPrice > 10000"));
        assertThat(p.get(0).path()).isEqualTo("policies[1].when");
        assertThat(p.get(0).message()).startsWith("unknown metric 'btcPrice' in trigger 'btcPrice > 10000 for 3 days';"
                + " did you mean btcPriceUsd? Valid metrics: ").contains("hashpriceUsdPerPhDay");
    }

    @Test
    void malformedTriggerShowsTheExpectedForm() {
        List<Problem> p = problems(GOOD.replace("btcPriceUsd > 10000 for 3 days", "btcPriceUsd is high"));
        assertThat(p.get(0).path()).isEqualTo("policies[1].when");
        assertThat(p.get(0).message()).contains("expected 'metric op number [for N days]'");
    }

    @Test
    void untilWithoutWhenIsRejected() {
        List<Problem> p = problems(GOOD.replace("    when: btcPriceUsd > 10000 for 3 days\n", ""));
        assertThat(p).extracting(Problem::path).contains("policies[1].until", "policies[1].minDays");
    }

    @Test
    void collectsSeveralValidationProblemsInFileOrder() {
        List<Problem> p = problems(GOOD.replace("stepSize: 2.5", "stepSize: -2.5").replace("rateKztPerKwh: 3", "rateKztPerKwh: -3"));
        assertThat(p).extracting(Problem::path).containsExactly("agents[0].stepSize", "policies[0].rateKztPerKwh");
    }

    @Test
    void setOverridesAnyValueThroughTheSameValidation() {
        Scenario s = yaml(GOOD, "seed=7", "policies[0].rateKztPerKwh=5", "agents[0].stepSize=0.5");
        assertThat(s.seed()).isEqualTo(7L);
        assertThat(s.policies().get(0).spec()).isEqualTo(new TestPolicySpec(5.0));
        assertThat(s.agents().get(0)).isEqualTo(new RandomWalkAgentSpec(0.5));

        assertThat(problems(GOOD, "policies[0].rateKztPerKwh=-5"))
                .as("a bad value from --set is reported against --set, not the file's line")
                .extracting(Problem::toString).containsExactly("--set: policies[0].rateKztPerKwh: must be ≥ 0");
        assertThat(problems(GOOD, "policies[5].rateKztPerKwh=1").get(0).toString())
                .isEqualTo("--set: policies[5].rateKztPerKwh: no element [5]; 'policies' has 2 (0 testFee, 1 testFee)");
        assertThat(problems(GOOD, "sede=3").get(0).toString()).startsWith("--set: sede: unknown field 'sede'; did you mean seed?");
        assertThat(problems(GOOD, "agents[0].stepSyze=3").get(0).toString())
                .startsWith("--set: agents[0].stepSyze: unknown field 'stepSyze'; did you mean stepSize?");
        assertThat(problems(GOOD, "agent[0].stepSize=3").get(0).toString())
                .isEqualTo("--set: agent[0].stepSize: no list 'agent' to index; did you mean agents? Valid fields here: agents, end, name, policies,"
                        + " seed, start");
        assertThat(problems(GOOD, "seed").get(0).message()).contains("expected path=value");
    }

    @Test
    void plusAppendsToAListAndOnlyEndsAPath() {
        Scenario s = yaml(GOOD, "policies[+]={type: testFee, rateKztPerKwh: 8}");
        assertThat(s.policies()).hasSize(3);
        assertThat(s.policies().get(2).spec()).isEqualTo(new TestPolicySpec(8.0));
        assertThat(yaml(WITHOUT_AGENTS, "agents[+]={type: randomWalk, stepSize: 1}").agents()).containsExactly(new RandomWalkAgentSpec(1.0));
        assertThat(yaml(GOOD.substring(0, GOOD.indexOf("policies:")), "policies[+]={type: testFee, rateKztPerKwh: 1}").policies())
                .as("appending to a list the scenario does not have starts it").hasSize(1);
        assertThat(problems(GOOD, "policies[+].rateKztPerKwh=1").get(0).toString())
                .isEqualTo("--set: policies[+].rateKztPerKwh: '[+]' appends a value to a list, so it ends a path");
        assertThat(problems(GOOD, "seed[+]=1").get(0).toString()).isEqualTo("--set: seed[+]: 'seed' is not a list");
        assertThat(problems(GOOD, "policies[+]={type: testFe}").get(0).toString())
                .as("an appended entry is read like any other: its type name is checked")
                .startsWith("--set: policies[2].type: unknown");
    }

    @Test
    void invalidYamlReportsTheLine() {
        List<Problem> p = problems("name: demo\nstart: [2020\n");
        assertThat(p.get(0).message()).startsWith("not valid YAML");
        assertThat(p.get(0).line()).isGreaterThan(0);
    }

    @Test
    void duplicateKeysAreRejected() {
        List<Problem> p = problems(GOOD + "seed: 43\n");
        assertThat(p.get(0).message()).containsIgnoringCase("duplicate");
    }

    @Test
    void missingDataFileIsNamed() {
        List<Problem> p = problems(GOOD + "data:\n  btcMonthly: nowhere.csv\n");
        assertThat(p.get(0).path()).isEqualTo("data.btcMonthly");
        assertThat(p.get(0).message()).startsWith("file not found");
    }

    @Test
    void aSectionIsReadIntoItsTypeValidatedAndCheckedWithItsPath() {
        Scenario s = yaml(GOOD + "notes:\n  - {text: fine, metric: testWalk}\n");
        assertThat(s.section("notes", List.class)).containsExactly(new TestSectionModule.Note("fine", "testWalk"));
        assertThat(loader.toYaml(s)).endsWith("notes:\n- text: fine\n  metric: testWalk\n");
        List<Problem> p = problems(GOOD + "notes:\n  - {text: '', metric: testWallk}\n  - {txt: x}\n");
        assertThat(p).extracting(Problem::path).containsExactly("notes[1].txt");
        p = problems(GOOD + "notes:\n  - {text: '', metric: testWallk}\n");
        assertThat(p).extracting(Problem::path).containsExactlyInAnyOrder("notes[0].metric", "notes[0].text");
        assertThat(p).filteredOn(x -> x.path().endsWith("metric")).first().extracting(Problem::message).isEqualTo("unknown metric 'testWallk'; did you mean testWalk? Valid metrics: "
                + String.join(", ", new java.util.TreeSet<>(loader.vocabulary().available(List.of(new RandomWalkAgentSpec(1.0).declaration()))
                .metrics())));
    }

    @Test
    void fileWithUnknownExtensionIsRefused() {
        assertThatThrownBy(() -> loader.load(java.nio.file.Path.of("scenario.txt"), List.of()))
                .isInstanceOf(ScenarioException.class).hasMessageContaining(".yaml, .yml or .json");
    }

    @Test
    void aVariantExtendsItsBaseAddsPoliciesAndSetsPathsButDropsTheSectionsNotInherited(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("base.yaml"), GOOD + """
                notes:
                  - {text: a note the variant does not inherit, metric: testWalk}
                """);
        java.nio.file.Files.writeString(dir.resolve("variant.yaml"), """
                extends: base.yaml
                name: variant
                set:
                  agents[0].stepSize: 4
                  policies[0].start: 2020-06-01
                addPolicies:
                  - {type: testFee, rateKztPerKwh: 9, start: 2020-09-01}
                """);
        Scenario s = loader.load(dir.resolve("variant.yaml"), List.of()).scenario();
        assertThat(s.name()).isEqualTo("variant");
        assertThat(s.seed()).isEqualTo(42L);
        assertThat(s.agents()).containsExactly(new RandomWalkAgentSpec(4.0));
        assertThat(s.policies()).hasSize(3);
        assertThat(s.policies().get(0).activation().start()).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(s.policies().get(2).spec()).isEqualTo(new TestPolicySpec(9.0));
        assertThat(s.sections()).doesNotContainKey("notes");
        assertThat(loader.load(dir.resolve("base.yaml"), List.of()).scenario().section("notes", List.class)).hasSize(1);
    }

    @Test
    void aVariantAddsAgentsAfterItsBasesAndAppendsWithPlus(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("base.yaml"), WITHOUT_AGENTS);
        java.nio.file.Files.writeString(dir.resolve("variant.yaml"), """
                extends: base.yaml
                name: variant
                addAgents:
                  - {type: randomWalk, stepSize: 7}
                set:
                  policies[+]: {type: testFee, rateKztPerKwh: 6}
                """);
        Scenario s = loader.load(dir.resolve("variant.yaml"), List.of()).scenario();
        assertThat(s.agents()).containsExactly(new RandomWalkAgentSpec(7.0));
        assertThat(s.policies()).hasSize(3);
        assertThat(s.policies().get(2).spec()).isEqualTo(new TestPolicySpec(6.0));
        java.nio.file.Files.writeString(dir.resolve("bad.yaml"), "extends: base.yaml\nname: bad\naddAgents:\n  - {type: randomWalkk}\n");
        assertThatThrownBy(() -> loader.load(dir.resolve("bad.yaml"), List.of())).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("did you mean randomWalk?");
        java.nio.file.Files.writeString(dir.resolve("worse.yaml"), "extends: base.yaml\nname: worse\naddPolicies:\n  - type: testFee\n"
                + "    rateKztPerKwh: -1\n");
        assertThatThrownBy(() -> loader.load(dir.resolve("worse.yaml"), List.of())).isInstanceOf(ScenarioException.class)
                .as("an appended entry is reported where the variant wrote it, not at its index in the merged list")
                .extracting(e -> ((ScenarioException) e).problems().get(0).toString())
                .isEqualTo(dir.resolve("worse.yaml") + ":5: addPolicies[0].rateKztPerKwh: must be ≥ 0");
        java.nio.file.Files.writeString(dir.resolve("set.yaml"), "extends: base.yaml\nname: set\nset:\n  seed: 3\n"
                + "  policies[0].rateKztPerKwh: -2\n");
        assertThatThrownBy(() -> loader.load(dir.resolve("set.yaml"), List.of())).isInstanceOf(ScenarioException.class)
                .as("a value set by a variant is reported at its key under set")
                .extracting(e -> ((ScenarioException) e).problems().get(0).toString())
                .isEqualTo(dir.resolve("set.yaml") + ":5: set.policies[0].rateKztPerKwh: must be ≥ 0");
    }

    @Test
    void aProblemIsReportedInTheFileAndAtTheLineWhereItWasWritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("base.yaml"), GOOD.replace("stepSize: 2.5", "stepSize: -2.5"));
        java.nio.file.Files.writeString(dir.resolve("middle.yaml"), "extends: base.yaml\nname: middle\n");
        java.nio.file.Files.writeString(dir.resolve("top.yaml"), "extends: middle.yaml\nname: top\nset:\n  seed: 3\n  agents[4].stepSize: 1\n");
        assertThat(problemsOf(dir.resolve("middle.yaml"))).as("a problem inherited from the base is the base's, at its line")
                .containsExactly(dir.resolve("base.yaml") + ":7: agents[0].stepSize: must be > 0");
        assertThat(problemsOf(dir.resolve("top.yaml"))).as("a bad set path is the variant's, at the line of its key")
                .containsExactly(dir.resolve("top.yaml") + ":5: set.agents[4].stepSize: no element [4]; 'agents' has 1 (0 randomWalk)");
        java.nio.file.Files.writeString(dir.resolve("fixed.yaml"), "extends: base.yaml\nname: fixed\nagents:\n  - type: randomWalk\n"
                + "    stepSize: -1\n");
        assertThat(problemsOf(dir.resolve("fixed.yaml"))).as("a list the variant replaces is the variant's")
                .containsExactly(dir.resolve("fixed.yaml") + ":5: agents[0].stepSize: must be > 0");
    }

    private List<String> problemsOf(java.nio.file.Path file) {
        try {
            loader.load(file, List.of());
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected " + file + " to be refused");
    }

    @Test
    void aVariantWithoutItsOwnNameOrWithABadPathIsRejected(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("base.yaml"), GOOD);
        java.nio.file.Files.writeString(dir.resolve("a.yaml"), "extends: base.yaml\nstart: 2020-02-01\n");
        java.nio.file.Files.writeString(dir.resolve("b.yaml"), "extends: base.yaml\nname: b\nset:\n  agents[3].stepSize: 1\n");
        java.nio.file.Files.writeString(dir.resolve("c.yaml"), "extends: c.yaml\nname: c\n");
        java.nio.file.Files.writeString(dir.resolve("d.yaml"), GOOD + "addPolicies: []\n");
        assertThatThrownBy(() -> loader.load(dir.resolve("a.yaml"), List.of())).hasMessageContaining("needs its own name");
        assertThatThrownBy(() -> loader.load(dir.resolve("b.yaml"), List.of())).hasMessageContaining("set.agents[3].stepSize")
                .hasMessageContaining("no element [3]");
        assertThatThrownBy(() -> loader.load(dir.resolve("c.yaml"), List.of())).hasMessageContaining("circular");
        assertThatThrownBy(() -> loader.load(dir.resolve("d.yaml"), List.of())).hasMessageContaining("only a scenario that 'extends'");
    }
}
