package io.steppe.campaigns.cli;

import io.steppe.campaigns.Campaigns;
import io.steppe.campaigns.batch.BatchJob;
import io.steppe.campaigns.batch.BatchState;
import io.steppe.campaigns.batch.LocalBatchEngine;
import io.steppe.campaigns.batch.RunPlan;
import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.Scenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code steppe bench}: simulated days per second and the time of one full run, on one thread;
 * with {@code --scaling}, batch throughput (runs per second, aggregation included) on 1 thread
 * and on all threads, and the scaling efficiency.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark one thread: time per full run and simulated days per second (market data loaded once), optionally at several population scales.",
                "With --scaling: batch runs per second (streaming aggregation included) with 1 thread and with --threads (default all cores), and the scaling efficiency."})
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

    @Option(names = "--scaling", description = "Measure batch throughput on 1 thread and on --threads threads instead.")
    boolean scaling;

    @Mixin
    EnsembleOptions ensemble;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (scaling) {
            return scaling();
        }
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

    private int scaling() {
        int threads = ensemble.threads();
        var out = spec.commandLine().getOut();
        RunPlan plan = new RunPlan(List.of(), List.of(List.of()), warmup + runs, 1, false);
        BatchJob job = new BatchJob(target, common.sets, common.plugins, plan, null);
        out.printf("%s: batch throughput, %d measured runs after %d warm-up, streaming aggregation of every metric included%n",
                job.base().scenario().name(), runs, warmup);
        out.printf("%-10s %10s %10s %12s %12s%n", "threads", "runs", "seconds", "runs/s", "efficiency");
        double single = Double.NaN;
        for (int t : threads == 1 ? List.of(1) : List.of(1, threads)) {
            List<RunPlan.Run> all = plan.runs();
            BatchState state = job.emptyState();
            LocalBatchEngine engine = new LocalBatchEngine(t, 0);
            engine.execute(job, all.subList(0, warmup), state, done -> { }, () -> false, st -> { });
            long t0 = System.nanoTime();
            engine.execute(job, all.subList(warmup, all.size()), state, done -> { }, () -> false, st -> { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            double rate = runs / seconds;
            if (t == 1) {
                single = rate;
            }
            out.printf(java.util.Locale.ROOT, "%-10d %10d %10.2f %12.3f %12s%n", t, runs, seconds, rate,
                    t == 1 ? "-" : String.format(java.util.Locale.ROOT, "%.2fx on %d = %.0f%%", rate / single, t, 100 * rate / single / t));
            out.flush();
        }
        return 0;
    }

    private SteppeWorld measure(java.io.PrintWriter out, String label, Scenario s, MarketData market, PluginRegistry registry) {
        SteppeWorld last = null;
        for (int i = 0; i < warmup; i++) {
            last = Simulation.run(Simulation.create(s.withSeed(s.seed() + i), market, registry));
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = Simulation.run(Simulation.create(s.withSeed(s.seed() + warmup + i), market, registry));
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
