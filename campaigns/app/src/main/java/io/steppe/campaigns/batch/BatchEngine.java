package io.steppe.campaigns.batch;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Executes runs of a plan: on this machine's threads ({@link LocalBatchEngine}) or as tasks of a
 * distributed engine (Apache Spark). An engine only decides where runs happen; what a run
 * contributes is fixed by {@link BatchJob#run} and {@link BatchState#add}, and states merge in any
 * order, so every engine gives the same outputs.
 */
public interface BatchEngine {
    /**
     * Runs {@code todo} and adds each finished run to {@code state} (which may already hold the
     * runs of an interrupted batch), keeping one state in memory whatever the number of workers.
     *
     * @param progress told the number of runs finished so far by this call
     * @param stop polled between runs: when true, no further run starts and the call returns
     * @param checkpoint called from time to time, while no run is being added, to save {@code state} for --resume
     */
    void execute(BatchJob job, List<RunPlan.Run> todo, BatchState state, IntConsumer progress, BooleanSupplier stop,
                 Consumer<BatchState> checkpoint);
}
