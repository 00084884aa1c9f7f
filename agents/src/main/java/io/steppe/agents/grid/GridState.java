package io.steppe.agents.grid;

/**
 * What miners and the grid operator share within a run (obtained through
 * {@code world.shared(GridState.class, GridState::new)}). Miners write the load they intend to draw
 * in the miners phase; the operator dispatches in the grid phase, writes back what share of each
 * region's mining load was served, and sets tomorrow's rationing of registered miners.
 */
public final class GridState {
    /** Registered (white) mining load miners intend to draw today, MW, by region. */
    public final double[] registeredMiningMw = new double[Region.COUNT];
    /** Unregistered (gray) mining load today, MW, by region: not in the operator's plan. */
    public final double[] unregisteredMiningMw = new double[Region.COUNT];
    /** Registered hash rate behind {@link #registeredMiningMw}, TH/s, by region. */
    public final double[] registeredMiningThs = new double[Region.COUNT];
    /** Unregistered hash rate behind {@link #unregisteredMiningMw}, TH/s, by region. */
    public final double[] unregisteredMiningThs = new double[Region.COUNT];
    /** Share of each region's mining load the grid served today (after shedding), 0..1. */
    public final double[] miningServedShare = {1, 1, 1, 1};
    /** Share of their contracted load registered miners may draw today (operator's rationing), 0..1. */
    public double registeredMinerSupplyShare = 1.0;
    /**
     * Share of their contracted load registered grid miners may draw in each block of the day
     * (night, day, evening peak) under the operator's rationing by block, 0..1; all 1 when the
     * operator rations the whole day ({@link #registeredMinerSupplyShare}).
     */
    public final double[] registeredMinerBlockShare = {1, 1, 1};
    /** Hours households in each region were shed today (written by the operator after dispatch). */
    public final double[] householdBlackoutHours = new double[Region.COUNT];
    /** Mining load the grid served today in each region, MW (written by the operator after dispatch). */
    public final double[] servedMiningMw = new double[Region.COUNT];
    /** Installed mining capacity at registered sites, MW (for the capacity metric). */
    public double registeredSiteCapacityMw;
    /** Registered mining load that switches off in the evening-peak block today (peak pricing), MW, by region. */
    public final double[] registeredPeakOffMw = new double[Region.COUNT];
    /** Load registered grid miners would draw at full supply today, MW (written by the miners). */
    public double gridMiningContractMw;
    /** Registered mining on its own off-grid power today, MW (not dispatched by the operator). */
    public double offGridMiningMw;
    /** Hash rate behind {@link #offGridMiningMw}, TH/s. */
    public double offGridMiningThs;
    /** CO2 from registered miners' own off-grid fossil generation today, t (not grid generation). */
    public double offGridCo2Tonnes;
    /**
     * Share of their contracted load licensed grid miners may buy tomorrow under a surplus-only
     * rule: the operator's planned surplus within the quota, divided by their load, 0..1.
     */
    public double surplusShare = 1.0;
    /** Registered mining energy the operator interrupted today (interruptible contracts), MWh, by region. */
    public final double[] interruptedMinerMwh = new double[Region.COUNT];
    /** Credit per MWh in force when {@link #interruptedMinerMwh} was interrupted, USD. */
    public double interruptedCreditUsdPerMwh;
    /** CO2 intensity of grid generation, t/MWh (written by the operator daily). */
    public double co2TonnesPerMwh = 0.9;

    /**
     * Share of the day's 24 hours a registered grid miner runs under today's rationing by block:
     * the hours of each block (night 8, day 10, evening peak 6) times the block's share, without
     * the evening peak when the miner stops there itself (peak pricing). 1 (or 18/24) when no block
     * is rationed.
     */
    public double runHoursShare(boolean offAtPeak) {
        double[] hours = GridOperator.BLOCK_HOURS;
        double h = 0;
        for (int b = 0; b < hours.length; b++) {
            h += b == GridOperator.PEAK_BLOCK && offAtPeak ? 0 : hours[b] * registeredMinerBlockShare[b];
        }
        return h / 24;
    }

    /** Share of the evening-peak block registered grid miners may run today (rationing by block). */
    public double peakBlockShare() {
        return registeredMinerBlockShare[GridOperator.PEAK_BLOCK];
    }

    /** Clears the miners' load before they report today's. */
    public void clearLoad() {
        java.util.Arrays.fill(registeredMiningMw, 0);
        java.util.Arrays.fill(unregisteredMiningMw, 0);
        java.util.Arrays.fill(registeredMiningThs, 0);
        java.util.Arrays.fill(unregisteredMiningThs, 0);
        java.util.Arrays.fill(registeredPeakOffMw, 0);
        registeredSiteCapacityMw = 0;
        offGridMiningMw = 0;
        offGridMiningThs = 0;
        offGridCo2Tonnes = 0;
        gridMiningContractMw = 0;
    }
}
