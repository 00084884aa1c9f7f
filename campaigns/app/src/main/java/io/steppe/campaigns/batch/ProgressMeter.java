package io.steppe.campaigns.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Shows a batch's progress: on a terminal, one redrawn line with a bar, the runs done, the runs
 * per second and the time left; otherwise (a log, a CI job, a Slurm output file) a plain line
 * every {@code every} seconds and at the end. Takes the runs finished by the current session;
 * runs finished before a {@code --resume} count as done but not in the rate.
 */
public final class ProgressMeter implements IntConsumer {
    private static final int BAR = 30;

    private final PrintWriter out;
    private final String label;
    private final int total;
    private final int before;
    private final boolean terminal;
    private final long everyNanos;
    private final LongSupplier clock;
    private final long start;
    private long lastDrawn;

    /**
     * A meter.
     *
     * @param out where to draw (standard error)
     * @param label what is counted, e.g. "batch kazakhstan-2017"
     * @param total runs in the plan (or shard)
     * @param before runs already done when this session started
     * @param terminal draw a redrawn bar (true) or plain lines
     * @param everySeconds seconds between plain lines
     * @param clock nanosecond clock (wall time: progress is the only place a batch reads it)
     */
    public ProgressMeter(PrintWriter out, String label, int total, int before, boolean terminal, double everySeconds,
                         LongSupplier clock) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.before = before;
        this.terminal = terminal;
        this.everyNanos = (long) (everySeconds * 1e9);
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDrawn = start;
    }

    @Override
    public void accept(int doneThisSession) {
        long now = clock.getAsLong();
        boolean last = before + doneThisSession >= total;
        if (!last && now - lastDrawn < (terminal ? 100_000_000L : everyNanos)) {
            return;
        }
        lastDrawn = now;
        out.print(line(doneThisSession, now));
        out.flush();
    }

    /** Ends the bar's line on a terminal. */
    public void close() {
        if (terminal) {
            out.println();
            out.flush();
        }
    }

    /** The text drawn for this many runs done at this time. */
    String line(int doneThisSession, long now) {
        int done = before + doneThisSession;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? doneThisSession / seconds : 0;
        String eta = rate > 0 ? duration((total - done) / rate) : "?";
        String counts = String.format(Locale.ROOT, "%d/%d runs  %.2f runs/s  ETA %s", done, total, rate, eta);
        if (!terminal) {
            return String.format(Locale.ROOT, "%s: %s (%.0f%%), %s elapsed%n", label, counts, 100.0 * done / total,
                    duration(seconds));
        }
        int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
        return "\r" + label + " [" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + counts + "   ";
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return s + "s";
    }
}
