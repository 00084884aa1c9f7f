package io.steppe.policies.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A monthly auction of grid capacity for new mining connections (an alternative): firms bid per
 * MW from their expected margin; the highest bids win up to the month's MW at a uniform price
 * (the highest losing bid), paid to the state.
 *
 * @param mwPerMonth grid capacity auctioned each month
 */
@Describe("Monthly auction of grid capacity for new mining connections: highest bids win at a uniform price paid to the state (an alternative)")
public record ConnectionAuctionPolicySpec(
        @Describe(value = "Grid capacity for new mining connections auctioned each month", unit = "MW/month",
                source = "assumption: about the 100 MW nationwide cap of 2021 spread over five months")
        @PositiveOrZero(message = "must be ≥ 0") Double mwPerMonth) implements PolicySpec {

    /** Fills in the default capacity. */
    public ConnectionAuctionPolicySpec {
        mwPerMonth = mwPerMonth == null ? 20.0 : mwPerMonth;
    }

    @Override
    public Policy create() {
        return today -> today.set(MiningLevers.CONNECTION_AUCTION_MW_PER_MONTH, mwPerMonth);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.CONNECTION_AUCTION_MW_PER_MONTH);
    }

    @Override
    public Purpose purpose() {
        return Purpose.REVENUE;
    }
}
