package io.steppe.engine.run;

import io.steppe.engine.Phase;
import io.steppe.engine.SteppeWorld;
import io.steppe.engine.market.MarketData;
import sim.engine.SimState;

/** Puts the day's exogenous market values into the metrics and computes market KPIs at the end. */
final class MarketStep implements SteppeWorld.Phased {
    private static final long serialVersionUID = 1L;

    private double hashpriceSum;
    private int days;
    private double peakBtc = Double.NEGATIVE_INFINITY;
    private java.time.LocalDate peakBtcDate;

    MarketStep(SteppeWorld world) {
        world.onFinish(w -> {
            w.kpis().put("meanHashpriceUsdPerPhDay", hashpriceSum / days);
            w.kpis().put("peakBtcPriceUsd", peakBtc);
            w.kpis().putDate("peakBtcPriceDate", peakBtcDate);
        });
    }

    @Override
    public Phase phase() {
        return Phase.EXOGENOUS;
    }

    @Override
    public void step(SimState state) {
        SteppeWorld world = (SteppeWorld) state;
        MarketData m = world.market();
        int d = world.day();
        var metrics = world.metrics();
        metrics.put("btcPriceUsd", m.btcPriceUsd(d));
        metrics.put("globalHashrateEhs", m.globalHashrateEhs(d));
        metrics.put("blockSubsidyBtc", m.blockSubsidyBtc(d));
        metrics.put("feesBtcPerDay", m.feesBtcPerDay(d));
        metrics.put("hashpriceUsdPerPhDay", m.hashpriceUsdPerPhDay(d));
        metrics.put("frontierEfficiencyJPerTh", m.frontierEfficiencyJPerTh(d));
        metrics.put("asicPriceUsdPerTh", m.asicPriceUsdPerTh(d));
        metrics.put("kztPerUsd", m.kztPerUsd(d));
        hashpriceSum += m.hashpriceUsdPerPhDay(d);
        days++;
        if (m.btcPriceUsd(d) > peakBtc) {
            peakBtc = m.btcPriceUsd(d);
            peakBtcDate = world.date();
        }
    }
}
