package io.steppe.campaigns.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.steppe.engine.Describe;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One swept scenario path: a list of values, or a range with (for a grid) a number of steps.
 *
 * @param path the scenario path, as for {@code --set}
 * @param values the values to take (numbers, strings or booleans), instead of a range
 * @param min the range's lower end
 * @param max the range's upper end
 * @param steps a grid's evenly spaced values from min to max, both included
 * @param scale how a range is spaced: linear, or log (even in the logarithm; min > 0)
 * @param integer round drawn values to whole numbers (for counts)
 */
public record SweepParameter(
        @Describe("Scenario path, as for --set") @NotBlank(message = "name the scenario path, e.g. agents[3].rationingStep") String path,
        @Describe("Values to take, instead of a range") List<Object> values,
        @Describe("Range: lower end") Double min,
        @Describe("Range: upper end") Double max,
        @Describe("Grid: evenly spaced values from min to max") @Min(value = 2, message = "must be ≥ 2") Integer steps,
        @Describe("Range spacing: linear or log") Scale scale,
        @Describe("Round drawn values to whole numbers") Boolean integer) {

    /** How a range is spaced. */
    public enum Scale {
        /** Even in the value. */
        @JsonProperty("linear") LINEAR,
        /** Even in the value's logarithm. */
        @JsonProperty("log") LOG
    }

    /** Fills in the defaults (linear, not integer). */
    public SweepParameter {
        values = values == null ? null : List.copyOf(values);
        scale = scale == null ? Scale.LINEAR : scale;
        integer = integer != null && integer;
    }

    void check(String at, boolean grid, BiConsumer<String, String> problem) {
        boolean range = min != null || max != null;
        if (values != null && range) {
            problem.accept(at + ".values", "give either 'values' or a range 'min'..'max', not both");
            return;
        }
        if (values == null && !range) {
            problem.accept(at, "give 'values: [...]' or a range 'min: ..., max: ...'");
            return;
        }
        if (values != null) {
            if (values.isEmpty()) {
                problem.accept(at + ".values", "name at least one value");
            }
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (!(v instanceof Number || v instanceof String || v instanceof Boolean)) {
                    problem.accept(at + ".values[" + i + "]", "a value is a number, a string or true/false");
                }
            }
            if (steps != null) {
                problem.accept(at + ".steps", "'steps' spaces a range; a list of values is taken as it is");
            }
            return;
        }
        if (min == null || max == null) {
            problem.accept(at + (min == null ? ".min" : ".max"), "a range needs both 'min' and 'max'");
            return;
        }
        if (!(min <= max)) {
            problem.accept(at + ".max", "must be ≥ min (" + min + ")");
        }
        if (scale == Scale.LOG && !(min > 0)) {
            problem.accept(at + ".min", "a log-spaced range needs min > 0");
        }
        if (grid && steps == null) {
            problem.accept(at + ".steps", "a grid over a range needs 'steps' (values from min to max, both included)");
        }
        if (!grid && steps != null) {
            problem.accept(at + ".steps", "'steps' is for a grid; latinHypercube and random draw from the range");
        }
    }

    /** A grid's values as {@code --set} text. */
    List<String> gridValues() {
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> out.add(Sweep.text(v)));
            return out;
        }
        for (int i = 0; i < steps; i++) {
            out.add(at(i / (double) (steps - 1)));
        }
        return out;
    }

    /** The value at a position u in [0, 1) of the list or range, as {@code --set} text. */
    String at(double u) {
        if (values != null) {
            return Sweep.text(values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size()))));
        }
        double v = scale == Scale.LOG
                ? StrictMath.exp(StrictMath.log(min) + u * (StrictMath.log(max) - StrictMath.log(min)))
                : min + u * (max - min);
        if (u >= 1.0) {
            v = max;
        }
        if (integer) {
            return Long.toString(Math.round(v));
        }
        return Sweep.text(v);
    }
}
