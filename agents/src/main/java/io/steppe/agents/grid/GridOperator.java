package io.steppe.agents.grid;

import io.steppe.engine.Levers;
import io.steppe.engine.Metrics;
import io.steppe.engine.SteppeWorld;
import io.steppe.engine.market.CsvTable;
import static io.steppe.engine.market.MarketData.interpolate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;

/**
 * The grid operator. Every day it dispatches three blocks (night, day, evening peak): each region's
 * available capacity against its demand (baseline households and industry plus miners), transfers
 * through the central hub within line limits, imports from Russia up to a limit, and sheds what is
 * still short by priority. It plans with registered load only. After dispatch it applies its
 * rationing rule to registered miners for the next day: for the whole day, or with
 * {@code rationingByBlock} in each block whose planned reserve is short.
 *
 * <p>Inputs: capacity and demand data, the levers {@code minersShedFirst}, {@code minerCutoff},
 * {@code extraCapacityMw}, {@code importBoostMw}, {@code interruptibleCreditUsdPerMwh},
 * {@code surplusOnlyPower} and {@code minerQuotaMw}, and the mining load (with the load that stops
 * at the evening peak) in {@link GridState}. Outputs (metrics):
 * {@code demandMw}, {@code peakDemandMw}, {@code availableCapacityMw}, {@code importsMw},
 * {@code reserveMarginPct}, {@code unservedEnergyMwh}, {@code blackoutRegionHours},
 * {@code miningLoadMw}, {@code whiteMiningLoadMw}, {@code miningCapacityMw}, {@code kzHashrateEhs},
 * {@code kzHashShare}, {@code coalBurnTonnes}, {@code co2Tonnes}, {@code householdUnservedMwh},
 * {@code minerSurplusOfferedMw}; for the miners: served shares, rationing, the surplus share,
 * interrupted MWh and the grid's CO2 intensity; events {@code blackout}, {@code minersInterrupted},
 * {@code rationing}, {@code minerCutoff} (start/end, whoever pulled the lever); KPIs include
 * {@code firstMinerCutoffDate}, {@code peakWhiteMiningLoadMw} and {@code emittedCo2Tonnes} (grid
 * generation plus registered miners' own off-grid generation, from {@link GridState}). The levers {@code importBoostMw}
 * (emergency purchases) raise the import limit for the day.
 */
final class GridOperator implements sim.engine.Steppable {
    private static final long serialVersionUID = 1L;

