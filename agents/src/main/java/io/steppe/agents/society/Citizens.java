package io.steppe.agents.society;

import io.steppe.agents.MiningLevers;
import io.steppe.agents.SocietyLevers;
import io.steppe.agents.grid.Grid;
import io.steppe.agents.grid.Region;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.EventSink;
import io.steppe.engine.agent.Lever;
import io.steppe.engine.agent.MetricSink;
import io.steppe.engine.data.CsvTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.field.network.Network;

/**
 * The citizen agents, held as arrays (one slot per agent) and stepped together once a day in the
 * citizens phase, after the grid has dispatched.
 *
 * <p>Inputs: household prices (data), the levers {@code fuelSubsidyKztPerLitre},
 * {@code repressionLevel}, {@code internetShutdown}; household blackout hours and served mining load
 * by region ({@link io.steppe.agents.grid.Grid}); revealed scandals ({@link Society#reportScandal});
 * the exchange rate (market). Outputs: activism by region and whether a mass protest is under way,
 * offered to the other populations as the {@link Society} service;
 * metrics {@code protestParticipants}, {@code protestShare}, {@code grievanceMean},
 * {@code legitimacy}, {@code protestArrests}, {@code lpgPriceKztPerLitre},
 * {@code lpgMarketPriceKztPerLitre}; events {@code massProtest} (start/end); KPIs
 * {@code firstMassProtestDate}, {@code massProtestDays}, {@code peakProtestParticipants},
 * {@code citizenAgents}.
 *
 * <p>The social network is built with MASON's {@link Network} as a Watts-Strogatz small world over a
 * ring ordered by region (so most ties stay within a region) and then packed into arrays for speed.
 */
final class Citizens implements Steppable, Society {
    private static final long serialVersionUID = 1L;

    private final CitizensSpec spec;
    private final AgentContext context;
    private final Grid grid;
    /** This population's own random stream. */
    private final ec.util.MersenneTwisterFast random;
    private final double householdsPerAgent;
    private final int n;
    private final byte[] region;
    private final float[] vulnerability;
    private final float[] riskAversion;
    private final float[] threshold;
    private final int[] tieStart;
    private final int[] ties;
    private final boolean[] active;
    private final boolean[] next;
    private final int[] activeTies;
    private final int[] jailedUntil;
    private final float[] fatigue;
    private final int[] regionSize = new int[Region.COUNT];
    private final double[] regionVulnerabilitySum = new double[Region.COUNT];
    private final int[] regionActive = new int[Region.COUNT];
    private final double[] outageMemoryHours = new double[Region.COUNT];
    private final double[] feltHardship = new double[Region.COUNT];
    private final List<double[]> lpgSteps = new ArrayList<>();
    private final List<double[]> tariffSteps = new ArrayList<>();
    private final double[] populationShare = new double[Region.COUNT];
    private final double[] fuelExposure = new double[Region.COUNT];
    private final int[] changed;

    private double legitimacy;
    private double fuelRef = Double.NaN;
    private double tariffRef;
    private double kztRef;
    private int activeCount;
    private int tired;
    private int arrestsYesterday;
    private boolean massProtest;
    private LocalDate massStart;
    private double massPeakParticipants;
    private int massDays;
    private LocalDate firstMassProtest;
    private double peakParticipants;
    /** Activism by region, 0..1: how hard citizens look for and publicise waste. */
    private final double[] activismByRegion = new double[Region.COUNT];
    /** Sum of the owners' protection over hidden mines revealed since the last update. */
    private double revealedProtection;
    private final Lever fuelSubsidy;
    private final Lever repressionLevel;
    private final Lever internetShutdown;
    private final MetricSink participantsMetric;
    private final MetricSink shareMetric;
    private final MetricSink grievanceMetric;
    private final MetricSink legitimacyMetric;
    private final MetricSink arrestsMetric;
    private final MetricSink lpgMetric;
    private final MetricSink lpgMarketMetric;
    private final EventSink massProtests;

