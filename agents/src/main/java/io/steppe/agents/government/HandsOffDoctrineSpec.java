package io.steppe.agents.government;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.doctrine.Doctrine;
import io.steppe.engine.doctrine.DoctrineSpec;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A government that leaves mining and protest alone: it only buys emergency imports when the
 * reserve is short, and offers investors
 * whatever investment policies the scenario leaves to it. A baseline to compare doctrines against.
 */
@Describe("Hands-off doctrine: only buys emergency imports when the reserve margin is short; never cuts miners off, audits or represses")
public record HandsOffDoctrineSpec(
        @Describe(value = "Reserve margin below which emergency imports are bought", unit = "%", source = "as securityFirst")
        Double importReserveThresholdPct,
        @Describe(value = "Most emergency imports above the normal limit", unit = "MW", source = "as securityFirst (~400 MW, October 2021)")
        @PositiveOrZero Double maxImportBoostMw) implements DoctrineSpec {

    /** Fills in defaults. */
    public HandsOffDoctrineSpec {
        importReserveThresholdPct = importReserveThresholdPct == null ? 3.0 : importReserveThresholdPct;
        maxImportBoostMw = maxImportBoostMw == null ? 400.0 : maxImportBoostMw;
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.IMPORT_BOOST_MW);
    }

    @Override
    public List<String> reads() {
        return List.of("reserveMarginPct", "peakDemandMw");
    }

    @Override
    public Doctrine create() {
        return (seen, act) -> {
            EmergencyImports.buy(seen, act, importReserveThresholdPct, maxImportBoostMw);
            act.seek(io.steppe.engine.Purpose.INVESTMENT, "hands off: always courts investment");
        };
    }
}
