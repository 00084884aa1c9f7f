package io.steppe.agents.mining;

import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.MetricSink;

/**
 * The state's accounts with mining, provided by the {@code whiteMiners} agent, which keeps them:
 * registered miners book the value they mine and the fees they pay, exchanges book what they
 * convert and the tax on it, and the state's seizures (of exposed gray mines, at the border) book
 * machines. Once a day, in the citizens phase (after miners, grid and exchanges), the ledger writes
 * the metrics {@code miningTaxRevenueUsd}, {@code valueRetainedUsd}, {@code asicsSeized},
 * {@code miningPolicyCostUsd} and, at the end, the same-named KPIs.
 */
public final class MiningLedger {
    /** Value of coins mined today by registered miners, USD. */
    private double minedValueUsdToday;
    /** Part of {@link #minedValueUsdToday} mined by hosted (foreign-owned) machines, USD. */
    private double hostedValueUsdToday;
    private double taxUsdToday;
    private double policyCostUsdToday;
    private double retainedUsdToday;
    private long machinesSeized;
    private double taxTotalUsd;
    private double retainedTotalUsd;
    private double policyCostTotalUsd;
    private final MetricSink tax;
    private final MetricSink retained;
    private final MetricSink seized;
    private final MetricSink policyCost;

    MiningLedger(AgentContext context) {
        tax = context.metric("miningTaxRevenueUsd");
        retained = context.metric("valueRetainedUsd");
        seized = context.metric("asicsSeized");
        policyCost = context.metric("miningPolicyCostUsd");
        context.atEnd(() -> {
            var kpis = context.kpis();
            kpis.put("miningTaxRevenueUsd", taxTotalUsd);
            kpis.put("valueRetainedUsd", retainedTotalUsd);
            kpis.put("asicsSeized", machinesSeized);
            kpis.put("miningPolicyCostUsd", policyCostTotalUsd);
        });
    }

    /** Value of coins registered miners mined today, and the part hosted machines mined, USD. */
    void bookMined(double valueUsd, double hostedUsd) {
        minedValueUsdToday += valueUsd;
        hostedValueUsdToday += hostedUsd;
    }

    /** Value of coins registered miners mined today so far, USD. */
    public double minedValueUsdToday() {
        return minedValueUsdToday;
    }

    /** Part of today's mined value mined by hosted (foreign-owned) machines, USD. */
    public double hostedValueUsdToday() {
        return hostedValueUsdToday;
    }

    /** Fees and taxes miners pay today, USD. */
    public void bookTax(double usd) {
        taxUsdToday += usd;
    }

    /** What mining policies cost the state today (free-zone discounts, interruption payments), USD. */
    public void bookPolicyCost(double usd) {
        policyCostUsdToday += usd;
    }

    /** Mined value converted and taxed in the country today, USD. */
    public void bookRetained(double usd) {
        retainedUsdToday += usd;
    }

    /** Machines the state seized (at exposed gray mines, at the border). */
    public void bookSeizure(long machines) {
        machinesSeized += machines;
    }

    /** Closes the day: writes the day's metrics and adds the day to the totals. */
    void close() {
        tax.put(taxUsdToday);
        retained.put(retainedUsdToday);
        seized.put(machinesSeized);
        policyCost.put(policyCostUsdToday);
        policyCostTotalUsd += policyCostUsdToday;
        policyCostUsdToday = 0;
        taxTotalUsd += taxUsdToday;
        retainedTotalUsd += retainedUsdToday;
        minedValueUsdToday = 0;
        hostedValueUsdToday = 0;
        taxUsdToday = 0;
        retainedUsdToday = 0;
    }
}
