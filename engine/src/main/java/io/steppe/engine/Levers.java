package io.steppe.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented levers through which policies (and the government's doctrine) act on the world.
 * Levers are plain numbers with a unit in their name and a baseline value; they are reset to their
 * baselines at the start of every day's policy phase and then set by whichever policies are
 * active. Agents read levers; only policies write them. Each lever is also a column of
 * {@code timeseries.csv}, so every policy's effect on its levers is visible.
 */
public final class Levers {

    /** Description of one lever. */
    public record LeverInfo(String name, String doc, String unit, double baseline, Combine combine) {
    }

    /** How values set by several active policies combine. */
    public enum Combine {
        /** Values add up (fees, taxes). */
        SUM,
        /** The largest value wins (a cap expressed as a share cut, an on/off switch). */
        MAX,
        /** The smallest value wins (caps, limits). */
        MIN
    }

    /** Digital mining fee on grid power, KZT per kWh consumed by registered miners. */
    public static final String MINING_FEE_KZT_PER_KWH = "miningFeeKztPerKwh";

    /** Digital mining fee on renewable power, KZT per kWh. */
    public static final String MINING_FEE_RENEWABLE_KZT_PER_KWH = "miningFeeRenewableKztPerKwh";

    /** Digital mining fee on miners' own (off-grid, fossil) generation, KZT per kWh. */
    public static final String MINING_FEE_OWN_GENERATION_KZT_PER_KWH = "miningFeeOwnGenerationKztPerKwh";

    /** 1 when registered miners are shed before other consumers in a shortfall, 0 for pro-rata shedding. */
    public static final String MINERS_SHED_FIRST = "minersShedFirst";

    /** 1 when registered miners are cut off the grid entirely today. */
    public static final String MINER_CUTOFF = "minerCutoff";

    /** Extra generating capacity available to the grid, MW (new plants, a what-if). */
    public static final String EXTRA_CAPACITY_MW = "extraCapacityMw";

    /** Audit teams of the financial monitoring agency checking large consumers for hidden mining. */
    public static final String AUDIT_TEAMS = "auditTeams";

    /** 1 when machines found at exposed gray mines are seized; 0 when owners may take them away. */
    public static final String SEIZE_EXPOSED_MACHINES = "seizeExposedMachines";

    /** 1 when the internet is shut down today (Kazakh miners go offline; protest news travels less). */
    public static final String INTERNET_SHUTDOWN = "internetShutdown";

    /** Extra police and troops deployed against protest, as a multiple of normal presence (0 = normal). */
    public static final String REPRESSION_LEVEL = "repressionLevel";

    /** Emergency power purchases from Russia above the normal import limit, MW. */
    public static final String IMPORT_BOOST_MW = "importBoostMw";

    /** Subsidy that lowers the retail price of liquefied gas, KZT per litre. */
    public static final String FUEL_SUBSIDY_KZT_PER_LITRE = "fuelSubsidyKztPerLitre";

    /** 1 when licensed crypto-to-fiat exchanges are legal. */
    public static final String EXCHANGES_LEGAL = "exchangesLegal";

    /** 1 when legal exchanges operate in a regulatory sandbox (lighter compliance). */
    public static final String EXCHANGE_SANDBOX = "exchangeSandbox";

    /** Tax on mined coins converted at licensed exchanges, % of the value converted. */
    public static final String EXCHANGE_TAX_PCT = "exchangeTaxPct";

    /** Share of mined value registered miners must sell through licensed exchanges, 0..1. */
    public static final String MANDATORY_SALE_SHARE = "mandatorySaleShare";

    /** Most of their contracted load registered grid miners may draw (a statutory quota), 0..1. */
    public static final String MINER_SUPPLY_CAP_SHARE = "minerSupplyCapShare";

    /** Cap on new grid connections for mining while it lasts, MW nationwide (empty = no cap). */
    public static final String NEW_MINING_CONNECTIONS_CAP_MW = "newMiningConnectionsCapMw";

    /** Largest grid connection a new or expanding mining site may get, MW (empty = no limit). */
    public static final String MAX_MINING_SITE_MW = "maxMiningSiteMw";

    /** Grid capacity for new mining connections sold by auction each month, MW (0 = no auction). */
    public static final String CONNECTION_AUCTION_MW_PER_MONTH = "connectionAuctionMwPerMonth";

    /** 1 when mining needs a licence; unlicensed firms may not run. */
    public static final String LICENCE_REQUIRED = "licenceRequired";

    /** Annual fee per mining licence (one per firm), USD. */
    public static final String LICENCE_FEE_USD_PER_YEAR = "licenceFeeUsdPerYear";

    /** 1 when licensed grid miners may buy only surplus power, allocated daily by the operator. */
    public static final String SURPLUS_ONLY_POWER = "surplusOnlyPower";

    /** Daily quota of surplus power offered to miners, MW (empty = all the surplus). */
    public static final String MINER_QUOTA_MW = "minerQuotaMw";

    /** Lowest price miners pay for grid power (an auction's floor), USD/kWh. */
    public static final String MINER_POWER_PRICE_FLOOR_USD_PER_KWH = "minerPowerPriceFloorUsdPerKwh";

    /** Payment to grid miners per MWh the operator interrupts (interruptible contracts; 0 = none). */
    public static final String INTERRUPTIBLE_CREDIT_USD_PER_MWH = "interruptibleCreditUsdPerMwh";

    /** Surcharge on grid power for miners in the evening-peak block, USD/kWh. */
    public static final String MINER_PEAK_SURCHARGE_USD_PER_KWH = "minerPeakSurchargeUsdPerKwh";

    /** Carbon price on fossil power sold to miners and industry, USD per tonne CO2. */
    public static final String CARBON_PRICE_USD_PER_TONNE = "carbonPriceUsdPerTonne";

    /** 1 when mining on grid power is prohibited (off-grid only). */
    public static final String GRID_MINING_BAN = "gridMiningBan";

    /** 1 when mining on fossil power (grid or own fossil generation) is prohibited (renewable only). */
    public static final String FOSSIL_MINING_BAN = "fossilMiningBan";

    /** 1 when all registered mining is banned. */
    public static final String MINING_BAN = "miningBan";

    /** Share of large consumers with smart meters whose readings are screened for anomalies, 0..1. */
    public static final String SMART_METER_COVERAGE = "smartMeterCoverage";

    /** Discount on power for businesses in special economic (free) zones, % of the tariff. */
    public static final String FREE_ZONE_POWER_DISCOUNT_PCT = "freeZonePowerDiscountPct";

    /** 1 when Astana Hub members pay no corporate income tax. */
    public static final String HUB_TAX_BREAK = "hubTaxBreak";

    /** 1 when mining firms are expelled from Astana Hub. */
    public static final String HUB_EXPULSION = "hubExpulsion";

    /** Share of the tax forgiven under the hub's break that expelled firms are billed, 0..1. */
    public static final String RETROACTIVE_TAX_SHARE = "retroactiveTaxShare";

    private static final double NONE = Double.NaN;

    private static final List<LeverInfo> BUILT_IN = List.of(
            new LeverInfo(MINING_FEE_KZT_PER_KWH,
                    "Digital mining fee on grid power, paid by registered miners on top of their tariff", "KZT/kWh", 0.0, Combine.SUM),
            new LeverInfo(MINING_FEE_RENEWABLE_KZT_PER_KWH, "Digital mining fee on renewable power", "KZT/kWh", 0.0, Combine.SUM),
            new LeverInfo(MINING_FEE_OWN_GENERATION_KZT_PER_KWH, "Digital mining fee on miners' own fossil generation", "KZT/kWh",
                    0.0, Combine.SUM),
            new LeverInfo(MINERS_SHED_FIRST,
                    "1 = registered miners are shed before other consumers in a shortfall; 0 = pro-rata", "0/1", 0.0, Combine.MAX),
            new LeverInfo(MINER_CUTOFF, "1 = registered miners are cut off the grid today", "0/1", 0.0, Combine.MAX),
            new LeverInfo(EXTRA_CAPACITY_MW, "Extra available generating capacity", "MW", 0.0, Combine.SUM),
            new LeverInfo(AUDIT_TEAMS, "Audit teams checking large consumers for hidden mining", "teams", 0.0, Combine.SUM),
            new LeverInfo(SEIZE_EXPOSED_MACHINES, "1 = machines at exposed gray mines are seized", "0/1", 0.0, Combine.MAX),
            new LeverInfo(INTERNET_SHUTDOWN, "1 = internet shut down today (miners offline, protest news slowed)", "0/1", 0.0,
                    Combine.MAX),
            new LeverInfo(REPRESSION_LEVEL, "Extra police and troops against protest, multiple of normal presence", "1", 0.0,
                    Combine.SUM),
            new LeverInfo(IMPORT_BOOST_MW, "Emergency imports from Russia above the normal import limit", "MW", 0.0, Combine.SUM),
            new LeverInfo(FUEL_SUBSIDY_KZT_PER_LITRE, "Subsidy lowering the retail price of liquefied gas", "KZT/l", 0.0,
                    Combine.SUM),
            new LeverInfo(EXCHANGES_LEGAL, "1 = licensed crypto-to-fiat exchanges are legal", "0/1", 0.0, Combine.MAX),
            new LeverInfo(EXCHANGE_SANDBOX, "1 = legal exchanges operate in a regulatory sandbox with lighter compliance", "0/1",
                    0.0, Combine.MAX),
            new LeverInfo(EXCHANGE_TAX_PCT, "Tax on mined coins converted at licensed exchanges", "% of value", 0.0, Combine.SUM),
            new LeverInfo(MANDATORY_SALE_SHARE, "Share of mined value registered miners must sell at licensed exchanges", "0..1",
                    0.0, Combine.MAX),
            new LeverInfo(MINER_SUPPLY_CAP_SHARE, "Most of their contracted load registered grid miners may draw (statutory quota)",
                    "0..1", 1.0, Combine.MIN),
            new LeverInfo(NEW_MINING_CONNECTIONS_CAP_MW, "Cap on new grid connections for mining while it lasts; empty = none",
                    "MW", NONE, Combine.MIN),
            new LeverInfo(MAX_MINING_SITE_MW, "Largest grid connection for a new or expanding mining site; empty = none", "MW",
                    NONE, Combine.MIN),
            new LeverInfo(CONNECTION_AUCTION_MW_PER_MONTH, "Grid capacity for new mining connections auctioned each month; 0 = no auction",
                    "MW/month", 0.0, Combine.SUM),
            new LeverInfo(LICENCE_REQUIRED, "1 = mining needs a licence; unlicensed firms may not run", "0/1", 0.0, Combine.MAX),
            new LeverInfo(LICENCE_FEE_USD_PER_YEAR, "Annual fee per mining licence (one per firm)", "USD/year", 0.0,
                    Combine.SUM),
            new LeverInfo(SURPLUS_ONLY_POWER, "1 = licensed grid miners may buy only the operator's daily surplus", "0/1", 0.0,
                    Combine.MAX),
            new LeverInfo(MINER_QUOTA_MW, "Daily quota of surplus power offered to miners; empty = all the surplus", "MW", NONE,
                    Combine.MIN),
            new LeverInfo(MINER_POWER_PRICE_FLOOR_USD_PER_KWH, "Lowest price miners pay for grid power (auction floor)", "USD/kWh",
                    0.0, Combine.MAX),
            new LeverInfo(INTERRUPTIBLE_CREDIT_USD_PER_MWH,
                    "Payment to grid miners per MWh interrupted at the operator's call; > 0 makes them interruptible load",
                    "USD/MWh", 0.0, Combine.SUM),
            new LeverInfo(MINER_PEAK_SURCHARGE_USD_PER_KWH, "Surcharge on miners' grid power in the evening peak", "USD/kWh", 0.0,
                    Combine.SUM),
            new LeverInfo(CARBON_PRICE_USD_PER_TONNE, "Carbon price on fossil power sold to miners and industry", "USD/tCO2", 0.0,
                    Combine.SUM),
            new LeverInfo(GRID_MINING_BAN, "1 = mining on grid power prohibited (off-grid only)", "0/1", 0.0, Combine.MAX),
            new LeverInfo(FOSSIL_MINING_BAN, "1 = mining on grid or own fossil power prohibited (renewable only)", "0/1", 0.0,
                    Combine.MAX),
            new LeverInfo(MINING_BAN, "1 = all registered mining banned", "0/1", 0.0, Combine.MAX),
            new LeverInfo(SMART_METER_COVERAGE, "Share of large consumers on smart meters screened for anomalies", "0..1", 0.0,
                    Combine.MAX),
            new LeverInfo(FREE_ZONE_POWER_DISCOUNT_PCT, "Power discount for businesses in special economic (free) zones",
                    "% of tariff", 0.0, Combine.MAX),
            new LeverInfo(HUB_TAX_BREAK, "1 = Astana Hub members pay no corporate income tax", "0/1", 0.0, Combine.MAX),
            new LeverInfo(HUB_EXPULSION, "1 = mining firms are expelled from Astana Hub", "0/1", 0.0, Combine.MAX),
            new LeverInfo(RETROACTIVE_TAX_SHARE, "Share of the tax forgiven under the hub's break billed to expelled firms", "0..1",
                    0.0, Combine.MAX));

    /** The names of all built-in levers, in declaration order. */
    public static List<String> names() {
        return BUILT_IN.stream().map(LeverInfo::name).toList();
    }

    /** Whether a value means "no limit" (an unset cap lever). */
    public static boolean unset(double value) {
        return Double.isNaN(value);
    }

    private final Map<String, LeverInfo> infos = new LinkedHashMap<>();
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private double[] values;
    private boolean[] touched;

    /** Creates the built-in levers at their baselines. */
    public Levers() {
        for (LeverInfo info : BUILT_IN) {
            infos.put(info.name(), info);
            index.put(info.name(), index.size());
        }
        values = new double[index.size()];
        touched = new boolean[index.size()];
        reset();
    }

    /** All levers, in declaration order. */
    public List<LeverInfo> all() {
        return Collections.unmodifiableList(new ArrayList<>(infos.values()));
    }

    /** Resets every lever to its baseline. Called by the engine at the start of each policy phase. */
    public void reset() {
        int i = 0;
        for (LeverInfo info : infos.values()) {
            values[i] = info.baseline();
            touched[i] = false;
            i++;
        }
    }

    /** Today's value of a lever. */
    public double get(String name) {
        return values[slot(name)];
    }

    /**
     * Sets a lever for today, combining with what other active policies set according to the
     * lever's {@link Combine} rule.
     */
    public void set(String name, double value) {
        int slot = slot(name);
        LeverInfo info = infos.get(name);
        if (!touched[slot]) {
            values[slot] = value;
            touched[slot] = true;
            return;
        }
        values[slot] = switch (info.combine()) {
            case SUM -> values[slot] + value;
            case MAX -> Math.max(values[slot], value);
            case MIN -> Math.min(values[slot], value);
        };
    }

    private int slot(String name) {
        Integer slot = index.get(name);
        if (slot == null) {
            throw new IllegalArgumentException("unknown lever '" + name + "'; levers: " + String.join(", ", infos.keySet()));
        }
        return slot;
    }
}
