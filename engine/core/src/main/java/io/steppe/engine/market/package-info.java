/**
 * The exogenous Bitcoin market, the one domain-specific part of the engine: its data files
 * ({@link io.steppe.engine.market.DataSources}), their daily interpolation with hashprice computed
 * from them ({@link io.steppe.engine.market.MarketData}), and the view agents get
 * ({@link io.steppe.engine.market.Market}).
 */
package io.steppe.engine.market;
