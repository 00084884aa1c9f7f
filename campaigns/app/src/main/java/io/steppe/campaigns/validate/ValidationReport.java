package io.steppe.campaigns.validate;

import io.steppe.campaigns.report.ReportBands;
import io.steppe.campaigns.report.ReportPage;
import io.steppe.campaigns.report.ReportSeedChart;
import io.steppe.campaigns.report.ReportTable;
import io.steppe.campaigns.report.ReportTimeChart;
import io.steppe.campaigns.validate.Fact;
import io.steppe.campaigns.validate.FactBounds;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of a validation ({@code report.html} of {@code steppe validate}): the table of facts
 * with their verdicts; for every metric a fact measures, the ensemble's per-day band with each
 * fact's target window drawn on it; and for every fact, its value in each run against the
 * accepted range.
 */
public final class ValidationReport {
    private ValidationReport() {
    }

    /** The report page of a validation of {@code scenario}. */
    public static ReportPage page(Scenario scenario, ValidationResult result) {
        List<FactResult> facts = result.facts();
        int runs = result.runs();
        long passed = facts.stream().filter(FactResult::passes).count();
        ReportPage page = ReportPage.titled("Validation of " + scenario.name());
        page.text(runs + " runs on the seeds derived from base seed " + result.baseSeed() + " (listed in validation.json; steppe run"
                + " --seed with one of them reproduces that run), " + scenario.start() + " to " + scenario.end() + ". " + passed + " of " + facts.size() + " facts pass. A fact passes when at least its"
                + " required share of runs falls inside its accepted range.");
        page.section("Facts");
        ReportTable table = ReportTable.of("fact", "name", "accepted range", "median", "5-95% of runs", "inside", "required",
                "runs without a value", "verdict");
        for (FactResult r : facts) {
            Fact f = r.fact();
            table.row(r.passes() ? ReportTable.Tone.GOOD : ReportTable.Tone.BAD, f.id(), f.name(), r.acceptedRange(),
                    r.format(r.quantile(0.5)), r.format(r.quantile(0.05)) + " - " + r.format(r.quantile(0.95)),
                    percent(r.shareInside()), percent(r.requiredShare()), String.valueOf(r.missing()), r.passes() ? "PASS" : "FAIL");
        }
        page.add(table);
        if (!result.bands().isEmpty()) {
            page.section("Metrics against their facts");
            page.text("Each metric that a fact measures, over the runs: the shaded bands hold 5-95% and 25-75% of the runs each"
                    + " day, the line is the median. Boxes are the facts' windows: a box's height is the accepted range where the fact"
                    + " takes the mean, maximum or minimum over its window; a fact on a sum or a ratio to a reference window spans"
                    + " the full height, its range in the label.");
            for (ValidationResult.Band band : result.bands()) {
                page.add(bandChart(band, facts));
            }
        }
        page.section("Fact values per run");
        page.text("Each fact's value in every run (one dot per seed) against its accepted range (shaded).");
        for (FactResult r : facts) {
            page.add(seedChart(r, result));
        }
        return page;
    }

    private static ReportTimeChart bandChart(ValidationResult.Band band, List<FactResult> facts) {
        MetricInfo metric = band.metric();
        ReportBands q = band.quantiles();
        ReportTimeChart chart = ReportTimeChart.daily(metric.name() + " over the runs", q.start(), q.days())
                .fan(metric.name(), metric.unit(), q);
        List<String> notes = new ArrayList<>();
        for (FactResult r : facts) {
            Fact f = r.fact();
            if (!metric.name().equals(f.metric())) {
                continue;
            }
            String verdict = r.passes() ? "PASS" : "FAIL";
            if (f.relativeFrom() != null) {
                chart.window(f.from(), f.to(), metric.unit(), null, null, f.id() + " ratio " + r.acceptedRange());
                chart.window(f.relativeFrom(), f.relativeTo(), metric.unit(), null, null, f.id() + " reference");
                notes.add(f.id() + " (" + verdict + "): " + stat(f) + " over " + f.from() + " to " + f.to() + " divided by the same over "
                        + f.relativeFrom() + " to " + f.relativeTo() + " in " + r.acceptedRange());
            } else if (f.stat() == Fact.Stat.SUM) {
                chart.window(f.from(), f.to(), metric.unit(), null, null, f.id() + " sum " + r.acceptedRange());
                notes.add(f.id() + " (" + verdict + "): sum over " + f.from() + " to " + f.to() + " in " + r.acceptedRange());
            } else {
                chart.window(f.from(), f.to(), metric.unit(), FactBounds.parse(f.atLeast()), FactBounds.parse(f.atMost()), f.id());
                notes.add(f.id() + " (" + verdict + "): " + stat(f) + " over " + f.from() + " to " + f.to() + " in " + r.acceptedRange());
            }
        }
        return chart.note(metric.name() + " (" + metric.unit() + "): " + metric.doc() + ". " + String.join("; ", notes) + ".");
    }

    private static ReportSeedChart seedChart(FactResult r, ValidationResult result) {
        Fact f = r.fact();
        ReportSeedChart chart = ReportSeedChart.perRun(f.id() + ": " + f.name(), r.values())
                .accepted(FactBounds.parse(f.atLeast()), FactBounds.parse(f.atMost()))
                .note((r.passes() ? "PASS: " : "FAIL: ") + percent(r.shareInside()) + " of runs inside " + r.acceptedRange() + " ("
                        + percent(r.requiredShare()) + " required); median " + r.format(r.quantile(0.5)) + ". Measured: " + measured(f)
                        + ".");
        if (r.dated()) {
            chart.dates();
        } else {
            chart.unit(unit(f, result));
        }
        return chart;
    }

    /** The unit of a fact's value, as far as it is known. */
    private static String unit(Fact f, ValidationResult result) {
        if (f.event() != null) {
            return f.stat() == Fact.Stat.DAYS_AFTER ? "days" : "events";
        }
        if (f.metric() == null || f.relativeFrom() != null) {
            return "";
        }
        String unit = result.bands().stream().filter(b -> b.metric().name().equals(f.metric())).map(b -> b.metric().unit())
                .findFirst().orElse("");
        return f.stat() == Fact.Stat.SUM ? unit + " x days" : unit;
    }

    /** What a fact measures, in words. */
    private static String measured(Fact f) {
        if (f.kpi() != null) {
            return "KPI " + f.kpi();
        }
        String window = f.from() + " to " + f.to();
        if (f.metric() != null) {
            return stat(f) + " of " + f.metric() + " over " + window
                    + (f.relativeFrom() != null ? ", divided by the same over " + f.relativeFrom() + " to " + f.relativeTo() : "");
        }
        String where = f.where() == null ? "" : " " + f.where();
        return switch (f.stat()) {
            case FIRST_DATE -> "date of the first " + f.event() + where + " in " + window;
            case DAYS_AFTER -> "days from the first " + f.after() + " in " + window + " to the next " + f.event() + where;
            default -> "count of " + f.event() + where + " in " + window;
        };
    }

    private static String stat(Fact f) {
        return switch (f.stat()) {
            case MAX -> "maximum";
            case MIN -> "minimum";
            case SUM -> "sum";
            default -> "mean";
        };
    }

    private static String percent(double share) {
        return Math.round(100 * share) + "%";
    }
}
