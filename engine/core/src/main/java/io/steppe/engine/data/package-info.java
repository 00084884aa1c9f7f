/**
 * Reading exogenous data: {@link io.steppe.engine.data.CsvTable} (a data file with a header, every
 * problem naming the file, line and column) and {@link io.steppe.engine.data.Series} (dated points
 * as functions of time). Agents read their own data files with them.
 */
package io.steppe.engine.data;
