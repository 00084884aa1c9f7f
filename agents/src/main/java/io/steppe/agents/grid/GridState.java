package io.steppe.agents.grid;

import java.util.Arrays;

/**
 * The operator's own record of the grid, behind the {@link Grid} it provides: the load consumers
 * reported today, and what its last dispatch served, shed and set. Only the operator writes it;
 * consumers add to their load through {@link Grid}'s methods.
 */
final class GridState implements Grid {
    /** Registered (white) mining load miners intend to draw today, MW, by region. */
    final double[] registeredMiningMw = new double[Region.COUNT];
    /** Unregistered (gray) mining load today, MW, by region. */
    final double[] unregisteredMiningMw = new double[Region.COUNT];
    /** Registered hash rate behind {@link #registeredMiningMw}, TH/s, by region. */
    final double[] registeredMiningThs = new double[Region.COUNT];
    /** Unregistered hash rate behind {@link #unregisteredMiningMw}, TH/s, by region. */
    final double[] unregisteredMiningThs = new double[Region.COUNT];
    /** Registered mining load that switches off in the evening-peak block today (peak pricing), MW, by region. */
    final double[] registeredPeakOffMw = new double[Region.COUNT];
    /** Installed mining capacity at registered sites, MW. */
    double registeredSiteCapacityMw;
    /** Load registered grid miners would draw at full supply today, MW. */
    double gridMiningContractMw;
    /** Registered mining on its own off-grid power today, MW. */
    double offGridMiningMw;
    /** Hash rate behind {@link #offGridMiningMw}, TH/s. */
    double offGridMiningThs;
    /** CO2 from registered miners' own off-grid fossil generation today, t. */
    double offGridCo2Tonnes;

    /** Share of each region's mining load the grid served in its last dispatch, 0..1. */
    final double[] miningServedShare = {1, 1, 1, 1};
    /** Share of their contracted load registered miners may draw today (whole-day rationing), 0..1. */
    double registeredMinerSupplyShare = 1.0;
    /** Share registered grid miners may draw in each block (night, day, evening peak) under rationing by block, 0..1. */
    final double[] registeredMinerBlockShare = {1, 1, 1};
    /** Hours households in each region were shed in the last dispatch. */
    final double[] householdBlackoutHours = new double[Region.COUNT];
    /** Mining load the grid served in each region in the last dispatch, MW. */
    final double[] servedMiningMw = new double[Region.COUNT];
    /** Share of their load licensed grid miners may buy under a surplus-only rule, 0..1. */
    double surplusShare = 1.0;
    /** Registered mining energy the operator interrupted in the last dispatch, MWh, by region. */
    final double[] interruptedMinerMwh = new double[Region.COUNT];
    /** Credit per MWh in force when {@link #interruptedMinerMwh} was interrupted, USD. */
    double interruptedCreditUsdPerMwh;
    /** CO2 intensity of grid generation, t/MWh. */
    double co2TonnesPerMwh = 0.9;

    @Override
    public void drawRegistered(Region region, double mw, double ths, boolean offAtPeak) {
        int r = region.ordinal();
        registeredMiningThs[r] += ths;
        registeredMiningMw[r] += mw;
        if (offAtPeak) {
            registeredPeakOffMw[r] += mw;
        }
    }

    @Override
    public void drawUnregistered(Region region, double mw, double ths) {
        int r = region.ordinal();
        unregisteredMiningMw[r] += mw;
        unregisteredMiningThs[r] += ths;
    }

    @Override
    public void reportOffGrid(double mw, double ths, double co2Tonnes) {
        offGridMiningMw += mw;
        offGridMiningThs += ths;
        offGridCo2Tonnes += co2Tonnes;
    }

    @Override
    public void reportGridContract(double mw) {
        gridMiningContractMw += mw;
    }

    @Override
    public void reportSiteCapacity(double mw) {
        registeredSiteCapacityMw += mw;
    }

    @Override
    public double supplyShare() {
        return registeredMinerSupplyShare;
    }

    @Override
    public double runHoursShare(boolean offAtPeak) {
        double[] hours = GridDispatch.BLOCK_HOURS;
        double h = 0;
        for (int b = 0; b < hours.length; b++) {
            h += b == GridDispatch.PEAK_BLOCK && offAtPeak ? 0 : hours[b] * registeredMinerBlockShare[b];
        }
        return h / 24;
    }

    @Override
    public double peakBlockShare() {
        return registeredMinerBlockShare[GridDispatch.PEAK_BLOCK];
    }

    @Override
    public double surplusShare() {
        return surplusShare;
    }

    @Override
    public double servedShare(Region region) {
        return miningServedShare[region.ordinal()];
    }

    @Override
    public double interruptedMwh(Region region) {
        return interruptedMinerMwh[region.ordinal()];
    }

    @Override
    public double interruptedCreditUsdPerMwh() {
        return interruptedCreditUsdPerMwh;
    }

    @Override
    public double co2TonnesPerMwh() {
        return co2TonnesPerMwh;
    }

    @Override
    public double householdBlackoutHours(Region region) {
        return householdBlackoutHours[region.ordinal()];
    }

    @Override
    public double servedMiningMw(Region region) {
        return servedMiningMw[region.ordinal()];
    }

    /** Clears the consumers' load after dispatch, before they report the next day's. */
    void clearLoad() {
        Arrays.fill(registeredMiningMw, 0);
        Arrays.fill(unregisteredMiningMw, 0);
        Arrays.fill(registeredMiningThs, 0);
        Arrays.fill(unregisteredMiningThs, 0);
        Arrays.fill(registeredPeakOffMw, 0);
        registeredSiteCapacityMw = 0;
        offGridMiningMw = 0;
        offGridMiningThs = 0;
        offGridCo2Tonnes = 0;
        gridMiningContractMw = 0;
    }
}
