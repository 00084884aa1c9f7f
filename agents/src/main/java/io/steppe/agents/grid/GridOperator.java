package io.steppe.agents.grid;

import static io.steppe.engine.data.Series.interpolate;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.EventSink;
import io.steppe.engine.agent.Lever;
import io.steppe.engine.agent.MetricSink;
import io.steppe.engine.data.CsvTable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The grid operator. Every day it works out the capacity available after forced outages and unit
 * trips, dispatches the day's three blocks ({@link GridDispatch}) against the baseline demand and
 * the mining load consumers reported, and then applies its rationing rule to registered miners for
 * the next day: for the whole day, or with {@code rationingByBlock} in each block whose planned
 * reserve is short. It plans with registered load only. What it reads, writes and emits is
 * declared in {@link GridSpec#declaration()}.
 */
final class GridOperator implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Demand by month relative to the annual mean (January first; mean 1). */
    static final double[] MONTH_FACTOR = normalise(new double[] {1.11, 1.08, 1.02, 0.95, 0.90, 0.88, 0.89, 0.90, 0.94, 1.01, 1.08, 1.12},
            new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    private static final double WEEKEND_FACTOR = 0.95;

    private final GridSpec spec;
    private final AgentContext context;
    /** Demand in each block relative to the daily mean (hour-weighted mean 1), from the spec. */
    private final double[] blockFactor;
    private final double[] demandShare;
    private final GridDispatch dispatcher;
    private final GridState state = new GridState();
    /** The grid's own random stream for outages and trips, so every policy variant meets the same shocks. */
    private final ec.util.MersenneTwisterFast shocks;
    private final List<double[]> installedPoints = new ArrayList<>();
    private final List<double[]> availablePoints = new ArrayList<>();
    private final List<double[]> demandTwhPoints = new ArrayList<>();
    private final List<double[]> coalSharePoints = new ArrayList<>();
    private final List<double[]> gasSharePoints = new ArrayList<>();
    private final double[] outagePct = new double[Region.COUNT];
    private final double[] trippedMw = new double[Region.COUNT];
    private final int[] tripDaysLeft = new int[Region.COUNT];
    private boolean rationing;
    /** Imports contracted yesterday for today to keep the reserve target, MW (flat over the day). */
    private double contractedImportsMw;

    private final Lever extraCapacity;
    private final Lever cutoffLever;
    private final Lever importBoost;
    private final Lever interruptibleCredit;
    private final Lever minersShedFirst;
    private final Lever surplusOnly;
    private final Lever minerQuota;
    private final Outputs out;
    private final EventSink cutoffEvents;
    private final EventSink interruptedEvents;
    private final EventSink blackouts;
    private final EventSink unitTrips;
    private final EventSink rationingEvents;
    private final Totals totals = new Totals();

    /** The metrics the operator writes every day. */
    private record Outputs(MetricSink demand, MetricSink peakDemand, MetricSink available, MetricSink imports, MetricSink reserve,
                           MetricSink unserved, MetricSink householdUnserved, MetricSink blackoutRegionHours, MetricSink miningLoad,
                           MetricSink whiteMiningLoad, MetricSink miningCapacity, MetricSink hashrate, MetricSink hashShare,
                           MetricSink coalBurn, MetricSink co2, MetricSink surplusOffered) {
        static Outputs of(AgentContext c) {
            return new Outputs(c.metric("demandMw"), c.metric("peakDemandMw"), c.metric("availableCapacityMw"), c.metric("importsMw"),
                    c.metric("reserveMarginPct"), c.metric("unservedEnergyMwh"), c.metric("householdUnservedMwh"),
                    c.metric("blackoutRegionHours"), c.metric("miningLoadMw"), c.metric("whiteMiningLoadMw"),
                    c.metric("miningCapacityMw"), c.metric("kzHashrateEhs"), c.metric("kzHashShare"), c.metric("coalBurnTonnes"),
                    c.metric("co2Tonnes"), c.metric("minerSurplusOfferedMw"));
        }
    }

    /** What the operator adds up over the run for its KPIs. */
    private static final class Totals {
        double unservedMwh;
        double co2Tonnes;
        int blackoutDays;
        LocalDate firstBlackout;
        double peakMiningMw = -1;
        LocalDate peakMiningDate;
        double peakMiningShareOfCapacity;
        double peakHashShare = -1;
        LocalDate peakHashShareDate;
        double peakWhiteMw;
        boolean cutoffOn;
        LocalDate firstCutoff;
    }

    GridOperator(GridSpec spec, AgentContext context) {
        this.spec = spec;
        this.context = context;
        this.blockFactor = normalise(spec.blockDemandFactors().stream().mapToDouble(Double::doubleValue).toArray(), GridDispatch.BLOCK_HOURS);
        this.demandShare = spec.demandShareByRegion().stream().mapToDouble(Double::doubleValue).toArray();
        this.dispatcher = new GridDispatch(spec.northCentralLimitMw(), spec.centralSouthLimitMw(), spec.westCentralLimitMw());
        this.shocks = context.stream("outages");
        readData();
        for (int r = 0; r < Region.COUNT; r++) {
            outagePct[r] = spec.otherOutagePct();
        }
        extraCapacity = context.lever(MiningLevers.EXTRA_CAPACITY_MW);
        cutoffLever = context.lever(MiningLevers.MINER_CUTOFF);
        importBoost = context.lever(MiningLevers.IMPORT_BOOST_MW);
        interruptibleCredit = context.lever(MiningLevers.INTERRUPTIBLE_CREDIT_USD_PER_MWH);
        minersShedFirst = context.lever(MiningLevers.MINERS_SHED_FIRST);
        surplusOnly = context.lever(MiningLevers.SURPLUS_ONLY_POWER);
        minerQuota = context.lever(MiningLevers.MINER_QUOTA_MW);
        out = Outputs.of(context);
        cutoffEvents = context.event("minerCutoff");
        interruptedEvents = context.event("minersInterrupted");
        blackouts = context.event("blackout");
        unitTrips = context.event("unitTrip");
        rationingEvents = context.event("rationing");
        context.atEnd(this::kpis);
    }

    /** The grid the operator provides to consumers. */
    Grid grid() {
        return state;
    }

    private void readData() {
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
        LocalDate date = context.date();
        double t = date.toEpochDay();
        double[] available = available(date);
        double availableTotal = GridDispatch.sum(available, Region.COUNT);
        double dayFactor = MONTH_FACTOR[date.getMonthValue() - 1]
                * (isWeekend(date) ? WEEKEND_FACTOR : (7 - 2 * WEEKEND_FACTOR) / 5);
        double baseline = baselineMeanMw(date) * dayFactor;

        boolean cutoff = cutoffLever.on();
        double importLimit = spec.importLimitMw() + Math.max(0, importBoost.value());
        logCutoff(date, cutoff);
        boolean interruptible = interruptibleCredit.value() > 0;
        // Emergency shedding is local: the operator cuts the feeders of the region short of power,
        // miners there first under minersShedFirst. Interruptible miners are dispatchable demand
        // response: the operator interrupts them system-wide, as far as the lines let that help.
        boolean minersFirst = minersShedFirst.on() || interruptible;
        double[] whiteMw = new double[Region.COUNT];
        double[] peakOffMw = new double[Region.COUNT];
        double[] grayMw = state.unregisteredMiningMw.clone();
        for (int r = 0; r < Region.COUNT; r++) {
            whiteMw[r] = cutoff ? 0 : state.registeredMiningMw[r];
            peakOffMw[r] = cutoff ? 0 : state.registeredPeakOffMw[r];
        }
        state.interruptedCreditUsdPerMwh = Math.max(0, interruptibleCredit.value());
        GridDispatch.Result day = dispatcher.dispatch(new GridDispatch.Day(available, baseline, blockFactor, demandShare, whiteMw,
                peakOffMw, state.registeredMinerBlockShare, grayMw, importLimit, contractedImportsMw, minersFirst, interruptible));
        System.arraycopy(day.interruptedMwh(), 0, state.interruptedMinerMwh, 0, Region.COUNT);

        double registeredMw = 0;
        double grayMean = 0;
        double hashThs = 0;
        for (int r = 0; r < Region.COUNT; r++) {
            double served = day.miningMwh()[r] > 0 ? 1 - day.shedMiningMwh()[r] / day.miningMwh()[r] : 1;
            state.miningServedShare[r] = cutoff ? (grayMw[r] > 0 ? served : 0) : served;
            registeredMw += day.whiteMwh()[r] / 24 * served;
            if (state.interruptedMinerMwh[r] > 0) {
                interruptedEvents.emit(Region.values()[r].label(), "region", Region.values()[r].label(), "mwh", state.interruptedMinerMwh[r]);
            }
            grayMean += grayMw[r] * served;
            state.servedMiningMw[r] = (whiteMw[r] + grayMw[r]) * served;
            state.householdBlackoutHours[r] = day.blackoutHours()[r];
            double runHours = interruptible ? 1 : state.runHoursShare(false);
            hashThs += (cutoff ? 0 : state.registeredMiningThs[r]) * served * runHours + state.unregisteredMiningThs[r] * served;
        }
        hashThs += state.offGridMiningThs;
        double blackoutRegionHours = logBlackouts(day);

        double peakDemand = day.peakDemandMw();
        double reserveMarginPct = (availableTotal + importLimit - peakDemand) / peakDemand * 100;
        double plannedPeak = peakDemand - GridDispatch.sum(grayMw, Region.COUNT);
        double plannedReservePct = (availableTotal + importLimit - plannedPeak) / plannedPeak * 100;
        // Tomorrow's import contract: what keeps domestic generation the target above today's planned
        // peak (registered load only; gray load is not in the plan), within the interconnector limit.
        contractedImportsMw = spec.importReserveTargetPct() > 0
                ? Math.max(0, Math.min(spec.importLimitMw(), plannedPeak * (1 + spec.importReserveTargetPct() / 100) - availableTotal))
                : 0;
        // Interruptible miners are not rationed day-ahead: the operator interrupts them in real time instead.
        if (spec.rationingByBlock()) {
            rationByBlock(availableTotal + importLimit, day.plannedBlockMw(), day.shedInBlock(), interruptible);
        } else {
            ration(plannedReservePct, day.unservedMwh() > 0, interruptible);
        }
        offerSurplus(availableTotal + importLimit, baseline * blockFactor[GridDispatch.PEAK_BLOCK]);

        double served = day.energyMwh() - day.unservedMwh();
        double generation = Math.max(0, served - day.importsMwh());
        double coalShare = interpolate(coalSharePoints, t);
        double gasShare = interpolate(gasSharePoints, t);
        state.co2TonnesPerMwh = coalShare * spec.co2TonnesPerCoalMwh() + gasShare * spec.co2TonnesPerGasMwh();
        double globalThs = context.market().globalHashrateEhs(context.day()) * 1e6;
        double miningMw = registeredMw + grayMean;
        out.demand().put(day.energyMwh() / 24);
        out.peakDemand().put(peakDemand);
        out.available().put(availableTotal);
        out.imports().put(day.importsMwh() / 24);
        out.reserve().put(reserveMarginPct);
        out.unserved().put(day.unservedMwh());
        out.householdUnserved().put(GridDispatch.sum(day.shedHouseholdMwh(), Region.COUNT));
        out.blackoutRegionHours().put(blackoutRegionHours);
        out.miningLoad().put(miningMw);
        out.whiteMiningLoad().put(registeredMw);
        out.miningCapacity().put(state.registeredSiteCapacityMw);
        out.hashrate().put(hashThs / 1e6);
        out.hashShare().put(hashThs / globalThs);
        out.coalBurn().put(generation * coalShare * spec.coalTonnesPerMwh());
        double co2Tonnes = generation * (coalShare * spec.co2TonnesPerCoalMwh() + gasShare * spec.co2TonnesPerGasMwh());
        out.co2().put(co2Tonnes);
        totals.co2Tonnes += co2Tonnes + state.offGridCo2Tonnes;
        addUp(date, t, day.unservedMwh(), blackoutRegionHours, registeredMw, miningMw, hashThs / globalThs);
        state.clearLoad();
    }

    /** Today's available capacity by region: the data's, less forced outages (a mean-reverting walk) and tripped units. */
    private double[] available(LocalDate date) {
        boolean winter = spec.winterMonths().contains(date.getMonthValue());
        double meanOutage = winter ? spec.winterOutagePct() : spec.otherOutagePct();
        double nominalAvailable = interpolate(availablePoints, date.toEpochDay()) + spec.extraAvailableMw() + extraCapacity.value();
        double[] available = new double[Region.COUNT];
        for (int r = 0; r < Region.COUNT; r++) {
            outagePct[r] += 0.3 * (meanOutage - outagePct[r]) + shocks.nextGaussian() * spec.outageSdPct() * 0.55;
            outagePct[r] = Math.max(0, Math.min(60, outagePct[r]));
            available[r] = nominalAvailable * spec.capacityShareByRegion().get(r) * (1 - outagePct[r] / 100);
            unitTrip(r, winter);
            available[r] = Math.max(0, available[r] - trippedMw[r]);
        }
        return available;
    }

    /** Logs the cut-off of registered miners starting or ending, whoever pulled the lever. */
    private void logCutoff(LocalDate date, boolean cutoff) {
        if (cutoff != totals.cutoffOn) {
            totals.cutoffOn = cutoff;
            double registered = GridDispatch.sum(state.registeredMiningMw, Region.COUNT);
            cutoffEvents.emit("grid-operator", "state", cutoff ? "start" : "end", "registeredLoadMw", registered);
            if (cutoff && totals.firstCutoff == null) {
                totals.firstCutoff = date;
            }
        }
    }

    /** Logs a blackout in every region whose households were shed; returns the region-hours. */
    private double logBlackouts(GridDispatch.Result day) {
        double blackoutRegionHours = 0;
        for (int r = 0; r < Region.COUNT; r++) {
            if (day.blackoutHours()[r] > 0) {
                blackoutRegionHours += day.blackoutHours()[r];
                blackouts.emit(Region.values()[r].label(), "region", Region.values()[r].label(), "mwShed", day.peakShedMw()[r],
                        "hours", day.blackoutHours()[r], "mwhUnserved", day.shedHouseholdMwh()[r] + day.shedMiningMwh()[r]);
            }
        }
        return blackoutRegionHours;
    }

    private void addUp(LocalDate date, double t, double unservedMwh, double blackoutRegionHours, double registeredMw, double miningMw,
                       double hashShare) {
        totals.unservedMwh += unservedMwh;
        if (blackoutRegionHours > 0) {
            totals.blackoutDays++;
            if (totals.firstBlackout == null) {
                totals.firstBlackout = date;
            }
        }
        totals.peakWhiteMw = Math.max(totals.peakWhiteMw, registeredMw);
        if (miningMw > totals.peakMiningMw) {
            totals.peakMiningMw = miningMw;
            totals.peakMiningDate = date;
        }
        double installed = interpolate(installedPoints, t);
        totals.peakMiningShareOfCapacity = Math.max(totals.peakMiningShareOfCapacity, miningMw / installed);
        if (hashShare > totals.peakHashShare) {
            totals.peakHashShare = hashShare;
            totals.peakHashShareDate = date;
        }
    }

    /** A large unit in the region may trip today; a tripped unit is back after its repair. */
    private void unitTrip(int r, boolean winter) {
        if (tripDaysLeft[r] > 0 && --tripDaysLeft[r] == 0) {
            trippedMw[r] = 0;
        }
        double chance = spec.unitTripsPerYear() / 365.0 * spec.capacityShareByRegion().get(r) * (winter ? 2 : 1);
        if (tripDaysLeft[r] == 0 && shocks.nextDouble() < chance) {
            trippedMw[r] = spec.unitTripMw() * (0.5 + shocks.nextDouble());
            tripDaysLeft[r] = 1 + shocks.nextInt(spec.unitTripMaxDays());
            unitTrips.emit(Region.values()[r].label(), "region", Region.values()[r].label(), "mw", trippedMw[r], "days", tripDaysLeft[r]);
        }
    }

    /**
     * Under a surplus-only rule, offers licensed grid miners tomorrow what today's supply leaves
     * above the non-mining peak and the operator's reserve, within the quota lever.
     */
    private void offerSurplus(double supplyMw, double baselinePeakMw) {
        if (!surplusOnly.on()) {
            state.surplusShare = 1;
            out.surplusOffered().put(Double.NaN);
            return;
        }
        double surplus = Math.max(0, supplyMw - baselinePeakMw * (1 + spec.rationingThresholdPct() / 100));
        double quota = minerQuota.value();
        double offered = minerQuota.unset() ? surplus : Math.min(surplus, Math.max(0, quota));
        state.surplusShare = state.gridMiningContractMw > 0 ? Math.min(1, offered / state.gridMiningContractMw) : 1;
        out.surplusOffered().put(offered);
    }

    private void ration(double plannedReservePct, boolean shed, boolean interruptible) {
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
            rationingEvents.emit("grid-operator", "state", now ? "start" : "end",
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
    private void rationByBlock(double supplyMw, double[] plannedBlockMw, boolean[] shedInBlock, boolean interruptible) {
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
            rationingEvents.emit("grid-operator", "state", now ? "start" : "end",
                    "minerSupplyShare", state.runHoursShare(false), "nightShare", share[0], "dayShare", share[1], "peakShare", share[2],
                    "plannedReserveMarginPct", worstReservePct, "loadShedToday", shedInBlock[0] || shedInBlock[1] || shedInBlock[2]);
        }
    }

    private void kpis() {
        var kpis = context.kpis();
        kpis.put("peakKzHashShare", totals.peakHashShare);
        kpis.putDate("peakKzHashShareDate", totals.peakHashShareDate);
        kpis.put("peakMiningLoadMw", totals.peakMiningMw);
        kpis.putDate("peakMiningLoadDate", totals.peakMiningDate);
        kpis.put("peakMiningShareOfCapacity", totals.peakMiningShareOfCapacity);
        kpis.put("unservedEnergyMwh", totals.unservedMwh);
        kpis.put("emittedCo2Tonnes", totals.co2Tonnes);
        kpis.put("blackoutDays", totals.blackoutDays);
        kpis.putDate("firstBlackoutDate", totals.firstBlackout);
        kpis.put("peakWhiteMiningLoadMw", totals.peakWhiteMw);
        kpis.putDate("firstMinerCutoffDate", totals.firstCutoff);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
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
