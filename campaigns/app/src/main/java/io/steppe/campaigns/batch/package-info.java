/** Batch Monte Carlo runs and parameter sweeps: plans, streaming aggregates and their outputs. */
package io.steppe.campaigns.batch;
