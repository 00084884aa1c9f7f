package io.steppe.policies;

import static io.steppe.policies.PolicyScenarios.ensemble;
import static io.steppe.policies.PolicyScenarios.events;
import static io.steppe.policies.PolicyScenarios.mean;
import static io.steppe.policies.PolicyScenarios.total;
import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.engine.run.SteppeWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each policy moves its outcome in the intended direction, through the mechanism named in the
 * test, compared with the same scenario and seeds without it ({@link PolicyScenarios}: July 2020 to
 * June 2022, hands-off government). Each assertion would fail with the mechanism removed: the
 * agents read the lever the policy sets, and nothing else differs between the runs.
 */
class PolicyDirectionTest {
    private static final String BOOM_FROM = "2021-07-01";
    private static final String BOOM_TO = "2022-06-30";
    private static List<SteppeWorld> base;

    @BeforeAll
    static void baseline() {
        base = ensemble("");
    }

    private static double white(List<SteppeWorld> w) {
        return mean(w, "whiteMiningLoadMw", BOOM_FROM, BOOM_TO);
    }

    @Test
    void aHigherMiningFeeCurtailsRegisteredMiningAndRaisesRevenue() {
        var fee = ensemble("  - {type: miningFee, rateKztPerKwh: 10}");
        assertThat(white(fee)).isLessThan(white(base));
        assertThat(total(fee, "miningTaxRevenueUsd", BOOM_FROM, BOOM_TO)).isGreaterThan(total(base, "miningTaxRevenueUsd", BOOM_FROM, BOOM_TO));
    }

    /** Mechanism: the 25 KZT/kWh grid rate is charged on every grid kWh, so machines with thin margins stop. */
    @Test
    void theProgressiveFeeCurtailsGridMiningMoreThanTheFlatFee() {
        var flat = ensemble("  - {type: miningFee, rateKztPerKwh: 1, start: 2021-06-01}");
        var progressive = ensemble("  - {type: progressiveMiningFee, start: 2021-06-01}");
        assertThat(white(progressive)).isLessThan(white(flat) * 0.95);
    }

    /** Mechanism: miners pay carbon × the grid's CO2 intensity per kWh; less mining burns less coal. */
    @Test
    void aCarbonPriceCutsMiningLoadAndEmissions() {
        var carbon = ensemble("  - {type: carbonPrice, priceUsdPerTonne: 100}");
        assertThat(white(carbon)).isLessThan(white(base));
        assertThat(mean(carbon, "co2Tonnes", BOOM_FROM, BOOM_TO)).isLessThan(mean(base, "co2Tonnes", BOOM_FROM, BOOM_TO));
    }

    /** Mechanism: machines that do not pay at the peak surcharge stop in the evening block only. */
    @Test
    void scarcityPricingLowersThePeakMoreThanTheDailyMiningLoad() {
        var scarce = ensemble("  - {type: scarcityPricing, noSurchargeAboveReservePct: 1000}");
        double peakDrop = mean(base, "peakDemandMw", BOOM_FROM, BOOM_TO) - mean(scarce, "peakDemandMw", BOOM_FROM, BOOM_TO);
        double dailyDrop = white(base) - white(scarce);
        assertThat(peakDrop).isGreaterThan(0);
        assertThat(dailyDrop).as("daily mining load drop vs peak drop %s", peakDrop).isLessThan(peakDrop);
    }

    /**
     * Mechanism: sites and gray hosts in free zones pay less for power, so hidden mining grows; the
     * state bears the discount.
     */
    @Test
    void freeZoneSubsidiesFeedHiddenMiningAtTheStatesCost() {
        var subsidy = ensemble("  - {type: freeZonePowerSubsidy, discountPct: 50}");
        assertThat(mean(subsidy, "grayMiningLoadMw", BOOM_FROM, BOOM_TO)).isGreaterThan(mean(base, "grayMiningLoadMw", BOOM_FROM, BOOM_TO));
        assertThat(total(subsidy, "miningPolicyCostUsd", BOOM_FROM, BOOM_TO)).isGreaterThan(0);
        assertThat(total(base, "miningPolicyCostUsd", BOOM_FROM, BOOM_TO)).isZero();
    }

