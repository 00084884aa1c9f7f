package io.steppe.agents.exchange;

import io.steppe.agents.SocietyLevers;
import io.steppe.agents.mining.MiningLedger;
import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Exchanges that could license in Kazakhstan. Monthly each compares the cost of operating there
 * (the exchange tax plus compliance) with operating abroad, registers when conversion is legal and
 * the country is cheap enough for it, and leaves when it no longer is. Registered miners sell part
 * of what they mine through them, so the value and the taxes on it stay in the country.
 */
@Describe("Licensed crypto-to-fiat exchanges: register or leave by legality and tax; miners sell mined coins locally through them")
public record ExchangesSpec(
        @Describe(value = "Exchanges that could register", unit = "exchanges", source = "assumption: a handful, as licensed at the AIFC after 2021")
        @Positive Integer candidates,
        @Describe(value = "Share of mined value miners sell locally when every candidate is registered", unit = "1",
                source = "kz_global_timeline.csv 2023-02-06: the digital-assets law made miners sell 50% of mined coins on AIFC exchanges by 2024 (75% by 2025)")
        @PositiveOrZero @DecimalMax("1") Double maxConvertShare,
        @Describe(value = "Cost of serving Kazakh miners from abroad", unit = "% of volume", source = "assumption: fees, spreads and banking friction")
        @PositiveOrZero Double abroadCostPct,
        @Describe(value = "Cost of compliance for a licensed exchange", unit = "% of volume", source = "assumption")
        @PositiveOrZero Double complianceCostPct,
        @Describe(value = "Largest home advantage an exchange sees in registering locally (drawn uniformly up to it)", unit = "% of volume",
                source = "assumption")
        @PositiveOrZero Double maxHomeAdvantagePct,
        @Describe(value = "Taxes on foreign clients' mining profits that local conversion brings into the tax net", unit = "% of value converted",
                source = "assumption: 20% corporate income tax on a ~15% profit margin")
        @PositiveOrZero Double profitTaxPctOfConverted,
        @Describe(value = "Cost of compliance for a licensed exchange inside a regulatory sandbox", unit = "% of volume",
                source = "assumption: AIFC sandbox regime with lighter licensing and reporting")
        @PositiveOrZero Double sandboxComplianceCostPct) implements AgentSpec {

    /** Fills in defaults. */
    public ExchangesSpec {
        candidates = candidates == null ? 5 : candidates;
        maxConvertShare = maxConvertShare == null ? 0.5 : maxConvertShare;
        abroadCostPct = abroadCostPct == null ? 0.5 : abroadCostPct;
        complianceCostPct = complianceCostPct == null ? 0.2 : complianceCostPct;
        maxHomeAdvantagePct = maxHomeAdvantagePct == null ? 1.0 : maxHomeAdvantagePct;
        profitTaxPctOfConverted = profitTaxPctOfConverted == null ? 3.0 : profitTaxPctOfConverted;
        sandboxComplianceCostPct = sandboxComplianceCostPct == null ? 0.05 : sandboxComplianceCostPct;
    }

    /**
     * Reads the exchange levers; converts the value registered miners booked in the
     * {@link MiningLedger} and books what is retained and taxed there; writes the count of
     * registered exchanges and emits their registrations and departures.
     */
    @Override
    public Declaration declaration() {
        return Declaration.builder()
                .readsLevers(SocietyLevers.EXCHANGES_LEGAL, SocietyLevers.EXCHANGE_SANDBOX, SocietyLevers.EXCHANGE_TAX_PCT,
                        SocietyLevers.MANDATORY_SALE_SHARE)
                .writes("exchangesRegistered")
                .emits("exchangeRegistered", "exchangeLeft")
                .requires(MiningLedger.class)
                .build();
    }

    @Override
    public void install(AgentContext context) {
        Exchanges exchanges = new Exchanges(this, context);
        context.monthly(Phase.MINERS, exchanges::monthly);
        context.daily(Phase.GRID, exchanges::daily);
    }
}
