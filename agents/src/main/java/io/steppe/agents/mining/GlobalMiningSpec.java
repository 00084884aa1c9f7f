package io.steppe.agents.mining;

import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
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
 * the Kazakh firms ({@code whiteMiners}), optionally through an intake limit that makes clients wait
 * while the hosting industry is young.
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
        @NotBlank String homeName,
        @Describe(value = "Kazakhstan's hosts take in newly deployed clients each month up to this share of the load they have taken on so far "
                + "(the licensed sites at the start, and the clients and displaced machines let in since), on top of the floor below; "
                + "clients beyond it wait, machines displaced by a ban do not (0: no limit, every order is placed at once)", unit = "1/month",
                source = "assumption, off by default: hosting grows from its pioneers, who train the next sites' staff and win clients by reputation "
                        + "(Enegix's farm manager, trained by Bitmain in China, trained its staff: info1.net citing RTS Info); kazakhstan-2017 fits it against T01-T03")
        @PositiveOrZero Double kzIntakeGrowthPerMonth,
        @Describe(value = "New clients' load Kazakhstan's hosts can take in each month whatever they have taken in before (only with kzIntakeGrowthPerMonth)",
                unit = "MW/month",
                source = "assumption: about 75 S9-class machines a month (13 TH/s at 100 J/TH, 1.3 kW each: mining_hardware_efficiency.csv) "
                        + "for pioneers like those arriving from September 2017 (kz_mining_anchor_points.csv); kazakhstan-2017 checks it against T01")
        @PositiveOrZero Double kzIntakeFloorMwPerMonth,
        @Describe(value = "Share of the clients waiting for a Kazakh host who give up and deploy elsewhere each month (only with kzIntakeGrowthPerMonth)",
                unit = "1/month",
                source = "assumption: a client who chose Kazakhstan has already bought the machines and pre-ordered the slot")
        @PositiveOrZero @DecimalMax("1") Double kzWaitingAttritionPerMonth) implements AgentSpec {

    /** Fills in defaults. */
    public GlobalMiningSpec {
        jurisdictions = jurisdictions == null ? defaultJurisdictions() : List.copyOf(jurisdictions);
        marginSensitivity = marginSensitivity == null ? 12.0 : marginSensitivity;
        kzHostingWeight = kzHostingWeight == null ? 0.35 : kzHostingWeight;
        displacedReleasePerMonth = displacedReleasePerMonth == null ? 0.25 : displacedReleasePerMonth;
        displacedEfficiencyFactor = displacedEfficiencyFactor == null ? 2.2 : displacedEfficiencyFactor;
        displacedKzWeightFactor = displacedKzWeightFactor == null ? 1.0 : displacedKzWeightFactor;
        homeName = homeName == null ? "Kazakhstan" : homeName;
        kzIntakeGrowthPerMonth = kzIntakeGrowthPerMonth == null ? 0.0 : kzIntakeGrowthPerMonth;
        kzIntakeFloorMwPerMonth = kzIntakeFloorMwPerMonth == null ? 0.1 : kzIntakeFloorMwPerMonth;
        kzWaitingAttritionPerMonth = kzWaitingAttritionPerMonth == null ? 0.0 : kzWaitingAttritionPerMonth;
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

    /** Emits the bans abroad, keeps the migration KPI, and provides the {@link HostingMarket}. */
    @Override
    public Declaration declaration() {
        return Declaration.builder().emits("ban").kpis("migratedMwByDestination").provides(HostingMarket.class).build();
    }

    @Override
    public void install(AgentContext context) {
        GlobalMining global = new GlobalMining(this, context);
        context.provide(HostingMarket.class, global.market());
        context.monthly(Phase.EXOGENOUS, global);
    }
}
