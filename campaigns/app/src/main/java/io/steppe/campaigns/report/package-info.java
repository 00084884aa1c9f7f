/**
 * Self-contained HTML reports: a {@link io.steppe.campaigns.report.ReportPage} of headings, text,
 * tables ({@link io.steppe.campaigns.report.ReportTable}) and charts, written as one file that
 * opens offline. The charting library (uPlot, from its WebJar) and every chart's data (JSON) are
 * inlined; nothing is fetched.
 *
 * <p>Chart kinds: a daily {@link io.steppe.campaigns.report.ReportTimeChart} (lines, shaded bands
 * and ensemble fans from {@link io.steppe.campaigns.report.ReportBands}, event markers on the time
 * axis, shaded date-by-value windows for facts) and a
 * {@link io.steppe.campaigns.report.ReportSeedChart} (one value per run of an ensemble, against an
 * accepted range). {@link io.steppe.campaigns.report.RunReport} composes the report of one run.
 *
 * <p>Pages are deterministic: the same content gives the same bytes (numbers are written as in
 * {@code timeseries.csv}; no clock is read).
 */
package io.steppe.campaigns.report;
