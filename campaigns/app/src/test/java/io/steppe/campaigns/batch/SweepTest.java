package io.steppe.campaigns.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.engine.ScenarioException;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sweep files: how each sampling expands into points, and how a bad file is refused. */
class SweepTest {
    private static final ScenarioLoader LOADER = new ScenarioLoader(PluginRegistry.discover(SweepTest.class.getClassLoader()));

    @TempDir
    Path dir;

    private Sweep read(String yaml) throws IOException {
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, yaml);
        return LOADER.loadDocument(file, Sweep.class, Sweep.SHAPE, Sweep::check);
    }

    @Test
    void aGridTakesEveryCombinationWithTheFirstParameterSlowest() throws IOException {
        Sweep s = read("""
                sampling: grid
                parameters:
                  - {path: "agents[3].rationingStep", values: [0.05, 0.2]}
                  - {path: seed, min: 1, max: 3, steps: 3}
                """);
        assertThat(s.expand()).containsExactly(List.of("0.05", "1"), List.of("0.05", "2"), List.of("0.05", "3"),
                List.of("0.2", "1"), List.of("0.2", "2"), List.of("0.2", "3"));
    }

    @Test
    void aLogSpacedGridIsEvenInTheLogarithm() throws IOException {
        Sweep s = read("""
                sampling: grid
                parameters:
                  - {path: a, min: 1, max: 100, steps: 3, scale: log}
                """);
        assertThat(s.expand()).containsExactly(List.of("1"), List.of("10"), List.of("100"));
    }

    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {1, 7, 50})
    void aLatinHypercubeUsesEachStratumOfEachParameterOnce(int n) throws IOException {
        Sweep s = read("""
                sampling: latinHypercube
                points: %d
                seed: 11
                parameters:
                  - {path: a, min: 0, max: 1}
                  - {path: b, min: 10, max: 20}
                """.formatted(n));
        List<List<String>> points = s.expand();
        assertThat(points).hasSize(n);
        for (int j = 0; j < 2; j++) {
            double lo = j == 0 ? 0 : 10;
            double width = j == 0 ? 1 : 10;
            Set<Integer> strata = new HashSet<>();
            for (List<String> p : points) {
                double u = (Double.parseDouble(p.get(j)) - lo) / width;
                strata.add((int) Math.floor(u * n));
            }
            assertThat(strata).as("parameter %d", j).hasSize(n);
        }
    }

    @Test
    void theSameSeedDrawsTheSamePointsAndAnotherSeedOthers() throws IOException {
        String text = """
                sampling: random
                points: 5
                seed: %d
                parameters:
                  - {path: a, min: 0, max: 1}
                  - {path: b, values: [x, y, z]}
                """;
        List<List<String>> first = read(text.formatted(3)).expand();
        assertThat(read(text.formatted(3)).expand()).isEqualTo(first);
        assertThat(read(text.formatted(4)).expand()).isNotEqualTo(first);
        first.forEach(p -> {
            assertThat(Double.parseDouble(p.get(0))).isBetween(0.0, 1.0);
            assertThat(p.get(1)).isIn("x", "y", "z");
        });
    }

    @Test
    void anUnknownFieldIsRefusedWithItsLineAndTheValidFields() {
        assertThatThrownBy(() -> read("""
                sampling: grid
                parameters:
                  - path: a
                    valeus: [1, 2]
                """)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("sweep.yaml").hasMessageContaining(":4")
                .hasMessageContaining("unknown field 'valeus'").hasMessageContaining("did you mean values? Valid fields: integer, max, min, path, scale, steps, values");
    }

    @Test
    void anUnknownSamplingListsTheValidOnes() {
        assertThatThrownBy(() -> read("""
                sampling: sobol
                parameters: [{path: a, values: [1]}]
                """)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("sampling").hasMessageContaining("grid, latinHypercube, random");
    }

    @Test
    void aRangeOnAGridWithoutStepsAndADrawWithoutASeedAreRefused() {
        assertThatThrownBy(() -> read("""
                sampling: grid
                parameters: [{path: a, min: 0, max: 1}]
                """)).hasMessageContaining("parameters[0].steps").hasMessageContaining("needs 'steps'");
        assertThatThrownBy(() -> read("""
                sampling: latinHypercube
                points: 4
                parameters: [{path: a, min: 0, max: 1}]
                """)).hasMessageContaining("seed").hasMessageContaining("the sampler's seed");
    }
}
