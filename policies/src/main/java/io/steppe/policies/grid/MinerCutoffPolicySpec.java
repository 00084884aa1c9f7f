package io.steppe.policies.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import java.util.List;

/**
 * Cuts registered grid miners off the grid while active; off-grid sites and hidden mines keep running.
 * The grid operator logs {@code minerCutoff} start and end.
 */
@Describe("Cuts registered grid miners off the grid while active (as the operator did 24 Jan - 7 Feb 2022)")
public record MinerCutoffPolicySpec() implements PolicySpec {

    @Override
    public Policy create() {
        return today -> today.set(MiningLevers.MINER_CUTOFF, 1);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.MINER_CUTOFF);
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
