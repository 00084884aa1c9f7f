package io.steppe.policies.fee;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicyContext;

/** Sets the mining fee on every power source while active; fees of several active fee policies add up. */
final class MiningFeePolicy implements Policy {
    private final double rateKztPerKwh;

    MiningFeePolicy(double rateKztPerKwh) {
        this.rateKztPerKwh = rateKztPerKwh;
    }

    @Override
    public void apply(PolicyContext today) {
        today.set(MiningLevers.MINING_FEE_KZT_PER_KWH, rateKztPerKwh);
        today.set(MiningLevers.MINING_FEE_RENEWABLE_KZT_PER_KWH, rateKztPerKwh);
        today.set(MiningLevers.MINING_FEE_OWN_GENERATION_KZT_PER_KWH, rateKztPerKwh);
    }
}
