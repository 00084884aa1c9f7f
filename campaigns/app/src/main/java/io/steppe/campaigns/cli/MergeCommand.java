package io.steppe.campaigns.cli;

import io.steppe.campaigns.batch.Batch;
import io.steppe.campaigns.batch.BatchException;
import io.steppe.campaigns.batch.BatchOutputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe merge}: joins the shards of one batch plan. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge the finished shards of one batch (steppe batch --shard K/N) into one output directory,",
                "byte-identical to running the whole plan in one go (runs.csv, bands.csv, aggregate.json)."})
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The shard directories, every shard of the plan once.")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where the merged batch goes.")
    Path out;

    @Option(names = "--force", description = "Replace the batch already in --out.")
    boolean force;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try {
            int runs = Batch.merge(shards, out, force);
            spec.commandLine().getOut().printf("merged %d shards (%d runs); wrote %s in %s%n", shards.size(), runs,
                    String.join(", ", BatchOutputs.FILES), out);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (BatchException e) {
            throw new SteppeCli.UserError(e.getMessage());
        }
    }
}
