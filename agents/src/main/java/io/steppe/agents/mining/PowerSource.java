package io.steppe.agents.mining;

/** Where a mining site gets its power; decides which fee, bans and grid rules apply to it. */
public enum PowerSource {
    /** The public grid (mostly coal in Kazakhstan). */
    GRID,
    /** Its own or contracted renewable plant, off the public grid. */
    RENEWABLE,
    /** Its own fossil (gas) generation, off the public grid. */
    OWN_GENERATION;

    /** Whether the site draws from the public grid. */
    public boolean onGrid() {
        return this == GRID;
    }
}
