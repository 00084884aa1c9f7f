package io.steppe.policies.exchange;

import io.steppe.agents.SocietyLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A tax on mined value converted at licensed exchanges, with a mandatory share of mined coins to be
 * sold there (an alternative; the 2023 law required sales on AIFC exchanges). It needs legal
 * exchanges ({@code legalExchanges}); a high tax drives exchanges abroad and the base with them.
 *
 * @param taxPct tax on the value converted
 * @param mandatorySaleShare share of mined value miners must sell at licensed exchanges
 */
@Describe("Tax on mined value at licensed exchanges with a mandatory sale share (needs legalExchanges; an alternative)")
public record MinedValueTaxPolicySpec(
        @Describe(value = "Tax on the value converted", unit = "% of value", source = "assumption: below what serving Kazakh miners from abroad costs an exchange (ExchangesSpec abroadCostPct 0.5% plus its home advantage), or exchanges leave")
        @PositiveOrZero(message = "must be ≥ 0") @DecimalMax(value = "100", message = "must be ≤ 100") Double taxPct,
        @Describe(value = "Share of mined value miners must sell at licensed exchanges", unit = "1",
                source = "kz_global_timeline.csv 2023-02-06: 50% by 2024, 75% by 2025")
        @PositiveOrZero(message = "must be ≥ 0") @DecimalMax(value = "1", message = "must be ≤ 1") Double mandatorySaleShare)
        implements PolicySpec {

    /** Fills in defaults. */
    public MinedValueTaxPolicySpec {
        taxPct = taxPct == null ? 0.5 : taxPct;
        mandatorySaleShare = mandatorySaleShare == null ? 0.5 : mandatorySaleShare;
    }

    @Override
    public Policy create() {
        return today -> {
            today.set(SocietyLevers.EXCHANGE_TAX_PCT, taxPct);
            today.set(SocietyLevers.MANDATORY_SALE_SHARE, mandatorySaleShare);
        };
    }

    @Override
    public List<String> levers() {
        return List.of(SocietyLevers.EXCHANGE_TAX_PCT, SocietyLevers.MANDATORY_SALE_SHARE);
    }

    @Override
    public Purpose purpose() {
        return Purpose.REVENUE;
    }
}
