package io.steppe.agents.government;

import io.steppe.agents.MiningLevers;
import io.steppe.agents.SocietyLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.doctrine.Doctrine;
import io.steppe.engine.doctrine.DoctrineSpec;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * The default doctrine: a state that puts order and energy security first once unrest has weakened
 * the elites who protect mining. It buys imports when the reserve is short, sheds miners first once
 * households were blacked out while miners ran, cuts registered miners off when the pressure from
 * blackouts and unrest outweighs the elites' restraint, meets a mass protest with police, an
 * internet shutdown and a fuel subsidy, and after unrest or scandals runs an audit-and-seizure
 * crackdown and raises the mining fee. Every rule reads observed metrics and events; none reads a
 * date.
 */
@Describe("Default doctrine: imports, miners shed first, cut-off when blackouts and unrest outweigh elite restraint, police/internet/fuel subsidy against mass protest, audit-and-seizure crackdown and a fee rise after unrest")
public record SecurityFirstDoctrineSpec(
        @Describe(value = "Reserve margin below which emergency imports are bought", unit = "%", source = "assumption: the operator's own rationing threshold is 5%")
        Double importReserveThresholdPct,
        @Describe(value = "Most emergency imports above the normal limit", unit = "MW",
                source = "kz_global_timeline.csv 2021-11-05: extra imports from Russia, Inter RAO ~400 MW in October 2021")
        @PositiveOrZero Double maxImportBoostMw,
        @Describe(value = "Shed miners first for good once households were blacked out while miners ran", unit = "true/false",
                source = "BRIEF section 1: mining became the lowest priority in the new energy quotas")
        Boolean shedMinersFirstAfterBlackout,
        @Describe(value = "Days of blackouts the cut-off rule looks back over", unit = "days", source = "assumption: two weeks")
        @Positive Integer securityWindowDays,
        @Describe(value = "Blackout region-hours in the window that count as full energy stress", unit = "region-hours", source = "assumption")
        @Positive Double blackoutHoursForFullStress,
        @Describe(value = "Legitimacy the government considers normal", unit = "1", source = "CitizensSpec baseLegitimacy (Epstein 0.8)")
        @PositiveOrZero @DecimalMax("1") Double calmLegitimacy,
        @Describe(value = "Fall of legitimacy below normal that counts as full unrest", unit = "1", source = "assumption")
        @Positive Double legitimacyDropForFullStress,
        @Describe(value = "Days a mass protest keeps counting as unrest after it ends", unit = "days", source = "assumption: two months")
        @PositiveOrZero Integer unrestMemoryDays,
        @Describe(value = "Shortest cut-off", unit = "days", source = "kz_global_timeline.csv: supply to miners cancelled 24 January to 7 February 2022 (two weeks)")
        @PositiveOrZero Integer cutoffMinDays,
        @Describe(value = "Consecutive days the pressure must exceed the elites' restraint before the cut-off is ordered", unit = "days",
                source = "none: 1 orders it on the first such day; the 2022 order came after deliberation, a KEGOC memo of 21 January to 196 entities, 22 days after the protests began (kz_mining_anchor_points.csv, T23)")
        @Positive Integer cutoffAfterDays,
        @Describe(value = "Days the street must have settled (no mass protest started or ended) before the cut-off can be ordered: the government restores order first; 0: no wait", unit = "days",
                source = "none: 0 is today's rule; in 2022 the protests ended about 11 January, the state of emergency on 19 January and the order came on 21 January (kz_global_timeline.csv, kz_mining_anchor_points.csv)")
        @PositiveOrZero Integer cutoffAfterCalmDays,
        @Describe(value = "A planned reserve below importReserveThresholdPct in the window counts as energy stress for the cut-off, as blackouts do (stress = the shortfall below the threshold over the threshold)", unit = "true/false",
                source = "none: false counts blackouts only; kz_global_timeline.csv: the 2022 cut-off was ordered amid deficits in the crunch, before the 25 January blackout")
        Boolean cutoffOnShortReserve,
        @Describe(value = "Publicly revealed gray mines within 30 days that start a crackdown", unit = "mines", source = "assumption")
        @Positive Integer scandalsForCrackdown,
        @Describe(value = "Length of a crackdown", unit = "days", source = "assumption: the 2022 campaign ran through the year")
        @Positive Integer crackdownDays,
        @Describe(value = "Audit teams in normal times", unit = "teams", source = "assumption: routine tax audits")
        @PositiveOrZero Double routineAuditTeams,
        @Describe(value = "Audit teams in a crackdown when the elites have no influence left (scaled by 1 - influence)", unit = "teams",
                source = "assumption: the Financial Monitoring Agency inventoried all farms within five weeks (kz_global_timeline.csv 2022-02-08)")
        @PositiveOrZero Double crackdownAuditTeams,
        @Describe(value = "Elites' influence below which exposed machines are seized in a crackdown", unit = "1", source = "assumption")
        @PositiveOrZero @DecimalMax("1") Double seizeBelowElitesInfluence,
        @Describe(value = "Protest share during a mass protest at which the internet is shut down", unit = "share of citizens", source = "assumption")
        @PositiveOrZero Double internetShutdownProtestShare,
        @Describe(value = "Longest internet shutdown", unit = "days", source = "T28: about five days (4-5 to ~10 January 2022)")
        @PositiveOrZero Integer maxShutdownDays,
        @Describe(value = "Extra police and troops during a mass protest, multiple of normal presence", unit = "1",
                source = "assumption; kz_global_timeline.csv 2022-01-06: CSTO contingent of 2,000-3,600")
        @PositiveOrZero Double repressionDuringProtest,
        @Describe(value = "Days a fuel subsidy that undoes a price shock is held in full", unit = "days", source = "assumption: the January 2022 cap was set for 180 days")
        @PositiveOrZero Integer fuelSubsidyHoldDays,
        @Describe(value = "Days over which the fuel subsidy is then phased out", unit = "days", source = "assumption")
        @PositiveOrZero Integer fuelSubsidyPhaseOutDays,
        @Describe(value = "Mining fee rise after a mass protest once elites have lost influence", unit = "KZT/kWh",
                source = "kz_global_timeline.csv 2022-02-08: the president asked to double the 1 KZT/kWh fee")
        @PositiveOrZero Double feeRaiseKztPerKwh,
        @Describe(value = "Days the fee rise lasts", unit = "days", source = "assumption: until a new law (the 2023 progressive fee)")
        @PositiveOrZero Integer feeRaiseDays) implements DoctrineSpec {

    /** Fills in defaults. */
    public SecurityFirstDoctrineSpec {
        importReserveThresholdPct = importReserveThresholdPct == null ? 3.0 : importReserveThresholdPct;
        maxImportBoostMw = maxImportBoostMw == null ? 400.0 : maxImportBoostMw;
        shedMinersFirstAfterBlackout = shedMinersFirstAfterBlackout == null ? Boolean.TRUE : shedMinersFirstAfterBlackout;
        securityWindowDays = securityWindowDays == null ? 14 : securityWindowDays;
        blackoutHoursForFullStress = blackoutHoursForFullStress == null ? 48.0 : blackoutHoursForFullStress;
        calmLegitimacy = calmLegitimacy == null ? 0.8 : calmLegitimacy;
        legitimacyDropForFullStress = legitimacyDropForFullStress == null ? 0.4 : legitimacyDropForFullStress;
        unrestMemoryDays = unrestMemoryDays == null ? 60 : unrestMemoryDays;
        cutoffMinDays = cutoffMinDays == null ? 14 : cutoffMinDays;
        cutoffAfterDays = cutoffAfterDays == null ? 1 : cutoffAfterDays;
        cutoffAfterCalmDays = cutoffAfterCalmDays == null ? 0 : cutoffAfterCalmDays;
        cutoffOnShortReserve = cutoffOnShortReserve == null ? Boolean.FALSE : cutoffOnShortReserve;
        scandalsForCrackdown = scandalsForCrackdown == null ? 10 : scandalsForCrackdown;
        crackdownDays = crackdownDays == null ? 365 : crackdownDays;
        routineAuditTeams = routineAuditTeams == null ? 1.0 : routineAuditTeams;
        crackdownAuditTeams = crackdownAuditTeams == null ? 20.0 : crackdownAuditTeams;
        seizeBelowElitesInfluence = seizeBelowElitesInfluence == null ? 0.6 : seizeBelowElitesInfluence;
        internetShutdownProtestShare = internetShutdownProtestShare == null ? 0.02 : internetShutdownProtestShare;
        maxShutdownDays = maxShutdownDays == null ? 5 : maxShutdownDays;
        repressionDuringProtest = repressionDuringProtest == null ? 2.0 : repressionDuringProtest;
        fuelSubsidyHoldDays = fuelSubsidyHoldDays == null ? 180 : fuelSubsidyHoldDays;
        fuelSubsidyPhaseOutDays = fuelSubsidyPhaseOutDays == null ? 365 : fuelSubsidyPhaseOutDays;
        feeRaiseKztPerKwh = feeRaiseKztPerKwh == null ? 1.0 : feeRaiseKztPerKwh;
        feeRaiseDays = feeRaiseDays == null ? 365 : feeRaiseDays;
    }

    /** The doctrine with every default. */
    public static SecurityFirstDoctrineSpec defaults() {
        return new SecurityFirstDoctrineSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.IMPORT_BOOST_MW, MiningLevers.MINERS_SHED_FIRST, MiningLevers.MINER_CUTOFF, SocietyLevers.AUDIT_TEAMS,
                SocietyLevers.SEIZE_EXPOSED_MACHINES, SocietyLevers.REPRESSION_LEVEL, MiningLevers.INTERNET_SHUTDOWN,
                SocietyLevers.FUEL_SUBSIDY_KZT_PER_LITRE, MiningLevers.MINING_FEE_KZT_PER_KWH);
    }

    @Override
    public List<String> reads() {
        return List.of("elitesInfluence", "legitimacy", "reserveMarginPct", "peakDemandMw", "blackoutRegionHours", "miningLoadMw",
                "protestShare", "lpgMarketPriceKztPerLitre");
    }

    @Override
    public List<String> readsEvents() {
        return List.of("massProtest", "grayMineExposed");
    }

    @Override
    public Doctrine create() {
        return new SecurityFirstDoctrine(this);
    }
}
