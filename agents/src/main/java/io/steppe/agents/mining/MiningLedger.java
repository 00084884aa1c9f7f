package io.steppe.agents.mining;

import io.steppe.engine.Phase;
import io.steppe.engine.SteppeWorld;

/**
 * The state's accounts with mining, shared within a run (obtained through {@link #of}): registered
 * miners book the value they mine and the fees they pay, exchanges book what they convert and the
 * tax on it, and seizures book machines. Once a day, in the citizens phase (after miners, grid and
 * exchanges), the ledger writes the metrics {@code miningTaxRevenueUsd}, {@code valueRetainedUsd},
 * {@code asicsSeized}, {@code miningPolicyCostUsd} and, at the end, the KPIs {@code miningTaxRevenueUsd}, {@code valueRetainedUsd},
 * {@code asicsSeized} and {@code miningPolicyCostUsd}.
 */
public final class MiningLedger {
    /** Value of coins mined today by registered miners, USD. */
    public double minedValueUsdToday;
    /** Part of {@link #minedValueUsdToday} mined by hosted (foreign-owned) machines, USD. */
    public double hostedValueUsdToday;
    /** Fees and taxes paid by miners today, USD. */
    public double taxUsdToday;
    /** What mining policies cost the state today (free-zone discounts, interruption payments), USD. */
    public double policyCostUsdToday;
    /** Mined value converted and taxed in the country today, USD. */
    public double retainedUsdToday;
    /** Machines seized by the state so far (at exposed gray mines and at the border). */
    public long machinesSeized;
    private double taxTotalUsd;
    private double retainedTotalUsd;
    private double policyCostTotalUsd;

    private MiningLedger() {
    }

    /** The run's ledger, created and scheduled on first use. */
    public static MiningLedger of(SteppeWorld world) {
        return world.shared(MiningLedger.class, () -> {
            MiningLedger ledger = new MiningLedger();
            world.scheduleDaily(Phase.CITIZENS, state -> ledger.close(world));
            world.onFinish(w -> {
                w.kpis().put("miningTaxRevenueUsd", ledger.taxTotalUsd);
                w.kpis().put("valueRetainedUsd", ledger.retainedTotalUsd);
                w.kpis().put("asicsSeized", ledger.machinesSeized);
                w.kpis().put("miningPolicyCostUsd", ledger.policyCostTotalUsd);
            });
            return ledger;
        });
    }

    private void close(SteppeWorld world) {
        world.metrics().put("miningTaxRevenueUsd", taxUsdToday);
        world.metrics().put("valueRetainedUsd", retainedUsdToday);
        world.metrics().put("asicsSeized", machinesSeized);
        world.metrics().put("miningPolicyCostUsd", policyCostUsdToday);
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
