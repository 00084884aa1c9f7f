package io.steppe.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.engine.testing.TestPluginModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SteppeCliTest {
    @TempDir
    Path tmp;

    private record Result(int exit, String out, String err) {
    }

    private static Result steppe(String... args) {
        CommandLine cli = SteppeCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static final String[] OUTPUTS = {"timeseries.csv", "events.jsonl", "summary.json", "manifest.json", "scenario.yaml"};

    @Test
    void runOfTheHistoricalCampaignWritesEveryOutputAndSaysWhere() throws IOException {
        Path out = tmp.resolve("run");
        Result r = steppe("run", "kazakhstan-2017", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        for (String file : OUTPUTS) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }
        assertThat(r.out()).contains("kazakhstan-2017, seed 1: 2017-01-01 to 2023-12-31 (2556 days)")
                .contains("Outputs in " + out);
        assertThat(Files.readAllLines(out.resolve("timeseries.csv"))).hasSize(2557)
                .first().asString().startsWith("date,btcPriceUsd,globalHashrateEhs");
    }

    @Test
    void resolvedScenarioReproducesTheRunByteForByte() throws IOException {
        Path first = tmp.resolve("first");
        assertThat(steppe("run", "kazakhstan-2017", "--out", first.toString(), "--seed", "9").exit()).isZero();
        Path second = tmp.resolve("second");
        Result r = steppe("run", first.resolve("scenario.yaml").toString(), "--out", second.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        for (String file : new String[] {"timeseries.csv", "events.jsonl", "summary.json", "scenario.yaml"}) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void existingOutputDirectoryIsRefusedUnlessForced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("taken"));
        Result refused = steppe("run", "kazakhstan-2017", "--out", out.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("exists").contains("--force");
        assertThat(out).isEmptyDirectory();
        assertThat(steppe("run", "kazakhstan-2017", "--out", out.toString(), "--force").exit()).isZero();
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void badScenarioExitsWithTwoNamingFileLineAndPathAndWritesNothing() throws IOException {
        Path scenario = tmp.resolve("bad.yaml");
        Files.writeString(scenario, """
                name: bad
                start: 2020-01-01
                end: 2020-12-31
                policies:
                  - type: miningFee
                    rateKztPerKwh: -1
                """);
        Path out = tmp.resolve("never");
        Result r = steppe("run", scenario.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(scenario + ":6: policies[0].rateKztPerKwh: must be ≥ 0").contains("nothing was written");
        assertThat(out).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.yaml");
        }
    }

    @Test
    void setOverridesGoThroughValidation() {
        Result r = steppe("check", "kazakhstan-2017", "--set", "policies[2].rateKztPerKwh=-2");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("policies[2].rateKztPerKwh: must be ≥ 0");
        assertThat(steppe("check", "kazakhstan-2017", "--set", "policies[2].rateKztPerKwh=2").exit()).isZero();
    }

    @Test
    void unknownCampaignListsTheCampaigns() {
        Result r = steppe("run", "kazakhstan-2071");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("campaigns: kazakhstan-2017");
    }

    @Test
    void validatePrintsTheTableWritesValidationJsonAndFailsWhenAFactFails() throws IOException {
        String scenario = """
                name: facts
                start: 2022-01-01
                end: 2022-01-06
                policies:
                  - {type: miningFee, rateKztPerKwh: 2, start: 2022-01-03, end: 2022-01-04}
                facts:
                  - {id: F1, name: fee reaches 2, metric: miningFeeKztPerKwh, stat: max, from: 2022-01-01, to: 2022-01-06, atLeast: 1.5, source: test}
                """;
        Path good = Files.writeString(tmp.resolve("good.yaml"), scenario);
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), scenario + "  - {id: F2, name: no fee, metric: miningFeeKztPerKwh, "
                + "stat: max, from: 2022-01-01, to: 2022-01-06, atMost: 1, source: test}\n");
        Result ok = steppe("validate", good.toString(), "--runs", "3", "--threads", "2", "--out", tmp.resolve("v1").toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).containsPattern("F1\\s+fee reaches 2\\s+\\[1.5, \\]\\s+2\\s+2 - 2\\s+100%\\s+80%\\s+PASS")
                .contains("1 of 1 facts pass over 3 runs");
        assertThat(ok.err()).contains("validate: 3/3 runs");
        String json = Files.readString(tmp.resolve("v1/validation.json"));
        assertThat(json).contains("\"passed\" : true").contains("\"shareInside\" : 1.0");
        Result failed = steppe("validate", bad.toString(), "--runs", "2", "--threads", "1", "--out", tmp.resolve("v2").toString());
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.out()).contains("FAIL").contains("1 of 2 facts pass over 2 runs");
    }

    @Test
    void compareSetsEachCampaignAgainstTheFirstOnMatchedSeeds() throws IOException {
        Path table = tmp.resolve("compare/table.md");
        Result r = steppe("compare", "kazakhstan-2017", "kz-legal-exchanges-2019", "--runs", "2", "--threads", "2",
                "--set", "end=2019-12-31", "--markdown", table.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("| outcome | unit | kazakhstan-2017 | kz-legal-exchanges-2019 |")
                .containsPattern("\\| Mined value retained at home \\| M USD \\| 0\\.0 \\| [0-9.,]+ \\[\\+[0-9.,]+; v0 \\^2\\] \\|")
                .contains("| First mass protest | date | none | none [n/a; v0 ^0] |")
                .contains("Medians over seeds 1-2 (2 runs per campaign, matched seeds)");
        assertThat(r.err()).contains("compare: kz-legal-exchanges-2019, 2 runs");
        assertThat(Files.readString(table)).isEqualTo(r.out());
    }

    @Test
    void listsCampaignsPoliciesWithUnitsAndDefaults() {
        assertThat(steppe("campaigns").out()).contains("kazakhstan-2017").contains("2017-01-01 to 2023-12-31");
        Result policies = steppe("policies");
        assertThat(policies.out()).contains("miningFee — Flat digital-mining fee")
                .containsPattern("rateKztPerKwh\\s+Double\\s+default 1.0\\s+\\[KZT/kWh\\]")
                .contains("purpose: energySecurity; levers: minerPeakSurchargeUsdPerKwh; reads: reserveMarginPct");
        assertThat(steppe("policies", "--markdown").out()).startsWith("# Policy reference");
        assertThat(steppe("--version").out()).startsWith("steppe ");
    }

    @Test
    void listsDoctrinesWithTheirParametersAndSources() {
        Result doctrines = steppe("doctrines");
        assertThat(doctrines.exit()).isZero();
        assertThat(doctrines.out()).contains("securityFirst — Default doctrine").contains("handsOff — Hands-off doctrine")
                .containsPattern("maxImportBoostMw\\s+Double\\s+default 400.0\\s+\\[MW\\]");
        assertThat(steppe("agents").out()).containsPattern("doctrine\\s+DoctrineSpec\\s+default securityFirst\\s");
    }

    @Test
    void theHistoricalRunTellsTheStoryFromAgentsNotDates() throws IOException {
        Path out = tmp.resolve("story");
        assertThat(steppe("run", "kazakhstan-2017", "--out", out.toString()).exit()).isZero();
        String events = Files.readString(out.resolve("events.jsonl"));
        for (String type : new String[] {"\"massProtest\"", "\"minerCutoff\"", "\"grayMineExposed\"", "\"seizure\"",
            "\"internetShutdown\"", "\"governmentResponse\"", "\"migration\""}) {
            assertThat(events).contains("\"type\":" + type);
        }
        String campaign = new String(SteppeCli.class.getResourceAsStream("/steppe/campaigns/kazakhstan-2017.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        // the facts at the end name outcomes to check; the inputs before them must not script any
        int facts = campaign.indexOf("\nvalidation:");
        String inputs = facts < 0 ? campaign : campaign.substring(0, facts);
        assertThat(inputs).contains("agents:").contains("policies:");
        assertThat(inputs).doesNotContain("massProtest").doesNotContain("minerCutoff").doesNotContain("seize").doesNotContain("facts:");
    }

    @Test
    void pluginJarsAddTypes() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plugins"));
        jarWithService(dir.resolve("walk.jar"), TestPluginModule.class.getName());
        assertThat(steppe("agents").out()).doesNotContain("randomWalk");
        Result r = steppe("agents", "--plugins", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("randomWalk — Test fixture");
    }

    @Test
    void pluginClaimingABuiltInNameStopsStartUpNamingBothModules() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plugins"));
        jarWithService(dir.resolve("dup.jar"), DuplicateFeeModule.class.getName());
        Result r = steppe("policies", "--plugins", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("policy type name 'miningFee' is registered by both")
                .contains(DuplicateFeeModule.class.getName()).contains("io.steppe.policies.fee.FeePoliciesModule");
    }

    private static void jarWithService(Path jar, String moduleClass) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/io.steppe.engine.plugin.SteppeModule"));
            out.write((moduleClass + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
