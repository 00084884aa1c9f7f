package io.steppe.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.steppe.campaigns.report.ReportHtml;
import io.steppe.engine.run.Seeds;
import io.steppe.engine.testing.TestPluginModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SteppeCliTest {
    @TempDir
    Path tmp;

    private static Cli.Result steppe(String... args) {
        return Cli.steppe(args);
    }

    private static final String[] OUTPUTS = {"timeseries.csv", "events.jsonl", "summary.json", "manifest.json", "scenario.yaml",
        "report.html"};

    /**
     * picocli formats descriptions as format strings; a bare percent sign makes it print a warning to
     * standard error and show the raw text, which the help of every command must not do.
     */
    @Test
    void everyCommandsHelpIsFormattedWithoutWarnings() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
            for (String command : SteppeCli.commandLine().getSubcommands().keySet()) {
                Cli.Result r = steppe(command, "--help");
                assertThat(r.exit()).as(command).isZero();
                assertThat(r.out()).as(command).doesNotContain("%n");
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    @Test
    void runOfTheHistoricalCampaignWritesEveryOutputAndSaysWhere() throws IOException {
        Path out = tmp.resolve("run");
        Cli.Result r = steppe("run", "kazakhstan-2017", "--out", out.toString());
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
    void classpathDataAPluginJarShipsIsFoundWithItsPlugins() throws IOException {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        byte[] rates;
        try (var in = SteppeCliTest.class.getClassLoader().getResourceAsStream("steppe/data/kzt_usd_annual.csv")) {
            rates = in.readAllBytes();
        }
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(plugins.resolve("data.jar")))) {
            jar.putNextEntry(new java.util.jar.JarEntry("steppe/data/plugin_rates.csv"));
            jar.write(rates);
            jar.closeEntry();
        }
        Path scenario = Files.writeString(tmp.resolve("rates.yaml"), """
                name: rates
                start: 2020-01-01
                end: 2020-01-31
                data: {kztPerUsd: classpath:steppe/data/plugin_rates.csv}
                """);
        Cli.Result without = steppe("check", scenario.toString());
        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err()).contains("data.kztPerUsd: no built-in data 'steppe/data/plugin_rates.csv'");
        Cli.Result with = steppe("run", scenario.toString(), "--plugins", plugins.toString(), "--out", tmp.resolve("out").toString());
        assertThat(with.exit()).as(with.err()).isZero();
    }

    @Test
    void resolvedScenarioReproducesTheRunByteForByte() throws IOException {
        Path first = tmp.resolve("first");
        assertThat(steppe("run", "kazakhstan-2017", "--out", first.toString(), "--seed", "9").exit()).isZero();
        Path second = tmp.resolve("second");
        Cli.Result r = steppe("run", first.resolve("scenario.yaml").toString(), "--out", second.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        for (String file : new String[] {"timeseries.csv", "events.jsonl", "summary.json", "scenario.yaml", "report.html"}) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void anEarlierRunIsReplacedOnlyWithForce() throws IOException {
        Path out = tmp.resolve("taken");
        assertThat(steppe("run", "kazakhstan-2017", "--out", out.toString(), "--set", "end=2017-03-31").exit()).isZero();
        Cli.Result refused = steppe("run", "kazakhstan-2017", "--out", out.toString(), "--set", "end=2017-06-30");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("exists").contains("--force");
        assertThat(Files.readAllLines(out.resolve("timeseries.csv"))).hasSize(91);
        assertThat(steppe("run", "kazakhstan-2017", "--out", out.toString(), "--set", "end=2017-06-30", "--force").exit()).isZero();
        assertThat(Files.readAllLines(out.resolve("timeseries.csv"))).hasSize(182);
    }

    @Test
    void forceNeverDeletesAFolderOfTheUsers() throws IOException {
        Path victim = Files.createDirectories(tmp.resolve("victim/sub")).getParent();
        Files.writeString(victim.resolve("thesis.tex"), "x");
        for (String command : new String[] {"run", "validate --runs 2", "batch --runs 2"}) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
            args.addAll(List.of("kazakhstan-2017", "--out", victim.toString(), "--force", "--set", "end=2017-01-31"));
            Cli.Result r = steppe(args.toArray(String[]::new));
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains("holds files Steppe did not write");
        }
        assertThat(victim.resolve("thesis.tex")).hasContent("x");
        assertThat(victim.resolve("sub")).isDirectory();
        assertThat(victim).isDirectoryNotContaining("glob:**/" + io.steppe.engine.run.OutputDirectory.MARKER);
    }

    @Test
    void theWorkingDirectoryIsNeverAnOutputDirectory() {
        Cli.Result r = steppe("run", "kazakhstan-2017", "--out", ".", "--force", "--set", "end=2017-01-31");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is the working directory; Steppe never writes into it");
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
        Cli.Result r = steppe("run", scenario.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(scenario + ":6: policies[0].rateKztPerKwh: must be ≥ 0").contains("nothing was written");
        assertThat(out).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.yaml");
        }
    }

    @Test
    void setOverridesGoThroughValidation() {
        Cli.Result r = steppe("check", "kazakhstan-2017", "--set", "policies[2].rateKztPerKwh=-2");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("policies[2].rateKztPerKwh: must be ≥ 0");
        assertThat(steppe("check", "kazakhstan-2017", "--set", "policies[2].rateKztPerKwh=2").exit()).isZero();
    }

    @Test
    void unknownCampaignListsTheCampaigns() {
        Cli.Result r = steppe("run", "kazakhstan-2071");
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
        Cli.Result ok = steppe("validate", good.toString(), "--runs", "3", "--threads", "2", "--out", tmp.resolve("v1").toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).containsPattern("F1\\s+fee reaches 2\\s+\\[1.5, \\]\\s+2\\s+2 - 2\\s+100%\\s+80%\\s+PASS")
                .contains("1 of 1 facts pass over 3 runs");
        assertThat(ok.err()).contains("validate: 3/3 runs");
        String json = Files.readString(tmp.resolve("v1/validation.json"));
        assertThat(json).contains("\"passed\" : true").contains("\"shareInside\" : 1.0");
        assertThat(ok.out()).contains("wrote " + tmp.resolve("v1/validation.json") + " and " + tmp.resolve("v1/report.html"));
        assertThat(ReportHtml.read(tmp.resolve("v1/report.html")).rowsAfter("Facts")).singleElement().asString()
                .startsWith("F1 | fee reaches 2 | [1.5, ]").endsWith("PASS");
        Cli.Result failed = steppe("validate", bad.toString(), "--runs", "2", "--threads", "1", "--out", tmp.resolve("v2").toString());
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.out()).contains("FAIL").contains("1 of 2 facts pass over 2 runs");
    }

    @Test
    void compareSetsEachCampaignAgainstTheFirstOnMatchedSeeds() throws IOException {
        Path table = tmp.resolve("compare/table.md");
        Cli.Result r = steppe("compare", "kazakhstan-2017", "kz-legal-exchanges-2019", "--runs", "2", "--threads", "2",
                "--set", "end=2019-12-31", "--markdown", table.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("| outcome | unit | kazakhstan-2017 | kz-legal-exchanges-2019 |")
                .containsPattern("\\| Mined value retained at home \\| M USD \\| 0\\.0 \\| [0-9.,]+ \\[\\+[0-9.,]+; v0 \\^2\\] \\|")
                .contains("| First mass protest | date | none | none [n/a; v0 ^0] |")
                .contains("Medians over 2 runs per campaign on matched seeds (base seed 1: " + Seeds.of(1, 0, 0) + ", " + Seeds.of(1, 0, 1) + ";");
        assertThat(r.err()).contains("compare: kz-legal-exchanges-2019, 2 runs");
        assertThat(Files.readString(table)).isEqualTo(r.out());
    }

    @Test
    void listsCampaignsPoliciesWithUnitsAndDefaults() {
        assertThat(steppe("campaigns").out()).contains("kazakhstan-2017").contains("2017-01-01 to 2023-12-31");
        Cli.Result policies = steppe("policies");
        assertThat(policies.out()).contains("miningFee — Flat digital-mining fee")
                .containsPattern("rateKztPerKwh\\s+Double\\s+default 1.0\\s+\\[KZT/kWh\\]")
                .contains("purpose: energySecurity; levers: minerPeakSurchargeUsdPerKwh; reads: reserveMarginPct");
        assertThat(steppe("policies", "--markdown").out()).startsWith("# Policy reference");
        assertThat(steppe("--version").out()).startsWith("steppe ");
    }

    @Test
    void listsDoctrinesWithTheirParametersAndSources() {
        Cli.Result doctrines = steppe("doctrines");
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
        // the player's seat and objectives (steppe play) and the facts at the end name levers and outcomes;
        // the inputs before them, all that a run reads, must not script any
        int end = campaign.length();
        for (String section : new String[] {"\nseat:", "\nobjectives:", "\nvalidation:"}) {
            end = campaign.contains(section) ? Math.min(end, campaign.indexOf(section)) : end;
        }
        String inputs = campaign.substring(0, end);
        assertThat(inputs).contains("agents:").contains("policies:");
        assertThat(inputs).doesNotContain("massProtest").doesNotContain("minerCutoff").doesNotContain("seize").doesNotContain("facts:");
        JsonNode markers = ReportHtml.read(out.resolve("report.html")).chart("Protest").get("markers");
        assertThat(markers.findValuesAsText("kind")).contains("massProtest", "minerCutoff", "rationing", "seizure", "internetShutdown",
                "policyOn", "policyOff", "ban");
        long seizureMonths = events.lines().filter(l -> l.contains("\"type\":\"seizure\"")).map(l -> l.substring(9, 16)).distinct().count();
        assertThat(markers.findValuesAsText("kind").stream().filter("seizure"::equals).count()).isEqualTo(seizureMonths);
    }

    /** Six weeks around the 2022 crunch with every agent but exchanges, a fee on for ten days. */
    private static final String SMALL = """
            name: small
            start: 2021-12-01
            end: 2022-01-15
            agents:
              - type: globalMining
              - type: whiteMiners
              - type: grayMiners
              - type: grid
              - type: citizens
              - type: government
            policies:
              - {type: miningFee, rateKztPerKwh: 2, start: 2021-12-10, end: 2021-12-20}
            """;

    /** The report section of kazakhstan-2017: the key charts and the events marked on them. */
    private static final String REPORT = """
            report:
              charts:
                - {title: "Kazakhstan's share of the global hash rate", metrics: [kzHashShare]}
                - title: "Mining load: registered (white), unregistered (gray), hosted and off-grid"
                  metrics: [miningLoadMw, whiteMiningLoadMw, grayMiningLoadMw, hostedMiningLoadMw, offGridMiningLoadMw]
                - title: "Mining load against available generating capacity and demand"
                  metrics: [availableCapacityMw, peakDemandMw, demandMw, importsMw, miningLoadMw]
                - {title: "Unserved energy and blackouts", metrics: [unservedEnergyMwh, householdUnservedMwh, blackoutRegionHours]}
                - {title: "Protest", metrics: [protestShare]}
              markers:
                starts: [massProtest, minerCutoff, rationing, internetShutdown]
                each: [policyOn, policyOff, ban]
                monthly: [seizure]
            """;

    @Test
    void runWritesASelfContainedReportWhoseSeriesAreTheRunsValuesWithItsEventsMarked() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("small.yaml"), SMALL + REPORT);
        Path out = tmp.resolve("small");
        Cli.Result r = steppe("run", scenario.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("report.html");
        ReportHtml report = ReportHtml.read(out.resolve("report.html"));
        assertThat(report.references()).isEmpty();
        assertThat(report.doc().selectFirst("script#report-library").data()).contains("var uPlot=");

        List<String> csv = Files.readAllLines(out.resolve("timeseries.csv"));
        List<String> columns = List.of(csv.get(0).split(",", -1));
        Map<String, List<String>> charted = new LinkedHashMap<>();
        charted.put("Kazakhstan's share of the global hash rate", List.of("kzHashShare"));
        charted.put("Mining load: registered (white), unregistered (gray), hosted and off-grid",
                List.of("miningLoadMw", "whiteMiningLoadMw", "grayMiningLoadMw", "hostedMiningLoadMw", "offGridMiningLoadMw"));
        charted.put("Mining load against available generating capacity and demand",
                List.of("availableCapacityMw", "peakDemandMw", "demandMw", "importsMw", "miningLoadMw"));
        charted.put("Unserved energy and blackouts", List.of("unservedEnergyMwh", "householdUnservedMwh", "blackoutRegionHours"));
        charted.put("Protest", List.of("protestShare"));
        assertThat(report.captions()).containsExactlyElementsOf(charted.keySet());
        charted.forEach((caption, metrics) -> {
            assertThat(report.seriesNames(caption)).containsExactlyElementsOf(metrics);
            for (String metric : metrics) {
                JsonNode values = report.series(caption, metric);
                assertThat(values).as(metric).hasSize(46);
                int col = columns.indexOf(metric);
                for (int d = 0; d < 46; d++) {
                    String cell = csv.get(d + 1).split(",", -1)[col];
                    assertThat(values.get(d).isNull() ? "" : values.get(d).decimalValue().toPlainString()).as(metric + " day " + d)
                            .isEqualTo(cell);
                }
            }
        });
        assertThat(csv.stream().skip(1).map(l -> l.split(",", -1)[columns.indexOf("kzHashShare")]).distinct()).hasSizeGreaterThan(2);

        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("events.jsonl"))) {
            String date = line.substring(9, 19);
            if (line.contains("\"type\":\"policyOn\"") || line.contains("\"type\":\"policyOff\"")
                    || line.contains("\"type\":\"rationing\"") && line.contains("\"state\":\"start\"")) {
                expected.add(date + " " + line.replaceAll(".*\"type\":\"(\\w+)\".*", "$1"));
            }
        }
        assertThat(expected).contains("2021-12-10 policyOn", "2021-12-21 policyOff");
        List<String> marked = new ArrayList<>();
        report.chart("Protest").get("markers").forEach(m ->
                marked.add(LocalDate.ofEpochDay(m.get("day").asLong()) + " " + m.get("kind").asText()));
        assertThat(marked).containsExactlyElementsOf(expected);
        assertThat(report.rowsAfter("KPIs")).contains("peakProtestParticipants | "
                + Files.readString(out.resolve("summary.json")).replaceAll("(?s).*\"peakProtestParticipants\" : ([0-9.]+).*", "$1"));

        Path again = tmp.resolve("again");
        assertThat(steppe("run", scenario.toString(), "--out", again.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(again.resolve("report.html"))).isEqualTo(Files.readAllBytes(out.resolve("report.html")));
    }

    @Test
    void withoutAReportSectionTheReportChartsEachPopulationsMetricsByUnit() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("plain.yaml"), SMALL);
        Path out = tmp.resolve("plain");
        assertThat(steppe("run", scenario.toString(), "--out", out.toString()).exit()).isZero();
        ReportHtml report = ReportHtml.read(out.resolve("report.html"));
        assertThat(report.captions()).contains("grid (MW)", "citizens (1)", "government (1)", "grayMiners (MW)");
        assertThat(report.seriesNames("grid (MW)")).startsWith("demandMw", "peakDemandMw", "availableCapacityMw", "importsMw");
        assertThat(report.seriesNames("government (1)")).containsExactly("elitesInfluence");
    }

    @Test
    void aReportSectionNamingAMetricNoAgentWritesIsRefused() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("bad-report.yaml"), SMALL + REPORT.replace("[protestShare]", "[protestShares]"));
        Cli.Result r = steppe("run", scenario.toString(), "--out", tmp.resolve("bad").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad-report.yaml:" + (SMALL.split("\n").length + 9)
                + ": report.charts[4].metrics[0]: unknown metric 'protestShares'; did you mean protestShare?");
        assertThat(tmp.resolve("bad")).doesNotExist();
    }

    @Test
    void pluginJarsAddTypes() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plugins"));
        jarWithService(dir.resolve("walk.jar"), TestPluginModule.class.getName());
        assertThat(steppe("agents").out()).doesNotContain("randomWalk");
        Cli.Result r = steppe("agents", "--plugins", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("randomWalk — Test fixture");
    }

    @Test
    void pluginClaimingABuiltInNameStopsStartUpNamingBothModules() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plugins"));
        jarWithService(dir.resolve("dup.jar"), DuplicateFeeModule.class.getName());
        Cli.Result r = steppe("policies", "--plugins", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("policy type name 'miningFee' is registered by both")
                .contains(DuplicateFeeModule.class.getName()).contains("io.steppe.policies.fee.FeePoliciesModule");
    }

    private static final String EXAMPLE_MOVES = Path.of("..", "..", "docs", "examples", "minister-interruptible.yaml").toString();

    @Test
    void playPrintsEachObjectiveBesideTheBaselineAndWritesTheSameScoreWhateverTheThreads() throws IOException {
        Path first = tmp.resolve("play1");
        Cli.Result r = steppe("play", "kazakhstan-2017", "--policies", EXAMPLE_MOVES, "--runs", "2", "--threads", "2", "--out", first.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("kazakhstan-2017: Interruptible miners as Minister of Energy from 2019-01-01; 2 runs each, the baseline on the same"
                        + " seeds (base seed 1: " + Seeds.of(1, 0, 0) + ", " + Seeds.of(1, 0, 1) + ")")
                .contains("interruptibleContracts (creditUsdPerMwh=50.0), from 2019-07-01")
                .containsPattern("No mass protest\\s+massProtestDays\\s+at most 0\\s+3\\s")
                .containsPattern("CO2 emitted\\s+emittedCo2Tonnes\\s+minimize /5 M\\s+1\\s")
                .containsPattern("total \\(weighted mean\\)\\s+\\d+\\.\\d\\s+\\d+\\.\\d")
                .contains("ahead of the baseline in").contains("wrote " + first.resolve("play.json"));
        assertThat(r.err()).contains("play: 2/4 runs (baseline)").contains("play: 4/4 runs (Interruptible miners)");
        String json = Files.readString(first.resolve("play.json"));
        assertThat(json).contains("\"player\" : \"Interruptible miners\"").contains("\"kpi\" : \"miningInvestmentUsd\"")
                .contains("\"seeds\" : [ " + Seeds.of(1, 0, 0) + ", " + Seeds.of(1, 0, 1) + " ]")
                .contains("\"runsAhead\"");
        assertThat(Files.readString(first.resolve("scenario.yaml"))).contains("- type: interruptibleContracts");
        Path second = tmp.resolve("play2");
        assertThat(steppe("play", "kazakhstan-2017", "--policies", EXAMPLE_MOVES, "--runs", "2", "--threads", "1",
                "--out", second.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(second.resolve("play.json"))).isEqualTo(Files.readAllBytes(first.resolve("play.json")));
        assertThat(Files.readAllBytes(second.resolve("scenario.yaml"))).isEqualTo(Files.readAllBytes(first.resolve("scenario.yaml")));
    }

    @Test
    void playShowTellsThePlayerTheSeatLeversPoliciesAndObjectives() {
        Cli.Result r = steppe("play", "kazakhstan-2017", "--show");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Seat: Minister of Energy, from 2019-01-01 to 2023-12-31 (the end of the campaign); at most 3 policies")
                .contains("Levers you may pull: minersShedFirst, minerCutoff,")
                .containsPattern("Mining tax revenue\\s+miningTaxRevenueUsd\\s+maximize\\s+50 M\\s+1")
                .contains("hubExpulsion (retroactiveTaxShare=1.0), when the government's doctrine seeks it");
        String usable = r.out().substring(r.out().indexOf("Policies that pull"), r.out().indexOf("Objectives:"));
        assertThat(usable).contains("\n  interruptibleContracts ").contains("\n  minerCutoff ")
                .doesNotContain("\n  miningBan ").doesNotContain("\n  miningFee ");
        assertThat(steppe("campaigns").out()).contains("[play as Minister of Energy from 2019-01-01]");
    }

    @Test
    void playRefusesMovesOutsideTheSeatNamingFileLineAndPath() throws IOException {
        Path moves = Files.writeString(tmp.resolve("ban.yaml"), "policies:\n  - type: miningBan\n    start: 2018-06-01\n");
        Cli.Result r = steppe("play", "kazakhstan-2017", "--policies", moves.toString(), "--out", tmp.resolve("p").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error: " + moves + ":2: policies[0].type: miningBan sets lever miningBan, not one of the"
                        + " Minister of Energy's levers: minersShedFirst, minerCutoff,")
                .contains("error: " + moves + ":3: policies[0].start: 2018-06-01 is before the Minister of Energy takes office (2019-01-01)")
                .contains("nothing was written");
        assertThat(tmp.resolve("p")).doesNotExist();
    }

    @Test
    void playWithoutMovesOrWithoutASeatSaysWhatToDo() throws IOException {
        Cli.Result noMoves = steppe("play", "kazakhstan-2017");
        assertThat(noMoves.exit()).isEqualTo(2);
        assertThat(noMoves.err()).contains("give your moves with --policies MOVES.yaml").contains("--show");
        Path plain = Files.writeString(tmp.resolve("plain.yaml"), "name: plain\nstart: 2020-01-01\nend: 2020-01-31\n");
        Cli.Result noSeat = steppe("play", plain.toString(), "--show");
        assertThat(noSeat.exit()).isEqualTo(2);
        assertThat(noSeat.err()).contains(plain + " has no seat for a player, so it cannot be played; campaigns with one: kazakhstan-2017");
        assertThat(steppe("play", "kazakhstan-2017", "--policies", EXAMPLE_MOVES, "--runs", "0").err())
                .contains("--runs must be at least 1");
    }

    private static void jarWithService(Path jar, String moduleClass) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/io.steppe.engine.plugin.SteppeModule"));
            out.write((moduleClass + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
