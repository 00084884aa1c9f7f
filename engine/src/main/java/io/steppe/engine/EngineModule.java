package io.steppe.engine;

import io.steppe.engine.plugin.SteppeModule;

/**
 * The engine's own metrics: the exogenous market series and one column per policy lever. Discovered
 * through {@link java.util.ServiceLoader} like every other module.
 */
public final class EngineModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerMetric("btcPriceUsd", "USD", "BTC price: monthly mean interpolated to the day");
        registerMetric("globalHashrateEhs", "EH/s", "Global network hash rate: monthly mean interpolated to the day");
        registerMetric("blockSubsidyBtc", "BTC/block", "Block subsidy (halvings)");
        registerMetric("feesBtcPerDay", "BTC/day", "Transaction fees paid to all miners, monthly mean interpolated");
        registerMetric("hashpriceUsdPerPhDay", "USD/(PH/s)/day",
                "Miner revenue per PH/s per day = (144 x subsidy + fees) x price / hash rate");
        registerMetric("frontierEfficiencyJPerTh", "J/TH", "Efficiency of the best ASIC released so far");
        registerMetric("asicPriceUsdPerTh", "USD/(TH/s)", "Price of a new-generation ASIC per TH/s");
        registerMetric("kztPerUsd", "KZT/USD", "Exchange rate, annual averages interpolated");
        registerMetric("internetUp", "0/1", "1 when the internet works today (0 during a shutdown)");
        for (Levers.LeverInfo lever : new Levers().all()) {
            registerMetric(lever.name(), lever.unit(), "Lever: " + lever.doc());
        }
    }

}
