package io.steppe.policies.tax;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Subsidised power in special economic (free) zones, meant for manufacturing: every business in a
 * zone, registered mining sites and the hosts of hidden mines alike, pays less for power; the
 * state bears the discount.
 *
 * @param discountPct the discount on the power tariff
 */
@Describe("Subsidised power in special economic (free) zones: sites and hidden-mine hosts in a zone pay less; the state bears the discount")
public record FreeZonePowerSubsidyPolicySpec(
        @Describe(value = "Discount on the power tariff in the zones", unit = "% of tariff",
                source = "assumption: SEZ tariffs well below the 0.045 USD/kWh industrial price (kz_tariffs_and_fees.csv) around 0.03")
        @PositiveOrZero(message = "must be ≥ 0") @DecimalMax(value = "100", message = "must be ≤ 100") Double discountPct)
        implements PolicySpec {

    /** Fills in the default discount. */
    public FreeZonePowerSubsidyPolicySpec {
        discountPct = discountPct == null ? 30.0 : discountPct;
    }

    @Override
    public Policy create() {
        return today -> today.set(MiningLevers.FREE_ZONE_POWER_DISCOUNT_PCT, discountPct);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.FREE_ZONE_POWER_DISCOUNT_PCT);
    }

    @Override
    public Purpose purpose() {
        return Purpose.INVESTMENT;
    }
}
