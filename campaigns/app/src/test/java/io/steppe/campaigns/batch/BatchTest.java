package io.steppe.campaigns.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.steppe.campaigns.report.ReportHtml;
import io.steppe.engine.run.RunWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of the historical campaign (shortened to 2017-01-01..2019-06-30 to keep the suite fast)
 * gives byte-identical runs.csv, bands.csv and aggregate.json with 1 thread, 2 threads, as shards
 * merged in either order, and when stopped and resumed; a sweep's points differ as their
 * parameter implies.
 */
class BatchTest {
    private static final List<String> SHORT = List.of("end=2019-06-30");
    private static final List<String> COMPARED = List.of("runs.csv", "bands.csv", "aggregate.json", "plan.csv");
    private static final IntConsumer QUIET = done -> { };
    /** The weight of Kazakhstan in where new machines are hosted: a tenth of it hosts far fewer machines. */
    private static final String HOSTING_WEIGHT = "agents[0].kzHostingWeight";

    @TempDir
    static Path dir;

    private static Path oneThread;

    private static BatchJob job(int runs) {
        return new BatchJob("kazakhstan-2017", SHORT, null, new RunPlan(List.of(), List.of(List.of()), runs, 5, false), null);
    }

    private static Batch.Outcome run(BatchJob job, Path out, int shard, int shards, int threads) throws IOException {
        return Batch.run(job, out, new Batch.Execution(shard, shards, "local", threads), false, false,
                new LocalBatchEngine(threads, 60_000), () -> false, before -> QUIET);
    }

    @BeforeAll
    static void runOnOneThread() throws IOException {
        oneThread = dir.resolve("one-thread");
        assertThat(run(job(5), oneThread, 1, 1, 1).complete()).isTrue();
    }

    @Test
    void twoThreadsGiveTheSameBytesAsOne() throws IOException {
        Path two = dir.resolve("two-threads");
        run(job(5), two, 1, 1, 2);
        assertSameOutputs(two, oneThread);
    }

    @Test
    void shardsMergedInAnyOrderGiveTheSameBytesAsOneBatch() throws IOException {
        for (int k = 1; k <= 3; k++) {
            assertThat(run(job(5), dir.resolve("shard" + k), k, 3, k == 2 ? 2 : 1).complete()).isTrue();
        }
        Path merged = dir.resolve("merged");
        assertThat(Batch.merge(List.of(dir.resolve("shard3"), dir.resolve("shard1"), dir.resolve("shard2")), merged, false))
                .isEqualTo(5);
        assertSameOutputs(merged, oneThread);
        assertThatThrownBy(() -> Batch.merge(List.of(dir.resolve("shard1"), dir.resolve("shard3")), dir.resolve("half"), false))
                .isInstanceOf(BatchException.class).hasMessageContaining("shards [2] of 3 are missing");
    }

    @Test
    void aStoppedBatchResumesWithoutRedoingFinishedRunsAndEndsAsIfNeverStopped() throws IOException {
        Path out = dir.resolve("stopped");
        AtomicInteger polls = new AtomicInteger();
        Batch.Outcome first = Batch.run(job(5), out, new Batch.Execution(1, 1, "local", 1), false, false,
                new LocalBatchEngine(1, 60_000), () -> polls.incrementAndGet() > 2, before -> QUIET);
        assertThat(first.complete()).isFalse();
        assertThat(first.done()).isEqualTo(2);
        assertThat(out.resolve("runs.csv")).doesNotExist();
        AtomicInteger before = new AtomicInteger(-1);
        AtomicInteger ranAfterResume = new AtomicInteger();
        Batch.Outcome second = Batch.run(job(5), out, new Batch.Execution(1, 1, "local", 2), true, false,
                new LocalBatchEngine(2, 60_000), () -> false, b -> {
                    before.set(b);
                    return ranAfterResume::set;
                });
        assertThat(second.complete()).isTrue();
        assertThat(before.get()).isEqualTo(2);
        assertThat(ranAfterResume.get()).isEqualTo(3);
        assertSameOutputs(out, oneThread);
    }

