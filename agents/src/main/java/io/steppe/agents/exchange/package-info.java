/**
 * Licensed crypto-to-fiat exchanges: where conversion is legal they register or leave by
 * regulation and tax, and let miners sell mined coins locally so that value and taxes stay in the
 * country.
 */
package io.steppe.agents.exchange;
