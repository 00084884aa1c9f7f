package io.steppe.policies.grid;

import io.steppe.agents.MiningLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * Caps on new mining load (the Energy Ministry's draft order of October 2021): new grid connections
 * for mining may add at most {@code nationwideCapMw} while the cap lasts, and no new or expanding
 * site may exceed {@code maxSiteMw}. Off-grid sites are not limited.
 *
 * @param nationwideCapMw new grid mining load allowed while the cap lasts
 * @param maxSiteMw largest grid connection of a new or expanding site
 */
@Describe("Caps on new grid mining load: at most nationwideCapMw of new connections while active, no site above maxSiteMw")
public record NewMiningLoadCapPolicySpec(
        @Describe(value = "New grid mining load allowed while the cap lasts", unit = "MW",
                source = "kz_global_timeline.csv 2021-10-01: new miners capped at 100 MW nationwide")
        @Positive(message = "must be > 0") Double nationwideCapMw,
        @Describe(value = "Largest grid connection of a new or expanding site", unit = "MW",
                source = "kz_global_timeline.csv 2021-10-01: 1 MW per site")
        @Positive(message = "must be > 0") Double maxSiteMw) implements PolicySpec {

    /** Fills in the 2021 draft order's limits. */
    public NewMiningLoadCapPolicySpec {
        nationwideCapMw = nationwideCapMw == null ? 100.0 : nationwideCapMw;
        maxSiteMw = maxSiteMw == null ? 1.0 : maxSiteMw;
    }

    @Override
    public Policy create() {
        return today -> {
            today.set(MiningLevers.NEW_MINING_CONNECTIONS_CAP_MW, nationwideCapMw);
            today.set(MiningLevers.MAX_MINING_SITE_MW, maxSiteMw);
        };
    }

    @Override
    public List<String> levers() {
        return List.of(MiningLevers.NEW_MINING_CONNECTIONS_CAP_MW, MiningLevers.MAX_MINING_SITE_MW);
    }

    @Override
    public Purpose purpose() {
        return Purpose.ENERGY_SECURITY;
    }
}
