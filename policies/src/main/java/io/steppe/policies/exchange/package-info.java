/**
 * Exchanges: legal crypto-to-fiat exchanges in a regulatory sandbox ({@code legalExchanges}) and a
 * tax on mined value at the exchange with a mandatory sale share ({@code minedValueTax}).
 */
package io.steppe.policies.exchange;
