package io.steppe.campaigns.play;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.steppe.engine.Describe;
import io.steppe.engine.scenario.PolicyEntry;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A player's moves for {@code steppe play}: policies in the schema of a scenario's
 * {@code policies} (type, parameters, activation), checked against the campaign's {@link Seat} by
 * {@link MovesReader} and added to the campaign's own policies.
 *
 * @param name who plays or what the plan is called, shown with the score
 * @param policies the player's policies; an empty list plays the baseline
 */
@JsonPropertyOrder({"name", "policies"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Moves(
        @Describe("Who plays or what the plan is called, shown with the score") String name,
        @Describe("The player's policies, as in a scenario's policies") @NotNull(message = "is required (an empty list plays the baseline)")
        List<PolicyEntry> policies) {

    /** Freezes the list (keeping empty entries, which validation reports). */
    public Moves {
        policies = policies == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(policies));
    }
}
