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

    /** Digital mining fee on top of the tariff, KZT per kWh consumed by licensed miners. */
    public static final String MINING_FEE_KZT_PER_KWH = "miningFeeKztPerKwh";

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

    /** Tax on mined coins converted at licensed exchanges, % of the value converted. */
    public static final String EXCHANGE_TAX_PCT = "exchangeTaxPct";

    private static final List<LeverInfo> BUILT_IN = List.of(
            new LeverInfo(MINING_FEE_KZT_PER_KWH,
                    "Digital mining fee paid by registered miners on top of their power tariff", "KZT/kWh", 0.0, Combine.SUM),
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
            new LeverInfo(EXCHANGE_TAX_PCT, "Tax on mined coins converted at licensed exchanges", "% of value", 0.0, Combine.SUM));

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
