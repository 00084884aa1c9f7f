package io.steppe.agents.government;

import io.steppe.agents.society.Society;
import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.doctrine.DoctrineSpec;
import io.steppe.engine.doctrine.Observation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The government: objectives, the influence of connected elites (which shields gray miners and
 * falls after unrest), and a doctrine that decides its responses from what it observes. Replace
 * the doctrine with {@code doctrine: {type: ...}}; {@code steppe doctrines} lists the registered
 * ones.
 */
@Describe("Government: objectives, elites' influence, and a pluggable doctrine that answers what it observes through policy levers")
public record GovernmentSpec(
        @Describe("Decision rule; a registered doctrine type (steppe doctrines)") @Valid DoctrineSpec doctrine,
        @Describe(value = "Weight of budget revenue from mining", unit = "1", source = "assumption: equal weights")
        @PositiveOrZero Double revenueWeight,
        @Describe(value = "Weight of energy security", unit = "1", source = "assumption: equal weights")
        @PositiveOrZero Double energySecurityWeight,
        @Describe(value = "Weight of investment and jobs", unit = "1", source = "assumption: equal weights")
        @PositiveOrZero Double investmentWeight,
        @Describe(value = "Weight of legitimacy and order", unit = "1", source = "assumption: equal weights")
        @PositiveOrZero Double legitimacyWeight,
        @Describe(value = "Influence of connected elites at the start", unit = "1",
                source = "assumption: an entrenched elite (BRIEF section 1), strong enough to shield most of its members' mines")
        @PositiveOrZero @DecimalMax("1") Double initialElitesInfluence,
        @Describe(value = "Share of elites' influence lost per day of mass protest", unit = "1/day",
                source = "assumption: a week of nationwide unrest takes a third of it (January 2022: the former president lost the Security Council chair)")
        @PositiveOrZero @DecimalMax("1") Double elitesLossPerMassProtestDay,
        @Describe(value = "Time for elites to regain most of their lost influence", unit = "days", source = "assumption: several years")
        @Positive Double elitesRecoveryDays,
        @Describe(value = "Days of metrics the government can look back on (the run's shared History keeps at least this many)", unit = "days",
                source = "assumption: over a year, so yearly windows and last winter are in view (History's default)")
        @Positive Integer memoryDays) implements AgentSpec {

    /** Days the government looks back on unless its spec says otherwise. */
    static final int DEFAULT_MEMORY_DAYS = 400;

    /** Fills in defaults. */
    public GovernmentSpec {
        doctrine = doctrine == null ? SecurityFirstDoctrineSpec.defaults() : doctrine;
        revenueWeight = revenueWeight == null ? 1.0 : revenueWeight;
        energySecurityWeight = energySecurityWeight == null ? 1.0 : energySecurityWeight;
        investmentWeight = investmentWeight == null ? 1.0 : investmentWeight;
        legitimacyWeight = legitimacyWeight == null ? 1.0 : legitimacyWeight;
        initialElitesInfluence = initialElitesInfluence == null ? 0.75 : initialElitesInfluence;
        elitesLossPerMassProtestDay = elitesLossPerMassProtestDay == null ? 0.05 : elitesLossPerMassProtestDay;
        elitesRecoveryDays = elitesRecoveryDays == null ? 1460.0 : elitesRecoveryDays;
        memoryDays = memoryDays == null ? DEFAULT_MEMORY_DAYS : memoryDays;
    }

    /** The objective weights as the doctrine sees them. */
    Observation.Objectives objectives() {
        return new Observation.Objectives(revenueWeight, energySecurityWeight, investmentWeight, legitimacyWeight);
    }

    /**
     * What its doctrine reads (metrics and events), the elites' influence it writes, the responses
     * it logs; provides the {@link Elites}; uses the {@link Society} to see a mass protest. The
     * levers its doctrine pulls are the doctrine's declared ones, checked by the engine's gate.
     */
    @Override
    public Declaration declaration() {
        return Declaration.builder()
                .readsMetrics(doctrine.reads().toArray(String[]::new))
                .readsEvents(doctrine.readsEvents().toArray(String[]::new))
                .writes("elitesInfluence")
                .emits("governmentResponse")
                .provides(Elites.class)
                .uses(Society.class)
                .build();
    }

    @Override
    public void install(AgentContext context) {
        Government government = new Government(this, context);
        context.provide(Elites.class, government);
        context.daily(Phase.GOVERNMENT, government);
    }
}
