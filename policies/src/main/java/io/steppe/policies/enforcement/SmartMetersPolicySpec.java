package io.steppe.policies.enforcement;

import io.steppe.agents.SocietyLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Mandatory metering with smart-meter anomaly detection (an alternative): large consumers get smart
 * meters whose readings are screened for draws far above their norm, so hidden mines are flagged
 * to the utility without an audit or an activist; protection still decides whether anyone acts.
 *
 * @param coverage share of large consumers on screened smart meters
 */
@Describe("Mandatory smart metering with anomaly screening: hidden mines' excess draw is flagged automatically (an alternative)")
public record SmartMetersPolicySpec(
        @Describe(value = "Share of large consumers on screened smart meters", unit = "1", source = "assumption: a national roll-out reaching most large consumers")
        @PositiveOrZero(message = "must be ≥ 0") @DecimalMax(value = "1", message = "must be ≤ 1") Double coverage) implements PolicySpec {

    /** Fills in the default coverage. */
    public SmartMetersPolicySpec {
        coverage = coverage == null ? 0.8 : coverage;
    }

    @Override
    public Policy create() {
        return today -> today.set(SocietyLevers.SMART_METER_COVERAGE, coverage);
    }

    @Override
    public List<String> levers() {
        return List.of(SocietyLevers.SMART_METER_COVERAGE);
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
