package io.steppe.policies.grid;

import io.steppe.engine.Describe;
import io.steppe.engine.Levers;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Contracted power imports from Russia above the normal limit: each day it buys what yesterday's
 * reserve margin was short of the target, as a share of yesterday's peak demand, up to a maximum.
 *
 * @param maxImportMw the most it buys above the normal import limit
 * @param targetReservePct the reserve margin it buys towards
 */
@Describe("Contracted imports from Russia: buys what yesterday's reserve fell short of the target, up to a maximum")
public record PowerImportsPolicySpec(
        @Describe(value = "Most bought above the normal import limit", unit = "MW",
                source = "kz_power_system_points.csv / BRIEF: ~400 MW of Russian imports in October 2021")
        @PositiveOrZero(message = "must be ≥ 0") Double maxImportMw,
        @Describe(value = "Reserve margin the imports aim for", unit = "%", source = "assumption: the operator's rationing threshold")
        Double targetReservePct) implements PolicySpec {

    /** Fills in defaults. */
    public PowerImportsPolicySpec {
        maxImportMw = maxImportMw == null ? 400.0 : maxImportMw;
        targetReservePct = targetReservePct == null ? 5.0 : targetReservePct;
    }

    @Override
    public Policy create() {
        return today -> {
            double reserve = today.metric("reserveMarginPct");
            double peak = today.metric("peakDemandMw");
            if (Double.isNaN(reserve) || Double.isNaN(peak) || reserve >= targetReservePct) {
                return;
            }
            today.set(Levers.IMPORT_BOOST_MW, Math.min(maxImportMw, (targetReservePct - reserve) / 100 * peak));
        };
    }

    @Override
    public List<String> levers() {
        return List.of(Levers.IMPORT_BOOST_MW);
    }

    @Override
    public List<String> reads() {
        return List.of("reserveMarginPct", "peakDemandMw");
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
