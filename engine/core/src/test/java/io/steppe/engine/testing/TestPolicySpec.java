package io.steppe.engine.testing;

import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import jakarta.validation.constraints.PositiveOrZero;

/** Test fixture policy: sets the mining-fee lever to its rate while active. */
@Describe("Test fixture: sets the test fee lever")
public record TestPolicySpec(
        @Describe(value = "Fee", unit = "KZT/kWh") @PositiveOrZero(message = "must be ≥ 0") Double rateKztPerKwh)
        implements PolicySpec {

    /** Default rate 1. */
    public TestPolicySpec {
        rateKztPerKwh = rateKztPerKwh == null ? 1.0 : rateKztPerKwh;
    }

    @Override
    public Policy create() {
        return today -> today.set(TestPolicyModule.TEST_FEE, rateKztPerKwh);
    }

    @Override
    public java.util.List<String> levers() {
        return java.util.List.of(TestPolicyModule.TEST_FEE);
    }

    @Override
    public io.steppe.engine.Purpose purpose() {
        return io.steppe.engine.Purpose.REVENUE;
    }
}
