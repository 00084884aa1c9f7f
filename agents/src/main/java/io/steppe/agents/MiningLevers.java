package io.steppe.agents;

import io.steppe.engine.LeverInfo.Combine;
import io.steppe.engine.LeverInfo;
import java.util.List;

/**
 * The levers of mining regulation and the grid, registered by {@link MiningAndGridModule} and read
 * by the white miners, the grid operator, the gray miners and the citizens: fees and taxes,
 * connection rules, supply rules, bans, the operator's emergency tools and the internet shutdown. Policies and the government's doctrine set
 * them; {@code steppe levers} lists them with units, baselines and sources.
 */
public final class MiningLevers {
    private MiningLevers() {
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
    /** Emergency power purchases from Russia above the normal import limit, MW. */
    public static final String IMPORT_BOOST_MW = "importBoostMw";
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
    /** Discount on power for businesses in special economic (free) zones, % of the tariff. */
    public static final String FREE_ZONE_POWER_DISCOUNT_PCT = "freeZonePowerDiscountPct";
    /** 1 when Astana Hub members pay no corporate income tax. */
    public static final String HUB_TAX_BREAK = "hubTaxBreak";
    /** 1 when mining firms are expelled from Astana Hub. */
    public static final String HUB_EXPULSION = "hubExpulsion";
    /** Share of the tax forgiven under the hub's break that expelled firms are billed, 0..1. */
    public static final String RETROACTIVE_TAX_SHARE = "retroactiveTaxShare";
    /** 1 when the internet is shut down today (miners go offline; protest news travels less). */
    public static final String INTERNET_SHUTDOWN = "internetShutdown";

    /** The event logged when the internet shutdown starts and ends. */
    public static final String INTERNET_SHUTDOWN_EVENT = "internetShutdown";

    private static final String FEES = "kz_tariffs_and_fees.csv: digital_mining_fee 1 KZT/kWh from 2022-01-01, 1-25 KZT/kWh by power source from 2023-01-01 (Law 135-VII)";
    private static final String NONE = "baseline: none in force before the policy that sets it";

    /** Every lever of this module, in registration (and column) order. */
    public static final List<LeverInfo> ALL = List.of(
            lever(MINING_FEE_KZT_PER_KWH, "KZT/kWh", 0, Combine.SUM, "Digital mining fee on grid power, paid by registered miners on top of their tariff", FEES),
            lever(MINING_FEE_RENEWABLE_KZT_PER_KWH, "KZT/kWh", 0, Combine.SUM, "Digital mining fee on renewable power", FEES),
            lever(MINING_FEE_OWN_GENERATION_KZT_PER_KWH, "KZT/kWh", 0, Combine.SUM, "Digital mining fee on miners' own fossil generation", FEES),
            lever(MINERS_SHED_FIRST, "0/1", 0, Combine.MAX, "1 = registered miners are shed before other consumers in a shortfall; 0 = pro-rata",
                    "kz_global_timeline.csv 2021-09: KEGOC restricted miners first in the crunch"),
            lever(MINER_CUTOFF, "0/1", 0, Combine.MAX, "1 = registered miners are cut off the grid today",
                    "kz_global_timeline.csv 2022-01-21: KEGOC cancelled all supply to 196 registered miners"),
            lever(EXTRA_CAPACITY_MW, "MW", 0, Combine.SUM, "Extra available generating capacity", "none: a what-if for new plants"),
            lever(IMPORT_BOOST_MW, "MW", 0, Combine.SUM, "Emergency imports from Russia above the normal import limit",
                    "kz_global_timeline.csv 2021-11-05: extra imports from Russia (Inter RAO ~400 MW in October)"),
            lever(MINER_SUPPLY_CAP_SHARE, "0..1", 1, Combine.MIN, "Most of their contracted load registered grid miners may draw (statutory quota)", NONE),
            lever(NEW_MINING_CONNECTIONS_CAP_MW, "MW", Double.NaN, Combine.MIN, "Cap on new grid connections for mining while it lasts; empty = none",
                    "kz_global_timeline.csv 2021-10-01: draft order capping new miners at 100 MW nationwide"),
            lever(MAX_MINING_SITE_MW, "MW", Double.NaN, Combine.MIN, "Largest grid connection for a new or expanding mining site; empty = none",
                    "kz_global_timeline.csv 2021-10-01: the same draft order's 1 MW per site"),
            lever(CONNECTION_AUCTION_MW_PER_MONTH, "MW/month", 0, Combine.SUM, "Grid capacity for new mining connections auctioned each month; 0 = no auction",
                    "none: an alternative rule (no such auction was held)"),
            lever(LICENCE_REQUIRED, "0/1", 0, Combine.MAX, "1 = mining needs a licence; unlicensed firms may not run",
                    "kz_global_timeline.csv 2023-02-06: Law 193-VII On Digital Assets, licences from 2023-04-01"),
            lever(LICENCE_FEE_USD_PER_YEAR, "USD/year", 0, Combine.SUM, "Annual fee per mining licence (one per firm)",
                    "kz_tariffs_and_fees.csv 2023-04: licence state fee 2,000 MCI"),
            lever(SURPLUS_ONLY_POWER, "0/1", 0, Combine.MAX, "1 = licensed grid miners may buy only the operator's daily surplus",
                    "kz_global_timeline.csv 2023-07-01: single buyer, daily KOREM auctions of surplus power for licensed miners"),
            lever(MINER_QUOTA_MW, "MW", Double.NaN, Combine.MIN, "Daily quota of surplus power offered to miners; empty = all the surplus",
                    "kz_global_timeline.csv 2023-07-01: auctions within the system operator's quota (not published)"),
            lever(MINER_POWER_PRICE_FLOOR_USD_PER_KWH, "USD/kWh", 0, Combine.MAX, "Lowest price miners pay for grid power (auction floor)",
                    "kz_tariffs_and_fees.csv 2023-07-01 miner_bid_floor: the zone's highest producer cap price"),
            lever(INTERRUPTIBLE_CREDIT_USD_PER_MWH, "USD/MWh", 0, Combine.SUM,
                    "Payment to grid miners per MWh interrupted at the operator's call; > 0 makes them interruptible load",
                    "none: an alternative rule (ERCOT-style demand response; jurisdictions_tariffs_policy.csv)"),
            lever(MINER_PEAK_SURCHARGE_USD_PER_KWH, "USD/kWh", 0, Combine.SUM, "Surcharge on miners' grid power in the evening peak",
                    "none: an alternative rule (scarcity pricing)"),
            lever(CARBON_PRICE_USD_PER_TONNE, "USD/tCO2", 0, Combine.SUM, "Carbon price on fossil power sold to miners and industry",
                    "none: an alternative rule (no carbon price on mining in Kazakhstan)"),
            lever(GRID_MINING_BAN, "0/1", 0, Combine.MAX, "1 = mining on grid power prohibited (off-grid only)", "none: an alternative rule"),
            lever(FOSSIL_MINING_BAN, "0/1", 0, Combine.MAX, "1 = mining on grid or own fossil power prohibited (renewable only)",
                    "none: an alternative rule"),
            lever(MINING_BAN, "0/1", 0, Combine.MAX, "1 = all registered mining banned", "jurisdictions_tariffs_policy.csv: outright bans elsewhere (China 2021)"),
            lever(FREE_ZONE_POWER_DISCOUNT_PCT, "% of tariff", 0, Combine.MAX, "Power discount for businesses in special economic (free) zones",
                    "BRIEF section 1: subsidised power in special economic zones"),
            lever(HUB_TAX_BREAK, "0/1", 0, Combine.MAX, "1 = Astana Hub members pay no corporate income tax",
                    "kz_global_timeline.csv 2018: Astana Hub CIT/VAT/IIT exemptions used by ~100 mining-related firms"),
            lever(HUB_EXPULSION, "0/1", 0, Combine.MAX, "1 = mining firms are expelled from Astana Hub",
                    "BRIEF section 1: mining firms expelled from the hub and billed retroactively"),
            lever(RETROACTIVE_TAX_SHARE, "0..1", 0, Combine.MAX, "Share of the tax forgiven under the hub's break billed to expelled firms",
                    "BRIEF section 1: retroactive taxes on expelled firms"),
            lever(INTERNET_SHUTDOWN, "0/1", 0, Combine.MAX, "1 = internet shut down today (miners offline, protest news slowed)",
                    "kz_global_timeline.csv 2022-01-05: nationwide internet blackout, ~5 days").logsSwitchAs(INTERNET_SHUTDOWN_EVENT));

    private static LeverInfo lever(String name, String unit, double baseline, Combine combine, String doc, String source) {
        return LeverInfo.of(name, unit, baseline, combine).doc(doc).source(source);
    }
}
