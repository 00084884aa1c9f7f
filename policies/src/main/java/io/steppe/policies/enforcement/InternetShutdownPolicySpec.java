package io.steppe.policies.enforcement;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import java.util.List;

/**
 * Shuts the internet down while active (as on 5-10 January 2022): miners go offline, activists
 * cannot publish, and protest news travels only through the ties that still work.
 */
@Describe("Internet shutdown: miners go offline, activists cannot publish, protest news travels through fewer ties")
public record InternetShutdownPolicySpec() implements PolicySpec {

    @Override
    public Policy create() {
        return today -> today.set(MiningLevers.INTERNET_SHUTDOWN, 1);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.INTERNET_SHUTDOWN);
    }

    @Override
    public Purpose purpose() {
        return Purpose.LEGITIMACY;
    }
}
