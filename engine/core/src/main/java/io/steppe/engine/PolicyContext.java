package io.steppe.engine;

/**
 * What a policy gets each day it is active: the world's observable state and the levers its spec
 * declares in {@link PolicySpec#levers()}. Setting any other lever fails the run with a message
 * naming the policy and the lever.
 */
public interface PolicyContext extends WorldView {
    /**
     * Sets one of the policy's declared levers for today; values set by several active policies
     * combine by the lever's rule.
     */
    void set(String lever, double value);
}
