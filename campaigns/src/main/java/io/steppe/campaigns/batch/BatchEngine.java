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
     * Runs {@code todo} and returns their state (without the runs of any earlier state).
     *
     * @param progress told the number of runs finished so far by this call
     * @param stop polled between runs: when true, no further run starts and the runs finished so far are returned
     * @param checkpoint given, from time to time, the state of the runs finished so far (to be written for --resume)
     */
    BatchState execute(BatchJob job, List<RunPlan.Run> todo, IntConsumer progress, BooleanSupplier stop,
                       Consumer<BatchState> checkpoint);
}
