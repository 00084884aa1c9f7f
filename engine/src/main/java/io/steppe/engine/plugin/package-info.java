/**
 * The plugin SPI: {@link io.steppe.engine.plugin.SteppeModule} (a Guice module registering agent,
 * policy and metric types by name) and the {@link io.steppe.engine.plugin.PluginRegistry} that
 * discovers modules with {@link java.util.ServiceLoader}.
 */
package io.steppe.engine.plugin;
