package io.steppe.agents.government;

import io.steppe.agents.MiningLevers;
import io.steppe.agents.SocietyLevers;
import io.steppe.engine.Purpose;
import io.steppe.engine.doctrine.Doctrine;
import io.steppe.engine.doctrine.Observation;
import io.steppe.engine.doctrine.Responses;
import java.util.Locale;

/** The rules of {@link SecurityFirstDoctrineSpec}; it remembers how long each response has lasted. */
final class SecurityFirstDoctrine implements Doctrine {
    private final SecurityFirstDoctrineSpec spec;
    private String minersLastReason;
    private int cutoffDays;
    /** Consecutive days the pressure has exceeded the restraint (with blackouts in the window). */
    private int pressureDays;
    private int crackdownLeft;
    private String crackdownReason;
    private int shutdownDays;
    private int subsidyAge = -1;
    private double subsidyGap;
    private String subsidyReason;
    private int feeLeft;
    private String feeReason;

    SecurityFirstDoctrine(SecurityFirstDoctrineSpec spec) {
        this.spec = spec;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static double or(double value, double fallback) {
        return Double.isNaN(value) ? fallback : value;
    }

    @Override
    public void decide(Observation seen, Responses act) {
        double elites = or(seen.metric("elitesInfluence"), 1);
        double legitimacy = or(seen.metric("legitimacy"), spec.calmLegitimacy());
        EmergencyImports.buy(seen, act, spec.importReserveThresholdPct(), spec.maxImportBoostMw());

        if (minersLastReason == null && spec.shedMinersFirstAfterBlackout() && seen.metric("blackoutRegionHours") > 0
                && seen.metric("miningLoadMw") > 0) {
            minersLastReason = "blackoutRegionHours=" + f(seen.metric("blackoutRegionHours")) + " while miningLoadMw="
                    + f(seen.metric("miningLoadMw"));
        }
        if (minersLastReason != null) {
            act.pull(MiningLevers.MINERS_SHED_FIRST, 1, minersLastReason);
        }

        boolean ongoing = seen.ongoing("massProtest");
        int sinceProtest = seen.daysSince("massProtest");
        boolean unrestRecent = ongoing || (sinceProtest >= 0 && sinceProtest <= spec.unrestMemoryDays());
        double blackoutHours = seen.sumLast("blackoutRegionHours", spec.securityWindowDays());
        double security = Math.min(1, blackoutHours / spec.blackoutHoursForFullStress());
        double unrest = Math.max(unrestRecent ? 1 : 0,
                Math.max(0, Math.min(1, (spec.calmLegitimacy() - legitimacy) / spec.legitimacyDropForFullStress())));
        Observation.Objectives o = seen.objectives();
        double pushWeights = o.energySecurity() + o.legitimacy();
        double stress = security;
        if (spec.cutoffOnShortReserve()) {
            double minReserve = seen.minLast("reserveMarginPct", spec.securityWindowDays());
            stress = Math.max(stress, Math.max(0, Math.min(1, (spec.importReserveThresholdPct() - minReserve) / spec.importReserveThresholdPct())));
        }
        double pressure = pushWeights == 0 ? 0 : (o.energySecurity() * stress + o.legitimacy() * unrest) / pushWeights;
        double restraint = pushWeights == 0 ? Double.POSITIVE_INFINITY : elites * (o.revenue() + o.investment()) / pushWeights;
        seekPurposes(seen, act, security, blackoutHours, unrestRecent, pressure, restraint);
        boolean calm = spec.cutoffAfterCalmDays() == 0 || (sinceProtest < 0 || sinceProtest >= spec.cutoffAfterCalmDays());
        pressureDays = calm && stress > 0 && pressure > restraint ? pressureDays + 1 : 0;
        boolean cut = pressureDays >= spec.cutoffAfterDays();
        if (cut || (cutoffDays > 0 && cutoffDays < spec.cutoffMinDays())) {
            cutoffDays++;
            act.pull(MiningLevers.MINER_CUTOFF, 1, "pressure " + f(pressure) + " (blackout region-hours in " + spec.securityWindowDays()
                    + " days=" + f(blackoutHours) + ", legitimacy=" + f(legitimacy) + (unrestRecent ? ", mass protest" : "")
                    + ") > restraint " + f(restraint) + " (elitesInfluence=" + f(elites) + ")");
        } else {
            cutoffDays = 0;
        }

        int scandals = seen.countLast("grayMineExposed", 30);
        if (unrestRecent || scandals >= spec.scandalsForCrackdown()) {
            if (crackdownLeft <= 0) {
                crackdownReason = unrestRecent ? "mass protest " + (ongoing ? "under way" : sinceProtest + " days ago")
                        : "grayMineExposed x" + scandals + " in 30 days";
            }
            crackdownLeft = spec.crackdownDays();
        }
        double teams = spec.routineAuditTeams();
        if (crackdownLeft > 0) {
            teams += spec.crackdownAuditTeams() * (1 - elites);
            crackdownLeft--;
        }
        if (teams > 0) {
            act.pull(SocietyLevers.AUDIT_TEAMS, teams, crackdownLeft > 0 ? "crackdown: " + crackdownReason + ", elitesInfluence=" + f(elites)
                    : "routine audits");
        }
        if (crackdownLeft > 0 && elites < spec.seizeBelowElitesInfluence()) {
            act.pull(SocietyLevers.SEIZE_EXPOSED_MACHINES, 1, "crackdown: " + crackdownReason + ", elitesInfluence=" + f(elites) + " < "
                    + f(spec.seizeBelowElitesInfluence()));
        }

        if (ongoing) {
            double share = seen.metric("protestShare");
            act.pull(SocietyLevers.REPRESSION_LEVEL, spec.repressionDuringProtest(), "mass protest, protestShare=" + f(share));
            if ((share >= spec.internetShutdownProtestShare() || shutdownDays > 0) && shutdownDays < spec.maxShutdownDays()) {
                shutdownDays++;
                act.pull(MiningLevers.INTERNET_SHUTDOWN, 1, "mass protest, protestShare=" + f(share) + " >= " + f(spec.internetShutdownProtestShare()));
            }
        } else {
            shutdownDays = 0;
        }

        double fuel = seen.metric("lpgMarketPriceKztPerLitre");
        double fuelBefore = seen.minLast("lpgMarketPriceKztPerLitre", 90);
        if (ongoing && subsidyAge < 0 && fuel > 1.25 * fuelBefore) {
            subsidyAge = 0;
            subsidyGap = fuel - fuelBefore;
            subsidyReason = "mass protest after lpgMarketPriceKztPerLitre rose " + f(fuelBefore) + " -> " + f(fuel);
        }
        if (subsidyAge >= 0) {
            double share = subsidyAge < spec.fuelSubsidyHoldDays() ? 1
                    : 1 - (subsidyAge - spec.fuelSubsidyHoldDays() + 1) / (double) Math.max(1, spec.fuelSubsidyPhaseOutDays());
            if (share > 0) {
                act.pull(SocietyLevers.FUEL_SUBSIDY_KZT_PER_LITRE, subsidyGap * share, subsidyReason);
                subsidyAge++;
            } else {
                subsidyAge = -1;
            }
        }

        if (unrestRecent && elites < spec.seizeBelowElitesInfluence() && feeLeft <= 0 && feeReason == null) {
            feeLeft = spec.feeRaiseDays();
            feeReason = "after mass protest, elitesInfluence=" + f(elites);
        }
        if (feeLeft > 0 && spec.feeRaiseKztPerKwh() > 0) {
            act.pull(MiningLevers.MINING_FEE_KZT_PER_KWH, spec.feeRaiseKztPerKwh(), feeReason);
            act.seek(Purpose.REVENUE, feeReason);
            feeLeft--;
        }
    }

    /**
     * Which purposes the government wants policies for ({@code control: doctrine} entries): energy
     * security while households were blacked out recently or the reserve is short, legitimacy
     * during and after unrest or a run of scandals, investment when neither presses.
     */
    private void seekPurposes(Observation seen, Responses act, double security, double blackoutHours, boolean unrestRecent,
                              double pressure, double restraint) {
        double reserve = seen.metric("reserveMarginPct");
        boolean shortReserve = reserve < spec.importReserveThresholdPct();
        if (security > 0 || shortReserve) {
            act.seek(Purpose.ENERGY_SECURITY, security > 0
                    ? "blackout region-hours in " + spec.securityWindowDays() + " days=" + f(blackoutHours)
                    : "reserveMarginPct=" + f(reserve) + " < " + f(spec.importReserveThresholdPct()));
        }
        int scandals = seen.countLast("grayMineExposed", 30);
        if (unrestRecent || scandals >= spec.scandalsForCrackdown()) {
            act.seek(Purpose.LEGITIMACY, unrestRecent ? "mass protest recently, pressure " + f(pressure) + " vs restraint " + f(restraint)
                    : "grayMineExposed x" + scandals + " in 30 days");
        }
        if (security == 0 && !shortReserve && !unrestRecent) {
            act.seek(Purpose.INVESTMENT, "no blackouts, reserve " + f(reserve) + "%, no unrest");
        }
    }
}
