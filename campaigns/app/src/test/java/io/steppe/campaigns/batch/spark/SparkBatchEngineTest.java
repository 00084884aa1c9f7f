package io.steppe.campaigns.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.steppe.campaigns.cli.SteppeCli;
import io.steppe.engine.run.RunWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steppe batch --engine spark} on a local Spark writes the same runs.csv, bands.csv and
 * aggregate.json as the local engine on one thread, and records its engine in the manifest.
 */
class SparkBatchEngineTest {
    private static final List<String> COMPARED = List.of("runs.csv", "bands.csv", "aggregate.json", "plan.csv");

    @TempDir
    Path dir;

    private int batch(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("batch", "kazakhstan-2017", "--runs", "5", "--seed", "3",
                "--set", "end=2018-06-30", "--out", out.toString()));
        args.addAll(List.of(more));
        return SteppeCli.execute(args.toArray(String[]::new));
    }

    @Test
    void sparkTasksGiveTheSameBytesAsTheLocalEngine() throws IOException {
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        assertThat(batch(local, "--threads", "1")).isZero();
        assertThat(batch(spark, "--engine", "spark", "--threads", "2")).isZero();
        for (String file : COMPARED) {
            assertThat(Files.readAllBytes(spark.resolve(file))).as(file).isEqualTo(Files.readAllBytes(local.resolve(file)));
        }
        JsonNode manifest = RunWriter.json().readTree(spark.resolve("manifest.json").toFile());
        assertThat(manifest.path("engine").asText()).isEqualTo("spark");
        assertThat(manifest.path("runs").asInt()).isEqualTo(5);
    }
}
