package io.steppe.policies.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import java.util.List;

/**
 * Bans all registered mining (an alternative, as China did in 2021): licensed sites stop, their
 * machines leave for other countries over the following months; hidden mining is not stopped by a ban.
 */
@Describe("Bans all registered mining; machines go abroad or into hiding (an alternative)")
public record MiningBanPolicySpec() implements PolicySpec {

    @Override
    public Policy create() {
        return today -> today.set(MiningLevers.MINING_BAN, 1);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.MINING_BAN);
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
