package io.steppe.campaigns.cli;

import picocli.CommandLine.Option;

/** The thread option of the commands that run ensembles; results never depend on it. */
final class EnsembleOptions {
    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores). Results do not depend on it.")
    Integer threads;

    /** The threads asked for, or all cores. */
    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Refuses an ensemble of no runs. */
    static void requireRuns(int runs) {
        if (runs < 1) {
            throw new SteppeCli.UserError("--runs must be at least 1");
        }
    }
}
