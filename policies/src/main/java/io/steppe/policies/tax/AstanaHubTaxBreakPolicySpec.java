package io.steppe.policies.tax;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import java.util.List;

/**
 * Astana Hub's tax regime for tech firms, used by mining firms registered as "data centres": no
 * corporate income tax for members, so their investments pay back sooner and the state forgoes
 * the tax (which it may later reclaim with {@code hubExpulsion}).
 */
@Describe("Astana Hub tax breaks: member mining firms ('data centres') pay no corporate income tax")
public record AstanaHubTaxBreakPolicySpec() implements PolicySpec {

    @Override
    public Policy create() {
        return today -> today.set(MiningLevers.HUB_TAX_BREAK, 1);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.HUB_TAX_BREAK);
    }

    @Override
    public Purpose purpose() {
        return Purpose.INVESTMENT;
    }
}
