package io.steppe.campaigns.cli;

import io.steppe.campaigns.Campaigns;
import io.steppe.campaigns.compare.Comparison;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.AtomicFiles;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe compare}: campaigns on matched seeds, their outcomes' medians set against the first's. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run campaigns on the same seeds and compare their outcomes with the first (the reference).",
                "Prints a markdown table: per outcome, the reference's median and each other campaign's median, its difference",
                "and in how many seeds it is below or above the reference. --set applies to every campaign."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0..*", arity = "1..*", paramLabel = "CAMPAIGN|FILE",
            description = "Campaign names or scenario files; the first is the reference.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Runs per campaign (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Base seed: every campaign runs the N seeds derived from S (listed in the output), whatever its file says (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    EnsembleOptions ensemble;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the table to FILE.")
    Path markdown;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EnsembleOptions.requireRuns(runs);
        PluginRegistry registry = common.registry();
        ScenarioLoader loader = new ScenarioLoader(registry);
        List<LoadedScenario> scenarios = new ArrayList<>();
        for (String t : targets) {
            scenarios.add(Campaigns.load(loader, t, common.sets));
        }
        int t = ensemble.threads();
        var err = spec.commandLine().getErr();
        Comparison comparison = Comparison.run(scenarios, registry, seed, runs, t, (name, done) -> {
            if (done == runs) {
                err.printf("compare: %s, %d runs%n", name, runs);
                err.flush();
            }
        });
        String table = comparison.markdown();
        spec.commandLine().getOut().print(table);
        spec.commandLine().getOut().flush();
        if (markdown != null) {
            AtomicFiles.writeString(markdown, table);
        }
        return 0;
    }
}
