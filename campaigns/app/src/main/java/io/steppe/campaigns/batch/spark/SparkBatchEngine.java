package io.steppe.campaigns.batch.spark;

import io.steppe.campaigns.batch.BatchEngine;
import io.steppe.campaigns.batch.BatchJob;
import io.steppe.campaigns.batch.BatchState;
import io.steppe.campaigns.batch.RunPlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Executes a batch plan as Apache Spark tasks. The runs to do are cut into chunks; each task runs
 * its chunk on an executor (the job, small and serializable, loads plugins, scenario and market
 * data once per executor JVM) and returns the {@link BatchState} of its runs as bytes; the driver
 * merges them into the batch's state. States merge in any order, so the outputs are those of the
 * local engine, byte for byte. Chunks are submitted in waves of a few per core, so the driver
 * reports progress, writes checkpoints for {@code --resume} and honours a stop between waves.
 *
 * <p>Under {@code spark-submit} the context is the one it configured (any master); otherwise a
 * {@code local[threads]} Spark is started, as in the tests.
 */
public final class SparkBatchEngine implements BatchEngine {
    /** At most this many runs in one task, so a lost task costs little and waves stay short. */
    static final int MAX_CHUNK = 25;

    private final int threads;

    /** An engine; {@code threads} sizes a local Spark (ignored under spark-submit). */
    public SparkBatchEngine(int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public void execute(BatchJob job, List<RunPlan.Run> todo, BatchState state, IntConsumer progress, BooleanSupplier stop,
                        Consumer<BatchState> checkpoint) {
        if (todo.isEmpty()) {
            return;
        }
        boolean submitted = new SparkConf().contains("spark.master");
        try (JavaSparkContext sc = submitted ? SparkContexts.fromSubmit("steppe batch")
                : SparkContexts.local(threads, "steppe batch")) {
            int parallelism = Math.max(1, sc.defaultParallelism());
            int chunk = Math.max(1, Math.min(MAX_CHUNK, todo.size() / (parallelism * 4)));
            List<List<RunPlan.Run>> chunks = new ArrayList<>();
            for (int i = 0; i < todo.size(); i += chunk) {
                chunks.add(List.copyOf(todo.subList(i, Math.min(todo.size(), i + chunk))));
            }
            int wave = parallelism * 2;
            int done = 0;
            for (int w = 0; w < chunks.size() && !stop.getAsBoolean(); w += wave) {
                List<List<RunPlan.Run>> these = chunks.subList(w, Math.min(chunks.size(), w + wave));
                List<byte[]> parts = sc.parallelize(new ArrayList<>(these), these.size())
                        .map(runs -> runChunk(job, runs))
                        .collect();
                for (byte[] part : parts) {
                    BatchState s = BatchState.read(new ByteArrayInputStream(part), "a Spark task's result");
                    state.merge(s);
                    done += s.size();
                }
                progress.accept(done);
                checkpoint.accept(state);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a chunk on an executor and returns the state of its runs, serialized. */
    static byte[] runChunk(BatchJob job, List<RunPlan.Run> runs) throws IOException {
        BatchState state = job.emptyState();
        for (RunPlan.Run run : runs) {
            state.add(run, job.run(run));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        state.write(out);
        return out.toByteArray();
    }
}
