package io.steppe.policies.fee;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Scarcity (time-of-use) pricing for miners (an alternative): a surcharge on miners' grid power in
 * the evening peak that grows as the reserve margin shrinks. Miners whose machines do not pay at
 * the peak price switch off for the peak block.
 *
 * @param maxPeakSurchargeUsdPerKwh the surcharge when the reserve is at or below {@code fullSurchargeBelowReservePct}
 * @param fullSurchargeBelowReservePct reserve margin at or below which the full surcharge applies
 * @param noSurchargeAboveReservePct reserve margin at or above which there is no surcharge
 * @param windowDays days of reserve margins looked at (the lowest counts)
 */
@Describe("Scarcity pricing for miners: an evening-peak surcharge on their grid power that grows as the reserve margin shrinks (an alternative)")
public record ScarcityPricingPolicySpec(
        @Describe(value = "Peak surcharge at the full scarcity level", unit = "USD/kWh",
                source = "assumption: above a modern machine's revenue per kWh at 2021-2022 hashprice (~0.3-0.4 USD), far below ERCOT's 5 USD/kWh offer cap")
        @PositiveOrZero(message = "must be ≥ 0") Double maxPeakSurchargeUsdPerKwh,
        @Describe(value = "Reserve margin at or below which the full surcharge applies", unit = "%", source = "assumption")
        Double fullSurchargeBelowReservePct,
        @Describe(value = "Reserve margin at or above which there is no surcharge; set it very high for a flat time-of-use tariff", unit = "%",
                source = "assumption: the operator's rationing threshold plus a margin")
        Double noSurchargeAboveReservePct,
        @Describe(value = "Days of reserve margins looked at (the lowest counts)", unit = "days", source = "assumption: a week")
        @Positive(message = "must be > 0") Integer windowDays) implements PolicySpec {

    /** Fills in defaults. */
    public ScarcityPricingPolicySpec {
        maxPeakSurchargeUsdPerKwh = maxPeakSurchargeUsdPerKwh == null ? 0.5 : maxPeakSurchargeUsdPerKwh;
        fullSurchargeBelowReservePct = fullSurchargeBelowReservePct == null ? 0.0 : fullSurchargeBelowReservePct;
        noSurchargeAboveReservePct = noSurchargeAboveReservePct == null ? 10.0 : noSurchargeAboveReservePct;
        windowDays = windowDays == null ? 7 : windowDays;
    }

    /** The surcharge must fall as the reserve rises. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    @AssertTrue(message = "needs fullSurchargeBelowReservePct < noSurchargeAboveReservePct")
    public boolean isOrdered() {
        return fullSurchargeBelowReservePct < noSurchargeAboveReservePct;
    }

    @Override
    public Policy create() {
        return today -> {
            double reserve = today.minLast("reserveMarginPct", windowDays);
            if (Double.isNaN(reserve)) {
                return;
            }
            double scarcity = (noSurchargeAboveReservePct - reserve) / (noSurchargeAboveReservePct - fullSurchargeBelowReservePct);
            today.set(MiningLevers.MINER_PEAK_SURCHARGE_USD_PER_KWH, maxPeakSurchargeUsdPerKwh * Math.max(0, Math.min(1, scarcity)));
        };
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.MINER_PEAK_SURCHARGE_USD_PER_KWH);
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
