package io.steppe.policies.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Statutory rationing of power to registered grid miners: they may draw at most a share of their
 * contracted load, on top of whatever the operator's own rationing allows.
 *
 * @param supplyShare the most of their contracted load miners may draw
 */
@Describe("Statutory rationing: registered grid miners may draw at most a share of their contracted load")
public record MinerRationingPolicySpec(
        @Describe(value = "Most of their contracted load registered grid miners may draw", unit = "1",
                source = "assumption: KEGOC limited miners to a fraction of contracted power from autumn 2021 (kz_global_timeline.csv)")
        @PositiveOrZero(message = "must be ≥ 0") @DecimalMax(value = "1", message = "must be ≤ 1") Double supplyShare)
        implements PolicySpec {

    /** Fills in the default share. */
    public MinerRationingPolicySpec {
        supplyShare = supplyShare == null ? 0.5 : supplyShare;
    }

    @Override
    public Policy create() {
        return today -> today.set(MiningLevers.MINER_SUPPLY_CAP_SHARE, supplyShare);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.MINER_SUPPLY_CAP_SHARE);
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
