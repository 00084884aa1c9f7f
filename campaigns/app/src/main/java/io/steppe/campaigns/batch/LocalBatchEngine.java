package io.steppe.campaigns.batch;

import io.steppe.engine.run.SteppeWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Runs a plan on this machine's threads. Each worker takes the next run from a shared counter,
 * runs it and adds it to the one shared {@link BatchState} (adding takes a few milliseconds
 * against a run's few hundred, so workers rarely wait, and memory holds one state however many
 * threads there are). Parallelism is across runs, never inside one (MASON's
 * {@code ParallelSequence} is not used).
 */
public final class LocalBatchEngine implements BatchEngine {
    private final int threads;
    private final long checkpointMillis;

    /**
     * An engine.
     *
     * @param threads worker threads
     * @param checkpointMillis how often the state of finished runs is handed out for writing (wall time); 0 for never
     */
    public LocalBatchEngine(int threads, long checkpointMillis) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        this.threads = threads;
        this.checkpointMillis = checkpointMillis;
    }

    @Override
    public void execute(BatchJob job, List<RunPlan.Run> todo, BatchState state, IntConsumer progress, BooleanSupplier stop,
                        Consumer<BatchState> checkpoint) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        int n = Math.min(threads, Math.max(1, todo.size()));
        for (int t = 0; t < n; t++) {
            Thread worker = new Thread(() -> {
                while (failure.get() == null && !stop.getAsBoolean()) {
                    int i = next.getAndIncrement();
                    if (i >= todo.size()) {
                        return;
                    }
                    RunPlan.Run run = todo.get(i);
                    try {
                        SteppeWorld world = job.run(run);
                        state.add(run, world);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, new IllegalStateException("run " + run.id() + " (point " + run.point()
                                + ", replicate " + run.replicate() + ", seed " + run.seed() + ") failed: " + e.getMessage(), e));
                        return;
                    }
                    finished.incrementAndGet();
                }
            }, "steppe-batch-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        long lastCheckpoint = System.nanoTime();
        int reported = 0;
        try {
            for (Thread worker : workers) {
                while (worker.isAlive()) {
                    worker.join(200);
                    int done = finished.get();
                    if (done != reported) {
                        reported = done;
                        progress.accept(done);
                    }
                    if (checkpointMillis > 0 && System.nanoTime() - lastCheckpoint > checkpointMillis * 1_000_000L) {
                        checkpoint.accept(state);
                        lastCheckpoint = System.nanoTime();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (finished.get() != reported) {
            progress.accept(finished.get());
        }
    }
}
