package io.steppe.agents.society;

import io.steppe.agents.MiningLevers;
import io.steppe.agents.SocietyLevers;
import io.steppe.agents.grid.Grid;
import io.steppe.agents.grid.Region;
import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Citizens: agents that each stand for {@code scale.householdsPerAgent} households, in regions, on
 * a small-world social network. Hardship comes from fuel and power prices, outages in the
 * region and the tenge's fall; perceived legitimacy falls with revealed elite gray mining,
 * blackouts while miners run, and arrests. Grievance = hardship x (1 - legitimacy) (Epstein).
 * An agent protests when grievance less its net risk exceeds a threshold, or, when grievance beats
 * the risk at all, once the active share of its ties reaches its own threshold (Granovetter).
 * Arrests deter and jail; protesters tire. A mass protest is participation above a share in enough regions.
 */
@Describe("Citizens on a small-world network: hardship, legitimacy, Epstein grievance and arrest risk, Granovetter contagion, mass protest")
public record CitizensSpec(
        @Describe("Population by year (column population)") @NotBlank String populationData,
        @Describe("Household prices: rows lpg_retail (KZT/litre) and household_tariff (KZT/kWh) with dates; each holds until the next")
        @NotBlank String householdPricesData,
        @Describe(value = "Persons per household", unit = "persons", source = "assumption: ~3.3 (Kazakhstan's 2021 census average is 3.4-3.5 in rural areas, lower in cities)")
        @Positive Double personsPerHousehold,
        @Describe(value = "Population share by region: north, central, south, west", unit = "1",
                source = "assumption: approximate 2021 oblast populations grouped into the grid's four regions (south incl. Almaty, Shymkent, Turkestan, Zhambyl, Kyzylorda)")
        List<Double> populationShareByRegion,
        @Describe(value = "Ties per agent in the ring lattice before rewiring (even)", unit = "ties",
                source = "assumption: Watts-Strogatz small world; 8 close ties")
        @Positive Integer networkDegree,
        @Describe(value = "Probability that a tie is rewired to a random agent anywhere", unit = "1",
                source = "Watts & Strogatz 1998: 0.01-0.1 gives a small world (short paths, high clustering)")
        @PositiveOrZero @DecimalMax("1") Double rewireProbability,
        @Describe(value = "Perceived legitimacy at the start and in calm times", unit = "1",
                source = "protest_model_parameters.csv: Epstein legitimacy 0.8 (mesa default)")
        @PositiveOrZero @DecimalMax("1") Double baseLegitimacy,
        @Describe(value = "Time for legitimacy to recover most of a loss", unit = "days", source = "assumption: about a year")
        @Positive Double legitimacyRecoveryDays,
        @Describe(value = "Legitimacy lost per unit of owner protection of a publicly revealed gray mine", unit = "1",
                source = "assumption: a mine of a well-connected owner (protection ~1) costs 0.02")
        @PositiveOrZero Double scandalLegitimacyLoss,
        @Describe(value = "Legitimacy lost per population-weighted hour of household blackout while miners run", unit = "1/h",
                source = "assumption: a week of 4-hour blackouts across the south while mining runs costs ~0.04")
        @PositiveOrZero Double wasteLegitimacyLossPerHour,
        @Describe(value = "Legitimacy lost per arrested share of citizens", unit = "1",
                source = "assumption: arresting 1% of citizens costs 0.003")
        @PositiveOrZero Double repressionLegitimacyLoss,
        @Describe(value = "Everyday hardship of the most vulnerable", unit = "1", source = "assumption: below Epstein's threshold at base legitimacy (0.25 x 0.2 = 0.05 < 0.1)")
        @PositiveOrZero Double baseHardship,
        @Describe(value = "Hardship from a doubling of the fuel price, at exposure 1", unit = "1", source = "assumption")
        @PositiveOrZero Double fuelHardship,
        @Describe(value = "Exposure to the liquefied-gas price by region: north, central, south, west", unit = "1",
                source = "assumption: the west (Mangystau, Zhanaozen) runs its cars and homes on liquefied gas; protests began there (kz_global_timeline.csv)")
        List<Double> fuelExposureByRegion,
        @Describe(value = "Hardship from a doubling of the household power tariff", unit = "1", source = "assumption")
        @PositiveOrZero Double tariffHardship,
        @Describe(value = "Hardship from outages at outageHoursForFullHardship recent hours", unit = "1", source = "assumption")
        @PositiveOrZero Double outageHardship,
        @Describe(value = "Recent blackout hours (exponentially weighted) that give full outage hardship", unit = "h",
                source = "assumption: two days without power in a season")
        @Positive Double outageHoursForFullHardship,
        @Describe(value = "Memory of outages", unit = "days", source = "assumption: a season")
        @Positive Double outageMemoryDays,
        @Describe(value = "Hardship from a halving of the tenge against the dollar (imported prices)", unit = "1",
                source = "assumption: no income series in the data; the exchange rate stands for real income")
        @PositiveOrZero Double incomeHardship,
        @Describe(value = "Time for felt hardship to ease after its cause goes (it rises at once)", unit = "days",
                source = "assumption: the January 2022 protests went on for about a week after the gas price cap was restored on 4 January (kz_global_timeline.csv)")
        @Positive Double hardshipEasingDays,
        @Describe(value = "Time for people to get used to a new price", unit = "days", source = "assumption: about a year")
        @Positive Double priceMemoryDays,
        @Describe(value = "Epstein's activation threshold T", unit = "1", source = "protest_model_parameters.csv: T = 0.1 (mesa, NetLogo ports)")
        @PositiveOrZero Double activationThreshold,
        @Describe(value = "Epstein's arrest constant k in P = 1 - exp(-k C/A)", unit = "1", source = "protest_model_parameters.csv: k = 2.3")
        @PositiveOrZero Double arrestConstant,
        @Describe(value = "Police per citizen agent in normal times (Epstein's cops per citizen)", unit = "1",
                source = "protest_model_parameters.csv: cop density 0.074 over citizen density 0.7 (mesa)")
        @PositiveOrZero Double policePerCitizen,
        @Describe(value = "Daily chance an active agent is arrested, times its arrest probability", unit = "1/day",
                source = "assumption: ~10,000 detained among well over 20,000 participants over a week (T27)")
        @PositiveOrZero @DecimalMax("1") Double arrestRatePerDay,
        @Describe(value = "Longest jail term; terms are uniform up to it", unit = "days", source = "protest_model_parameters.csv: Jmax 30 (NetLogo-style port)")
        @PositiveOrZero Integer maxJailDays,
        @Describe(value = "Mean of the Granovetter thresholds (share of active ties)", unit = "1", source = "protest_model_parameters.csv: normal thresholds, mean 0.25")
        @PositiveOrZero @DecimalMax("1") Double thresholdMean,
        @Describe(value = "Standard deviation of the Granovetter thresholds", unit = "1", source = "protest_model_parameters.csv: critical sd ~0.12")
        @PositiveOrZero Double thresholdSd,
        @Describe(value = "Days of protest after which a protester is exhausted (fatigue adds 1 to the threshold per this many days active, and wears off as fast)", unit = "days",
                source = "assumption: the January 2022 protests lasted about a week (kz_global_timeline.csv); waves without organisation rarely last beyond weeks")
        @Positive Double protestFatigueDays,
        @Describe(value = "Share of ties that still carry news during an internet shutdown", unit = "1", source = "assumption: face-to-face and phone ties")
        @PositiveOrZero @DecimalMax("1") Double offlineTieShare,
        @Describe(value = "Participation share a region needs to count towards a mass protest (half of it to keep counting once one is under way)", unit = "share of agents",
                source = "assumption: 1% of households (~60,000 people nationwide); T27 reports well over 20,000 participants")
        @PositiveOrZero @DecimalMax("1") Double massProtestRegionShare,
        @Describe(value = "Regions above the share for a mass protest", unit = "regions", source = "assumption: protest beyond one region (Zhanaozen to Almaty and Aktobe)")
        @Positive Integer massProtestMinRegions,
        @Describe(value = "Mean grievance at which a region's activism is 1", unit = "1", source = "assumption")
        @Positive Double activismGrievanceScale) implements AgentSpec {

    /** Fills in defaults. */
    public CitizensSpec {
        populationData = populationData == null ? "classpath:steppe/data/kz_power_owid_annual.csv" : populationData;
        householdPricesData = householdPricesData == null ? "classpath:steppe/data/household_prices.csv" : householdPricesData;
        personsPerHousehold = personsPerHousehold == null ? 3.3 : personsPerHousehold;
        populationShareByRegion = populationShareByRegion == null ? List.of(0.22, 0.15, 0.48, 0.15) : List.copyOf(populationShareByRegion);
        networkDegree = networkDegree == null ? 8 : networkDegree;
        rewireProbability = rewireProbability == null ? 0.1 : rewireProbability;
        baseLegitimacy = baseLegitimacy == null ? 0.8 : baseLegitimacy;
        legitimacyRecoveryDays = legitimacyRecoveryDays == null ? 365.0 : legitimacyRecoveryDays;
        scandalLegitimacyLoss = scandalLegitimacyLoss == null ? 0.02 : scandalLegitimacyLoss;
        wasteLegitimacyLossPerHour = wasteLegitimacyLossPerHour == null ? 0.002 : wasteLegitimacyLossPerHour;
        repressionLegitimacyLoss = repressionLegitimacyLoss == null ? 0.3 : repressionLegitimacyLoss;
        baseHardship = baseHardship == null ? 0.25 : baseHardship;
        fuelHardship = fuelHardship == null ? 0.5 : fuelHardship;
        fuelExposureByRegion = fuelExposureByRegion == null ? List.of(0.6, 0.6, 0.8, 1.6) : List.copyOf(fuelExposureByRegion);
        tariffHardship = tariffHardship == null ? 0.3 : tariffHardship;
        outageHardship = outageHardship == null ? 0.3 : outageHardship;
        outageHoursForFullHardship = outageHoursForFullHardship == null ? 48.0 : outageHoursForFullHardship;
        outageMemoryDays = outageMemoryDays == null ? 90.0 : outageMemoryDays;
        incomeHardship = incomeHardship == null ? 0.3 : incomeHardship;
        hardshipEasingDays = hardshipEasingDays == null ? 7.0 : hardshipEasingDays;
        priceMemoryDays = priceMemoryDays == null ? 365.0 : priceMemoryDays;
        activationThreshold = activationThreshold == null ? 0.1 : activationThreshold;
        arrestConstant = arrestConstant == null ? 2.3 : arrestConstant;
        policePerCitizen = policePerCitizen == null ? 0.1 : policePerCitizen;
        arrestRatePerDay = arrestRatePerDay == null ? 0.05 : arrestRatePerDay;
        maxJailDays = maxJailDays == null ? 30 : maxJailDays;
        thresholdMean = thresholdMean == null ? 0.25 : thresholdMean;
        thresholdSd = thresholdSd == null ? 0.12 : thresholdSd;
        protestFatigueDays = protestFatigueDays == null ? 14.0 : protestFatigueDays;
        offlineTieShare = offlineTieShare == null ? 0.4 : offlineTieShare;
        massProtestRegionShare = massProtestRegionShare == null ? 0.01 : massProtestRegionShare;
        massProtestMinRegions = massProtestMinRegions == null ? 2 : massProtestMinRegions;
        activismGrievanceScale = activismGrievanceScale == null ? 0.1 : activismGrievanceScale;
    }

    /** Shares and the degree must make sense. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "needs 4 populationShareByRegion summing to 1, 4 fuelExposureByRegion >= 0, an even networkDegree and massProtestMinRegions <= 4")
    public boolean isConsistent() {
        return Region.validShares(populationShareByRegion)
                && fuelExposureByRegion.size() == Region.COUNT && fuelExposureByRegion.stream().allMatch(s -> s != null && s >= 0)
                && networkDegree % 2 == 0 && massProtestMinRegions <= 4;
    }

    /**
     * Reads the fuel subsidy, the police presence and the internet shutdown, and the households'
     * blackouts and the mining load from the {@link Grid}; writes the protest, grievance,
     * legitimacy and fuel-price metrics; emits mass protests; provides the {@link Society} other
     * populations read and report scandals to.
     */
    @Override
    public Declaration declaration() {
        return Declaration.builder()
                .readsLevers(SocietyLevers.FUEL_SUBSIDY_KZT_PER_LITRE, SocietyLevers.REPRESSION_LEVEL, MiningLevers.INTERNET_SHUTDOWN)
                .writes("protestParticipants", "protestShare", "grievanceMean", "legitimacy", "protestArrests", "lpgPriceKztPerLitre",
                        "lpgMarketPriceKztPerLitre")
                .emits("massProtest")
                .kpis("firstMassProtestDate", "massProtestDays", "peakProtestParticipants", "citizenAgents")
                .requires(Grid.class)
                .provides(Society.class)
                .build();
    }

    @Override
    public void install(AgentContext context) {
        Citizens citizens = new Citizens(this, context);
        context.provide(Society.class, citizens);
        context.daily(Phase.CITIZENS, citizens);
    }
}
