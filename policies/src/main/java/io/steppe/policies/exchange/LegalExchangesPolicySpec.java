package io.steppe.policies.exchange;

import io.steppe.agents.SocietyLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import java.util.List;

/**
 * Legal crypto-to-fiat exchanges (the AIFC regime), optionally in a regulatory sandbox with lighter
 * compliance: exchanges register when operating locally costs them less than serving Kazakh
 * miners from abroad, and miners then sell part of what they mine at home, where it is taxed.
 *
 * @param sandbox whether licensed exchanges operate in a regulatory sandbox
 */
@Describe("Legal crypto-to-fiat exchanges, optionally in a regulatory sandbox: mined value sold at home stays and is taxed")
public record LegalExchangesPolicySpec(
        @Describe(value = "Whether licensed exchanges operate in a regulatory sandbox (lighter compliance)", unit = "true/false",
                source = "AIFC FinTech Lab regulatory sandbox (kz_global_timeline.csv: licensed AIFC exchanges)")
        Boolean sandbox) implements PolicySpec {

    /** Fills in the default: a sandbox. */
    public LegalExchangesPolicySpec {
        sandbox = sandbox == null ? Boolean.TRUE : sandbox;
    }

    @Override
    public Policy create() {
        return today -> {
            today.set(SocietyLevers.EXCHANGES_LEGAL, 1);
            if (sandbox) {
                today.set(SocietyLevers.EXCHANGE_SANDBOX, 1);
            }
        };
    }

    @Override
    public List<String> levers() {
        return List.of(SocietyLevers.EXCHANGES_LEGAL, SocietyLevers.EXCHANGE_SANDBOX);
    }

    @Override
    public Purpose purpose() {
        return Purpose.REVENUE;
    }
}
