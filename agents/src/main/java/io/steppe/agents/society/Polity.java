package io.steppe.agents.society;

import io.steppe.agents.grid.Region;

/**
 * The political state of a run that several populations share (obtained through
 * {@code world.shared(Polity.class, Polity::new)}): citizens own activism and protest (legitimacy
 * is their metric {@code legitimacy}); the government owns the influence of connected elites; gray miners report revealed
 * scandals. Each value has one writer; the others read it.
 */
public final class Polity {
    /** Influence of connected elites, 0..1: how much political protection shields gray miners; written by the government. */
    public double elitesInfluence = 0.7;
    /** Activism by region, 0..1: how hard citizens look for and publicise waste; written by citizens. */
    public final double[] activismByRegion = new double[Region.COUNT];
    /** Whether a mass protest is under way; written by citizens. */
    public boolean massProtest;
    /** Sum of the owners' protection over gray mines publicly revealed today (scandals); written by gray miners, read and cleared by citizens. */
    public double revealedProtectionToday;
}
