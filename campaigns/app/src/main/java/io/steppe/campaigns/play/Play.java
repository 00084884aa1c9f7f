package io.steppe.campaigns.play;

import io.steppe.campaigns.CampaignSections;
import io.steppe.campaigns.play.Moves;
import io.steppe.campaigns.play.Objective;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Ensemble;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.PolicyEntry;
import io.steppe.engine.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Plays a campaign: the player's moves, placed in the seat's term, are added to the campaign's own
 * policies, and the result is run over the seeds derived from the scenario's seed ({@code Seeds}) beside the campaign alone
 * (the baseline) over the same seeds, so each player run has a baseline twin that met the same
 * luck. Both ensembles run on one pool ({@link Ensemble}); the score does not depend on the threads.
 */
public final class Play {
    private Play() {
    }

    /** What one run yields: the objectives' KPI values (or why an objective cannot read its KPI) and every KPI. */
    private record Measured(double[] values, int badObjective, String problem, Map<String, Double> kpis, Set<String> dates) {
    }

    /** The campaign with the player's moves (placed in the seat's term) after its own policies. */
    public static Scenario played(Scenario campaign, Moves moves) {
        List<PolicyEntry> policies = new ArrayList<>(campaign.policies());
        policies.addAll(CampaignSections.seat(campaign).inTerm(moves.policies()));
        return campaign.withPolicies(policies);
    }

    /**
     * Checks that a campaign can be played: it has a seat whose term starts within the scenario,
     * and objectives whose weights do not all vanish.
     *
     * @throws ScenarioException naming the campaign's source and the field
     */
    public static void checkPlayable(LoadedScenario loaded) {
        Scenario s = loaded.scenario();
        List<Problem> problems = new ArrayList<>();
        if (CampaignSections.seat(s) == null) {
            problems.add(new Problem(loaded.source(), 0, "seat", "none: '" + s.name() + "' has no seat for a player, so it cannot be played"));
        } else if (CampaignSections.seat(s).from().isBefore(s.start()) || CampaignSections.seat(s).from().isAfter(s.end())) {
            problems.add(new Problem(loaded.source(), 0, "seat.from", CampaignSections.seat(s).from() + " is not within the scenario, " + s.start()
                    + " to " + s.end() + ", so there is no term to play"));
        }
        if (CampaignSections.objectives(s).isEmpty()) {
            problems.add(new Problem(loaded.source(), 0, "objectives", "none: there is nothing to score a player on"));
        } else if (CampaignSections.objectives(s).stream().mapToDouble(Objective::weight).sum() <= 0) {
            problems.add(new Problem(loaded.source(), 0, "objectives", "the weights sum to 0; give at least one a positive weight"));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    /**
     * Runs the baseline and the player's ensembles and scores them; {@code progress} gets the
     * number of runs done out of 2 × {@code runs} (the baseline's first).
     *
     * @param player the name shown for the player
     * @throws ScenarioException when the campaign cannot be played or an objective's KPI is not a number in the runs
     */
    public static Score play(LoadedScenario loaded, Moves moves, String player, PluginRegistry registry, int runs,
                             int threads, IntConsumer progress) {
        checkPlayable(loaded);
        Scenario campaign = loaded.scenario();
        Scenario played = played(campaign, moves);
        List<Objective> objectives = CampaignSections.objectives(campaign);
        List<Scenario> scenarios = new ArrayList<>(Ensemble.seeds(campaign, runs));
        scenarios.addAll(Ensemble.seeds(played, runs));
        MarketData market = MarketData.load(campaign.data(), campaign.start(), campaign.end(), loaded.baseDir());
        List<Measured> measured = Ensemble.run(scenarios, market, registry, threads, world -> measure(world, objectives), progress);
        for (Measured m : measured) {
            if (m.problem() != null) {
                throw new ScenarioException(List.of(new Problem(loaded.source(), 0, "objectives[" + m.badObjective() + "].kpi",
                        m.problem())));
            }
        }
        List<ObjectiveScore> scores = new ArrayList<>();
        for (int o = 0; o < objectives.size(); o++) {
            double[] baseline = new double[runs];
            double[] mine = new double[runs];
            for (int r = 0; r < runs; r++) {
                baseline[r] = measured.get(r).values()[o];
                mine[r] = measured.get(runs + r).values()[o];
            }
            scores.add(ObjectiveScore.of(objectives.get(o), mine, baseline));
        }
        return new Score(campaign.name(), CampaignSections.seat(campaign), player, played.policies().subList(campaign.policies().size(),
                played.policies().size()), campaign.seed(), scores, spreads(measured, runs));
    }

    /** Every KPI of either ensemble over the runs, in the order the runs put them. */
    private static List<Score.KpiSpread> spreads(List<Measured> measured, int runs) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        measured.forEach(m -> m.kpis().keySet().forEach(k -> names.putIfAbsent(k, false)));
        List<Score.KpiSpread> spreads = new ArrayList<>();
        for (String name : names.keySet()) {
            double[] baseline = new double[runs];
            double[] mine = new double[runs];
            for (int r = 0; r < runs; r++) {
                baseline[r] = measured.get(r).kpis().getOrDefault(name, Double.NaN);
                mine[r] = measured.get(runs + r).kpis().getOrDefault(name, Double.NaN);
            }
            spreads.add(new Score.KpiSpread(name, measured.get(0).dates().contains(name), baseline, mine));
        }
        return spreads;
    }

    private static Measured measure(SteppeWorld world, List<Objective> objectives) {
        Map<String, Object> kpis = world.kpis().all();
        Map<String, Double> all = new LinkedHashMap<>();
        Set<String> dates = new TreeSet<>();
        kpis.forEach((name, v) -> {
            if (v instanceof Number n) {
                all.put(name, n.doubleValue());
            } else if (v instanceof LocalDate d) {
                all.put(name, (double) d.toEpochDay());
                dates.add(name);
            } else if (v instanceof Map<?, ?> map) {
                all.put(name, map.values().stream().mapToDouble(x -> ((Number) x).doubleValue()).sum());
            } else {
                all.put(name, Double.NaN);
            }
        });
        double[] values = new double[objectives.size()];
        for (int o = 0; o < objectives.size(); o++) {
            String kpi = objectives.get(o).kpi();
            Object value = kpis.get(kpi);
            if (value instanceof Number n) {
                values[o] = n.doubleValue();
                continue;
            }
            TreeSet<String> numeric = new TreeSet<>();
            kpis.forEach((name, v) -> {
                if (v instanceof Number) {
                    numeric.add(name);
                }
            });
            String what = kpis.containsKey(kpi) ? "KPI '" + kpi + "' is not a number (a date or an object)"
                    : "no KPI '" + kpi + "' in the runs";
            return new Measured(values, o, what + "; numeric KPIs: " + String.join(", ", numeric), all, dates);
        }
        return new Measured(values, -1, null, all, dates);
    }
}
