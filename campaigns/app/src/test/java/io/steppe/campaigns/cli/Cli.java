package io.steppe.campaigns.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the steppe command line in-process for tests and keeps what it printed. */
final class Cli {
    private Cli() {
    }

    /** The exit code and what the command printed to standard output and standard error. */
    record Result(int exit, String out, String err) {
    }

    /** Runs {@code steppe args...}. */
    static Result steppe(String... args) {
        CommandLine cli = SteppeCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
