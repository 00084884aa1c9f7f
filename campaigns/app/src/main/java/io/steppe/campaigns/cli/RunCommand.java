package io.steppe.campaigns.cli;

import io.steppe.campaigns.Campaigns;
import io.steppe.campaigns.report.RunReport;
import io.steppe.engine.Event;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Numbers;
import io.steppe.engine.run.OutputDirectory;
import io.steppe.engine.run.RunWriter;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe run}: one run of a campaign or scenario file. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a campaign (by name) or a scenario file once and write its outputs.")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Parameters(index = "0", paramLabel = "CAMPAIGN|FILE", description = "A campaign name (see 'steppe campaigns') or a .yaml/.json scenario file.")
    String target;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: runs/<campaign>-seed<N>).")
    Path out;

    @Option(names = "--force", description = "Replace the --out directory if Steppe wrote it (never a directory of yours).")
    boolean force;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (same as --set seed=N).")
    Long seed;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PluginRegistry registry = common.registry();
        ScenarioLoader loader = new ScenarioLoader(registry);
        List<String> sets = common.setsWithSeed(seed);
        LoadedScenario loaded = Campaigns.load(loader, target, sets);
        var scenario = loaded.scenario();
        Path dir = OutputDirectory.choose(out, Path.of("runs", scenario.name() + "-seed" + scenario.seed()), force);
        String resolved = loader.toYaml(scenario);
        LOG.info("running {} ({} days, seed {}) from {}", scenario.name(), scenario.days(), scenario.seed(), loaded.source());
        long t0 = System.nanoTime();
        SteppeWorld world = Simulation.run(loaded, registry);
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        String report = RunReport.page(world).html();
        RunWriter.write(dir, force, world, resolved, registry, wallMs, Map.of("report.html", report));
        printSummary(spec.commandLine().getOut(), world, dir, wallMs);
        return 0;
    }

    static void printSummary(PrintWriter out, SteppeWorld world, Path dir, long wallMs) {
        var s = world.scenario();
        out.printf("%s, seed %d: %s to %s (%d days) simulated in %.2f s%n", s.name(), s.seed(), s.start(), s.end(),
                s.days(), wallMs / 1000.0);
        out.println("KPIs:");
        for (Map.Entry<String, Object> kpi : world.kpis().all().entrySet()) {
            Object v = kpi.getValue();
            String text = v instanceof Double d ? Numbers.format(d) : String.valueOf(v);
            out.printf("  %-32s %s%n", kpi.getKey(), text);
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Event e : world.events().all()) {
            counts.merge(e.type(), 1, Integer::sum);
        }
        out.println("Events: " + (counts.isEmpty() ? "none" : counts.toString().replaceAll("[{}]", "")));
        out.println("Outputs in " + dir + "/: timeseries.csv, events.jsonl, summary.json, manifest.json, scenario.yaml, report.html");
        out.flush();
    }
}
