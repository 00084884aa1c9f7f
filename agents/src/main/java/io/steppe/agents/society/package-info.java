/**
 * Citizens on a social network: hardship, perceived legitimacy, grievance (Epstein's civil
 * violence model), protest spreading through ties by thresholds (Granovetter), arrests, and mass
 * protest as an outcome; plus {@link io.steppe.agents.society.Polity}, the political state shared
 * with the government and the gray miners.
 */
package io.steppe.agents.society;
