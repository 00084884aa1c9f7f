package ${package};

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.doctrine.Doctrine;
import io.steppe.engine.doctrine.DoctrineSpec;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A government that keeps homes warm first: when yesterday's reserve margin fell below a
 * threshold it cuts registered miners off the grid (greenhouses included) for at least some days,
 * and while the reserve is sound it subsidises the heat of greenhouse rigs.
 *
 * @param cutoffReservePct the reserve margin below which miners are cut off
 * @param minCutoffDays the fewest days a cut-off lasts
 * @param heatSubsidyKztPerKwh the heat subsidy while the reserve is sound
 */
@Describe("Winter first: cuts miners off when the reserve margin is short, subsidises greenhouse heat when it is not")
public record WinterFirstDoctrineSpec(
        @Describe(value = "Reserve margin below which registered miners are cut off", unit = "%",
                source = "assumption: below zero the grid cannot cover its evening peak without imports")
        Double cutoffReservePct,
        @Describe(value = "Fewest days a cut-off lasts", unit = "days",
                source = "assumption: miners need notice to restart; without it the cut-off flips every other day")
        @Positive Integer minCutoffDays,
        @Describe(value = "Greenhouse heat subsidy while the reserve is sound", unit = "KZT/kWh", source = "assumption")
        @PositiveOrZero Double heatSubsidyKztPerKwh) implements DoctrineSpec {

    /** Fills in the defaults. */
    public WinterFirstDoctrineSpec {
        cutoffReservePct = cutoffReservePct == null ? 0.0 : cutoffReservePct;
        minCutoffDays = minCutoffDays == null ? 14 : minCutoffDays;
        heatSubsidyKztPerKwh = heatSubsidyKztPerKwh == null ? 5.0 : heatSubsidyKztPerKwh;
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.MINER_CUTOFF, GreenhouseModule.HEAT_SUBSIDY_KZT_PER_KWH);
    }

    @Override
    public List<String> reads() {
        return List.of("reserveMarginPct");
    }

    @Override
    public Doctrine create() {
        return new WinterFirstDoctrine(this);
    }
}
