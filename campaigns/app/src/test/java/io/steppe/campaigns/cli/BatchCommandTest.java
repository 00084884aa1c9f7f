package io.steppe.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steppe batch} and {@code steppe merge} on the command line: bad input is refused with a clear message and exit 2. */
class BatchCommandTest {
    @TempDir
    Path tmp;

    private static Cli.Result steppe(String... args) {
        return Cli.steppe(args);
    }

    @Test
    void aSweepPathTheScenarioDoesNotHaveIsRefusedNamingThePointAndNothingIsWritten() throws IOException {
        Path sweep = tmp.resolve("sweep.yaml");
        Files.writeString(sweep, """
                sampling: grid
                parameters:
                  - path: "agents[3].rationingStep"
                    values: [0.1]
                  - path: "agents[3].noSuchParameter"
                    values: [1, 2]
                """);
        Path out = tmp.resolve("out");
        Cli.Result r = steppe("batch", "kazakhstan-2017", "--runs", "1", "--sweep", sweep.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(SteppeCli.BAD_INPUT);
        assertThat(r.err()).contains("unknown field 'noSuchParameter'").contains("rationingStep")
                .contains("(sweep point 0: agents[3].rationingStep=0.1 agents[3].noSuchParameter=1)");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownEngineListsTheValidOnes() {
        Cli.Result r = steppe("batch", "kazakhstan-2017", "--runs", "1", "--engine", "dask", "--out", tmp.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(SteppeCli.BAD_INPUT);
        assertThat(r.err()).contains("unknown --engine 'dask'").contains("local, spark");
    }

    @Test
    void aShardMustBeKOfN() {
        Cli.Result r = steppe("batch", "kazakhstan-2017", "--runs", "1", "--shard", "3/2", "--out", tmp.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(SteppeCli.BAD_INPUT);
        assertThat(r.err()).contains("--shard '3/2'").contains("1 ≤ K ≤ N");
    }

    @Test
    void mergingADirectoryThatIsNoBatchIsRefused() throws IOException {
        Files.createDirectories(tmp.resolve("notabatch"));
        Cli.Result r = steppe("merge", tmp.resolve("notabatch").toString(), "--out", tmp.resolve("m").toString());
        assertThat(r.exit()).isEqualTo(SteppeCli.BAD_INPUT);
        assertThat(r.err()).contains("is not a batch directory");
    }

    @Test
    void aBatchPrintsItsPlanAndItsOutputs() {
        Path out = tmp.resolve("b");
        Cli.Result r = steppe("batch", "kazakhstan-2017", "--runs", "2", "--set", "end=2017-06-30", "--threads", "1", "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1 points × 2 replicates = 2 runs").contains("2 runs done").contains("aggregate.json");
        assertThat(r.err()).contains("2/2 runs");
        assertThat(out.resolve("runs.parquet")).isNotEmptyFile();
    }
}
