package io.steppe.agents.mining;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The market for hosting in the home country (Kazakhstan unless a campaign names another),
 * provided by the {@code globalMining} agent, which owns it: each month it places the home's share
 * of the world's machines as orders. The registered hosts ({@code whiteMiners}) fill them and quote
 * their terms; the hidden hosts ({@code grayMiners}) take their share; both record the machines
 * that leave the country.
 */
public final class HostingMarket {
    private final List<Jurisdiction> abroad;
    private final String homeName;
    /** Hash rate looking for registered hosting this month, TH/s. */
    private double ordersThs;
    /** Efficiency of the machines in the orders, J/TH. */
    private double ordersJPerTh;
    /** Share of the orders hidden hosts take, set by the gray miners. */
    private double grayShareOfOrders;
    /** Hash rate going to hidden hosts this month, TH/s. */
    private double grayOrdersThs;
    /** Orders the registered hosts could not fill last month, TH/s. */
    private double unfilledThs;
    /** Machines that left the home and where they went, MW by destination. */
    private final Map<String, Double> migratedMwByDestination = new TreeMap<>();
    /** Mean all-in cost of a kWh for a hosted client at home (power, mark-up, carbon, fees), USD/kWh. */
    private double hostPowerPriceUsdPerKwh = 0.035;
    /** Load of the home's licensed mining sites at the start of the run, MW. */
    private double sitesAtStartMw;
    /** Share of the month registered hosts could run (rationing, cut-offs), 0..1. */
    private double hostUptimeShare = 1.0;

    HostingMarket(List<Jurisdiction> abroad, String homeName) {
        this.abroad = List.copyOf(abroad);
        this.homeName = homeName;
    }

    /** Expected margin per TH/s per day at a power price, for a machine of this efficiency. */
    public static double marginUsdPerThDay(double hashpriceUsdPerPhDay, double jPerTh, double powerUsdPerKwh) {
        return hashpriceUsdPerPhDay / 1000.0 - jPerTh * 24.0 / 1000.0 * powerUsdPerKwh;
    }

    /** The jurisdictions abroad miners compare the home with. */
    public List<Jurisdiction> abroad() {
        return abroad;
    }

    /** The home jurisdiction's name, the origin of its migrations. */
    public String homeName() {
        return homeName;
    }

    /** Hash rate looking for registered hosting this month, TH/s. */
    public double ordersThs() {
        return ordersThs;
    }

    /** Efficiency of this month's orders (registered and hidden), J/TH. */
    public double ordersJPerTh() {
        return ordersJPerTh;
    }

    /** The registered hosts could not fill this much of this month's orders, TH/s. */
    public void reportUnfilled(double ths) {
        unfilledThs = ths;
    }

    /** The registered hosts' mean all-in price of a kWh for a hosted client, USD/kWh. */
    public void quoteHostPrice(double usdPerKwh) {
        hostPowerPriceUsdPerKwh = usdPerKwh;
    }

    /** Share of last month the registered hosts could run, 0..1. */
    public void reportHostUptime(double share) {
        hostUptimeShare = share;
    }

    /** Capacity of the registered sites at the start of the run, MW. */
    public void reportSitesAtStart(double mw) {
        sitesAtStartMw = mw;
    }

    /** The hidden hosts take this month's hidden orders, TH/s (none are left after). */
    public double takeGrayOrdersThs() {
        double taken = grayOrdersThs;
        grayOrdersThs = 0;
        return taken;
    }

    /** Share of next month's orders the hidden hosts take, 0..1. */
    public void setGrayShare(double share) {
        grayShareOfOrders = share;
    }

    /** Machines of this load left the home for a destination. */
    public void recordMigration(String destination, double mw) {
        migratedMwByDestination.merge(destination, mw, Double::sum);
    }

    /** Machines that left the home so far, MW by destination. */
    Map<String, Double> migratedMwByDestination() {
        return Collections.unmodifiableMap(migratedMwByDestination);
    }

    double unfilledThs() {
        return unfilledThs;
    }

    double grayShareOfOrders() {
        return grayShareOfOrders;
    }

    double hostPowerPriceUsdPerKwh() {
        return hostPowerPriceUsdPerKwh;
    }

    double hostUptimeShare() {
        return hostUptimeShare;
    }

    double sitesAtStartMw() {
        return sitesAtStartMw;
    }

    /**
     * This month's orders: new and displaced machines of their efficiencies; the hidden hosts'
     * share of them goes to {@link #takeGrayOrdersThs()}, the rest to the registered hosts.
     * Returns the displaced machines left for the registered hosts, TH/s.
     */
    double place(double newOrdersThs, double newJPerTh, double displacedOrdersThs, double displacedJPerTh, double frontierJPerTh) {
        ordersThs = newOrdersThs + displacedOrdersThs;
        ordersJPerTh = ordersThs > 0 ? (newOrdersThs * newJPerTh + displacedOrdersThs * displacedJPerTh) / ordersThs : frontierJPerTh;
        grayOrdersThs = ordersThs * grayShareOfOrders;
        ordersThs -= grayOrdersThs;
        unfilledThs = 0;
        return displacedOrdersThs * (1 - grayShareOfOrders);
    }
}
