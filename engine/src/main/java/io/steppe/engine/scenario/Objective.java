package io.steppe.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.steppe.engine.Describe;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A campaign objective: what a player is scored on.
 *
 * @param name short label
 * @param kpi the KPI of {@code summary.json} it reads
 * @param goal minimize, maximize, or stay at most / at least a target
 * @param target the bound for {@code atMost} / {@code atLeast}
 * @param weight relative weight in the score
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Objective(
        @Describe("Short label") @NotBlank String name,
        @Describe("KPI of summary.json the objective reads") @NotBlank String kpi,
        @Describe("minimize, maximize, atMost or atLeast") @NotNull Goal goal,
        @Describe("Bound for atMost / atLeast, in the KPI's unit") Double target,
        @Describe(value = "Relative weight in the score", unit = "1") @PositiveOrZero(message = "must be ≥ 0") Double weight) {

    /** What the objective asks of its KPI. */
    public enum Goal {
        @JsonProperty("minimize") MINIMIZE,
        @JsonProperty("maximize") MAXIMIZE,
        @JsonProperty("atMost") AT_MOST,
        @JsonProperty("atLeast") AT_LEAST
    }

    /** Fills in the default weight. */
    public Objective {
        weight = weight == null ? 1.0 : weight;
    }
}
