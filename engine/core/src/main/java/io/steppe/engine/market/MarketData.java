package io.steppe.engine.market;

import static io.steppe.engine.data.Series.interpolate;

import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.data.CsvTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exogenous market inputs, one value per simulated day, interpolated from the scenario's data
 * files:
 * <ul>
 *   <li>BTC price, global hash rate and fees: monthly means placed on the 15th of each month,
 *       linear in between, held flat before the first and after the last month;</li>
 *   <li>block subsidy: a step function of the halving dates;</li>
 *   <li>hashprice (USD per PH/s per day) = (144 × subsidy + fees) × price / (hash rate in PH/s),
 *       computed from the series above, the same definition as Hashrate Index;</li>
 *   <li>frontier efficiency (J/TH): the best model released on or before the day;</li>
 *   <li>ASIC price (USD per TH/s) for new-generation machines: linear between dated points; outside
 *       them the price keeps the ratio to hashprice (days of revenue a machine costs) of the
 *       nearest point, because ASIC prices track hashprice;</li>
 *   <li>KZT per USD: annual averages placed on 1 July, linear in between.</li>
 * </ul>
 */
public final class MarketData implements Market {
    /**
     * Column of the exchange-rate file for a home whose currency is not the tenge (RUB for a
     * Russian frontier); without it the file's {@code kzt_per_usd_avg} is read. Either way the
     * rate is the home currency per USD, and every KZT-denominated lever or parameter (fees, fuel
     * subsidy) is read in that currency.
     */
    public static final String LOCAL_RATE_COLUMN = "local_per_usd_avg";
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?!\\d))?");

    private final LocalDate start;
    private final double[] btcPriceUsd;
    private final double[] globalHashrateEhs;
    private final double[] blockSubsidyBtc;
    private final double[] feesBtcPerDay;
    private final double[] hashpriceUsdPerPhDay;
    private final double[] frontierEfficiencyJPerTh;
    private final double[] asicPriceUsdPerTh;
    private final double[] kztPerUsd;

    private MarketData(LocalDate start, int days) {
        this.start = start;
        btcPriceUsd = new double[days];
        globalHashrateEhs = new double[days];
        blockSubsidyBtc = new double[days];
        feesBtcPerDay = new double[days];
        hashpriceUsdPerPhDay = new double[days];
        frontierEfficiencyJPerTh = new double[days];
        asicPriceUsdPerTh = new double[days];
        kztPerUsd = new double[days];
    }

    /**
     * Loads and interpolates the data for {@code [start, end]}.
     *
     * @param baseDir directory for relative data paths, or null
     * @throws ScenarioException naming the file, line and column of bad data, or {@code end} when the
     *     data stop more than a month before it
     */
    public static MarketData load(DataSources data, LocalDate start, LocalDate end, Path baseDir) {
        int days = (int) (end.toEpochDay() - start.toEpochDay()) + 1;
        MarketData m = new MarketData(start, days);

        CsvTable btc = CsvTable.open(data.btcMonthly(), baseDir, "data.btcMonthly");
        List<double[]> price = new ArrayList<>();
        List<double[]> hash = new ArrayList<>();
        List<double[]> fees = new ArrayList<>();
        LocalDate lastMonth = null;
        for (int r = 0; r < btc.size(); r++) {
            YearMonth month = yearMonth(btc, r, "month");
            double mid = month.atDay(15).toEpochDay();
            price.add(new double[] {mid, positive(btc, r, "btc_usd_mean")});
            hash.add(new double[] {mid, positive(btc, r, "hashrate_ehs_mean")});
            double fee = btc.number(r, "fees_btc_per_day_mean");
            if (!Double.isNaN(fee)) {
                fees.add(new double[] {mid, fee});
            }
            lastMonth = month.atEndOfMonth();
        }
        if (lastMonth == null || end.isAfter(lastMonth.plusMonths(1))) {
            throw new ScenarioException(List.of(new Problem(null, 0, "end", "is " + end + " but " + btc.file()
                    + " ends " + lastMonth + "; shorten the scenario or extend data.btcMonthly")));
        }

        CsvTable halvings = CsvTable.open(data.halvings(), baseDir, "data.halvings");
        List<double[]> subsidySteps = new ArrayList<>();
        for (int r = 0; r < halvings.size(); r++) {
            subsidySteps.add(new double[] {date(halvings, r, "date").toEpochDay(), positive(halvings, r, "block_subsidy_btc")});
        }

        CsvTable hardware = CsvTable.open(data.hardwareEfficiency(), baseDir, "data.hardwareEfficiency");
        List<double[]> releases = new ArrayList<>();
        for (int r = 0; r < hardware.size(); r++) {
            YearMonth released = yearMonth(hardware, r, "release");
            releases.add(new double[] {released.atDay(1).toEpochDay(), positive(hardware, r, "efficiency_J_per_TH")});
        }

        CsvTable fx = CsvTable.open(data.kztPerUsd(), baseDir, "data.kztPerUsd");
        String rateColumn = fx.has(LOCAL_RATE_COLUMN) ? LOCAL_RATE_COLUMN : "kzt_per_usd_avg";
        List<double[]> rates = new ArrayList<>();
        for (int r = 0; r < fx.size(); r++) {
            int year = (int) fx.number(r, "year");
            rates.add(new double[] {LocalDate.of(year, 7, 1).toEpochDay(), positive(fx, r, rateColumn)});
        }

        for (int d = 0; d < days; d++) {
            double t = start.toEpochDay() + d;
            m.btcPriceUsd[d] = interpolate(price, t);
            m.globalHashrateEhs[d] = interpolate(hash, t);
            m.feesBtcPerDay[d] = fees.isEmpty() ? 0.0 : interpolate(fees, t);
            m.blockSubsidyBtc[d] = step(subsidySteps, t, halvings, "date");
            m.hashpriceUsdPerPhDay[d] = hashpriceAt(t, price, hash, fees, subsidySteps, halvings);
            m.frontierEfficiencyJPerTh[d] = bestReleased(releases, t, hardware);
            m.kztPerUsd[d] = interpolate(rates, t);
        }

        CsvTable asic = CsvTable.open(data.asicPrices(), baseDir, "data.asicPrices");
        List<double[]> paybackDays = new ArrayList<>();
        for (int r = 0; r < asic.size(); r++) {
            LocalDate when = date(asic, r, "date");
            double usdPerTh = positive(asic, r, "usd_per_TH");
            double hashpriceUsdPerThDay = hashpriceAt(when.toEpochDay(), price, hash, fees, subsidySteps, halvings) / 1000.0;
            paybackDays.add(new double[] {when.toEpochDay(), usdPerTh / hashpriceUsdPerThDay});
        }
        if (asic.size() == 0) {
            throw asic.error(0, "usd_per_TH", "needs at least one dated price");
        }
        List<double[]> prices = new ArrayList<>();
        for (int r = 0; r < asic.size(); r++) {
            prices.add(new double[] {date(asic, r, "date").toEpochDay(), asic.number(r, "usd_per_TH")});
        }
        double first = prices.get(0)[0];
        double last = prices.get(prices.size() - 1)[0];
        for (int d = 0; d < days; d++) {
            double t = start.toEpochDay() + d;
            if (t < first) {
                m.asicPriceUsdPerTh[d] = paybackDays.get(0)[1] * m.hashpriceUsdPerPhDay[d] / 1000.0;
            } else if (t > last) {
                m.asicPriceUsdPerTh[d] = paybackDays.get(paybackDays.size() - 1)[1] * m.hashpriceUsdPerPhDay[d] / 1000.0;
            } else {
                m.asicPriceUsdPerTh[d] = interpolate(prices, t);
            }
        }
        return m;
    }

    private static double hashpriceAt(double t, List<double[]> price, List<double[]> hash, List<double[]> fees,
                                      List<double[]> subsidySteps, CsvTable halvings) {
        double fee = fees.isEmpty() ? 0.0 : interpolate(fees, t);
        return (144.0 * step(subsidySteps, t, halvings, "date") + fee) * interpolate(price, t)
                / (interpolate(hash, t) * 1000.0);
    }

    /** BTC price, USD (monthly mean interpolated). */
    @Override
    public double btcPriceUsd(int day) {
        return btcPriceUsd[day];
    }

    /** Global network hash rate, EH/s. */
    @Override
    public double globalHashrateEhs(int day) {
        return globalHashrateEhs[day];
    }

    /** Block subsidy, BTC per block. */
    @Override
    public double blockSubsidyBtc(int day) {
        return blockSubsidyBtc[day];
    }

    /** Transaction fees paid to all miners, BTC per day. */
    @Override
    public double feesBtcPerDay(int day) {
        return feesBtcPerDay[day];
    }

    /** Miner revenue per unit of hash rate, USD per PH/s per day. */
    @Override
    public double hashpriceUsdPerPhDay(int day) {
        return hashpriceUsdPerPhDay[day];
    }

    /** Efficiency of the best ASIC released so far, J/TH. */
    @Override
    public double frontierEfficiencyJPerTh(int day) {
        return frontierEfficiencyJPerTh[day];
    }

    /** Price of a new-generation ASIC, USD per TH/s. */
    @Override
    public double asicPriceUsdPerTh(int day) {
        return asicPriceUsdPerTh[day];
    }

    /** Exchange rate, home currency (KZT in Kazakhstan) per USD. */
    @Override
    public double kztPerUsd(int day) {
        return kztPerUsd[day];
    }

    /** Number of days covered. */
    @Override
    public int days() {
        return btcPriceUsd.length;
    }

    private static double step(List<double[]> steps, double t, CsvTable table, String column) {
        double value = Double.NaN;
        for (double[] s : steps) {
            if (s[0] <= t) {
                value = s[1];
            }
        }
        if (Double.isNaN(value)) {
            throw table.error(0, column, "no halving on or before " + LocalDate.ofEpochDay((long) t)
                    + "; the first row must precede the scenario start");
        }
        return value;
    }

    private static double bestReleased(List<double[]> releases, double t, CsvTable table) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] r : releases) {
            if (r[0] <= t && r[1] < best) {
                best = r[1];
            }
        }
        if (Double.isInfinite(best)) {
            throw table.error(0, "release", "no model released on or before " + LocalDate.ofEpochDay((long) t));
        }
        return best;
    }

    private static YearMonth yearMonth(CsvTable table, int row, String column) {
        Matcher m = YEAR_MONTH.matcher(table.text(row, column));
        if (!m.find()) {
            throw table.error(row, column, "'" + table.text(row, column) + "' does not start with YYYY or YYYY-MM");
        }
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw table.error(row, column, "'" + table.text(row, column) + "' has month " + month + "; months are 01-12");
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), month);
    }

    private static LocalDate date(CsvTable table, int row, String column) {
        String text = table.text(row, column);
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw table.error(row, column, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static double positive(CsvTable table, int row, String column) {
        double value = table.number(row, column);
        if (!(value > 0)) {
            throw table.error(row, column, "must be a number > 0, is '" + table.text(row, column) + "'");
        }
        return value;
    }
}
