package io.steppe.campaigns.play;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.steppe.engine.Describe;
import io.steppe.engine.SectionContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A campaign objective: what a player is scored on ({@code steppe play}). Every run of the player's
 * ensemble earns a score from 0 to 100 on each objective; the objective's score is the mean over
 * the runs, and the total is the weighted mean of the objectives' scores.
 *
 * <ul>
 *   <li>{@code atMost} / {@code atLeast}: 100 when the run's KPI is at most / at least
 *       {@code target}, else 0, so the score is the percentage of runs meeting the target.</li>
 *   <li>{@code minimize} / {@code maximize}: against the baseline run with the same seed (the
 *       campaign without the player's policies), 50 + 50 × tanh(improvement / {@code scale}), where
 *       the improvement is baseline − player (minimize) or player − baseline (maximize), in the
 *       KPI's unit. The baseline itself scores 50; an improvement of one scale scores 88, of two
 *       98; a loss of one scale scores 12.</li>
 * </ul>
 *
 * @param name short label
 * @param kpi the numeric KPI of {@code summary.json} it reads
 * @param goal minimize, maximize, or stay at most / at least a target
 * @param target the bound for {@code atMost} / {@code atLeast}, in the KPI's unit
 * @param scale for {@code minimize} / {@code maximize}: the change of the KPI, in its unit, that
 *              moves the score from 50 to 88; absent = the baseline ensemble's median |KPI| (a
 *              relative scale: doubling a maximised KPI scores 88), or 1 when that median is 0
 * @param weight relative weight in the total
 */
@JsonPropertyOrder({"name", "kpi", "goal", "target", "scale", "weight"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Objective(
        @Describe("Short label") @NotBlank String name,
        @Describe("Numeric KPI of summary.json the objective reads") @NotBlank String kpi,
        @Describe("minimize, maximize, atMost or atLeast") @NotNull Goal goal,
        @Describe("Bound for atMost / atLeast, in the KPI's unit") Double target,
        @Describe("minimize / maximize: change of the KPI (its unit) that moves the score from 50 to 88;"
                + " absent = the baseline's median |KPI|, or 1 when that is 0")
        @Positive(message = "must be > 0") Double scale,
        @Describe(value = "Relative weight in the score", unit = "1") @PositiveOrZero(message = "must be ≥ 0") Double weight) {

    /** What the objective asks of its KPI. */
    public enum Goal {
        @JsonProperty("minimize") MINIMIZE,
        @JsonProperty("maximize") MAXIMIZE,
        @JsonProperty("atMost") AT_MOST,
        @JsonProperty("atLeast") AT_LEAST;

        /** Whether the goal is a bound to meet (atMost, atLeast) rather than a direction. */
        public boolean bounded() {
            return this == AT_MOST || this == AT_LEAST;
        }
    }

    /** Fills in the default weight. */
    public Objective {
        weight = weight == null ? 1.0 : weight;
    }

    /** Each objective's KPI is one the scenario computes, and its target or scale fits its goal. */
    public static void check(List<Objective> objectives, SectionContext context) {
        for (int i = 0; i < objectives.size(); i++) {
            Objective o = objectives.get(i);
            String at = "[" + i + "]";
            if (o == null) {
                context.problem(at, "must be a mapping");
                continue;
            }
            if (o.kpi() != null && !o.kpi().isBlank()) {
                context.requireKpi(at + ".kpi", o.kpi());
            }
            if (o.goal() == null) {
                continue;
            }
            if (o.goal().bounded() && o.target() == null) {
                context.problem(at + ".target", "is required when goal is atMost or atLeast");
            }
            if (o.goal().bounded() && o.scale() != null) {
                context.problem(at + ".scale", "is for minimize and maximize; atMost and atLeast score the share of runs meeting the target");
            }
            if (!o.goal().bounded() && o.target() != null) {
                context.problem(at + ".target", "is for atMost and atLeast; minimize and maximize are scored against the baseline (see scale)");
            }
        }
    }
}
