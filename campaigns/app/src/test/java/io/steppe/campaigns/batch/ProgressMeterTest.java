package io.steppe.campaigns.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress meter: a redrawn bar on a terminal, plain periodic lines otherwise, rates from the runs of this session. */
class ProgressMeterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void onATerminalOneLineIsRedrawnWithBarRateAndTimeLeft() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressMeter meter = new ProgressMeter(new PrintWriter(text), "batch x", 100, 0, true, 10, clock::get);
        clock.set(10 * SECOND);
        meter.accept(25);
        assertThat(text.toString()).startsWith("\rbatch x [#######.......................] 25/100 runs  2.50 runs/s  ETA 30s");
    }

    @Test
    void elsewherePlainLinesComeAtMostEveryPeriodAndAtTheEnd() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressMeter meter = new ProgressMeter(new PrintWriter(text), "batch x", 10, 4, false, 10, clock::get);
        clock.set(5 * SECOND);
        meter.accept(1);
        assertThat(text.toString()).isEmpty();
        clock.set(12 * SECOND);
        meter.accept(3);
        clock.set(13 * SECOND);
        meter.accept(4);
        clock.set(14 * SECOND);
        meter.accept(6);
        String[] lines = text.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("batch x: 7/10 runs  0.25 runs/s  ETA 12s (70%), 12s elapsed");
        assertThat(lines[1]).startsWith("batch x: 10/10 runs");
    }
}
