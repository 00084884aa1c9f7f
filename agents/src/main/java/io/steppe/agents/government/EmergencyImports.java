package io.steppe.agents.government;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.doctrine.Observation;
import io.steppe.engine.doctrine.Responses;
import java.util.Locale;

/** The import rule both built-in doctrines share: buy what closes yesterday's reserve gap, up to a limit. */
final class EmergencyImports {
    private EmergencyImports() {
    }

    /** Pulls {@code importBoostMw} when yesterday's reserve margin was below the threshold. */
    static void buy(Observation seen, Responses act, double thresholdPct, double maxMw) {
        double reserve = seen.metric("reserveMarginPct");
        if (reserve < thresholdPct) {
            double peak = seen.metric("peakDemandMw");
            double boost = Math.min(maxMw, (thresholdPct - reserve) / 100 * (Double.isNaN(peak) ? 0 : peak));
            act.pull(MiningLevers.IMPORT_BOOST_MW, boost, String.format(Locale.ROOT, "reserveMarginPct=%.3g < %.3g", reserve, thresholdPct));
        }
    }
}
