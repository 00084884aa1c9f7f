package io.steppe.engine.doctrine;

import io.steppe.engine.Purpose;

/**
 * The one way a doctrine's decisions reach the levers (see
 * {@code AgentContext.gate}): the engine checks each lever against the doctrine's declared
 * {@link DoctrineSpec#levers()} and combines the value with what active policies set.
 */
public interface LeverGate {
    /**
     * Sets a declared lever for today.
     *
     * @throws io.steppe.engine.plugin.PluginException when the doctrine's spec does not declare it, or the value is NaN
     */
    void set(String lever, double value);

    /** Switches on, from tomorrow, the scenario's {@code control: doctrine} policies of this purpose. */
    void seek(Purpose purpose, String reason);
}
