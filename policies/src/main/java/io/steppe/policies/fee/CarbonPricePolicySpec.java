package io.steppe.policies.fee;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A carbon price on fossil power sold to miners and industry (an alternative Kazakhstan did not
 * try): miners pay it per tonne of CO2 their power emits, so coal-fired grid power costs most.
 *
 * @param priceUsdPerTonne the carbon price
 */
@Describe("Carbon price on fossil power sold to miners and industry; coal-fired grid power costs most (an alternative)")
public record CarbonPricePolicySpec(
        @Describe(value = "Carbon price", unit = "USD/tCO2",
                source = "assumption: between Kazakhstan's ETS (~1 USD/t) and the EU ETS (~80-90 USD/t in 2022-2023)")
        @PositiveOrZero(message = "must be ≥ 0") Double priceUsdPerTonne) implements PolicySpec {

    /** Fills in the default price. */
    public CarbonPricePolicySpec {
        priceUsdPerTonne = priceUsdPerTonne == null ? 50.0 : priceUsdPerTonne;
    }

    @Override
    public Policy create() {
        return today -> today.set(MiningLevers.CARBON_PRICE_USD_PER_TONNE, priceUsdPerTonne);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.CARBON_PRICE_USD_PER_TONNE);
    }

    @Override
    public Purpose purpose() {
        return Purpose.REVENUE;
    }
}
