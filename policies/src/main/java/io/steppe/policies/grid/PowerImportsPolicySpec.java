package io.steppe.policies.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Contracted power imports from Russia above the normal limit: whenever the reserve margin was below
 * the target on any of the last {@code holdDays} days, it contracts {@code maxImportMw} more (a
 * week-ahead contract, so the purchase does not flicker as the extra imports lift the margin).
 *
 * @param maxImportMw the extra import capacity contracted
 * @param targetReservePct the reserve margin below which it contracts
 * @param holdDays how long a contract lasts after the last short day
 */
@Describe("Contracted imports from Russia: more import capacity for a week whenever the reserve margin fell below the target")
public record PowerImportsPolicySpec(
        @Describe(value = "Most bought above the normal import limit", unit = "MW",
                source = "kz_power_system_points.csv / BRIEF: ~400 MW of Russian imports in October 2021")
        @PositiveOrZero(message = "must be ≥ 0") Double maxImportMw,
        @Describe(value = "Reserve margin the imports aim for", unit = "%", source = "assumption: the operator's rationing threshold")
        Double targetReservePct,
        @Describe(value = "Days a contract lasts after the last short day", unit = "days", source = "assumption: week-ahead purchases")
        @jakarta.validation.constraints.Positive(message = "must be > 0") Integer holdDays) implements PolicySpec {

    /** Fills in defaults. */
    public PowerImportsPolicySpec {
        maxImportMw = maxImportMw == null ? 400.0 : maxImportMw;
        targetReservePct = targetReservePct == null ? 5.0 : targetReservePct;
        holdDays = holdDays == null ? 7 : holdDays;
    }

    @Override
    public Policy create() {
        return today -> {
            double lowest = today.minLast("reserveMarginPct", holdDays);
            if (!Double.isNaN(lowest) && lowest < targetReservePct) {
                today.set(MiningLevers.IMPORT_BOOST_MW, maxImportMw);
            }
        };
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.IMPORT_BOOST_MW);
    }

    @Override
    public List<String> reads() {
        return List.of("reserveMarginPct");
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
