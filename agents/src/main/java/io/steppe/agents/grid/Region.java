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

    /** Whether a list holds one non-negative share per region, in region order, summing to 1. */
    public static boolean validShares(java.util.List<Double> shares) {
        return shares.size() == COUNT && shares.stream().allMatch(s -> s != null && s >= 0)
                && Math.abs(shares.stream().mapToDouble(Double::doubleValue).sum() - 1.0) < 1e-6;
    }

    /** A region drawn with the given shares (one draw from the generator). */
    public static Region draw(java.util.List<Double> shares, ec.util.MersenneTwisterFast random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int r = 0; r < COUNT; r++) {
            cumulative += shares.get(r);
            if (u < cumulative) {
                return values()[r];
            }
        }
        return NORTH;
    }
}