    /** Index of the evening-peak block. */
    static final int PEAK_BLOCK = 2;
    /** Hours of the night, day and evening-peak blocks. */
    static final double[] BLOCK_HOURS = {8, 10, 6};
    /** Demand by month relative to the annual mean (January first; mean 1). */
    static final double[] MONTH_FACTOR = normalise(new double[] {1.11, 1.08, 1.02, 0.95, 0.90, 0.88, 0.89, 0.90, 0.94, 1.01, 1.08, 1.12},
            new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    private static final double WEEKEND_FACTOR = 0.95;

    private final GridSpec spec;
    /** Demand in each block relative to the daily mean (hour-weighted mean 1), from the spec. */
    private final double[] blockFactor;
    private final GridState state;
    /** The grid's own random stream for outages and trips, so every policy variant meets the same shocks. */
    private final ec.util.MersenneTwisterFast shocks;
    private final List<double[]> installedPoints = new ArrayList<>();
    private final List<double[]> availablePoints = new ArrayList<>();
    private final List<double[]> demandTwhPoints = new ArrayList<>();
    private final List<double[]> coalSharePoints = new ArrayList<>();
    private final List<double[]> gasSharePoints = new ArrayList<>();
    private final double[] outagePct = new double[Region.COUNT];
    private boolean rationing;
    /** Imports contracted yesterday for today to keep the reserve target, MW (flat over the day). */
    private double contractedImportsMw;
    private final double[] trippedMw = new double[Region.COUNT];
    private final int[] tripDaysLeft = new int[Region.COUNT];

    private double unservedTotalMwh;
    private double co2TotalTonnes;
    private int blackoutDays;
    private LocalDate firstBlackout;
    private double peakMiningMw = -1;
    private LocalDate peakMiningDate;
    private double peakMiningShareOfCapacity;
    private double peakHashShare = -1;
    private double peakWhiteMw;
    private boolean cutoffOn;
    private LocalDate firstCutoff;
    private LocalDate peakHashShareDate;

    GridOperator(GridSpec spec, SteppeWorld world) {
        this.spec = spec;
        this.blockFactor = normalise(spec.blockDemandFactors().stream().mapToDouble(Double::doubleValue).toArray(), BLOCK_HOURS);
        this.state = world.shared(GridState.class, GridState::new);
        this.shocks = world.populationStream("outages");
        CsvTable cap = CsvTable.open(spec.capacityData(), null, "agents.grid.capacityData");
        for (int r = 0; r < cap.size(); r++) {
            String metric = cap.text(r, "metric");
            if (metric.equals("installed_capacity_MW") || metric.equals("available_capacity_MW")) {
                double day = dateOf(cap, r).toEpochDay();
                (metric.startsWith("installed") ? installedPoints : availablePoints).add(new double[] {day, cap.number(r, "value")});
            }
        }
        installedPoints.sort((a, b) -> Double.compare(a[0], b[0]));
        availablePoints.sort((a, b) -> Double.compare(a[0], b[0]));
        CsvTable demand = CsvTable.open(spec.demandData(), null, "agents.grid.demandData");
        for (int r = 0; r < demand.size(); r++) {
            int year = (int) demand.number(r, "year");
            double mid = LocalDate.of(year, 7, 1).toEpochDay();
            double twh = demand.number(r, "demand_TWh");
            if (!Double.isNaN(twh)) {
                demandTwhPoints.add(new double[] {mid, twh});
            }
            coalSharePoints.add(new double[] {mid, demand.number(r, "coal_share_elec_pct") / 100});
            gasSharePoints.add(new double[] {mid, demand.number(r, "gas_share_elec_pct") / 100});
        }
        if (installedPoints.isEmpty() || availablePoints.isEmpty() || demandTwhPoints.isEmpty()) {
            throw cap.error(0, "metric", "grid data need installed_capacity_MW, available_capacity_MW and demand_TWh rows");
        }
        for (int r = 0; r < Region.COUNT; r++) {
            outagePct[r] = spec.otherOutagePct();
        }
        world.onFinish(this::kpis);
    }

    private static LocalDate dateOf(CsvTable t, int row) {
        String text = t.text(row, "date");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?").matcher(text);
        if (!m.find()) {
            throw t.error(row, "date", "'" + text + "' is not a date");
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 7 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
    }

    /** Baseline (non-mining) demand, average MW over the year of this date. */
    double baselineMeanMw(LocalDate date) {
        double t = date.toEpochDay();
        double[] last = demandTwhPoints.get(demandTwhPoints.size() - 1);
        double twh = t <= last[0] ? interpolate(demandTwhPoints, t)
                : last[1] * Math.pow(1 + spec.demandGrowthPctPerYear() / 100, (t - last[0]) / 365.25);
        return twh * 1e6 / 8766.0;
    }

    @Override
    public void step(SimState simState) {
        SteppeWorld world = (SteppeWorld) simState;
        LocalDate date = world.date();
        Levers levers = world.levers();
        Metrics metrics = world.metrics();
        double t = date.toEpochDay();
        boolean winter = spec.winterMonths().contains(date.getMonthValue());
        double meanOutage = winter ? spec.winterOutagePct() : spec.otherOutagePct();
        double nominalAvailable = interpolate(availablePoints, t) + spec.extraAvailableMw() + levers.get(Levers.EXTRA_CAPACITY_MW);
        double[] available = new double[Region.COUNT];
        double availableTotal = 0;
        for (int r = 0; r < Region.COUNT; r++) {
            outagePct[r] += 0.3 * (meanOutage - outagePct[r]) + shocks.nextGaussian() * spec.outageSdPct() * 0.55;
            outagePct[r] = Math.max(0, Math.min(60, outagePct[r]));
            available[r] = nominalAvailable * spec.capacityShareByRegion().get(r) * (1 - outagePct[r] / 100);
            unitTrip(world, r, winter);
            available[r] = Math.max(0, available[r] - trippedMw[r]);
            availableTotal += available[r];
        }
        double dayFactor = MONTH_FACTOR[date.getMonthValue() - 1]
                * (isWeekend(date) ? WEEKEND_FACTOR : (7 - 2 * WEEKEND_FACTOR) / 5);
        double baseline = baselineMeanMw(date) * dayFactor;

        boolean cutoff = levers.get(Levers.MINER_CUTOFF) >= 0.5;
        double importLimit = spec.importLimitMw() + Math.max(0, levers.get(Levers.IMPORT_BOOST_MW));
        if (cutoff != cutoffOn) {
            cutoffOn = cutoff;
            double registered = sum(state.registeredMiningMw);
            world.events().emit("minerCutoff", "grid-operator", "state", cutoff ? "start" : "end", "registeredLoadMw", registered);
            if (cutoff && firstCutoff == null) {
                firstCutoff = date;
            }
        }
        boolean interruptible = levers.get(Levers.INTERRUPTIBLE_CREDIT_USD_PER_MWH) > 0;
        // Emergency shedding is local: the operator cuts the feeders of the region short of power,
        // miners there first under minersShedFirst. Interruptible miners are dispatchable demand
        // response: the operator interrupts them system-wide, as far as the lines let that help.
        boolean minersFirst = levers.get(Levers.MINERS_SHED_FIRST) >= 0.5 || interruptible;
        double[] whiteMw = new double[Region.COUNT];
        double[] grayMw = state.unregisteredMiningMw.clone();
        for (int r = 0; r < Region.COUNT; r++) {
            whiteMw[r] = cutoff ? 0 : state.registeredMiningMw[r];
        }

        double energyMwh = 0;
        double peakDemand = 0;
        double importsMwh = 0;
        double unservedMwh = 0;
        double[] shedHouseholdMwh = new double[Region.COUNT];
        double[] shedMiningMwh = new double[Region.COUNT];
        double[] miningMwh = new double[Region.COUNT];
        double[] blackoutHours = new double[Region.COUNT];
        double[] whiteMwh = new double[Region.COUNT];
        java.util.Arrays.fill(state.interruptedMinerMwh, 0);
        state.interruptedCreditUsdPerMwh = Math.max(0, levers.get(Levers.INTERRUPTIBLE_CREDIT_USD_PER_MWH));
        double[] peakShedMw = new double[Region.COUNT];
        double[] plannedBlockMw = new double[BLOCK_HOURS.length];
        boolean[] shedInBlock = new boolean[BLOCK_HOURS.length];
        for (int b = 0; b < BLOCK_HOURS.length; b++) {
            double hours = BLOCK_HOURS[b];
            double[] base = new double[Region.COUNT];
            double[] blockWhite = new double[Region.COUNT];
            double[] mining = new double[Region.COUNT];
            double[] demand = new double[Region.COUNT];
            double total = 0;
            for (int r = 0; r < Region.COUNT; r++) {
                base[r] = baseline * blockFactor[b] * spec.demandShareByRegion().get(r);
                double white = b == PEAK_BLOCK ? Math.max(0, whiteMw[r] - (cutoff ? 0 : state.registeredPeakOffMw[r])) : whiteMw[r];
                white *= interruptible ? 1 : state.registeredMinerBlockShare[b];
                blockWhite[r] = white;
                mining[r] = white + grayMw[r];
                demand[r] = base[r] + mining[r];
                total += demand[r];
                miningMwh[r] += mining[r] * hours;
                whiteMwh[r] += white * hours;
            }
            peakDemand = Math.max(peakDemand, total);
            plannedBlockMw[b] = total - sum(grayMw);
            energyMwh += total * hours;
            double[] deficit = dispatchWithImports(available, demand, importLimit);
            double imports = deficit[Region.COUNT];
            double[] whiteShed = new double[Region.COUNT];
            if (interruptible && sum(deficit, Region.COUNT) > 1e-9 && sum(blockWhite) > 0) {
                double f = interruptedShare(available, demand, blockWhite, importLimit, sum(deficit, Region.COUNT));
                double[] reduced = demand.clone();
                for (int r = 0; r < Region.COUNT; r++) {
                    whiteShed[r] = f * blockWhite[r];
                    reduced[r] -= whiteShed[r];
                }
                deficit = dispatchWithImports(available, reduced, importLimit);
                imports = deficit[Region.COUNT];
            }
            importsMwh += imports * hours;
            for (int r = 0; r < Region.COUNT; r++) {
                if (whiteShed[r] > 0) {
                    shedMiningMwh[r] += whiteShed[r] * hours;
                    unservedMwh += whiteShed[r] * hours;
                    if (interruptible) {
                        state.interruptedMinerMwh[r] += whiteShed[r] * hours;
                    }
                }
                if (deficit[r] <= 1e-9) {
                    continue;
                }
                double localWhite = minersFirst && !interruptible ? Math.min(deficit[r], blockWhite[r]) : 0;
                double rest = demand[r] - (minersFirst ? blockWhite[r] : 0);
                double sheddableMining = minersFirst ? grayMw[r] : mining[r];
                double shedMining = localWhite + (rest > 0 ? (deficit[r] - localWhite) * sheddableMining / rest : 0);
                double shedHouseholds = deficit[r] - shedMining;
                shedInBlock[b] = true;
                shedMiningMwh[r] += shedMining * hours;
                shedHouseholdMwh[r] += shedHouseholds * hours;
                unservedMwh += deficit[r] * hours;
                if (shedHouseholds > 1e-6) {
                    blackoutHours[r] += hours;
                    peakShedMw[r] = Math.max(peakShedMw[r], shedHouseholds);
                }
            }
        }

        double registeredMw = 0;
        double grayMean = 0;
        double hashThs = 0;
        for (int r = 0; r < Region.COUNT; r++) {
            double served = miningMwh[r] > 0 ? 1 - shedMiningMwh[r] / miningMwh[r] : 1;
            state.miningServedShare[r] = cutoff ? (grayMw[r] > 0 ? served : 0) : served;
            registeredMw += whiteMwh[r] / 24 * served;
            if (state.interruptedMinerMwh[r] > 0) {
                world.events().emit("minersInterrupted", Region.values()[r].label(), "region", Region.values()[r].label(),
                        "mwh", state.interruptedMinerMwh[r]);
            }
            grayMean += grayMw[r] * served;
            state.servedMiningMw[r] = (whiteMw[r] + grayMw[r]) * served;
            state.householdBlackoutHours[r] = blackoutHours[r];
            double runHours = interruptible ? 1 : state.runHoursShare(false);
            hashThs += (cutoff ? 0 : state.registeredMiningThs[r]) * served * runHours + state.unregisteredMiningThs[r] * served;
        }
        hashThs += state.offGridMiningThs;
        double blackoutRegionHours = 0;
        for (int r = 0; r < Region.COUNT; r++) {
            if (blackoutHours[r] > 0) {
                blackoutRegionHours += blackoutHours[r];
                world.events().emit("blackout", Region.values()[r].label(), "region", Region.values()[r].label(),
                        "mwShed", peakShedMw[r], "hours", blackoutHours[r], "mwhUnserved", shedHouseholdMwh[r] + shedMiningMwh[r]);
            }
        }

        double reserveMarginPct = (availableTotal + importLimit - peakDemand) / peakDemand * 100;
        double plannedPeak = peakDemand - sum(grayMw);
        double plannedReservePct = (availableTotal + importLimit - plannedPeak) / plannedPeak * 100;
        // Tomorrow's import contract: what keeps domestic generation the target above today's planned
        // peak (registered load only; gray load is not in the plan), within the interconnector limit.
        contractedImportsMw = spec.importReserveTargetPct() > 0
                ? Math.max(0, Math.min(spec.importLimitMw(), plannedPeak * (1 + spec.importReserveTargetPct() / 100) - availableTotal))
                : 0;
        // Interruptible miners are not rationed day-ahead: the operator interrupts them in real time instead.
        if (spec.rationingByBlock()) {
            rationByBlock(world, availableTotal + importLimit, plannedBlockMw, shedInBlock, interruptible);
        } else {
            ration(world, plannedReservePct, unservedMwh > 0, interruptible);
        }
        offerSurplus(world, availableTotal + importLimit, baseline * blockFactor[PEAK_BLOCK]);

        double served = energyMwh - unservedMwh;
        double generation = Math.max(0, served - importsMwh);
        double coalShare = interpolate(coalSharePoints, t);
        double gasShare = interpolate(gasSharePoints, t);
        state.co2TonnesPerMwh = coalShare * spec.co2TonnesPerCoalMwh() + gasShare * spec.co2TonnesPerGasMwh();
        double globalThs = world.market().globalHashrateEhs(world.day()) * 1e6;
        double miningMw = registeredMw + grayMean;
        metrics.put("demandMw", energyMwh / 24);
        metrics.put("peakDemandMw", peakDemand);
        metrics.put("availableCapacityMw", availableTotal);
        metrics.put("importsMw", importsMwh / 24);
        metrics.put("reserveMarginPct", reserveMarginPct);
        metrics.put("unservedEnergyMwh", unservedMwh);
        metrics.put("householdUnservedMwh", sum(shedHouseholdMwh));
        metrics.put("blackoutRegionHours", blackoutRegionHours);
        metrics.put("miningLoadMw", miningMw);
        metrics.put("whiteMiningLoadMw", registeredMw);
        metrics.put("miningCapacityMw", state.registeredSiteCapacityMw);
        metrics.put("kzHashrateEhs", hashThs / 1e6);
        metrics.put("kzHashShare", hashThs / globalThs);
        metrics.put("coalBurnTonnes", generation * coalShare * spec.coalTonnesPerMwh());
        double co2Tonnes = generation * (coalShare * spec.co2TonnesPerCoalMwh() + gasShare * spec.co2TonnesPerGasMwh());
        metrics.put("co2Tonnes", co2Tonnes);
        co2TotalTonnes += co2Tonnes + state.offGridCo2Tonnes;

        unservedTotalMwh += unservedMwh;
        if (blackoutRegionHours > 0) {
            blackoutDays++;
            if (firstBlackout == null) {
                firstBlackout = date;
            }
        }
        peakWhiteMw = Math.max(peakWhiteMw, registeredMw);
        if (miningMw > peakMiningMw) {
            peakMiningMw = miningMw;
            peakMiningDate = date;
        }
        double installed = interpolate(installedPoints, t);
        peakMiningShareOfCapacity = Math.max(peakMiningShareOfCapacity, miningMw / installed);
        if (hashThs / globalThs > peakHashShare) {
            peakHashShare = hashThs / globalThs;
            peakHashShareDate = date;
        }
        state.clearLoad();
    }

    /** A large unit in the region may trip today; a tripped unit is back after its repair. */
    private void unitTrip(SteppeWorld world, int r, boolean winter) {
        if (tripDaysLeft[r] > 0 && --tripDaysLeft[r] == 0) {
            trippedMw[r] = 0;
        }
        double chance = spec.unitTripsPerYear() / 365.0 * spec.capacityShareByRegion().get(r) * (winter ? 2 : 1);
        if (tripDaysLeft[r] == 0 && shocks.nextDouble() < chance) {
            trippedMw[r] = spec.unitTripMw() * (0.5 + shocks.nextDouble());
            tripDaysLeft[r] = 1 + shocks.nextInt(spec.unitTripMaxDays());
            world.events().emit("unitTrip", Region.values()[r].label(), "region", Region.values()[r].label(), "mw", trippedMw[r],
                    "days", tripDaysLeft[r]);
        }
    }

    /**
     * Under a surplus-only rule, offers licensed grid miners tomorrow what today's supply leaves
     * above the non-mining peak and the operator's reserve, within the quota lever.
     */
    private void offerSurplus(SteppeWorld world, double supplyMw, double baselinePeakMw) {
        Levers levers = world.levers();
        if (levers.get(Levers.SURPLUS_ONLY_POWER) < 0.5) {
            state.surplusShare = 1;
            world.metrics().put("minerSurplusOfferedMw", Double.NaN);
            return;
        }
        double surplus = Math.max(0, supplyMw - baselinePeakMw * (1 + spec.rationingThresholdPct() / 100));
        double quota = levers.get(Levers.MINER_QUOTA_MW);
        double offered = Levers.unset(quota) ? surplus : Math.min(surplus, Math.max(0, quota));
        state.surplusShare = state.gridMiningContractMw > 0 ? Math.min(1, offered / state.gridMiningContractMw) : 1;
        world.metrics().put("minerSurplusOfferedMw", offered);
    }

    private void ration(SteppeWorld world, double plannedReservePct, boolean shed, boolean interruptible) {
        double before = state.registeredMinerSupplyShare;
        if (interruptible) {
            state.registeredMinerSupplyShare = 1;
        } else if (shed || plannedReservePct < spec.rationingThresholdPct()) {
            state.registeredMinerSupplyShare = Math.max(0, before - spec.rationingStep());
        } else if (plannedReservePct > spec.rationingThresholdPct() + 3) {
            state.registeredMinerSupplyShare = Math.min(1, before + spec.rationingRecoveryPerDay());
        }
        boolean now = state.registeredMinerSupplyShare < 0.999;
        if (now != rationing) {
            rationing = now;
            world.events().emit("rationing", "grid-operator", "state", now ? "start" : "end",
                    "minerSupplyShare", state.registeredMinerSupplyShare, "plannedReserveMarginPct", plannedReservePct,
                    "loadShedToday", shed);
        }
    }

    /**
     * Rationing by block: the operator plans each block of tomorrow (night, day, evening peak) with
     * today's registered load and cuts registered miners' share in a block by the rationing step
     * where that block's planned reserve is below the threshold or load was shed in it today, and
     * restores it where the block's reserve is comfortable. Miners keep running in the blocks with
     * room, typically all but the evening peak.
     */
    private void rationByBlock(SteppeWorld world, double supplyMw, double[] plannedBlockMw, boolean[] shedInBlock,
                               boolean interruptible) {
        double[] share = state.registeredMinerBlockShare;
        double worstReservePct = Double.POSITIVE_INFINITY;
        for (int b = 0; b < share.length; b++) {
            double reservePct = (supplyMw - plannedBlockMw[b]) / plannedBlockMw[b] * 100;
            worstReservePct = Math.min(worstReservePct, reservePct);
            if (interruptible) {
                share[b] = 1;
            } else if (shedInBlock[b] || reservePct < spec.rationingThresholdPct()) {
                share[b] = Math.max(0, share[b] - spec.rationingStep());
            } else if (reservePct > spec.rationingThresholdPct() + 3) {
                share[b] = Math.min(1, share[b] + spec.rationingRecoveryPerDay());
            }
        }
        boolean now = share[0] < 0.999 || share[1] < 0.999 || share[2] < 0.999;
        if (now != rationing) {
            rationing = now;
            world.events().emit("rationing", "grid-operator", "state", now ? "start" : "end",
                    "minerSupplyShare", state.runHoursShare(false), "nightShare", share[0], "dayShare", share[1], "peakShare", share[2],
                    "plannedReserveMarginPct", worstReservePct, "loadShedToday", shedInBlock[0] || shedInBlock[1] || shedInBlock[2]);
        }
    }

    /**
     * Dispatch with the imports contracted for today and, on top of them, imports up to the limit
     * as a shortfall needs: each region's deficit, and the imports that flowed in the last cell.
     */
    private double[] dispatchWithImports(double[] available, double[] demand, double importLimit) {
        double contracted = Math.min(contractedImportsMw, importLimit);
        double[] deficit = dispatch(available, demand, contracted);
        double shortfall = sum(deficit);
        double imports = contracted;
        if (shortfall > 0 && importLimit > contracted) {
            double[] withImports = dispatch(available, demand, contracted + Math.min(importLimit - contracted, shortfall));
            imports = contracted + Math.max(0, shortfall - sum(withImports));
            deficit = withImports;
        }
        double[] out = java.util.Arrays.copyOf(deficit, Region.COUNT + 1);
        out[Region.COUNT] = imports;
        return out;
    }

    /**
     * The smallest share of registered mining load, interrupted in every region alike, that removes
     * as much of the shortfall as interrupting all of it would (line limits may leave some that no
     * miner's interruption can cover), found by bisection.
     */
    private double interruptedShare(double[] available, double[] demand, double[] white, double importLimit, double shortfall) {
        double[] none = demand.clone();
        for (int r = 0; r < Region.COUNT; r++) {
            none[r] -= white[r];
        }
        double floor = sum(dispatchWithImports(available, none, importLimit), Region.COUNT);
        if (shortfall - floor <= 1e-9) {
            return 0;
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 30; i++) {
            double mid = (lo + hi) / 2;
            double[] trial = demand.clone();
            for (int r = 0; r < Region.COUNT; r++) {
                trial[r] -= mid * white[r];
            }
            if (sum(dispatchWithImports(available, trial, importLimit), Region.COUNT) <= floor + 1e-6) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static double sum(double[] values, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += values[i];
        }
        return s;
    }

    /**
     * Transfers power through the central hub within line limits and returns each region's unmet
     * demand. Imports enter the north.
     */
    double[] dispatch(double[] available, double[] demand, double importsMw) {
        double[] net = new double[Region.COUNT];
        for (int r = 0; r < Region.COUNT; r++) {
            net[r] = available[r] - demand[r];
        }
        net[Region.NORTH.ordinal()] += importsMw;
        int hub = Region.CENTRAL.ordinal();
        int[] spokes = {Region.NORTH.ordinal(), Region.SOUTH.ordinal(), Region.WEST.ordinal()};
        double[] limits = {spec.northCentralLimitMw(), spec.centralSouthLimitMw(), spec.westCentralLimitMw()};
        double[] capacityLeft = limits.clone();
        for (int i = 0; i < spokes.length; i++) {
            int s = spokes[i];
            if (net[s] > 0) {
                double flow = Math.min(net[s], capacityLeft[i]);
                net[s] -= flow;
                net[hub] += flow;
                capacityLeft[i] -= flow;
            }
        }
        for (int i = 0; i < spokes.length; i++) {
            int s = spokes[i];
            if (net[s] < 0 && net[hub] > 0) {
                double flow = Math.min(Math.min(-net[s], net[hub]), limits[i]);
                net[s] += flow;
                net[hub] -= flow;
            }
        }
        if (net[hub] < 0) {
            for (int i = 0; i < spokes.length && net[hub] < 0; i++) {
                int s = spokes[i];
                if (net[s] > 0) {
                    double flow = Math.min(Math.min(net[s], -net[hub]), capacityLeft[i]);
                    net[s] -= flow;
                    net[hub] += flow;
                    capacityLeft[i] -= flow;
                }
            }
        }
        double[] deficit = new double[Region.COUNT];
        for (int r = 0; r < Region.COUNT; r++) {
            deficit[r] = Math.max(0, -net[r]);
        }
        return deficit;
    }

    private void kpis(SteppeWorld world) {
        world.kpis().put("peakKzHashShare", peakHashShare);
        world.kpis().putDate("peakKzHashShareDate", peakHashShareDate);
        world.kpis().put("peakMiningLoadMw", peakMiningMw);
        world.kpis().putDate("peakMiningLoadDate", peakMiningDate);
        world.kpis().put("peakMiningShareOfCapacity", peakMiningShareOfCapacity);
        world.kpis().put("unservedEnergyMwh", unservedTotalMwh);
        world.kpis().put("emittedCo2Tonnes", co2TotalTonnes);
        world.kpis().put("blackoutDays", blackoutDays);
        world.kpis().putDate("firstBlackoutDate", firstBlackout);
        world.kpis().put("peakWhiteMiningLoadMw", peakWhiteMw);
        world.kpis().putDate("firstMinerCutoffDate", firstCutoff);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static double sum(double[] values) {
        return sum(values, values.length);
    }

    private static double[] normalise(double[] factors, double[] weights) {
        double sum = 0;
        double w = 0;
        for (int i = 0; i < factors.length; i++) {
            sum += factors[i] * weights[i];
            w += weights[i];
        }
        double[] out = factors.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = factors[i] / (sum / w);
        }
        return out;
    }
}
