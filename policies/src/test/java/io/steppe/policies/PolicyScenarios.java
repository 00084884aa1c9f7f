package io.steppe.policies;

import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario policy tests add policies to: July 2020 to June 2022 (the boom after China's ban,
 * the winter crunch, the unrest), every built-in agent at a coarse population scale, and the
 * hands-off doctrine so that the government does not answer the policy under test with levers of
 * its own. Ensembles run {@link #SEEDS} matched seeds.
 */
public final class PolicyScenarios {
    /** Seeds of every ensemble. */
    public static final int SEEDS = 3;

    /** Every module on the test classpath: the engine, the agents and the policies. */
    public static final PluginRegistry REGISTRY = PluginRegistry.discover(PolicyScenarios.class.getClassLoader());

    private static final ScenarioLoader LOADER = new ScenarioLoader(REGISTRY);

    private PolicyScenarios() {
    }

    /** The base scenario with a YAML list of policies (each line indented by 2), or none. */
    public static String scenario(String policies) {
        return """
                name: policy-test
                start: 2020-07-01
                end: 2022-06-30
                seed: 1
                scale: {householdsPerAgent: 2000}
                agents:
                  - type: globalMining
                    jurisdictions:
                      - {name: China, powerPriceUsdPerKwh: 0.04, hostingWeight: 4.0, legalRiskPerYear: 0.02, banDate: 2021-05-21, shareOfGlobalHashAtBan: 0.46}
                      - {name: United States, powerPriceUsdPerKwh: 0.04, hostingWeight: 3.0, legalRiskPerYear: 0.01}
                      - {name: Russia, powerPriceUsdPerKwh: 0.04, hostingWeight: 1.0, legalRiskPerYear: 0.05, borderSeizureProb: 0.05}
                      - {name: Other, powerPriceUsdPerKwh: 0.05, hostingWeight: 2.0, legalRiskPerYear: 0.03}
                  - type: whiteMiners
                    initialCapacityMw: 300
                  - type: grayMiners
                  - type: grid
                  - type: citizens
                  - type: government
                    doctrine: {type: handsOff}
                  - type: exchanges
                policies:%s
                """.formatted(policies.isBlank() ? " []" : "\n" + policies.stripTrailing());
    }

    /** Runs the scenario with these policies once per seed, with optional {@code path=value} overrides. */
    public static List<SteppeWorld> ensemble(String policies, String... overrides) {
        List<SteppeWorld> worlds = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            List<String> all = new ArrayList<>(List.of(overrides));
            all.add("seed=" + seed);
            var s = LOADER.parse(scenario(policies), "policy-test.yaml", false, null, all);
            worlds.add(Simulation.run(new LoadedScenario(s, "policy-test.yaml", null), REGISTRY));
        }
        return worlds;
    }

    /** The ensemble mean of a metric's daily mean between two dates (inclusive). */
    public static double mean(List<SteppeWorld> worlds, String metric, String from, String to) {
        return worlds.stream().mapToDouble(w -> meanMetric(w, metric, LocalDate.parse(from), LocalDate.parse(to))).average().orElseThrow();
    }

    /** The ensemble mean of a metric's sum between two dates (inclusive). */
    public static double total(List<SteppeWorld> worlds, String metric, String from, String to) {
        return worlds.stream().mapToDouble(w -> meanMetric(w, metric, LocalDate.parse(from), LocalDate.parse(to))
                * (LocalDate.parse(to).toEpochDay() - LocalDate.parse(from).toEpochDay() + 1)).average().orElseThrow();
    }

    /** Events of a type with one detail equal to a value, over an ensemble. */
    public static long events(List<SteppeWorld> worlds, String type, String key, Object value) {
        return worlds.stream().mapToLong(w -> w.events().all().stream()
                .filter(e -> e.type().equals(type) && value.equals(e.details().get(key))).count()).sum();
    }

    /** Events of a type over an ensemble. */
    public static long events(List<SteppeWorld> worlds, String type) {
        return worlds.stream().mapToLong(w -> w.events().all().stream().filter(e -> e.type().equals(type)).count()).sum();
    }

    private static double meanMetric(SteppeWorld w, String metric, LocalDate from, LocalDate to) {
        int col = w.metrics().indexOf(metric);
        int a = (int) (from.toEpochDay() - w.scenario().start().toEpochDay());
        int b = (int) (to.toEpochDay() - w.scenario().start().toEpochDay());
        double sum = 0;
        int n = 0;
        for (int d = a; d <= b; d++) {
            double v = w.metrics().rows().get(d)[col];
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
