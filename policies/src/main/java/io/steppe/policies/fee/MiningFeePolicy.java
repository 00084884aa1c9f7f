package io.steppe.policies.fee;

import io.steppe.engine.Levers;
import io.steppe.engine.Policy;
import io.steppe.engine.SteppeWorld;

/** Sets the mining-fee lever while active; fees of several active fee policies add up. */
final class MiningFeePolicy implements Policy {
    private final double rateKztPerKwh;

    MiningFeePolicy(double rateKztPerKwh) {
        this.rateKztPerKwh = rateKztPerKwh;
    }

    @Override
    public void apply(SteppeWorld world, Levers levers) {
        levers.set(Levers.MINING_FEE_KZT_PER_KWH, rateKztPerKwh);
    }
}
