package io.steppe.agents.grid;

/**
 * The grid's regions. Central is the hub: North (coal surplus, Ekibastuz), South (deficit,
 * Almaty) and West (gas, weakly connected) exchange power only through it.
 */
public enum Region {
    /** Coal-rich north: Pavlodar, Ekibastuz, Karaganda exports. */
    NORTH,
    /** Central hub: Astana and Karaganda load; the 500 kV transit to the south starts here. */
    CENTRAL,
    /** Deficit south: Almaty, Shymkent, Zhambyl. */
    SOUTH,
    /** Western oil and gas regions, weakly tied to the rest. */
    WEST;

    /** Lower-case label used in scenario files and events. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Number of regions. */
    public static final int COUNT = values().length;
}
