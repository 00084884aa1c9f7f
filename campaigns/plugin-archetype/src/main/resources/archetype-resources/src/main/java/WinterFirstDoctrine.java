package ${package};

import io.steppe.agents.MiningLevers;
import io.steppe.engine.doctrine.Doctrine;
import io.steppe.engine.doctrine.Observation;
import io.steppe.engine.doctrine.Responses;
import java.util.Locale;

/** The winter-first rule of one run; it remembers how long the current cut-off has left. */
final class WinterFirstDoctrine implements Doctrine {
    private final WinterFirstDoctrineSpec spec;
    private int cutoffDaysLeft;
    private String cutoffReason = "";

    WinterFirstDoctrine(WinterFirstDoctrineSpec spec) {
        this.spec = spec;
    }

    @Override
    public void decide(Observation seen, Responses act) {
        double reserve = seen.metric("reserveMarginPct");
        if (reserve < spec.cutoffReservePct()) {
            cutoffDaysLeft = spec.minCutoffDays();
            cutoffReason = String.format(Locale.ROOT, "reserveMarginPct=%.2f < %.2f", reserve, spec.cutoffReservePct());
        }
        if (cutoffDaysLeft > 0) {
            cutoffDaysLeft--;
            act.pull(MiningLevers.MINER_CUTOFF, 1, cutoffReason);
        } else {
            act.pull(GreenhouseModule.HEAT_SUBSIDY_KZT_PER_KWH, spec.heatSubsidyKztPerKwh(), "reserve sound: heat the greenhouses");
        }
    }
}
