package io.steppe.campaigns.cli;

import io.steppe.campaigns.Campaigns;
import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import io.steppe.engine.SteppeWorld;
import io.steppe.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe bench}: simulated days per second and the time of one full run, on one thread. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark one thread: time per full run and simulated days per second (market data loaded once), optionally at several population scales.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = "kazakhstan-2017", paramLabel = "CAMPAIGN|FILE")
    String target;

    @Option(names = "--runs", defaultValue = "20", description = "Measured runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up runs, not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--citizens", split = ",", paramLabel = "N",
            description = "Also time runs with about N citizen agents each (sets scale.householdsPerAgent), e.g. 20000,200000.")
    List<Integer> citizens = new ArrayList<>();

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PluginRegistry registry = common.registry();
        ScenarioLoader loader = new ScenarioLoader(registry);
        LoadedScenario loaded = Campaigns.load(loader, target, common.sets);
        var s = loaded.scenario();
        MarketData market = MarketData.load(s.data(), s.start(), s.end(), loaded.baseDir());
        var out = spec.commandLine().getOut();
        out.printf("%s: %d days per run, %d measured runs after %d warm-up, 1 thread%n", s.name(), s.days(), runs, warmup);
        out.printf("%-28s %12s %10s %10s %10s %10s %12s%n", "configuration", "citizens", "mean s", "median s", "min s", "max s", "days/s");
        SteppeWorld probe = measure(out, "as given", s, market, registry);
        Object agents = probe.kpis().all().get("citizenAgents");
        if (!citizens.isEmpty() && agents == null) {
            throw new SteppeCli.UserError("--citizens: the scenario has no citizens agent");
        }
        for (int target : citizens) {
            double households = ((Number) agents).doubleValue() * s.scale().householdsPerAgent();
            double perAgent = households / target;
            List<String> sets = new ArrayList<>(common.sets);
            sets.add("scale.householdsPerAgent=" + perAgent);
            var scaled = Campaigns.load(loader, this.target, sets).scenario();
            measure(out, String.format(java.util.Locale.ROOT, "householdsPerAgent=%.2f", perAgent), scaled, market, registry);
        }
        out.flush();
        return 0;
    }

    private SteppeWorld measure(java.io.PrintWriter out, String label, Scenario s, MarketData market, PluginRegistry registry) {
        SteppeWorld last = null;
        for (int i = 0; i < warmup; i++) {
            last = Simulation.run(Simulation.create(s.withSeed(s.seed() + i, 0), market, registry));
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = Simulation.run(Simulation.create(s.withSeed(s.seed() + warmup + i, 0), market, registry));
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        double mean = Arrays.stream(seconds).average().orElse(Double.NaN);
        Object agents = last.kpis().all().get("citizenAgents");
        out.printf("%-28s %12s %10.3f %10.3f %10.3f %10.3f %12.0f%n", label, agents == null ? "-" : String.valueOf(((Number) agents).longValue()),
                mean, seconds[runs / 2], seconds[0], seconds[runs - 1], s.days() / mean);
        out.flush();
        return last;
    }
}