    Citizens(CitizensSpec spec, AgentContext context) {
        this.spec = spec;
        this.context = context;
        this.grid = context.require(Grid.class);
        this.random = context.random();
        this.householdsPerAgent = context.scale().householdsPerAgent();
        fuelSubsidy = context.lever(SocietyLevers.FUEL_SUBSIDY_KZT_PER_LITRE);
        repressionLevel = context.lever(SocietyLevers.REPRESSION_LEVEL);
        internetShutdown = context.lever(MiningLevers.INTERNET_SHUTDOWN);
        participantsMetric = context.metric("protestParticipants");
        shareMetric = context.metric("protestShare");
        grievanceMetric = context.metric("grievanceMean");
        legitimacyMetric = context.metric("legitimacy");
        arrestsMetric = context.metric("protestArrests");
        lpgMetric = context.metric("lpgPriceKztPerLitre");
        lpgMarketMetric = context.metric("lpgMarketPriceKztPerLitre");
        massProtests = context.event("massProtest");
        double households = population() / spec.personsPerHousehold();
        this.n = Math.max(Region.COUNT * 2, (int) Math.round(households / householdsPerAgent));
        for (int r = 0; r < Region.COUNT; r++) {
            populationShare[r] = spec.populationShareByRegion().get(r);
            fuelExposure[r] = spec.fuelExposureByRegion().get(r);
        }
        region = new byte[n];
        vulnerability = new float[n];
        riskAversion = new float[n];
        threshold = new float[n];
        active = new boolean[n];
        next = new boolean[n];
        activeTies = new int[n];
        jailedUntil = new int[n];
        fatigue = new float[n];
        changed = new int[n];
        double cumulative = 0;
        int r = 0;
        for (int i = 0; i < n; i++) {
            while (r < Region.COUNT - 1 && i >= Math.round((cumulative + populationShare[r]) * n)) {
                cumulative += populationShare[r];
                r++;
            }
            region[i] = (byte) r;
            regionSize[r]++;
            vulnerability[i] = (float) random.nextDouble();
            riskAversion[i] = (float) random.nextDouble();
            threshold[i] = (float) Math.min(1, Math.max(0, spec.thresholdMean() + spec.thresholdSd() * random.nextGaussian()));
            regionVulnerabilitySum[r] += vulnerability[i];
        }
        Network network = smallWorld();
        tieStart = new int[n + 1];
        Integer[] nodes = new Integer[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = i;
            tieStart[i + 1] = tieStart[i] + network.getEdgesOut(nodes[i]).numObjs;
        }
        ties = new int[tieStart[n]];
        for (int i = 0; i < n; i++) {
            var edges = network.getEdgesOut(nodes[i]);
            for (int e = 0; e < edges.numObjs; e++) {
                ties[tieStart[i] + e] = (Integer) ((Edge) edges.objs[e]).getOtherNode(nodes[i]);
            }
        }
        readPrices();
        legitimacy = spec.baseLegitimacy();
        context.atEnd(() -> {
            context.kpis().putDate("firstMassProtestDate", firstMassProtest);
            context.kpis().put("massProtestDays", massDays);
            context.kpis().put("peakProtestParticipants", peakParticipants);
            context.kpis().put("citizenAgents", n);
        });
    }

    private double population() {
        CsvTable t = CsvTable.open(spec.populationData(), null, "agents.citizens.populationData");
        int year = context.start().getYear();
        double best = Double.NaN;
        int bestYear = Integer.MIN_VALUE;
        for (int row = 0; row < t.size(); row++) {
            int y = (int) t.number(row, "year");
            double pop = t.number(row, "population");
            if (!Double.isNaN(pop) && (Double.isNaN(best) || Math.abs(y - year) < Math.abs(bestYear - year))) {
                best = pop;
                bestYear = y;
            }
        }
        if (Double.isNaN(best)) {
            throw t.error(0, "population", "no population values");
        }
        return best;
    }

    /** A Watts-Strogatz small world in MASON's Network: ring lattice of the spec's degree, each tie rewired with its probability. */
    private Network smallWorld() {
        Network network = new Network(false);
        Integer[] nodes = new Integer[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = i;
            network.addNode(nodes[i]);
        }
        int half = Math.min(spec.networkDegree() / 2, (n - 1) / 2);
        for (int i = 0; i < n; i++) {
            for (int j = 1; j <= half; j++) {
                int target = (i + j) % n;
                if (random.nextDouble() < spec.rewireProbability()) {
                    int candidate = random.nextInt(n);
                    target = candidate == i ? target : candidate;
                }
                network.addEdge(nodes[i], nodes[target], null);
            }
        }
        return network;
    }

    private void readPrices() {
        CsvTable t = CsvTable.open(spec.householdPricesData(), null, "agents.citizens.householdPricesData");
        for (int row = 0; row < t.size(); row++) {
            String item = t.text(row, "item");
            LocalDate date;
            try {
                date = LocalDate.parse(t.text(row, "date"));
            } catch (java.time.format.DateTimeParseException e) {
                throw t.error(row, "date", "'" + t.text(row, "date") + "' is not a date (YYYY-MM-DD)");
            }
            double[] point = {date.toEpochDay(), t.number(row, "value")};
            switch (item) {
                case "lpg_retail" -> lpgSteps.add(point);
                case "household_tariff" -> tariffSteps.add(point);
                default -> throw t.error(row, "item", "unknown item '" + item + "'; valid items: household_tariff, lpg_retail");
            }
        }
        if (lpgSteps.isEmpty() || tariffSteps.isEmpty()) {
            throw t.error(0, "item", "needs lpg_retail and household_tariff rows");
        }
        lpgSteps.sort((a, b) -> Double.compare(a[0], b[0]));
        tariffSteps.sort((a, b) -> Double.compare(a[0], b[0]));
    }

