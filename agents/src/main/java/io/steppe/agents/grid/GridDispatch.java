package io.steppe.agents.grid;

import java.util.Arrays;

/**
 * The grid's dispatch as a pure function of one day's supply and demand: for each block of the day
 * (night, day, evening peak), each region's available capacity against its demand, transfers
 * through the central hub within the line limits, imports into the north up to the limit (those
 * contracted for the day first, more if a shortfall needs them), interruption of interruptible
 * miners system-wide as far as the lines let that help, and shedding of what is still short,
 * registered miners first under {@code minersFirst}, else pro rata. It keeps no state.
 */
final class GridDispatch {
    /** Index of the evening-peak block. */
    static final int PEAK_BLOCK = 2;
    /** Hours of the night, day and evening-peak blocks. */
    static final double[] BLOCK_HOURS = {8, 10, 6};

    private final double[] limits;

    /** A dispatcher for these transfer limits, MW: north-central, central-south, west-central. */
    GridDispatch(double northCentralLimitMw, double centralSouthLimitMw, double westCentralLimitMw) {
        this.limits = new double[] {northCentralLimitMw, centralSouthLimitMw, westCentralLimitMw};
    }

    /**
     * One day's inputs.
     *
     * @param availableMw available capacity by region
     * @param baselineMw non-mining demand, the day's mean
     * @param blockFactor baseline demand in each block relative to the day's mean
     * @param demandShare share of baseline demand by region
     * @param whiteMw registered mining load by region (0 when cut off)
     * @param peakOffMw registered load that stops in the evening peak by region (0 when cut off)
     * @param whiteBlockShare share of registered load allowed in each block (the operator's rationing by block)
     * @param grayMw unregistered mining load by region
     * @param importLimitMw most imports today
     * @param contractedImportsMw imports contracted for today
     * @param minersFirst registered miners are shed first
     * @param interruptible registered miners are interruptible load
     */
    record Day(double[] availableMw, double baselineMw, double[] blockFactor, double[] demandShare, double[] whiteMw,
               double[] peakOffMw, double[] whiteBlockShare, double[] grayMw, double importLimitMw, double contractedImportsMw,
               boolean minersFirst, boolean interruptible) {
    }

    /**
     * What one day's dispatch did.
     *
     * @param energyMwh energy demanded
     * @param peakDemandMw demand in the highest block
     * @param importsMwh energy imported
     * @param unservedMwh energy shed or interrupted
     * @param shedHouseholdMwh energy shed from households and industry by region
     * @param shedMiningMwh mining energy shed or interrupted by region
     * @param miningMwh mining energy demanded by region
     * @param whiteMwh registered mining energy demanded by region
     * @param blackoutHours hours households were shed by region
     * @param peakShedMw largest household shedding by region
     * @param interruptedMwh registered mining energy interrupted by region
     * @param plannedBlockMw each block's demand without the unregistered load (what the operator plans with)
     * @param shedInBlock whether anything was shed in each block
     */
    record Result(double energyMwh, double peakDemandMw, double importsMwh, double unservedMwh, double[] shedHouseholdMwh,
                  double[] shedMiningMwh, double[] miningMwh, double[] whiteMwh, double[] blackoutHours, double[] peakShedMw,
                  double[] interruptedMwh, double[] plannedBlockMw, boolean[] shedInBlock) {
    }

