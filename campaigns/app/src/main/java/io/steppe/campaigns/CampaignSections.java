package io.steppe.campaigns;

import com.fasterxml.jackson.core.type.TypeReference;
import io.steppe.campaigns.compare.OutcomeSpec;
import io.steppe.campaigns.play.Objective;
import io.steppe.campaigns.play.Seat;
import io.steppe.campaigns.report.ReportSpec;
import io.steppe.campaigns.validate.Fact;
import io.steppe.campaigns.validate.Validation;
import io.steppe.engine.Section;
import io.steppe.engine.plugin.SteppeModule;
import io.steppe.engine.scenario.Scenario;
import java.util.List;

/**
 * The sections of scenario files that the campaign application reads, registered like any
 * module's: the player's {@code seat} and the {@code objectives} it is scored on ({@code steppe
 * play}), the stylised {@code facts} a campaign is judged by and how ({@code validation}; neither
 * inherited by a variant), the {@code report}'s key charts and the {@code outcomes} {@code steppe
 * compare} tabulates. Each is checked against the names the scenario makes available.
 */
public final class CampaignSections extends SteppeModule {
    /** The section names. */
    public static final String SEAT = "seat";
    /** The objectives section. */
    public static final String OBJECTIVES = "objectives";
    /** The validation section. */
    public static final String VALIDATION = "validation";
    /** The facts section. */
    public static final String FACTS = "facts";
    /** The report section. */
    public static final String REPORT = "report";
    /** The outcomes section. */
    public static final String OUTCOMES = "outcomes";

    @Override
    protected void registerTypes() {
        registerSection(new Section<>(SEAT, new TypeReference<Seat>() { }, true, Seat::check,
                "The player's office, its levers and term (steppe play)"));
        registerSection(new Section<>(OBJECTIVES, new TypeReference<List<Objective>>() { }, true, Objective::check,
                "What a player is scored on (steppe play)"));
        registerSection(new Section<>(VALIDATION, new TypeReference<Validation>() { }, false, (v, c) -> { },
                "How the facts are judged (steppe validate); not inherited"));
        registerSection(new Section<>(FACTS, new TypeReference<List<Fact>>() { }, false, Fact::check,
                "Stylised facts the scenario should reproduce (steppe validate); not inherited"));
        registerSection(new Section<>(REPORT, new TypeReference<ReportSpec>() { }, true, ReportSpec::check,
                "The key charts and the events marked on them in report.html"));
        registerSection(new Section<>(OUTCOMES, new TypeReference<List<OutcomeSpec>>() { }, true, OutcomeSpec::check,
                "The outcomes steppe compare tabulates"));
    }

    /** The scenario's seat, or null when it cannot be played. */
    public static Seat seat(Scenario s) {
        return s.section(SEAT, Seat.class);
    }

    /** The scenario's objectives (none when absent). */
    @SuppressWarnings("unchecked")
    public static List<Objective> objectives(Scenario s) {
        List<Objective> o = s.section(OBJECTIVES, List.class);
        return o == null ? List.of() : o;
    }

    /** How the scenario's facts are judged (the defaults when absent). */
    public static Validation validation(Scenario s) {
        Validation v = s.section(VALIDATION, Validation.class);
        return v == null ? Validation.defaults() : v;
    }

    /** The scenario's stylised facts (none when absent). */
    @SuppressWarnings("unchecked")
    public static List<Fact> facts(Scenario s) {
        List<Fact> f = s.section(FACTS, List.class);
        return f == null ? List.of() : f;
    }

    /** The scenario's report layout, or null for the default one. */
    public static ReportSpec report(Scenario s) {
        return s.section(REPORT, ReportSpec.class);
    }

    /** The scenario's comparison outcomes, or null for the default ones. */
    @SuppressWarnings("unchecked")
    public static List<OutcomeSpec> outcomes(Scenario s) {
        return s.section(OUTCOMES, List.class);
    }
}