    /**
     * Mechanism: members pay no corporate tax, so own machines pay back sooner and the tax is
     * forgone. The investment effect shows in the lean years before the 2021 boom, when after-tax
     * paybacks are near the horizon.
     */
    @Test
    void theAstanaHubBreakRaisesInvestmentInLeanYearsAndLowersTaxPerMw() {
        String[] lean = {"start=2018-01-01", "end=2020-12-31", "agents[1].initialCapacityMw=20"};
        var leanBase = ensemble("", lean);
        var leanHub = ensemble("  - {type: astanaHubTaxBreak}", lean);
        assertThat(mean(leanHub, "miningCapacityMw", "2020-01-01", "2020-12-31"))
                .isGreaterThan(mean(leanBase, "miningCapacityMw", "2020-01-01", "2020-12-31"));
        var hub = ensemble("  - {type: astanaHubTaxBreak}");
        double perMwHub = total(hub, "miningTaxRevenueUsd", BOOM_FROM, BOOM_TO) / white(hub);
        double perMwBase = total(base, "miningTaxRevenueUsd", BOOM_FROM, BOOM_TO) / white(base);
        assertThat(perMwHub).isLessThan(perMwBase);
    }

    /** Mechanism: expelled members are billed the forgiven tax; those who cannot pay leave. */
    @Test
    void expulsionFromTheHubBringsBackTaxesOrDrivesFirmsAbroad() {
        String hub = "  - {type: astanaHubTaxBreak, end: 2022-02-28}\n";
        var kept = ensemble(hub);
        var expelled = ensemble(hub + "  - {type: hubExpulsion, start: 2022-03-01}");
        assertThat(events(expelled, "hubExpulsion")).isPositive();
        assertThat(total(expelled, "miningTaxRevenueUsd", "2022-03-01", "2022-03-01"))
                .isGreaterThan(total(kept, "miningTaxRevenueUsd", "2022-03-01", "2022-03-01"));
    }

    @Test
    void statutoryRationingHalvesWhatRegisteredMinersDraw() {
        var rationed = ensemble("  - {type: minerRationing, supplyShare: 0.5}");
        assertThat(white(rationed)).isLessThan(white(base) * 0.75);
    }

    /** Mechanism: new grid connections stop once 100 MW are added and no site may exceed 1 MW. */
    @Test
    void capsOnNewLoadSlowTheBuildOut() {
        var capped = ensemble("  - {type: newMiningLoadCap, start: 2021-01-01}");
        assertThat(mean(capped, "miningCapacityMw", BOOM_FROM, BOOM_TO)).isLessThan(mean(base, "miningCapacityMw", BOOM_FROM, BOOM_TO) * 0.9);
        assertThat(events(capped, "connectionsLimited")).isPositive();
    }

    @Test
    void theCutoffTakesRegisteredGridMinersOffWhileItLasts() {
        var cut = ensemble("  - {type: minerCutoff, start: 2021-11-01, end: 2021-11-30}");
        assertThat(mean(cut, "whiteMiningLoadMw", "2021-11-01", "2021-11-30")).isZero();
        assertThat(mean(base, "whiteMiningLoadMw", "2021-11-01", "2021-11-30")).isPositive();
    }

    /** Mechanism: in a shortfall the operator sheds registered miners before households. */
    @Test
    void sheddingMinersFirstSparesHouseholds() {
        var first = ensemble("  - {type: minersShedFirst}");
        assertThat(total(first, "householdUnservedMwh", BOOM_FROM, BOOM_TO)).isLessThan(total(base, "householdUnservedMwh", BOOM_FROM, BOOM_TO));
    }