    /** The value of a step series on a day: the last point on or before it (the first before all). */
    static double stepValue(List<double[]> steps, double epochDay) {
        double value = steps.get(0)[1];
        for (double[] p : steps) {
            if (p[0] <= epochDay) {
                value = p[1];
            }
        }
        return value;
    }

    /** Hardship from a price above what people are used to: 1 per doubling. */
    private static double stress(double price, double usedTo) {
        return price > usedTo && usedTo > 0 ? Math.log(price / usedTo) / Math.log(2) : 0;
    }

    @Override
    public void step(SimState state) {
        int day = context.day();
        double t = context.date().toEpochDay();
        double lpgMarket = stepValue(lpgSteps, t);
        double lpg = Math.max(0, lpgMarket - fuelSubsidy.value());
        double tariff = stepValue(tariffSteps, t);
        double kzt = context.market().kztPerUsd(day);
        if (Double.isNaN(fuelRef)) {
            fuelRef = lpg;
            tariffRef = tariff;
            kztRef = kzt;
        }
        double fuelStress = stress(lpg, fuelRef);
        double tariffStress = stress(tariff, tariffRef);
        double incomeStress = stress(kzt, kztRef);
        fuelRef += (lpg - fuelRef) / spec.priceMemoryDays();
        tariffRef += (tariff - tariffRef) / spec.priceMemoryDays();
        kztRef += (kzt - kztRef) / spec.priceMemoryDays();

        double popHours = 0;
        double miningServedMw = 0;
        for (int r = 0; r < Region.COUNT; r++) {
            Region region = Region.values()[r];
            outageMemoryHours[r] = outageMemoryHours[r] * (1 - 1 / spec.outageMemoryDays()) + grid.householdBlackoutHours(region);
            popHours += populationShare[r] * grid.householdBlackoutHours(region);
            miningServedMw += grid.servedMiningMw(region);
        }
        double scandal = spec.scandalLegitimacyLoss() * revealedProtection;
        revealedProtection = 0;
        double waste = spec.wasteLegitimacyLossPerHour() * popHours * Math.min(1, miningServedMw / 100.0);
        double repression = spec.repressionLegitimacyLoss() * arrestsYesterday / (double) n;
        legitimacy += (spec.baseLegitimacy() - legitimacy) / spec.legitimacyRecoveryDays() - scandal - waste - repression;
        legitimacy = Math.max(0.01, Math.min(1, legitimacy));

        double[] hardship = new double[Region.COUNT];
        double maxGrievance = 0;
        for (int r = 0; r < Region.COUNT; r++) {
            double cause = spec.baseHardship() + spec.fuelHardship() * fuelExposure[r] * fuelStress
                    + spec.tariffHardship() * tariffStress + spec.incomeHardship() * incomeStress
                    + spec.outageHardship() * Math.min(1, outageMemoryHours[r] / spec.outageHoursForFullHardship());
            feltHardship[r] = cause >= feltHardship[r] ? cause : feltHardship[r] + (cause - feltHardship[r]) / spec.hardshipEasingDays();
            hardship[r] = feltHardship[r];
            maxGrievance = Math.max(maxGrievance, Math.min(1, hardship[r]) * (1 - legitimacy));
        }

        int arrests = 0;
        if (activeCount > 0 || tired > 0 || maxGrievance > spec.activationThreshold()) {
            arrests = protest(day, hardship);
        }
        arrestsYesterday = arrests;

        double grievanceSum = 0;
        double[] regionGrievance = new double[Region.COUNT];
        for (int r = 0; r < Region.COUNT; r++) {
            double g = hardship[r] <= 1 ? hardship[r] * regionVulnerabilitySum[r] : cappedHardshipSum(r, hardship[r]);
            regionGrievance[r] = regionSize[r] == 0 ? 0 : g * (1 - legitimacy) / regionSize[r];
            grievanceSum += g * (1 - legitimacy);
            activismByRegion[r] = Math.min(1, regionGrievance[r] / spec.activismGrievanceScale());
        }
        double participants = activeCount * householdsPerAgent;
        peakParticipants = Math.max(peakParticipants, participants);
        participantsMetric.put(participants);
        shareMetric.put(activeCount / (double) n);
        grievanceMetric.put(grievanceSum / n);
        legitimacyMetric.put(legitimacy);
        arrestsMetric.put(arrests * householdsPerAgent);
        lpgMetric.put(lpg);
        lpgMarketMetric.put(lpgMarket);
        massProtest(participants);
    }

