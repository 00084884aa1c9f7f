package io.steppe.agents.mining;

import io.steppe.engine.AgentSpec;
import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.SteppeWorld;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * The rest of the mining world: jurisdictions as light agents, the machines newly deployed every
 * month (the growth of the global hash rate, an exogenous series) and the pool of machines a ban
 * displaces. Each month, new and displaced machines choose a host by a logit over expected margin
 * after legal risk, weighted by each host's headroom; Kazakhstan's part becomes hosting orders for
 * the Kazakh firms ({@code whiteMiners}).
 */
@Describe("Jurisdictions abroad, new global deployments and machines displaced by bans choosing where to mine")
public record GlobalMiningSpec(
        @Describe("Jurisdictions abroad (the home, Kazakhstan by default, is modelled in detail by whiteMiners and grid)") @Valid List<Jurisdiction> jurisdictions,
        @Describe(value = "Logit sensitivity to expected margin", unit = "1/(USD/(TH/s)/day)",
                source = "calibrated: Kazakhstan's hash share path (calibration_targets_visible.csv T01-T06)")
        @PositiveOrZero Double marginSensitivity,
        @Describe(value = "Kazakhstan's hosting headroom weight in the logit", unit = "1",
                source = "calibrated: Kazakhstan's hash share of 1.4% (Sep 2019) and 6% (Apr 2020), T01-T02")
        @Positive Double kzHostingWeight,
        @Describe(value = "Share of displaced machines that find a host each month", unit = "1/month",
                source = "assumption: global hash rate recovered to its pre-ban level in ~6 months (T11: 193.6 EH/s on 2021-12-21)")
        @PositiveOrZero @DecimalMax("1") Double displacedReleasePerMonth,
        @Describe(value = "Efficiency of displaced machines relative to the newest model", unit = "1",
                source = "assumption: China's fleet was largely S9/S17 class in 2021 (mining_hardware_efficiency.csv)")
        @Positive Double displacedEfficiencyFactor,
        @Describe(value = "Factor on Kazakhstan's hosting weight for machines displaced by a ban (China's machines came overland from Xinjiang)", unit = "1",
                source = "assumption, 1 by default: 87,849 devices were imported from China in 2021 (kz_mining_anchor_points.csv, FT); kazakhstan-2017 fits it against T04 and T12")
        @Positive Double displacedKzWeightFactor,
        @Describe(value = "Name of the home jurisdiction, the one modelled in detail (whiteMiners, grayMiners, grid); the 'from' of its migration events",
                source = "Kazakhstan, the historical campaign's home; a frontier campaign names its own (the kz* metrics are then the home's)")
        @NotBlank String homeName) implements AgentSpec {

    /** Fills in defaults. */
    public GlobalMiningSpec {
        jurisdictions = jurisdictions == null ? defaultJurisdictions() : List.copyOf(jurisdictions);
        marginSensitivity = marginSensitivity == null ? 12.0 : marginSensitivity;
        kzHostingWeight = kzHostingWeight == null ? 0.35 : kzHostingWeight;
        displacedReleasePerMonth = displacedReleasePerMonth == null ? 0.25 : displacedReleasePerMonth;
        displacedEfficiencyFactor = displacedEfficiencyFactor == null ? 2.2 : displacedEfficiencyFactor;
        displacedKzWeightFactor = displacedKzWeightFactor == null ? 1.0 : displacedKzWeightFactor;
        homeName = homeName == null ? "Kazakhstan" : homeName;
    }

    /**
     * Defaults from jurisdictions_tariffs_policy.csv; legal risks, border seizure chances and headroom
     * weights are assumptions documented in docs/ODD.md. No ban is built in: a campaign sets dated
     * bans (kazakhstan-2017 sets China's) in its scenario data.
     */
    static List<Jurisdiction> defaultJurisdictions() {
        return List.of(
                new Jurisdiction("China", 0.04, 4.0, 0.02, 0.0, null, null),
                new Jurisdiction("United States", 0.04, 3.0, 0.01, 0.0, null, null),
                new Jurisdiction("Russia", 0.04, 1.0, 0.05, 0.05, null, null),
                new Jurisdiction("Kyrgyzstan", 0.027, 0.15, 0.2, 0.02, null, null),
                new Jurisdiction("DR Congo", 0.03, 0.05, 0.1, 0.0, null, null),
                new Jurisdiction("Other", 0.05, 2.0, 0.03, 0.0, null, null));
    }

    @Override
    public void install(SteppeWorld world) {
        GlobalMining global = new GlobalMining(this, world);
        world.scheduleMonthly(Phase.EXOGENOUS, global);
    }
}
