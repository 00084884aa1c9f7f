/** Exogenous market data: data files interpolated to daily series, and hashprice computed from them. */
package io.steppe.engine.market;