    private double cappedHardshipSum(int r, double hardship) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (region[i] == r) {
                sum += Math.min(1, vulnerability[i] * hardship);
            }
        }
        return sum;
    }

    /** One synchronous round of activation from yesterday's active ties, then arrests. Returns arrests today. */
    private int protest(int day, double[] hardship) {
        double tieWeight = internetShutdown.on() ? spec.offlineTieShare() : 1;
        double police = spec.policePerCitizen() * (1 + Math.max(0, repressionLevel.value()));
        double notLegit = 1 - legitimacy;
        double threshold0 = spec.activationThreshold();
        for (int i = 0; i < n; i++) {
            next[i] = false;
            if (jailedUntil[i] > day) {
                continue;
            }
            double grievance = Math.min(1, vulnerability[i] * hardship[region[i]]) * notLegit - fatigue[i];
            int degree = tieStart[i + 1] - tieStart[i];
            double seen = degree == 0 ? 0 : tieWeight * activeTies[i] / degree;
            boolean social = seen >= threshold[i] && seen > 0;
            if (grievance <= threshold0 && !social) {
                continue;
            }
            double netRisk = riskAversion[i] * arrestProbability(police, degree, tieWeight * activeTies[i]);
            next[i] = grievance - netRisk > threshold0 || (social && grievance - netRisk > 0);
        }
        int arrests = 0;
        for (int i = 0; i < n; i++) {
            if (next[i]) {
                int degree = tieStart[i + 1] - tieStart[i];
                double p = arrestProbability(police, degree, tieWeight * activeTies[i]);
                if (random.nextDouble() < spec.arrestRatePerDay() * p) {
                    next[i] = false;
                    jailedUntil[i] = day + 1 + (spec.maxJailDays() == 0 ? 0 : random.nextInt(spec.maxJailDays()));
                    arrests++;
                }
            }
        }
        int changes = 0;
        float tire = (float) (1 / spec.protestFatigueDays());
        int stillTired = 0;
        for (int i = 0; i < n; i++) {
            if (next[i]) {
                fatigue[i] += tire;
                stillTired++;
            } else if (fatigue[i] > 0) {
                fatigue[i] = Math.max(0, fatigue[i] - tire);
                if (fatigue[i] > 0) {
                    stillTired++;
                }
            }
            if (next[i] != active[i]) {
                changed[changes++] = i;
            }
        }
        for (int c = 0; c < changes; c++) {
            int i = changed[c];
            int delta = next[i] ? 1 : -1;
            active[i] = next[i];
            activeCount += delta;
            regionActive[region[i]] += delta;
            for (int k = tieStart[i]; k < tieStart[i + 1]; k++) {
                activeTies[ties[k]] += delta;
            }
        }
        tired = stillTired;
        return arrests;
    }

    /** Epstein: P = 1 - exp(-k C / A), with the police C and actives A (counting oneself) among one's ties. */
    private double arrestProbability(double police, int degree, double activeTiesSeen) {
        double cops = police * (degree + 1);
        return 1 - Math.exp(-spec.arrestConstant() * cops / (1 + activeTiesSeen));
    }

    private void massProtest(double participants) {
        int regions = 0;
        List<String> names = new ArrayList<>();
        double share = massProtest ? spec.massProtestRegionShare() / 2 : spec.massProtestRegionShare();
        for (int r = 0; r < Region.COUNT; r++) {
            if (regionSize[r] > 0 && regionActive[r] / (double) regionSize[r] >= share) {
                regions++;
                names.add(Region.values()[r].label());
            }
        }
        boolean now = regions >= spec.massProtestMinRegions();
        if (now) {
            massDays++;
            massPeakParticipants = Math.max(massPeakParticipants, participants);
        }
        if (now && !massProtest) {
            massStart = context.date();
            massPeakParticipants = participants;
            if (firstMassProtest == null) {
                firstMassProtest = massStart;
            }
            massProtests.emit("citizens", "state", "start", "regions", String.join(", ", names),
                    "participants", participants, "legitimacy", legitimacy);
        } else if (!now && massProtest) {
            massProtests.emit("citizens", "state", "end", "since", massStart.toString(),
                    "days", context.date().toEpochDay() - massStart.toEpochDay(), "peakParticipants", massPeakParticipants);
        }
        massProtest = now;
    }

    @Override
    public double activism(Region region) {
        return activismByRegion[region.ordinal()];
    }

    @Override
    public boolean massProtest() {
        return massProtest;
    }

    @Override
    public void reportScandal(double protection) {
        revealedProtection += protection;
    }

    /** Agents in the run, for tests. */
    int size() {
        return n;
    }
}
