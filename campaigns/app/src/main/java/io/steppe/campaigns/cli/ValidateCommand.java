package io.steppe.campaigns.cli;

import io.steppe.campaigns.CampaignSections;
import io.steppe.campaigns.Campaigns;
import io.steppe.campaigns.validate.ValidationReport;
import io.steppe.campaigns.validate.ValidationResult;
import io.steppe.campaigns.validate.Validator;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.OutputDirectory;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe validate}: an ensemble of a campaign judged against its stylised facts. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run an ensemble of a campaign and judge it against the stylised facts in its file.",
                "Prints each fact's accepted range, the ensemble's median and 5-95%% range, the share of runs inside and the verdict,",
                "and writes validation.json and report.html (the ensemble's bands against each fact's window).",
                "Exit code 0 when every fact passes, 1 when any fails."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CAMPAIGN|FILE", description = "A campaign name or a scenario file with facts.")
    String target;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "Runs in the ensemble, on N seeds derived from the scenario's seed (--set seed=S) and listed in the output (default ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    EnsembleOptions ensemble;

    @Option(names = "--out", paramLabel = "DIR", description = "Where validation.json and report.html go (default: runs/<campaign>-validation,"
            + " or a numbered one beside it).")
    Path out;

    @Option(names = "--force", description = "Replace the --out directory if Steppe wrote it (never a directory of yours).")
    boolean force;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EnsembleOptions.requireRuns(runs);
        PluginRegistry registry = common.registry();
        LoadedScenario loaded = Campaigns.load(new ScenarioLoader(registry), target, common.sets);
        if (CampaignSections.facts(loaded.scenario()).isEmpty()) {
            throw new SteppeCli.UserError(loaded.source() + " lists no facts to validate against");
        }
        Path dir = OutputDirectory.choose(out, Path.of("runs", loaded.scenario().name() + "-validation"), force);
        int t = ensemble.threads();
        var err = spec.commandLine().getErr();
        int step = Math.max(1, runs / 10);
        ValidationResult result = Validator.validate(loaded, registry, runs, t, done -> {
            if (done % step == 0 || done == runs) {
                err.printf("validate: %d/%d runs%n", done, runs);
                err.flush();
            }
        });
        Validator.printTable(spec.commandLine().getOut(), result.facts(), runs);
        OutputDirectory.prepare(dir, force, "validate");
        Path json = Validator.writeJson(dir, loaded.scenario(), result.facts(), runs);
        Path report = ValidationReport.page(loaded.scenario(), result).write(dir.resolve("report.html"));
        spec.commandLine().getOut().println("wrote " + json + " and " + report);
        spec.commandLine().getOut().flush();
        return result.passes() ? 0 : 1;
    }
}
