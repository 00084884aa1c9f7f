/**
 * The plugin SPI: {@link io.steppe.engine.plugin.SteppeModule} (a Guice module registering agent,
 * policy and doctrine types and the vocabulary they introduce: metrics, levers, event types, KPIs
 * and scenario sections) and the {@link io.steppe.engine.plugin.PluginRegistry} that discovers
 * modules with {@link java.util.ServiceLoader} and refuses duplicate names.
 */
package io.steppe.engine.plugin;
