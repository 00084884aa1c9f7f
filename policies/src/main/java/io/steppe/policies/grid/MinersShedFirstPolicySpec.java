package io.steppe.policies.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import java.util.List;

/**
 * Makes mining the lowest priority in load shedding (as in the 2022 energy quotas): in a shortfall the
 * operator sheds registered miners before households and industry; hidden mines are shed with everyone else.
 */
@Describe("Mining becomes the lowest priority in load shedding: registered miners are shed before households and industry")
public record MinersShedFirstPolicySpec() implements PolicySpec {

    @Override
    public Policy create() {
        return today -> today.set(MiningLevers.MINERS_SHED_FIRST, 1);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.MINERS_SHED_FIRST);
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
