package io.steppe.campaigns.validate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.steppe.engine.Describe;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * How a campaign's facts are judged.
 *
 * @param requiredShare share of runs that must fall inside a fact's range for the fact to pass
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Validation(
        @Describe(value = "Share of runs that must fall inside a fact's range", unit = "1")
        @PositiveOrZero(message = "must be ≥ 0") @DecimalMax(value = "1", message = "must be ≤ 1") Double requiredShare) {

    /** Fills in the default share. */
    public Validation {
        requiredShare = requiredShare == null ? 0.8 : requiredShare;
    }

    /** The defaults. */
    public static Validation defaults() {
        return new Validation(null);
    }
}
