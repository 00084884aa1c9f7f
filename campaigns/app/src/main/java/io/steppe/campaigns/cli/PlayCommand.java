package io.steppe.campaigns.cli;

import io.steppe.campaigns.CampaignSections;
import io.steppe.campaigns.Campaigns;
import io.steppe.campaigns.play.Moves;
import io.steppe.campaigns.play.MovesReader;
import io.steppe.campaigns.play.Play;
import io.steppe.campaigns.play.PlayReport;
import io.steppe.campaigns.play.Score;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.OutputDirectory;
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

/** {@code steppe play}: a player's moves scored on a campaign's objectives against the campaign without them. */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play a campaign: take its seat (e.g. Minister of Energy from 2019-01-01) and add your policies.",
                "Runs your moves and the campaign without them (the baseline) over the same seeds, and prints each objective's",
                "KPI and score (0-100) with the baseline beside it, and the weighted total. Writes play.json and the played",
                "scenario.yaml. --show prints the seat, the levers and policies you may use, and the objectives."})
final class PlayCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CAMPAIGN|FILE", description = "A campaign with a seat (e.g. kazakhstan-2017) or a scenario file with one.")
    String target;

    @Option(names = "--policies", paramLabel = "MOVES.yaml",
            description = "Your moves: 'policies:' as in a scenario (type, parameters, start/end/when/until), within the seat.")
    Path moves;

    @Option(names = "--show", description = "Print the seat, its levers, the policies that pull them and the objectives; run nothing.")
    boolean show;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Runs per side, on N seeds derived from the scenario's seed and listed in the output (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "N", description = "Base seed the runs' seeds are derived from (default: the campaign's).")
    Long seed;

    @Mixin
    EnsembleOptions ensemble;

    @Option(names = "--out", paramLabel = "DIR", description = "Where play.json and scenario.yaml go (default: runs/<campaign>-play-<moves file name>,"
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
        if (!show && moves == null) {
            throw new SteppeCli.UserError("give your moves with --policies MOVES.yaml (steppe play " + target
                    + " --show prints the seat, its levers and the objectives)");
        }
        PluginRegistry registry = common.registry();
        ScenarioLoader loader = new ScenarioLoader(registry);
        List<String> sets = common.setsWithSeed(seed);
        LoadedScenario loaded = Campaigns.load(loader, target, sets);
        if (CampaignSections.seat(loaded.scenario()) == null) {
            throw new SteppeCli.UserError(loaded.source() + " has no seat for a player, so it cannot be played; campaigns with one: "
                    + String.join(", ", playable(loader)));
        }
        Play.checkPlayable(loaded);
        var stdout = spec.commandLine().getOut();
        if (show) {
            PlayReport.printSeat(stdout, loaded.scenario(), registry);
            return 0;
        }
        Moves played = MovesReader.read(loader, moves, loaded.scenario());
        String stem = moves.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        String player = played.name() != null ? played.name() : stem;
        Path dir = OutputDirectory.choose(out, Path.of("runs", loaded.scenario().name() + "-play-" + stem), force);
        int t = ensemble.threads();
        var err = spec.commandLine().getErr();
        int total = 2 * runs;
        Score score = Play.play(loaded, played, player, registry, runs, t, done -> {
            err.printf("play: %d/%d runs (%s)%n", done, total, done <= runs ? "baseline" : player);
            err.flush();
        });
        PlayReport.printScore(stdout, score, registry);
        OutputDirectory.prepare(dir, force, "play");
        Path file = PlayReport.write(dir, score, loader.toYaml(Play.played(loaded.scenario(), played)), registry);
        stdout.println("wrote " + file + " and " + dir.resolve("scenario.yaml") + " (steppe run it with --seed N to see one run)");
        stdout.flush();
        return 0;
    }

    private static List<String> playable(ScenarioLoader loader) {
        List<String> names = new ArrayList<>();
        for (String name : Campaigns.names()) {
            if (CampaignSections.seat(Campaigns.load(loader, name, List.of()).scenario()) != null) {
                names.add(name);
            }
        }
        return names;
    }
}
