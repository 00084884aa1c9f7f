package io.steppe.campaigns.cli;

import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.plugin.PluginException;
import io.steppe.engine.run.BuildInfo;
import io.steppe.engine.run.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code steppe} command: run, check and list campaigns, agents and policies. */
@Command(name = "steppe", mixinStandardHelpOptions = true, versionProvider = SteppeCli.Version.class,
        description = "Agent-based policy game and sandbox: crypto mining, power grids and unrest in Kazakhstan.",
        subcommands = {RunCommand.class, BatchCommand.class, MergeCommand.class, ValidateCommand.class, PlayCommand.class, CompareCommand.class, CheckCommand.class, BenchCommand.class, CampaignsCommand.class, TypesCommand.Agents.class,
                TypesCommand.Policies.class, TypesCommand.Doctrines.class, VocabularyCommand.Metrics.class, VocabularyCommand.Levers.class,
                VocabularyCommand.Events.class, VocabularyCommand.Kpis.class, CommandLine.HelpCommand.class})
public final class SteppeCli {
    /** Exit code for bad input: a scenario, an option or a plugin set that cannot be used. */
    public static final int BAD_INPUT = 2;

    /** Prints the version and build commit. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"steppe " + BuildInfo.version() + " (" + BuildInfo.commit() + ")",
                    "JVM " + System.getProperty("java.version") + " " + System.getProperty("java.vendor")};
        }
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    /** The configured picocli command line. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SteppeCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            var err = commandLine.getErr();
            if (e instanceof ScenarioException s) {
                for (Problem p : s.problems()) {
                    err.println("error: " + p);
                }
                err.println("nothing was written.");
                return BAD_INPUT;
            }
            if (causedBy(e, PluginException.class)) {
                // Also when a run of an ensemble or a batch broke a plugin's contract: the wrapper names the run.
                err.println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof OutputDirectory.RefusedException r) {
                err.println("error: " + r.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof UserError u) {
                err.println("error: " + u.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return cli;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A mistake on the command line that is not a scenario problem (existing output directory, ...). */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }
}
