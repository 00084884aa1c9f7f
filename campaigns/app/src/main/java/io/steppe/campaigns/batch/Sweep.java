package io.steppe.campaigns.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import ec.util.MersenneTwisterFast;
import io.steppe.engine.Describe;
import io.steppe.engine.run.Numbers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A sweep file: which scenario paths to vary and how to sample them. Each parameter is a path as
 * for {@code --set} ({@code agents[3].rationingStep}, {@code policies[2].rateKztPerKwh}) with
 * either a list of {@code values} or a range {@code min}..{@code max}. A {@code grid} takes
 * every combination (a range needs {@code steps}); {@code latinHypercube} and {@code random} draw
 * {@code points} points from the ranges (or lists) with the sampler's own {@code seed}, so a sweep
 * file names one plan.
 *
 * @param sampling how points are chosen
 * @param points the number of points (latinHypercube, random)
 * @param seed the sampler's seed (latinHypercube, random)
 * @param parameters the varied paths, in plan.csv column order
 */
public record Sweep(
        @Describe("grid, latinHypercube or random") @NotNull Sampling sampling,
        @Describe("Points to draw (latinHypercube, random)") @Min(value = 1, message = "must be ≥ 1") Integer points,
        @Describe("Seed of the sampler (latinHypercube, random)") Long seed,
        @Describe("The varied scenario paths") @NotEmpty(message = "name at least one parameter") @Valid List<SweepParameter> parameters) {

    /** How points are chosen. */
    public enum Sampling {
        /** Every combination of every parameter's values, first parameter slowest. */
        @JsonProperty("grid") GRID,
        /** Latin hypercube: each parameter's range cut into {@code points} strata, each used once. */
        @JsonProperty("latinHypercube") LATIN_HYPERCUBE,
        /** Independent uniform draws. */
        @JsonProperty("random") RANDOM
    }

    /** An example of the file's shape, shown when it is not a mapping. */
    public static final String SHAPE = "'sampling: grid' and 'parameters: [{path: agents[3].rationingStep, values: [0.05, 0.1]}]'";

    /** The checks a sweep must pass beyond its field types; each problem as (field path, message). */
    public static void check(Sweep sweep, BiConsumer<String, String> problem) {
        boolean grid = sweep.sampling == Sampling.GRID;
        if (grid && (sweep.points != null || sweep.seed != null)) {
            problem.accept(sweep.points != null ? "points" : "seed",
                    "a grid takes every combination; 'points' and 'seed' are for latinHypercube and random");
        }
        if (!grid && sweep.points == null) {
            problem.accept("points", "how many points to draw (latinHypercube, random)");
        }
        if (!grid && sweep.seed == null) {
            problem.accept("seed", "the sampler's seed (latinHypercube, random), so the file names one plan");
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < sweep.parameters.size(); i++) {
            SweepParameter p = sweep.parameters.get(i);
            String at = "parameters[" + i + "]";
            if (seen.contains(p.path())) {
                problem.accept(at + ".path", "'" + p.path() + "' is swept twice");
            }
            seen.add(p.path());
            p.check(at, grid, problem);
        }
    }

    /**
     * The points, each a list of values as {@code --set} text in parameter order: every
     * combination for a grid; otherwise {@code points} draws from a generator seeded with
     * {@code seed} (MASON's MersenneTwisterFast, as the model uses).
     */
    public List<List<String>> expand() {
        List<List<String>> points = new ArrayList<>();
        if (sampling == Sampling.GRID) {
            points.add(List.of());
            for (SweepParameter p : parameters) {
                List<String> values = p.gridValues();
                List<List<String>> next = new ArrayList<>(points.size() * values.size());
                for (List<String> point : points) {
                    for (String v : values) {
                        List<String> extended = new ArrayList<>(point);
                        extended.add(v);
                        next.add(List.copyOf(extended));
                    }
                }
                points = next;
            }
            return List.copyOf(points);
        }
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int n = this.points;
        double[][] u = new double[parameters.size()][n];
        for (int j = 0; j < parameters.size(); j++) {
            if (sampling == Sampling.RANDOM) {
                for (int i = 0; i < n; i++) {
                    u[j][i] = random.nextDouble();
                }
            } else {
                int[] strata = new int[n];
                for (int i = 0; i < n; i++) {
                    strata[i] = i;
                }
                for (int i = n - 1; i > 0; i--) {
                    int k = random.nextInt(i + 1);
                    int t = strata[i];
                    strata[i] = strata[k];
                    strata[k] = t;
                }
                for (int i = 0; i < n; i++) {
                    u[j][i] = (strata[i] + random.nextDouble()) / n;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            List<String> point = new ArrayList<>(parameters.size());
            for (int j = 0; j < parameters.size(); j++) {
                point.add(parameters.get(j).at(u[j][i]));
            }
            points.add(List.copyOf(point));
        }
        return List.copyOf(points);
    }

    /** The swept paths, in column order. */
    public List<String> paths() {
        return parameters.stream().map(SweepParameter::path).toList();
    }

    /** A value as {@code --set} text: numbers as written in outputs (10 significant digits). */
    static String text(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Number n) {
            return Numbers.format(n.doubleValue());
        }
        return String.valueOf(value);
    }
}
