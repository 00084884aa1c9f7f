package io.steppe.campaigns.cli;

import io.steppe.campaigns.Campaigns;
import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe bench}: simulated days per second and the time of one full run, on one thread. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark one thread: simulated days per second and time per full run (market data loaded once).")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = "kazakhstan-2017", paramLabel = "CAMPAIGN|FILE")
    String target;

    @Option(names = "--runs", defaultValue = "20", description = "Measured runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up runs, not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PluginRegistry registry = common.registry();
        LoadedScenario loaded = Campaigns.load(new ScenarioLoader(registry), target, common.sets);
        var s = loaded.scenario();
        MarketData market = MarketData.load(s.data(), s.start(), s.end(), loaded.baseDir());
        var out = spec.commandLine().getOut();
        for (int i = 0; i < warmup; i++) {
            Simulation.run(Simulation.create(s.withSeed(s.seed() + i, 0), market, registry));
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Simulation.run(Simulation.create(s.withSeed(s.seed() + warmup + i, 0), market, registry));
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        double mean = Arrays.stream(seconds).average().orElse(Double.NaN);
        out.printf("%s: %d days per run, %d measured runs after %d warm-up, 1 thread%n", s.name(), s.days(), runs, warmup);
        out.printf("time per run: mean %.3f s, median %.3f s, min %.3f s, max %.3f s%n", mean, seconds[runs / 2], seconds[0],
                seconds[runs - 1]);
        out.printf("simulated days per second: %.0f%n", s.days() / mean);
        out.flush();
        return 0;
    }
}
