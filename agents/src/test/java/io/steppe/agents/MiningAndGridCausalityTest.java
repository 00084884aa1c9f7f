package io.steppe.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.engine.Event;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.EngineModule;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Each link of the mining-and-grid story is causal: toggling it in a scenario changes the outcome
 * in the direction the mechanism implies. Every comparison is over the same five seeds (1..5), so
 * weather-like outage noise is matched, and states its tolerance.
 */
class MiningAndGridCausalityTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.of(List.of(new EngineModule(), new MiningAndGridModule()));
    private static final ScenarioLoader LOADER = new ScenarioLoader(REGISTRY);
    private static final int SEEDS = 5;

    private static String scenario(String china, String miners, String grid) {
        return scenario(china, miners, grid, "");
    }

    private static String scenario(String china, String miners, String grid, String data) {
        return """
                name: causal
                start: 2019-01-01
                end: 2022-06-30
                %s
                agents:
                  - type: globalMining
                    jurisdictions:
                      - {name: China, powerPriceUsdPerKwh: 0.04, hostingWeight: 4.0, legalRiskPerYear: 0.02%s}
                      - {name: United States, powerPriceUsdPerKwh: 0.04, hostingWeight: 3.0, legalRiskPerYear: 0.01}
                      - {name: Russia, powerPriceUsdPerKwh: 0.04, hostingWeight: 1.0, legalRiskPerYear: 0.05, borderSeizureProb: 0.05}
                %s
                  - type: grid
                %s
                """.formatted(data, china, miners, grid);
    }

    private static final String BAN = ", banDate: 2021-05-21, shareOfGlobalHashAtBan: 0.46";
    /**
     * Miners without corporate income tax: most firms of the boom were Astana Hub members and paid
     * none (the hub's break is a policy, which these agent-only scenarios do not load).
     */
    private static final String MINERS = "  - type: whiteMiners\n    initialCapacityMw: 150\n    corporateTaxPct: 0";

    private static double mean(String yaml, ToDoubleFunction<SteppeWorld> outcome) {
        return mean(yaml, List.of(), outcome);
    }

    /** The mean outcome over seeds 1..SEEDS, with {@code --set}-style overrides on top of the seed. */
    private static double mean(String yaml, List<String> overrides, ToDoubleFunction<SteppeWorld> outcome) {
        double sum = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            List<String> sets = new java.util.ArrayList<>(overrides);
            sets.add("seed=" + seed);
            var s = LOADER.parse(yaml, "causal.yaml", false, null, sets);
            sum += outcome.applyAsDouble(Simulation.run(new LoadedScenario(s, "causal.yaml", null), REGISTRY));
        }
        return sum / SEEDS;
    }

    private static double meanMetric(SteppeWorld w, String metric, LocalDate from, LocalDate to) {
        return StateAndSocietyScenarios.meanMetric(w, metric, from, to);
    }

    private static double totalUnserved(SteppeWorld w) {
        return (double) w.kpis().all().get("unservedEnergyMwh");
    }

    /**
     * Without the ban, the counterfactual input also lacks the ban's crash and recovery of the global
     * hash rate: May-December 2021 are replaced by a straight line from April 2021 to January 2022.
     */
    private static String noBanData() throws java.io.IOException {
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("../engine/core/src/main/resources/steppe/data/btc_monthly_2017_2023.csv")));
        int april = -1;
        int january = -1;
        for (int i = 0; i < lines.size(); i++) {
            april = lines.get(i).startsWith("2021-04,") ? i : april;
            january = lines.get(i).startsWith("2022-01,") ? i : january;
        }
        double from = Double.parseDouble(lines.get(april).split(",")[5]);
        double to = Double.parseDouble(lines.get(january).split(",")[5]);
        for (int i = april + 1; i < january; i++) {
            String[] cells = lines.get(i).split(",", -1);
            cells[5] = String.valueOf(from + (to - from) * (i - april) / (january - april));
            lines.set(i, String.join(",", cells));
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("btc-no-ban", ".csv");
        java.nio.file.Files.write(file, lines);
        file.toFile().deleteOnExit();
        return "data:\n  btcMonthly: " + file.toAbsolutePath();
    }

    @Test
    void withoutChinasBanTheKazakhSurgeIsSmaller() throws java.io.IOException {
        ToDoubleFunction<SteppeWorld> lateSummerShare = w -> meanMetric(w, "miningLoadMw", LocalDate.of(2021, 7, 1), LocalDate.of(2021, 11, 30));
        double withBan = mean(scenario(BAN, MINERS, ""), lateSummerShare);
        double noBan = mean(scenario("", MINERS, "", noBanData()), lateSummerShare);
        assertThat(noBan).as("mining MW without ban vs with ban %s", withBan).isLessThan(withBan * 0.92);
    }

    /** The operator's rationing is switched off so the test sees mining load itself, not the response to it. */
    @Test
    void withoutMinersThereIsNoMiningDrivenShortfall() {
        String noRationing = "    rationingStep: 0";
        double withMiners = mean(scenario(BAN, MINERS, noRationing), MiningAndGridCausalityTest::totalUnserved);
        double noMiners = mean(scenario(BAN, "", noRationing), MiningAndGridCausalityTest::totalUnserved);
        assertThat(withMiners).isGreaterThan(0);
        assertThat(noMiners).as("unserved MWh without miners vs with %s", withMiners).isLessThan(withMiners * 0.5);
    }

    /**
     * Extra capacity is spread like installed capacity, mostly in the north; shortfalls from unit
     * trips behind the central-south line remain, hence a 30% (not 50%) reduction is required.
     */
    @Test
    void moreGeneratingCapacityMeansLessUnservedEnergy() {
        double base = mean(scenario(BAN, MINERS, ""), MiningAndGridCausalityTest::totalUnserved);
        double more = mean(scenario(BAN, MINERS, "    extraAvailableMw: 1500"), MiningAndGridCausalityTest::totalUnserved);
        assertThat(base).isGreaterThan(0);
        assertThat(more).as("unserved with +1.5 GW %s vs base %s", more, base).isLessThan(base * 0.7);
    }

    /**
     * With a reserve target the operator contracts imports for the day ahead whenever domestic
     * generation is within the target of its planned peak, not only when dispatch falls short: in
     * the winter of 2020/21 (a thin reserve, few shortfalls) it imports hundreds of MW more on
     * average, and the contracted power sheds no more load than imports on demand do.
     */
    @Test
    void aReserveTargetBuysImportsBeforeAnyShortfall() {
        ToDoubleFunction<SteppeWorld> winterImports = w -> meanMetric(w, "importsMw", LocalDate.of(2020, 12, 1), LocalDate.of(2021, 2, 28));
        double onDemand = mean(scenario(BAN, MINERS, ""), winterImports);
        double contracted = mean(scenario(BAN, MINERS, "    importReserveTargetPct: 12"), winterImports);
        assertThat(contracted).as("winter imports with a 12%% reserve target vs on demand only %s", onDemand).isGreaterThan(onDemand + 200);
        double shedOnDemand = mean(scenario(BAN, MINERS, ""), MiningAndGridCausalityTest::totalUnserved);
        double shedContracted = mean(scenario(BAN, MINERS, "    importReserveTargetPct: 12"), MiningAndGridCausalityTest::totalUnserved);
        assertThat(shedContracted).as("unserved MWh with contracted imports vs on demand %s", shedOnDemand).isLessThanOrEqualTo(shedOnDemand * 1.001);
    }

    /**
     * An intake limit holds Kazakhstan's hosting clients back while the industry is small: the
     * 2019-2020 mining load is lower than without it. Clients who wait are let in as the limit grows
     * with the load taken on; when every client beyond the limit gives up instead, the load stays
     * lower still once the limit has caught up (mid-2021 on).
     */
    @Test
    void anIntakeLimitHoldsHostingClientsBackAndTheWaitingOnesComeInLater() {
        ToDoubleFunction<SteppeWorld> early = w -> meanMetric(w, "hostedMiningLoadMw", LocalDate.of(2019, 7, 1), LocalDate.of(2020, 12, 31));
        ToDoubleFunction<SteppeWorld> late = w -> meanMetric(w, "hostedMiningLoadMw", LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31));
        String yaml = scenario(BAN, MINERS, "");
        double free = mean(yaml, List.of(), early);
        double held = mean(yaml, List.of("agents[0].kzIntakeGrowthPerMonth=0.01", "agents[0].kzIntakeFloorMwPerMonth=0"), early);
        assertThat(held).as("2019-20 hosted load with an intake limit vs without %s", free).isLessThan(free * 0.8);
        List<String> limit = List.of("agents[0].kzIntakeGrowthPerMonth=0.03", "agents[0].kzIntakeFloorMwPerMonth=0");
        double waited = mean(yaml, limit, late);
        List<String> gaveUpSets = new java.util.ArrayList<>(limit);
        gaveUpSets.add("agents[0].kzWaitingAttritionPerMonth=1");
        double gaveUp = mean(yaml, gaveUpSets, late);
        assertThat(gaveUp).as("late-2021 hosted load when clients beyond the limit give up vs wait %s", waited).isLessThan(waited * 0.95);
    }

    @Test
    void aHigherMiningTariffMeansLessMiningLoad() {
        ToDoubleFunction<SteppeWorld> load2021 = w -> meanMetric(w, "miningLoadMw", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 11, 30));
        double cheap = mean(scenario(BAN, MINERS, ""), load2021);
        double dear = mean(scenario(BAN, MINERS + "\n    tariffMinUsdPerKwh: 0.07\n    tariffMaxUsdPerKwh: 0.08", ""), load2021);
        assertThat(dear).as("load at 7-8 c/kWh vs at 3-4.3 c/kWh %s", cheap).isLessThan(cheap * 0.7);
    }

    @Test
    void kazakhShareIsKazakhHashRateOverTheGlobalSeries() {
        var s = LOADER.parse(scenario(BAN, MINERS, ""), "causal.yaml", false, null, List.of());
        SteppeWorld w = Simulation.run(new LoadedScenario(s, "causal.yaml", null), REGISTRY);
        int share = w.metrics().indexOf("kzHashShare");
        int kz = w.metrics().indexOf("kzHashrateEhs");
        int global = w.metrics().indexOf("globalHashrateEhs");
        for (double[] row : w.metrics().rows()) {
            assertThat(row[share]).isCloseTo(row[kz] / row[global], org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    @Test
    void rationingStartsOnlyWhenTheOperatorSeesAShortReserveOrShedsLoad() {
        var s = LOADER.parse(scenario(BAN, MINERS, ""), "causal.yaml", false, null, List.of());
        SteppeWorld w = Simulation.run(new LoadedScenario(s, "causal.yaml", null), REGISTRY);
        List<Event> starts = w.events().all().stream()
                .filter(e -> e.type().equals("rationing") && "start".equals(e.details().get("state"))).toList();
        assertThat(starts).isNotEmpty();
        for (Event e : starts) {
            boolean shed = (Boolean) e.details().get("loadShedToday");
            double reserve = (Double) e.details().get("plannedReserveMarginPct");
            assertThat(shed || reserve < 5.0).as(e.toString()).isTrue();
        }
    }

    /**
     * Rationing by block: in a tight winter the operator limits registered miners in the blocks whose
     * planned reserve is short, the evening peak first, and lets them run at night and by day, so
     * they draw far more energy over the winter than under whole-day rationing; the blocks with room
     * stay unrationed when rationing starts.
     */
    @Test
    void rationingByBlockLimitsMinersAtThePeakAndLetsThemRunTheRestOfTheDay() {
        String tight = "    winterMonths: [10, 11, 12, 1, 2, 3]\n    winterOutagePct: 20";
        ToDoubleFunction<SteppeWorld> winterLoad = w -> meanMetric(w, "whiteMiningLoadMw", LocalDate.of(2021, 11, 1), LocalDate.of(2022, 2, 28));
        double wholeDay = mean(scenario(BAN, MINERS, tight), winterLoad);
        double byBlock = mean(scenario(BAN, MINERS, tight + "\n    rationingByBlock: true"), winterLoad);
        assertThat(byBlock).as("registered load over the winter, rationed by block vs the whole day %s", wholeDay).isGreaterThan(wholeDay * 1.3);

        var s = LOADER.parse(scenario(BAN, MINERS, tight + "\n    rationingByBlock: true"), "causal.yaml", false, null, List.of());
        SteppeWorld w = Simulation.run(new LoadedScenario(s, "causal.yaml", null), REGISTRY);
        List<Event> starts = w.events().all().stream()
                .filter(e -> e.type().equals("rationing") && "start".equals(e.details().get("state"))).toList();
        assertThat(starts).isNotEmpty();
        for (Event e : starts) {
            assertThat((Double) e.details().get("peakShare")).as(e.toString()).isLessThan(1.0);
            assertThat((Double) e.details().get("nightShare")).as(e.toString()).isEqualTo(1.0);
        }
    }
}
