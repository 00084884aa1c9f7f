package io.steppe.policies.enforcement;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Mining licences (the 2023 digital-assets law): registered firms may run only with a licence; each
 * month unlicensed firms apply when a year of their margin covers the fee, and the others stop
 * and eventually leave.
 *
 * @param feeUsdPerYear the annual cost of a licence
 */
@Describe("Mining licences (2023 law): only licensed firms may run; firms apply when a year of margin covers the fee")
public record MiningLicencesPolicySpec(
        @Describe(value = "Annual cost of a licence", unit = "USD/year",
                source = "kz_tariffs_and_fees.csv 2023-04: state fee 2,000 MCI (~6.9 M KZT ~ 15,000 USD) for a 3-year licence")
        @PositiveOrZero(message = "must be ≥ 0") Double feeUsdPerYear) implements PolicySpec {

    /** Fills in the default fee. */
    public MiningLicencesPolicySpec {
        feeUsdPerYear = feeUsdPerYear == null ? 5000.0 : feeUsdPerYear;
    }

    @Override
    public Policy create() {
        return today -> {
            today.set(MiningLevers.LICENCE_REQUIRED, 1);
            today.set(MiningLevers.LICENCE_FEE_USD_PER_YEAR, feeUsdPerYear);
        };
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.LICENCE_REQUIRED, MiningLevers.LICENCE_FEE_USD_PER_YEAR);
    }

    @Override
    public Purpose purpose() {
        return Purpose.REVENUE;
    }
}
