package io.steppe.agents;

import io.steppe.engine.Event;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.SteppeModule;
import io.steppe.engine.run.EngineModule;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The scenario the state-and-society tests vary: 2019-07 to 2022-06 with China's ban, white and gray
 * miners, the grid, citizens, the government and exchanges, at a coarse population scale for speed.
 * Each piece of YAML can be replaced to toggle one mechanism.
 */
public final class StateAndSocietyScenarios {
    /** Seeds every ensemble uses, so variants are compared on matched noise. */
    public static final int SEEDS = 5;

    private final PluginRegistry registry;
    private final ScenarioLoader loader;

    /** Scenarios over the built-in modules plus any test modules. */
    public StateAndSocietyScenarios(SteppeModule... extra) {
        List<SteppeModule> modules = new ArrayList<>(List.of(new EngineModule(), new MiningAndGridModule(), new StateAndSocietyModule()));
        modules.addAll(List.of(extra));
        registry = PluginRegistry.of(modules);
        loader = new ScenarioLoader(registry);
    }

    /** The loader, for tests of bad input. */
    public ScenarioLoader loader() {
        return loader;
    }

    /** Builder of one scenario's YAML. */
    public static final class Yaml {
        String householdsPerAgent = "1000";
        String citizens = "";
        String grid = "";
        String gray = "";
        String government = "";
        String policies = "";

        /** Replaces the citizens' extra fields (indented by 4). */
        public Yaml citizens(String fields) {
            citizens = fields;
            return this;
        }

        /** Replaces the grid's extra fields. */
        public Yaml grid(String fields) {
            grid = fields;
            return this;
        }

        /** Replaces the gray miners' extra fields. */
        public Yaml gray(String fields) {
            gray = fields;
            return this;
        }

        /** Replaces the government's extra fields. */
        public Yaml government(String fields) {
            government = fields;
            return this;
        }

        /** Sets the policies block (a YAML list). */
        public Yaml policies(String list) {
            policies = list;
            return this;
        }

        /** Sets the population scale. */
        public Yaml householdsPerAgent(double households) {
            householdsPerAgent = String.valueOf(households);
            return this;
        }

        /** The scenario text. */
        public String text() {
            return """
                    name: society
                    start: 2019-07-01
                    end: 2022-06-30
                    scale: {householdsPerAgent: %s}
                    agents:
                      - type: globalMining
                        jurisdictions:
                          - {name: China, powerPriceUsdPerKwh: 0.04, hostingWeight: 4.0, legalRiskPerYear: 0.02, banDate: 2021-05-21, shareOfGlobalHashAtBan: 0.46}
                          - {name: United States, powerPriceUsdPerKwh: 0.04, hostingWeight: 3.0, legalRiskPerYear: 0.01}
                          - {name: Russia, powerPriceUsdPerKwh: 0.04, hostingWeight: 1.0, legalRiskPerYear: 0.05, borderSeizureProb: 0.05}
                          - {name: Other, powerPriceUsdPerKwh: 0.05, hostingWeight: 2.0, legalRiskPerYear: 0.03}
                      - type: whiteMiners
                        initialCapacityMw: 250
                        corporateTaxPct: 0
                      - type: grayMiners
                    %s
                      - type: grid
                    %s
                      - type: citizens
                    %s
                      - type: government
                    %s
                      - type: exchanges
                    policies: %s
                    """.formatted(householdsPerAgent, gray, grid, citizens, government, policies.isEmpty() ? "[]" : "\n" + policies);
        }
    }

    /** Runs the scenario once per seed (1..SEEDS) and returns the worlds. */
    public List<SteppeWorld> ensemble(Yaml yaml) {
        return ensemble(yaml, SEEDS);
    }

    /** Runs the scenario once per seed (1..seeds) and returns the worlds, for tests that need a larger ensemble. */
    public List<SteppeWorld> ensemble(Yaml yaml, int seeds) {
        List<SteppeWorld> worlds = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            var s = loader.parse(yaml.text(), "society.yaml", false, null, List.of("seed=" + seed));
            worlds.add(Simulation.run(new LoadedScenario(s, "society.yaml", null), registry));
        }
        return worlds;
    }

    /** The mean of an outcome over an ensemble. */
    public static double mean(List<SteppeWorld> worlds, ToDoubleFunction<SteppeWorld> outcome) {
        return worlds.stream().mapToDouble(outcome).average().orElse(Double.NaN);
    }

    /** The mean of a metric between two dates (inclusive). */
    public static double meanMetric(SteppeWorld w, String metric, LocalDate from, LocalDate to) {
        int col = w.metrics().indexOf(metric);
        int a = (int) (from.toEpochDay() - w.scenario().start().toEpochDay());
        int b = (int) (to.toEpochDay() - w.scenario().start().toEpochDay());
        double sum = 0;
        for (int d = a; d <= b; d++) {
            double v = w.metrics().rows().get(d)[col];
            sum += Double.isNaN(v) ? 0 : v;
        }
        return sum / (b - a + 1);
    }

    /** Events of a type, optionally with {@code state: start}, between two dates (inclusive). */
    public static long count(SteppeWorld w, String type, boolean startsOnly, LocalDate from, LocalDate to) {
        return w.events().all().stream()
                .filter(e -> e.type().equals(type) && !e.date().isBefore(from) && !e.date().isAfter(to))
                .filter(e -> !startsOnly || "start".equals(e.details().get("state")))
                .count();
    }

    /** A numeric KPI. */
    public static double kpi(SteppeWorld w, String name) {
        return ((Number) w.kpis().all().get(name)).doubleValue();
    }

    /** A copy of the built-in household prices with the liquefied-gas price held at its level before the shock. */
    public static String householdPricesWithoutGasShock() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("src/main/resources/steppe/data/household_prices.csv")));
        lines.removeIf(line -> line.startsWith("2022-01-01,lpg_retail,"));
        Path file = Files.createTempFile("household-prices-no-shock", ".csv");
        Files.write(file, lines);
        file.toFile().deleteOnExit();
        return file.toAbsolutePath().toString();
    }

    /** Whether an event list contains a type. */
    public static boolean has(List<Event> events, String type) {
        return events.stream().anyMatch(e -> e.type().equals(type));
    }
}
