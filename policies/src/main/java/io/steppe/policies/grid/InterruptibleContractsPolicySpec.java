package io.steppe.policies.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * Interruptible (demand-response) contracts for miners, as Texas uses (an alternative): registered
 * grid miners are not rationed day-ahead; instead the operator interrupts them block by block,
 * before any household, whenever supply falls short, and pays them a credit per MWh interrupted.
 *
 * @param creditUsdPerMwh the payment per MWh interrupted
 */
@Describe("Interruptible contracts (as in Texas): miners are interrupted first, block by block, in any shortfall and paid per MWh; no day-ahead rationing")
public record InterruptibleContractsPolicySpec(
        @Describe(value = "Payment to miners per MWh interrupted", unit = "USD/MWh",
                source = "assumption: about a miner's margin per MWh at 2021 hashprice, so interruption costs it little")
        @Positive(message = "must be > 0") Double creditUsdPerMwh) implements PolicySpec {

    /** Fills in the default credit. */
    public InterruptibleContractsPolicySpec {
        creditUsdPerMwh = creditUsdPerMwh == null ? 50.0 : creditUsdPerMwh;
    }

    @Override
    public Policy create() {
        return today -> today.set(MiningLevers.INTERRUPTIBLE_CREDIT_USD_PER_MWH, creditUsdPerMwh);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.INTERRUPTIBLE_CREDIT_USD_PER_MWH);
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
