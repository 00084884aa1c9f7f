package io.steppe.policies.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * The 2023 rule: licensed grid miners may buy only surplus power, allocated daily by the operator
 * from what supply leaves above the non-mining peak and its reserve, within a quota, at no less
 * than the auction's floor price. Off-grid and renewable sites are exempt.
 *
 * @param quotaMw the most surplus offered to miners a day; absent = the whole surplus
 * @param floorPriceUsdPerKwh the lowest price miners pay for the power
 */
@Describe("Surplus-only power for licensed grid miners (2023 law): a daily allocation of the operator's surplus within a quota, at an auction floor price")
public record SurplusPowerAuctionPolicySpec(
        @Describe(value = "Most surplus offered to miners a day; absent = the whole surplus", unit = "MW",
                source = "kz_global_timeline.csv 2023-07-01: quota set by the system operator (value not published)")
        @PositiveOrZero(message = "must be ≥ 0") Double quotaMw,
        @Describe(value = "Lowest price miners pay for auctioned power", unit = "USD/kWh",
                source = "kz_tariffs_and_fees.csv 2023-07-01 miner_bid_floor: highest producer cap price in the zone; ~0.045 USD/kWh industrial price (2021-11)")
        @PositiveOrZero(message = "must be ≥ 0") Double floorPriceUsdPerKwh) implements PolicySpec {

    /** Fills in the default floor. */
    public SurplusPowerAuctionPolicySpec {
        floorPriceUsdPerKwh = floorPriceUsdPerKwh == null ? 0.045 : floorPriceUsdPerKwh;
    }

    @Override
    public Policy create() {
        return today -> {
            today.set(MiningLevers.SURPLUS_ONLY_POWER, 1);
            today.set(MiningLevers.MINER_POWER_PRICE_FLOOR_USD_PER_KWH, floorPriceUsdPerKwh);
            if (quotaMw != null) {
                today.set(MiningLevers.MINER_QUOTA_MW, quotaMw);
            }
        };
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.SURPLUS_ONLY_POWER, MiningLevers.MINER_POWER_PRICE_FLOOR_USD_PER_KWH, MiningLevers.MINER_QUOTA_MW);
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
