package io.steppe.policies.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import java.util.List;

/**
 * Allows mining only off the public grid (an alternative): grid-powered sites stop, new sites are
 * built with their own renewable or gas power, at its higher cost.
 */
@Describe("Mining only off the public grid: grid-powered sites must stop; new sites bring their own power (an alternative)")
public record OffGridOnlyMiningPolicySpec() implements PolicySpec {

    @Override
    public Policy create() {
        return today -> today.set(MiningLevers.GRID_MINING_BAN, 1);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.GRID_MINING_BAN);
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
