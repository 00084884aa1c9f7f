package io.steppe.campaigns.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.campaigns.cli.SteppeCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The application runs with Spark absent, as it is from steppe.jar: nothing reaches Spark unless Spark is chosen. */
class SparkIsOptionalTest {
    @Test
    void theCommandLineStartsAndListsItsCommandsWithoutSpark() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (HidingClassLoader loader = new HidingClassLoader("org.apache.spark.", "scala.", "io.steppe.campaigns.batch.spark.")) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Object exit = loader.loadClass(SteppeCli.class.getName()).getMethod("execute", String[].class)
                    .invoke(null, (Object) new String[] {"--help"});
            assertThat(exit).isEqualTo(0);
            assertThat(loader.refused()).isEmpty();
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Usage: steppe");
    }
}
