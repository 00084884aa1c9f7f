/**
 * Citizens on a social network: hardship, perceived legitimacy, grievance (Epstein's civil
 * violence model), protest spreading through ties by thresholds (Granovetter), arrests, and mass
 * protest as an outcome. What other populations see of them is the
 * {@link io.steppe.agents.society.Society} service: activism by region, whether a mass protest is
 * under way, and the scandals they reveal to the citizens.
 */
package io.steppe.agents.society;
