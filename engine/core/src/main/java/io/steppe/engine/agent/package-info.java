/**
 * The SPI of agent populations: a {@link io.steppe.engine.agent.AgentSpec} record declares what its
 * agents read, write, emit and share ({@link io.steppe.engine.agent.Declaration}) and installs them
 * through an {@link io.steppe.engine.agent.AgentContext}, which hands out handles to declared
 * names only ({@link io.steppe.engine.agent.MetricSink}, {@link io.steppe.engine.agent.Lever},
 * {@link io.steppe.engine.agent.EventSink}, {@link io.steppe.engine.agent.KpiSink}).
 */
package io.steppe.engine.agent;
