package io.steppe.campaigns.validate;

import io.steppe.campaigns.report.ReportBands;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.run.Seeds;
import java.util.List;

/**
 * What an ensemble showed about a campaign's facts: each fact judged, and for every metric that a
 * fact measures, its per-day bands over the runs around the facts' windows.
 *
 * @param facts the facts judged, in the campaign's order
 * @param bands the bands of the measured metrics, in the order the facts first name them
 * @param baseSeed the seed the runs' seeds are derived from ({@link Seeds})
 */
public record ValidationResult(List<FactResult> facts, List<Band> bands, long baseSeed) {
    /**
     * A metric's per-day quantiles over the runs.
     *
     * @param metric the metric
     * @param quantiles its 5, 25, 50, 75 and 95% points per day
     */
    public record Band(MetricInfo metric, ReportBands quantiles) {
    }

    /** Freezes the lists. */
    public ValidationResult {
        facts = List.copyOf(facts);
        bands = List.copyOf(bands);
    }

    /** Runs in the ensemble. */
    public int runs() {
        return facts.isEmpty() ? 0 : facts.get(0).values().length;
    }

    /** The seed of each run, in run order. */
    public long[] seeds() {
        return Seeds.replicates(baseSeed, runs());
    }

    /** Whether every fact passes. */
    public boolean passes() {
        return facts.stream().allMatch(FactResult::passes);
    }
}
