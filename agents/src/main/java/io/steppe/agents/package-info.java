/** Steppe's built-in agent populations, registered through the plugin SPI like any student's plugin. */
package io.steppe.agents;
