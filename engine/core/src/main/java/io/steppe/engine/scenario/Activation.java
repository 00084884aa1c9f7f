package io.steppe.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.steppe.engine.Describe;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * When a policy in a scenario is on. A policy is eligible from {@code start} to {@code end}
 * (inclusive; either may be absent). Without {@code when}, an eligible policy is active. With
 * {@code when}, it switches on the day after {@code when} holds and stays on until {@code until}
 * holds (or, without {@code until}, until {@code when} no longer holds), but never for fewer than
 * {@code minDays} days: {@code until} and {@code minDays} give hysteresis. With
 * {@code control: doctrine} the policy is instead left to the government: it is on (within
 * start/end, for at least {@code minDays}) while the government's doctrine seeks the policy's
 * purpose.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Activation(
        @Describe("First day the policy may be active (inclusive); absent = from the scenario start") LocalDate start,
        @Describe("Last day the policy may be active (inclusive); absent = to the scenario end") LocalDate end,
        @Describe("Trigger that switches the policy on, e.g. 'reserveMarginPct < 5 for 3 days'") Trigger when,
        @Describe("Trigger that switches it off again; absent = when 'when' stops holding") Trigger until,
        @Describe(value = "Minimum days a triggered policy stays on", unit = "days") @Min(value = 0, message = "must be ≥ 0") Integer minDays,
        @Describe("Who switches the policy: 'schedule' (dates and triggers, the default) or 'doctrine' (the government, by the policy's purpose)") Control control) {

    /** Who switches a policy on and off. */
    public enum Control {
        /** Its dates and triggers. */
        @com.fasterxml.jackson.annotation.JsonProperty("schedule") SCHEDULE,
        /** The government's doctrine, by the policy's purpose. */
        @com.fasterxml.jackson.annotation.JsonProperty("doctrine") DOCTRINE
    }

    /** Whether the government's doctrine switches this policy. */
    public boolean byDoctrine() {
        return control == Control.DOCTRINE;
    }

    /** Names reserved for activation inside a policy entry. */
    public static final java.util.List<String> FIELDS = java.util.List.of("start", "end", "when", "until", "minDays", "control");

    /** Always active. */
    public static final Activation ALWAYS = new Activation(null, null, null, null, null, null);

    /** Whether the policy may be active on this date. */
    public boolean eligibleOn(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