    @Test
    void resumingWithAnotherPlanIsRefusedAndAnExistingDirectoryIsKept() throws IOException {
        assertThatThrownBy(() -> Batch.run(job(6), oneThread, new Batch.Execution(1, 1, "local", 1), true, false,
                new LocalBatchEngine(1, 60_000), () -> false, b -> QUIET))
                .isInstanceOf(BatchException.class).hasMessageContaining("planSha256");
        assertThatThrownBy(() -> run(job(5), oneThread, 1, 1, 1))
                .isInstanceOf(BatchException.class).hasMessageContaining("exists").hasMessageContaining("--resume");
        assertThat(oneThread.resolve("runs.csv")).exists();
    }

    @Test
    void theOutputsHoldEveryRunKpiAndEvent() throws IOException {
        List<String> runs = Files.readAllLines(oneThread.resolve("runs.csv"));
        assertThat(runs).hasSize(6);
        assertThat(runs.get(0)).startsWith("run,point,replicate,seed,").contains("miningTaxRevenueUsd").contains("events.");
        JsonNode aggregate = RunWriter.json().readTree(oneThread.resolve("aggregate.json").toFile());
        JsonNode kpi = aggregate.path("kpis").path("peakMiningLoadMw");
        assertThat(kpi.path("runs").asInt()).isEqualTo(5);
        assertThat(kpi.path("ci95Low").asDouble()).isLessThan(kpi.path("mean").asDouble());
        assertThat(kpi.path("p5").asDouble()).isLessThanOrEqualTo(kpi.path("p95").asDouble());
        assertThat(aggregate.path("events").size()).isPositive();
        int days = 2017 - 2017 + 365 + 365 + 181;
        assertThat(Files.lines(oneThread.resolve("bands.csv")).count()).isEqualTo(1L + days * job(1).emptyState().metrics().size());
        for (String file : BatchOutputs.FILES) {
            assertThat(oneThread.resolve(file)).isNotEmptyFile();
        }
    }

    @Test
    void aSweepsPointsDifferAsTheirParameterImplies(@TempDir Path sweepDir) throws IOException {
        RunPlan plan = new RunPlan(List.of(HOSTING_WEIGHT), List.of(List.of("0.5"), List.of("0.05")), 2, 9, true);
        BatchJob job = new BatchJob("kazakhstan-2017", SHORT, null, plan, List.of("miningLoadMw"));
        Batch.Outcome outcome = Batch.run(job, sweepDir.resolve("out"), new Batch.Execution(1, 1, "local", 2), false, false,
                new LocalBatchEngine(2, 60_000), () -> false, b -> QUIET);
        assertThat(outcome.done()).isEqualTo(4);
        JsonNode points = RunWriter.json().readTree(sweepDir.resolve("out/aggregate.json").toFile()).path("points");
        assertThat(points).hasSize(2);
        double calibrated = points.get(0).path("kpis").path("peakMiningLoadMw").path("mean").asDouble();
        double lessHosting = points.get(1).path("kpis").path("peakMiningLoadMw").path("mean").asDouble();
        assertThat(points.get(1).path("values").path(HOSTING_WEIGHT).asText()).isEqualTo("0.05");
        assertThat(lessHosting).isLessThan(0.5 * calibrated);
        assertThat(Files.readAllLines(sweepDir.resolve("out/runs.csv")).get(0)).contains(HOSTING_WEIGHT);
        ReportHtml report = ReportHtml.read(sweepDir.resolve("out/report.html"));
        assertThat(report.seriesNames("miningLoadMw by point")).containsExactly("point 0", "point 1");
        assertThat(report.references()).isEmpty();
    }

    @Test
    void theReportHasAFanChartOfEachKeySeriesAndEveryKpiPerRun() throws IOException {
        ReportHtml report = ReportHtml.read(oneThread.resolve("report.html"));
        assertThat(report.captions()).contains("kzHashShare", "miningLoadMw", "protestShare", "peakMiningLoadMw");
        assertThat(report.chart("peakMiningLoadMw").path("values")).hasSize(5);
        assertThat(report.references()).isEmpty();
    }

    private static void assertSameOutputs(Path actual, Path expected) throws IOException {
        for (String file : COMPARED) {
            assertThat(Files.readAllBytes(actual.resolve(file))).as(file).isEqualTo(Files.readAllBytes(expected.resolve(file)));
        }
    }
}
