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
 * Expels mining firms from Astana Hub and bills them retroactive taxes: members lose the break and
 * owe a share of the tax forgiven so far; firms whose bill is too large for their margin leave the
 * country instead of paying.
 *
 * @param retroactiveTaxShare share of the forgiven tax billed
 */
@Describe("Expulsion from Astana Hub with retroactive taxes: members lose the break and are billed back taxes; some leave instead")
public record HubExpulsionPolicySpec(
        @Describe(value = "Share of the tax forgiven under the break that expelled firms are billed", unit = "1",
                source = "kz_mining_anchor_points.csv 2022-03/04: ~100 firms ejected and billed retroactive duties; assumption: the whole forgiven tax")
        @PositiveOrZero(message = "must be ≥ 0") @DecimalMax(value = "1", message = "must be ≤ 1") Double retroactiveTaxShare)
        implements PolicySpec {

    /** Fills in the default share. */
    public HubExpulsionPolicySpec {
        retroactiveTaxShare = retroactiveTaxShare == null ? 1.0 : retroactiveTaxShare;
    }

    @Override
    public Policy create() {
        return today -> {
            today.set(MiningLevers.HUB_EXPULSION, 1);
            today.set(MiningLevers.RETROACTIVE_TAX_SHARE, retroactiveTaxShare);
        };
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.HUB_EXPULSION, MiningLevers.RETROACTIVE_TAX_SHARE);
    }

    @Override
    public Purpose purpose() {
        return Purpose.REVENUE;
    }
}
