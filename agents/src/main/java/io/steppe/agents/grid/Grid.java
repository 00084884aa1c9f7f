package io.steppe.agents.grid;

/**
 * The power grid as the populations connected to it see it, provided by the {@code grid} agent
 * (its operator). Consumers report what they draw during the miners phase; the operator dispatches
 * in the grid phase, then publishes what it served, what it interrupted and the rules it sets for
 * registered miners for the next day. Every value has one writer, the operator: consumers only add
 * to what they report.
 */
public interface Grid {
    /**
     * A registered (white) grid miner's load today in a region: what it intends to draw, the hash
     * rate behind it, and whether it switches off in the evening-peak block (peak pricing).
     */
    void drawRegistered(Region region, double mw, double ths, boolean offAtPeak);

    /** An unregistered (gray) load today in a region and its hash rate: not in the operator's plan. */
    void drawUnregistered(Region region, double mw, double ths);

    /** Registered mining on its own off-grid power today: load, hash rate and the CO2 of its own generation. */
    void reportOffGrid(double mw, double ths, double co2Tonnes);

    /** Load registered grid miners would draw at full supply today (for the surplus offer). */
    void reportGridContract(double mw);

    /** Installed capacity at registered mining sites today. */
    void reportSiteCapacity(double mw);

    /** Share of their contracted load registered grid miners may draw today (the operator's whole-day rationing), 0..1. */
    double supplyShare();

    /**
     * Share of the day's 24 hours a registered grid miner runs under today's rationing by block,
     * without the evening peak when it stops there itself (peak pricing); 1 (or 18/24) when no
     * block is rationed.
     */
    double runHoursShare(boolean offAtPeak);

    /** Share of the evening-peak block registered grid miners may run today (rationing by block). */
    double peakBlockShare();

    /** Share of their load licensed grid miners may buy today under a surplus-only rule, 0..1. */
    double surplusShare();

    /** Share of a region's mining load the grid served in its last dispatch, 0..1. */
    double servedShare(Region region);

    /** Registered mining energy the operator interrupted in a region in its last dispatch (interruptible contracts), MWh. */
    double interruptedMwh(Region region);

    /** The credit per interrupted MWh in force at the last dispatch, USD. */
    double interruptedCreditUsdPerMwh();

    /** CO2 intensity of grid generation, t/MWh. */
    double co2TonnesPerMwh();

    /** Hours households in a region were shed in the last dispatch. */
    double householdBlackoutHours(Region region);

    /** Mining load the grid served in a region in the last dispatch, MW. */
    double servedMiningMw(Region region);
}