    /** Dispatches the day's three blocks. */
    Result dispatch(Day d) {
        int n = Region.COUNT;
        double energyMwh = 0;
        double peakDemand = 0;
        double importsMwh = 0;
        double unservedMwh = 0;
        double[] shedHouseholdMwh = new double[n];
        double[] shedMiningMwh = new double[n];
        double[] miningMwh = new double[n];
        double[] blackoutHours = new double[n];
        double[] whiteMwh = new double[n];
        double[] interruptedMwh = new double[n];
        double[] peakShedMw = new double[n];
        double[] plannedBlockMw = new double[BLOCK_HOURS.length];
        boolean[] shedInBlock = new boolean[BLOCK_HOURS.length];
        for (int b = 0; b < BLOCK_HOURS.length; b++) {
            double hours = BLOCK_HOURS[b];
            double[] blockWhite = new double[n];
            double[] mining = new double[n];
            double[] demand = new double[n];
            double total = 0;
            for (int r = 0; r < n; r++) {
                double base = d.baselineMw() * d.blockFactor()[b] * d.demandShare()[r];
                double white = b == PEAK_BLOCK ? Math.max(0, d.whiteMw()[r] - d.peakOffMw()[r]) : d.whiteMw()[r];
                white *= d.interruptible() ? 1 : d.whiteBlockShare()[b];
                blockWhite[r] = white;
                mining[r] = white + d.grayMw()[r];
                demand[r] = base + mining[r];
                total += demand[r];
                miningMwh[r] += mining[r] * hours;
                whiteMwh[r] += white * hours;
            }
            peakDemand = Math.max(peakDemand, total);
            plannedBlockMw[b] = total - sum(d.grayMw(), n);
            energyMwh += total * hours;
            double[] deficit = withImports(d.availableMw(), demand, d.importLimitMw(), d.contractedImportsMw());
            double imports = deficit[n];
            double[] whiteShed = new double[n];
            if (d.interruptible() && sum(deficit, n) > 1e-9 && sum(blockWhite, n) > 0) {
                double f = interruptedShare(d, demand, blockWhite, sum(deficit, n));
                double[] reduced = demand.clone();
                for (int r = 0; r < n; r++) {
                    whiteShed[r] = f * blockWhite[r];
                    reduced[r] -= whiteShed[r];
                }
                deficit = withImports(d.availableMw(), reduced, d.importLimitMw(), d.contractedImportsMw());
                imports = deficit[n];
            }
            importsMwh += imports * hours;
            for (int r = 0; r < n; r++) {
                if (whiteShed[r] > 0) {
                    shedMiningMwh[r] += whiteShed[r] * hours;
                    unservedMwh += whiteShed[r] * hours;
                    interruptedMwh[r] += whiteShed[r] * hours;
                }
                if (deficit[r] <= 1e-9) {
                    continue;
                }
                double localWhite = d.minersFirst() && !d.interruptible() ? Math.min(deficit[r], blockWhite[r]) : 0;
                double rest = demand[r] - (d.minersFirst() ? blockWhite[r] : 0);
                double sheddableMining = d.minersFirst() ? d.grayMw()[r] : mining[r];
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
        return new Result(energyMwh, peakDemand, importsMwh, unservedMwh, shedHouseholdMwh, shedMiningMwh, miningMwh, whiteMwh,
                blackoutHours, peakShedMw, interruptedMwh, plannedBlockMw, shedInBlock);
    }

    /**
     * Dispatch with the imports contracted for today and, on top of them, imports up to the limit
     * as a shortfall needs: each region's deficit, and (at index {@link Region#COUNT}) the imports
     * that flowed.
     */
    double[] withImports(double[] available, double[] demand, double importLimit, double contractedImportsMw) {
        double contracted = Math.min(contractedImportsMw, importLimit);
        double[] deficit = deficits(available, demand, contracted);
        double shortfall = sum(deficit, deficit.length);
        double imports = contracted;
        if (shortfall > 0 && importLimit > contracted) {
            double[] more = deficits(available, demand, contracted + Math.min(importLimit - contracted, shortfall));
            imports = contracted + Math.max(0, shortfall - sum(more, more.length));
            deficit = more;
        }
        double[] out = Arrays.copyOf(deficit, Region.COUNT + 1);
        out[Region.COUNT] = imports;
        return out;
    }

    /**
     * The smallest share of registered mining load, interrupted in every region alike, that removes
     * as much of the shortfall as interrupting all of it would (line limits may leave some that no
     * miner's interruption can cover), found by bisection.
     */
    private double interruptedShare(Day d, double[] demand, double[] white, double shortfall) {
        double[] none = demand.clone();
        for (int r = 0; r < Region.COUNT; r++) {
            none[r] -= white[r];
        }
        double floor = sum(withImports(d.availableMw(), none, d.importLimitMw(), d.contractedImportsMw()), Region.COUNT);
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
            if (sum(withImports(d.availableMw(), trial, d.importLimitMw(), d.contractedImportsMw()), Region.COUNT) <= floor + 1e-6) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /**
     * Transfers power through the central hub within line limits and returns each region's unmet
     * demand. Imports enter the north.
     */
    double[] deficits(double[] available, double[] demand, double importsMw) {
        double[] net = new double[Region.COUNT];
        for (int r = 0; r < Region.COUNT; r++) {
            net[r] = available[r] - demand[r];
        }
        net[Region.NORTH.ordinal()] += importsMw;
        int hub = Region.CENTRAL.ordinal();
        int[] spokes = {Region.NORTH.ordinal(), Region.SOUTH.ordinal(), Region.WEST.ordinal()};
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

    /** The sum of the first {@code n} values. */
    static double sum(double[] values, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += values[i];
        }
        return s;
    }
}
