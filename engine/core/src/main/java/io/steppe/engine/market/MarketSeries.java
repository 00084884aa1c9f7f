package io.steppe.engine.market;

import io.steppe.engine.KpiInfo;
import io.steppe.engine.MetricInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToDoubleBiFunction;

/**
 * The market's columns of {@code timeseries.csv} and its KPIs, which the engine registers and
 * writes every day for every run.
 */
public final class MarketSeries {
    private MarketSeries() {
    }

    /** One daily column: its description and its value on a day. */
    public record Column(MetricInfo info, ToDoubleBiFunction<Market, Integer> value) {
    }

    /** The daily columns, in output order. */
    public static final List<Column> COLUMNS = List.of(
            column("btcPriceUsd", "USD", "BTC price: monthly mean interpolated to the day", Market::btcPriceUsd),
            column("globalHashrateEhs", "EH/s", "Global network hash rate: monthly mean interpolated to the day", Market::globalHashrateEhs),
            column("blockSubsidyBtc", "BTC/block", "Block subsidy (halvings)", Market::blockSubsidyBtc),
            column("feesBtcPerDay", "BTC/day", "Transaction fees paid to all miners, monthly mean interpolated", Market::feesBtcPerDay),
            column("hashpriceUsdPerPhDay", "USD/(PH/s)/day",
                    "Miner revenue per PH/s per day = (144 x subsidy + fees) x price / hash rate", Market::hashpriceUsdPerPhDay),
            column("frontierEfficiencyJPerTh", "J/TH", "Efficiency of the best ASIC released so far", Market::frontierEfficiencyJPerTh),
            column("asicPriceUsdPerTh", "USD/(TH/s)", "Price of a new-generation ASIC per TH/s", Market::asicPriceUsdPerTh),
            column("kztPerUsd", "KZT/USD", "Exchange rate, home currency per USD, annual averages interpolated", Market::kztPerUsd));

    /** Mean hashprice over the run. */
    public static final KpiInfo MEAN_HASHPRICE = new KpiInfo("meanHashpriceUsdPerPhDay", "USD/(PH/s)/day", "Mean hashprice over the run");
    /** Highest BTC price of the run. */
    public static final KpiInfo PEAK_BTC = new KpiInfo("peakBtcPriceUsd", "USD", "Highest daily BTC price of the run");
    /** Day of the highest BTC price. */
    public static final KpiInfo PEAK_BTC_DATE = new KpiInfo("peakBtcPriceDate", "date", "Day of the highest BTC price");

    /** The market's KPIs, in output order. */
    public static final List<KpiInfo> KPIS = List.of(MEAN_HASHPRICE, PEAK_BTC, PEAK_BTC_DATE);

    private static Column column(String name, String unit, String doc, ToDoubleBiFunction<Market, Integer> value) {
        return new Column(new MetricInfo(name, unit, doc), value);
    }

    /** The market's KPIs accumulated day by day. */
    public static final class Summary {
        private double hashpriceSum;
        private int days;
        private double peakBtc = Double.NEGATIVE_INFINITY;
        private LocalDate peakBtcDate;

        /** Adds a day. */
        public void add(Market market, int day, LocalDate date) {
            hashpriceSum += market.hashpriceUsdPerPhDay(day);
            days++;
            if (market.btcPriceUsd(day) > peakBtc) {
                peakBtc = market.btcPriceUsd(day);
                peakBtcDate = date;
            }
        }

        /** Puts the KPIs: numbers, then dates. */
        public void put(BiConsumer<String, Double> numbers, BiConsumer<String, LocalDate> dates) {
            numbers.accept(MEAN_HASHPRICE.name(), hashpriceSum / days);
            numbers.accept(PEAK_BTC.name(), peakBtc);
            dates.accept(PEAK_BTC_DATE.name(), peakBtcDate);
        }
    }
}
