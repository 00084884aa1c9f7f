package io.steppe.policies.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import java.util.List;

/**
 * Allows mining only on renewable power (an alternative): grid-powered sites (mostly coal) and
 * sites on their own gas generation stop; new sites must build renewable plants.
 */
@Describe("Mining only on renewable power: grid and own-fossil sites stop; new sites build renewables (an alternative)")
public record RenewableOnlyMiningPolicySpec() implements PolicySpec {

    @Override
    public Policy create() {
        return today -> {
            today.set(MiningLevers.GRID_MINING_BAN, 1);
            today.set(MiningLevers.FOSSIL_MINING_BAN, 1);
        };
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.GRID_MINING_BAN, MiningLevers.FOSSIL_MINING_BAN);
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
