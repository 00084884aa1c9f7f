/**
 * The government: it holds objectives and the influence of connected elites, observes the state
 * of the country, and answers through policy levers by a pluggable doctrine
 * ({@link io.steppe.engine.doctrine.Doctrine}). Built-in doctrines: {@code securityFirst} (the
 * default) and {@code handsOff}.
 */
package io.steppe.agents.government;
