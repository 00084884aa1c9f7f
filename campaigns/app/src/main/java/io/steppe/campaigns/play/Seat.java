package io.steppe.campaigns.play;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.steppe.engine.Describe;
import io.steppe.engine.SectionContext;
import io.steppe.engine.scenario.Activation;
import io.steppe.engine.scenario.PolicyEntry;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The player's seat in a campaign ({@code steppe play}): an office held from a date, and the levers
 * that office may pull. A player's policies (a moves file, {@link Moves}) may set only these levers,
 * act only within the term, and are switched by their own dates and triggers, never by the
 * government's doctrine. They are added to the campaign's own policies, which still apply.
 *
 * @param title the office, e.g. "Minister of Energy"
 * @param from the day the player takes office: no player policy acts earlier
 * @param until the last day in office (inclusive); absent = to the end of the campaign
 * @param levers lever names (see {@code steppe policies}) the player's policies may set
 * @param maxPolicies most policies a moves file may hold; absent = no limit
 * @param brief what the player walks into, shown by {@code steppe play --show}
 */
@JsonPropertyOrder({"title", "from", "until", "levers", "maxPolicies", "brief"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Seat(
        @Describe("The player's office, e.g. 'Minister of Energy'") @NotBlank String title,
        @Describe("Day the player takes office; no player policy acts earlier") @NotNull LocalDate from,
        @Describe("Last day in office (inclusive); absent = to the end of the campaign") LocalDate until,
        @Describe("Levers the player's policies may set (names as in steppe policies)")
        @NotEmpty(message = "must name at least one lever") List<String> levers,
        @Describe(value = "Most policies a moves file may hold; absent = no limit", unit = "policies")
        @Min(value = 1, message = "must be ≥ 1") Integer maxPolicies,
        @Describe("What the player walks into, a paragraph shown by steppe play --show") String brief) {

    /** Freezes the lever list (keeping empty entries, which validation reports). */
    public Seat {
        levers = levers == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(levers));
    }

    /**
     * A seat names registered levers and a term that does not end before it starts. Whether the
     * term lies within the scenario is left to playing it, so that a shortened run of a campaign
     * with a seat (e.g. {@code --set end=2018-12-31}) stays valid.
     */
    public static void check(Seat seat, SectionContext context) {
        if (seat.levers() != null) {
            for (int i = 0; i < seat.levers().size(); i++) {
                context.requireLever("levers[" + i + "]", seat.levers().get(i));
            }
        }
        if (seat.from() != null && seat.until() != null && seat.until().isBefore(seat.from())) {
            context.problem("until", "must not be before from (" + seat.from() + ")");
        }
    }

    /**
     * The player's policies as they run: a policy without {@code start} starts the day the player
     * takes office, and one without {@code end} ends with the term ({@code until}, if any).
     */
    public List<PolicyEntry> inTerm(List<PolicyEntry> policies) {
        List<PolicyEntry> placed = new ArrayList<>(policies.size());
        for (PolicyEntry p : policies) {
            Activation a = p.activation();
            placed.add(new PolicyEntry(p.spec(), new Activation(a.start() == null ? from : a.start(),
                    a.end() == null ? until : a.end(), a.when(), a.until(), a.minDays(), a.control())));
        }
        return placed;
    }
}
