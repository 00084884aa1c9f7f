package io.steppe.policies.fee;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Kazakhstan's 2023 progressive digital-mining fee: the rate depends on the miner's power source,
 * highest on cheap (coal) grid power, lowest on renewables.
 *
 * @param gridFeeKztPerKwh fee on grid power
 * @param renewableFeeKztPerKwh fee on renewable power
 * @param ownGenerationFeeKztPerKwh fee on miners' own fossil generation
 */
@Describe("Progressive digital-mining fee by power source (Law 135-VII, from 2023): highest on cheap grid power, lowest on renewables")
public record ProgressiveMiningFeePolicySpec(
        @Describe(value = "Fee on grid power", unit = "KZT/kWh",
                source = "kz_tariffs_and_fees.csv digital_mining_fee_max: 25 KZT/kWh on the cheapest power; every Kazakh miner's grid tariff (0.03-0.043 USD = 13-20 KZT/kWh) is below the 24 KZT band that pays 1 (intermediate bands not retrieved)")
        @PositiveOrZero(message = "must be ≥ 0") Double gridFeeKztPerKwh,
        @Describe(value = "Fee on renewable power", unit = "KZT/kWh", source = "kz_tariffs_and_fees.csv digital_mining_fee_min: RES -> 1 KZT/kWh")
        @PositiveOrZero(message = "must be ≥ 0") Double renewableFeeKztPerKwh,
        @Describe(value = "Fee on miners' own fossil generation", unit = "KZT/kWh", source = "kz_tariffs_and_fees.csv digital_mining_fee_own_generation: 10 KZT/kWh")
        @PositiveOrZero(message = "must be ≥ 0") Double ownGenerationFeeKztPerKwh) implements PolicySpec {

    /** Fills in the 2023 rates. */
    public ProgressiveMiningFeePolicySpec {
        gridFeeKztPerKwh = gridFeeKztPerKwh == null ? 25.0 : gridFeeKztPerKwh;
        renewableFeeKztPerKwh = renewableFeeKztPerKwh == null ? 1.0 : renewableFeeKztPerKwh;
        ownGenerationFeeKztPerKwh = ownGenerationFeeKztPerKwh == null ? 10.0 : ownGenerationFeeKztPerKwh;
    }

    @Override
    public Policy create() {
        return today -> {
            today.set(MiningLevers.MINING_FEE_KZT_PER_KWH, gridFeeKztPerKwh);
            today.set(MiningLevers.MINING_FEE_RENEWABLE_KZT_PER_KWH, renewableFeeKztPerKwh);
            today.set(MiningLevers.MINING_FEE_OWN_GENERATION_KZT_PER_KWH, ownGenerationFeeKztPerKwh);
        };
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
