/** Miners: Kazakh white mining and hosting firms, jurisdictions abroad, displaced machines and migration. */
package io.steppe.agents.mining;