    /**
     * Mechanism: a contract raises the import limit for a week after the reserve fell short, so the
     * grid imports more and its reserve margin rises. The operator plans with the contracted
     * imports and rations miners less, so registered mining grows into the headroom (a rebound:
     * imports enter the north, while many deficits sit behind the central-south line).
     */
    @Test
    void contractedImportsRaiseTheReserveAndMinersUseTheHeadroom() {
        var imports = ensemble("  - {type: powerImports}");
        String from = "2021-10-01";
        String to = "2022-03-31";
        assertThat(mean(imports, "importsMw", from, to)).isGreaterThan(mean(base, "importsMw", from, to));
        assertThat(mean(imports, "reserveMarginPct", from, to)).isGreaterThan(mean(base, "reserveMarginPct", from, to));
        assertThat(mean(imports, "whiteMiningLoadMw", from, to)).isGreaterThan(mean(base, "whiteMiningLoadMw", from, to));
    }

    /** Mechanism: grid miners get only the operator's daily surplus within the quota, at the floor price. */
    @Test
    void surplusOnlyPowerHoldsGridMiningWithinTheQuota() {
        var surplus = ensemble("  - {type: surplusPowerAuction, quotaMw: 150, start: 2021-06-01}");
        assertThat(white(surplus)).isLessThan(white(base) * 0.6);
        assertThat(mean(surplus, "minerSurplusOfferedMw", BOOM_FROM, BOOM_TO)).isLessThanOrEqualTo(150);
    }

    /**
     * Mechanism: instead of being rationed day-ahead, miners run and are interrupted block by block,
     * before households, only when supply falls short, and are paid for it; so in the crunch miners
     * run far more while households are no worse off (10% allows for the other agents' noise; the
     * paths differ once mining differs).
     */
    @Test
    void interruptibleContractsKeepMinersRunningWithoutCostingHouseholds() {
        var interruptible = ensemble("  - {type: interruptibleContracts}");
        String from = "2021-12-01";
        String to = "2022-02-28";
        assertThat(mean(interruptible, "whiteMiningLoadMw", from, to)).isGreaterThan(mean(base, "whiteMiningLoadMw", from, to) * 1.5);
        assertThat(total(interruptible, "householdUnservedMwh", BOOM_FROM, BOOM_TO))
                .isLessThan(total(base, "householdUnservedMwh", BOOM_FROM, BOOM_TO) * 1.1);
        assertThat(total(interruptible, "miningPolicyCostUsd", BOOM_FROM, BOOM_TO)).isPositive();
        assertThat(events(interruptible, "minersInterrupted")).isPositive();
    }

    /** Mechanism: only the month's auctioned MW connect, sold to the highest bids at a uniform price. */
    @Test
    void aConnectionAuctionRationsNewCapacityAndRaisesRevenue() {
        var auction = ensemble("  - {type: connectionAuction, mwPerMonth: 10}");
        assertThat(mean(auction, "miningCapacityMw", BOOM_FROM, BOOM_TO)).isLessThan(mean(base, "miningCapacityMw", BOOM_FROM, BOOM_TO));
        assertThat(events(auction, "connectionAuction")).isPositive();
    }

    /** Mechanism: grid sites may not draw; new sites build their own (dearer) power. */
    @Test
    void offGridOnlyMiningEmptiesTheGridOfMiners() {
        var offGrid = ensemble("  - {type: offGridOnlyMining, start: 2021-01-01}");
        assertThat(white(offGrid)).isZero();
        assertThat(mean(offGrid, "offGridMiningLoadMw", BOOM_FROM, BOOM_TO)).isPositive();
    }

    @Test
    void renewableOnlyMiningStopsFossilMining() {
        var renewable = ensemble("  - {type: renewableOnlyMining, start: 2021-01-01}");
        assertThat(white(renewable)).isZero();
        assertThat(mean(renewable, "co2Tonnes", BOOM_FROM, BOOM_TO)).isLessThan(mean(base, "co2Tonnes", BOOM_FROM, BOOM_TO));
    }

