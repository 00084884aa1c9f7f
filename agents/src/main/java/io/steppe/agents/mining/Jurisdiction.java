package io.steppe.agents.mining;

import io.steppe.engine.Describe;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/**
 * A light jurisdiction agent: a place miners can host machines, with a power price, a hosting
 * headroom weight, a legal risk and a stance that a dated ban can switch (China's 2021 ban is such
 * an exogenous input; nothing else about it is scripted).
 *
 * @param name display name, also the destination in migration events
 * @param powerPriceUsdPerKwh all-in power price a miner pays there
 * @param hostingWeight relative capacity to absorb machines (the logit's size term)
 * @param legalRiskPerYear chance per year that hosted machines are lost to enforcement
 * @param borderSeizureProb chance that a shipment from the home (Kazakhstan by default) is seized at the border on the way
 * @param banDate date the jurisdiction bans mining (machines there are displaced), or absent
 * @param shareOfGlobalHashAtBan its share of global hash rate when the ban hits, 0..1
 */
public record Jurisdiction(
        @NotBlank String name,
        @Describe(value = "Power price for miners", unit = "USD/kWh") @PositiveOrZero Double powerPriceUsdPerKwh,
        @Describe(value = "Relative hosting headroom", unit = "1") @PositiveOrZero Double hostingWeight,
        @Describe(value = "Chance per year hosted machines are lost to enforcement", unit = "1/year") @PositiveOrZero @DecimalMax("1") Double legalRiskPerYear,
        @Describe(value = "Chance a shipment from the home jurisdiction is seized at the border", unit = "1") @PositiveOrZero @DecimalMax("1") Double borderSeizureProb,
        @Describe("Date mining is banned there (exogenous event)") LocalDate banDate,
        @Describe(value = "Share of global hash rate when the ban hits", unit = "1") @PositiveOrZero @DecimalMax("1") Double shareOfGlobalHashAtBan) {

    /** Fills absent numbers with neutral values. */
    public Jurisdiction {
        powerPriceUsdPerKwh = powerPriceUsdPerKwh == null ? 0.05 : powerPriceUsdPerKwh;
        hostingWeight = hostingWeight == null ? 1.0 : hostingWeight;
        legalRiskPerYear = legalRiskPerYear == null ? 0.0 : legalRiskPerYear;
        borderSeizureProb = borderSeizureProb == null ? 0.0 : borderSeizureProb;
        shareOfGlobalHashAtBan = shareOfGlobalHashAtBan == null ? 0.0 : shareOfGlobalHashAtBan;
    }

    /** Whether mining is banned there on this date. */
    public boolean bannedOn(LocalDate date) {
        return banDate != null && !date.isBefore(banDate);
    }
}
