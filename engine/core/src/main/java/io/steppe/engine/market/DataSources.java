package io.steppe.engine.market;

import io.steppe.engine.Describe;
import io.steppe.engine.data.CsvTable;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exogenous data files of a scenario. A value is either {@code classpath:...} (the data that
 * ships with Steppe, copied from the project's sources with their source columns) or a file path,
 * resolved against the scenario file's directory.
 */
public record DataSources(
        @Describe("Monthly BTC price, global hash rate, block subsidy and fees") @NotBlank String btcMonthly,
        @Describe("Halving dates and block subsidy after each") @NotBlank String halvings,
        @Describe("ASIC models with release month and efficiency (J/TH)") @NotBlank String hardwareEfficiency,
        @Describe("Price of new-generation ASICs, USD per TH/s, dated points") @NotBlank String asicPrices,
        @Describe("Home currency per USD, annual averages: column kzt_per_usd_avg (KZT), or local_per_usd_avg for another home's currency") @NotBlank String kztPerUsd) {

    /** Prefix of data that ships inside Steppe. */
    public static final String CLASSPATH = CsvTable.CLASSPATH;

    /** Fills in the built-in data for absent entries. */
    public DataSources {
        btcMonthly = or(btcMonthly, "btc_monthly_2017_2023.csv");
        halvings = or(halvings, "halvings.csv");
        hardwareEfficiency = or(hardwareEfficiency, "mining_hardware_efficiency.csv");
        asicPrices = or(asicPrices, "asic_price_new_gen.csv");
        kztPerUsd = or(kztPerUsd, "kzt_usd_annual.csv");
    }

    /** The built-in data. */
    public static DataSources defaults() {
        return new DataSources(null, null, null, null, null);
    }

    /** Every entry by its field name, in declaration order: where each file is. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        for (RecordComponent c : DataSources.class.getRecordComponents()) {
            try {
                files.put(c.getName(), (String) c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }

    private static String or(String value, String builtIn) {
        return value == null ? CLASSPATH + "steppe/data/" + builtIn : value;
    }
}
