/**
 * Comparison of campaigns on matched seeds: each campaign of a list is run on the same seeds
 * ({@link io.steppe.engine.run.Ensemble}), a fixed set of outcomes is measured on every run
 * ({@link io.steppe.campaigns.compare.Outcome}), and the medians of each campaign are set against
 * the first one's ({@link io.steppe.campaigns.compare.Comparison}); {@code steppe compare} prints
 * the table. It measures counterfactuals against the history they depart from.
 */
package io.steppe.campaigns.compare;
