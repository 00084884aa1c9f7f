package io.steppe.agents.society;

import io.steppe.agents.grid.Region;

/**
 * The citizens as other populations see them, provided by the {@code citizens} agent, which alone
 * writes these values: how hard people look for and publicise waste in each region, whether a mass
 * protest is under way, and the scandals others reveal to them (which cost the state legitimacy).
 */
public interface Society {
    /** Activism in a region today, 0..1: how hard citizens look for and publicise waste. */
    double activism(Region region);

    /** Whether a mass protest is under way (as of the citizens' last day). */
    boolean massProtest();

    /**
     * A protected owner's hidden mine was publicly revealed today; the citizens weigh the scandal
     * by the owner's protection when they next update legitimacy.
     */
    void reportScandal(double protection);
}
