package io.steppe.agents.mining;

import java.util.List;

/**
 * The market for hosting in Kazakhstan, shared by the global miners (who place orders) and the
 * Kazakh hosting firms (who fill them). Obtained through {@code world.shared(HostingMarket.class, ...)}.
 */
public final class HostingMarket {
    /** Hash rate looking for hosting in Kazakhstan this month, TH/s. */
    public double ordersThs;
    /** Efficiency of the machines in the orders, J/TH. */
    public double ordersJPerTh;
    /** Share of the orders hidden (gray) hosts take this month, set by the gray miners. */
    public double grayShareOfOrders;
    /** Hash rate going to hidden hosts this month, TH/s (already removed from {@link #ordersThs}). */
    public double grayOrdersThs;
    /** Orders not filled last month, TH/s (a signal to build). */
    public double unfilledThs;
    /** Machines that left Kazakhstan and where they went, by destination name, MW. */
    public final java.util.Map<String, Double> migratedMwByDestination = new java.util.TreeMap<>();
    /** Name of the home jurisdiction (Kazakhstan unless a campaign names another), the origin of its migrations. */
    public String homeName = "Kazakhstan";
    /** The jurisdictions abroad miners compare Kazakhstan with. */
    public List<Jurisdiction> abroad = List.of();
    /** Mean all-in cost of a kWh for a hosted client in Kazakhstan (power, mark-up, carbon, fees), USD/kWh. */
    public double kzPowerPriceUsdPerKwh = 0.035;
    /** Load of Kazakhstan's licensed mining sites at the start of the run, MW: what its hosting industry starts from. */
    public double sitesAtStartMw;
    /** Share of the month Kazakh registered miners could run (rationing, cut-offs), 0..1. */
    public double kzUptimeShare = 1.0;

    /** Expected margin per TH/s per day at a power price, for a machine of this efficiency. */
    public static double marginUsdPerThDay(double hashpriceUsdPerPhDay, double jPerTh, double powerUsdPerKwh) {
        return hashpriceUsdPerPhDay / 1000.0 - jPerTh * 24.0 / 1000.0 * powerUsdPerKwh;
    }
}
