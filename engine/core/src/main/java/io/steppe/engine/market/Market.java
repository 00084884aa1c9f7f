package io.steppe.engine.market;

/**
 * The exogenous Bitcoin market as agents see it: one value per simulated day (day 0 is the
 * scenario's start), read from the scenario's {@link DataSources}. It is the same for every agent
 * and every policy variant of a run, so it never depends on what happens in the model.
 */
public interface Market {
    /** BTC price, USD (monthly mean interpolated). */
    double btcPriceUsd(int day);

    /** Global network hash rate, EH/s. */
    double globalHashrateEhs(int day);

    /** Block subsidy, BTC per block. */
    double blockSubsidyBtc(int day);

    /** Transaction fees paid to all miners, BTC per day. */
    double feesBtcPerDay(int day);

    /** Miner revenue per unit of hash rate, USD per PH/s per day. */
    double hashpriceUsdPerPhDay(int day);

    /** Efficiency of the best ASIC released so far, J/TH. */
    double frontierEfficiencyJPerTh(int day);

    /** Price of a new-generation ASIC, USD per TH/s. */
    double asicPriceUsdPerTh(int day);

    /** Exchange rate, home currency (KZT in Kazakhstan, RUB for a Russian home) per USD. */
    double kztPerUsd(int day);

    /** Number of days covered. */
    int days();
}
