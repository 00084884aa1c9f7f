package io.steppe.policies.fee;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A flat digital-mining fee per kWh that registered miners pay on top of their power tariff, on
 * every power source (the 2022 fee).
 *
 * @param rateKztPerKwh the fee
 */
@Describe("Flat digital-mining fee per kWh paid by registered miners on top of their tariff")
public record MiningFeePolicySpec(
        @Describe(value = "Fee per kWh consumed by registered miners", unit = "KZT/kWh",
                source = "kz_tariffs_and_fees.csv: digital_mining_fee 1 KZT/kWh from 2022-01-01 (Tax Code amendment 2021)")
        @PositiveOrZero(message = "must be ≥ 0") Double rateKztPerKwh) implements PolicySpec {

    /** Fills in the default fee. */
    public MiningFeePolicySpec {
        rateKztPerKwh = rateKztPerKwh == null ? 1.0 : rateKztPerKwh;
    }

    @Override
    public Policy create() {
        return new MiningFeePolicy(rateKztPerKwh);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.MINING_FEE_KZT_PER_KWH, MiningLevers.MINING_FEE_RENEWABLE_KZT_PER_KWH,
                MiningLevers.MINING_FEE_OWN_GENERATION_KZT_PER_KWH);
    }

    @Override
    public Purpose purpose() {
        return Purpose.REVENUE;
    }
}