    /** Mechanism: banned firms cannot run, lose money every month and move their machines abroad. */
    @Test
    void aBanStopsRegisteredMiningAndSendsMachinesAbroad() {
        var ban = ensemble("  - {type: miningBan, start: 2021-09-01}");
        assertThat(mean(ban, "whiteMiningLoadMw", "2021-09-01", BOOM_TO)).isZero();
        assertThat(events(ban, "migration")).isGreaterThan(events(base, "migration"));
    }

    /** Mechanism: audit teams find anomalous hosts; exposed mines close and their machines are seized. */
    @Test
    void anAuditCampaignShrinksGrayMiningAndSeizesMachines() {
        var audits = ensemble("  - {type: auditCampaign}");
        assertThat(mean(audits, "grayMiningLoadMw", BOOM_FROM, BOOM_TO)).isLessThan(mean(base, "grayMiningLoadMw", BOOM_FROM, BOOM_TO));
        assertThat(mean(audits, "asicsSeized", BOOM_TO, BOOM_TO)).isGreaterThan(mean(base, "asicsSeized", BOOM_TO, BOOM_TO));
    }

    /** Mechanism: screened smart meters flag hosts drawing far above their norm. */
    @Test
    void smartMetersExposeHiddenMines() {
        var meters = ensemble("  - {type: smartMeters}");
        assertThat(mean(meters, "grayMiningLoadMw", BOOM_FROM, BOOM_TO)).isLessThan(mean(base, "grayMiningLoadMw", BOOM_FROM, BOOM_TO));
        assertThat(events(meters, "grayMineExposed", "foundBy", "smartMeter")).isPositive();
        assertThat(events(base, "grayMineExposed", "foundBy", "smartMeter")).isZero();
    }

    /** Mechanism: unlicensed firms may not run; firms pay the fee when a year of margin covers it. */
    @Test
    void licencesAreTakenUpAndAPriceyLicenceKeepsFirmsOut() {
        var licences = ensemble("  - {type: miningLicences, start: 2021-01-01}");
        var pricey = ensemble("  - {type: miningLicences, start: 2021-01-01, feeUsdPerYear: 1.0e9}");
        assertThat(events(licences, "licenceGranted")).isPositive();
        assertThat(events(pricey, "licenceGranted")).isLessThan(events(licences, "licenceGranted"));
        assertThat(white(pricey)).isLessThan(white(base) * 0.5);
    }

    @Test
    void anInternetShutdownTakesKazakhMinersOffline() {
        var shutdown = ensemble("  - {type: internetShutdown, start: 2022-01-05, end: 2022-01-09}");
        assertThat(mean(shutdown, "kzHashrateEhs", "2022-01-05", "2022-01-09"))
                .isLessThan(mean(base, "kzHashrateEhs", "2022-01-05", "2022-01-09") * 0.5);
    }

    /** Mechanism: exchanges register when local costs beat serving miners from abroad; miners then sell at home. */
    @Test
    void legalExchangesKeepMinedValueAtHome() {
        var legal = ensemble("  - {type: legalExchanges}");
        assertThat(total(legal, "valueRetainedUsd", BOOM_FROM, BOOM_TO)).isPositive();
        assertThat(total(base, "valueRetainedUsd", BOOM_FROM, BOOM_TO)).isZero();
    }

    /**
     * Mechanism: the tax applies to value converted at registered exchanges; a mandatory sale share
     * raises the base, but a tax above what serving miners from abroad costs drives exchanges out.
     */
    @Test
    void aModestTaxOnMinedValueRaisesRevenueAndAHighOneDrivesExchangesAway() {
        var legal = ensemble("  - {type: legalExchanges}");
        var taxed = ensemble("  - {type: legalExchanges}\n  - {type: minedValueTax}");
        var high = ensemble("  - {type: legalExchanges}\n  - {type: minedValueTax, taxPct: 5}");
        assertThat(total(taxed, "miningTaxRevenueUsd", BOOM_FROM, BOOM_TO)).isGreaterThan(total(legal, "miningTaxRevenueUsd", BOOM_FROM, BOOM_TO));
        assertThat(total(high, "valueRetainedUsd", BOOM_FROM, BOOM_TO)).isZero();
    }
}
