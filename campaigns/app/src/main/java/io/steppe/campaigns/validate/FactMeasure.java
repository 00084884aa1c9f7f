package io.steppe.campaigns.validate;

import io.steppe.campaigns.validate.Fact;
import io.steppe.engine.Event;
import io.steppe.engine.run.SteppeWorld;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Measures a {@link Fact} on one finished run. Dates are measured as epoch days; a value that does
 * not exist in the run (no such event, a KPI the run did not produce, an empty window) is NaN and
 * counts as outside the range.
 */
public final class FactMeasure {
    private FactMeasure() {
    }

    /** The fact's value in this run. */
    public static double of(Fact fact, SteppeWorld world) {
        if (fact.kpi() != null) {
            Object v = world.kpis().all().get(fact.kpi());
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            return v instanceof LocalDate d ? d.toEpochDay() : Double.NaN;
        }
        if (fact.metric() != null) {
            double value = metric(world, fact.metric(), fact.stat(), fact.from(), fact.to());
            if (fact.relativeFrom() != null) {
                value /= metric(world, fact.metric(), fact.stat(), fact.relativeFrom(), fact.relativeTo());
            }
            return value;
        }
        List<Event> events = world.events().all();
        return switch (fact.stat()) {
            case COUNT -> events.stream().filter(e -> matches(e, fact.event(), fact.where()) && within(e.date(), fact)).count();
            case FIRST_DATE -> events.stream().filter(e -> matches(e, fact.event(), fact.where()) && within(e.date(), fact))
                    .mapToDouble(e -> e.date().toEpochDay()).findFirst().orElse(Double.NaN);
            case DAYS_AFTER -> daysAfter(events, fact);
            default -> Double.NaN;
        };
    }

    private static double daysAfter(List<Event> events, Fact fact) {
        LocalDate start = null;
        for (Event e : events) {
            if (start == null && matches(e, fact.after(), fact.where()) && within(e.date(), fact)) {
                start = e.date();
            }
            if (start != null && matches(e, fact.event(), fact.where()) && !e.date().isBefore(start)) {
                return e.date().toEpochDay() - start.toEpochDay();
            }
        }
        return Double.NaN;
    }

    private static boolean within(LocalDate date, Fact fact) {
        return !date.isBefore(fact.from()) && !date.isAfter(fact.to());
    }

    private static boolean matches(Event e, String type, Map<String, String> where) {
        if (!e.type().equals(type)) {
            return false;
        }
        if (where != null) {
            for (Map.Entry<String, String> w : where.entrySet()) {
                if (!w.getValue().equals(String.valueOf(e.details().get(w.getKey())))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double metric(SteppeWorld world, String metric, Fact.Stat stat, LocalDate from, LocalDate to) {
        int col = world.metrics().indexOf(metric);
        LocalDate start = world.scenario().start();
        int a = (int) Math.max(0, from.toEpochDay() - start.toEpochDay());
        int b = (int) Math.min(world.metrics().rows().size() - 1, to.toEpochDay() - start.toEpochDay());
        double acc = stat == Fact.Stat.MAX ? Double.NEGATIVE_INFINITY : stat == Fact.Stat.MIN ? Double.POSITIVE_INFINITY : 0;
        int n = 0;
        for (int d = a; d <= b; d++) {
            double v = world.metrics().rows().get(d)[col];
            if (Double.isNaN(v)) {
                continue;
            }
            n++;
            acc = switch (stat) {
                case MAX -> Math.max(acc, v);
                case MIN -> Math.min(acc, v);
                default -> acc + v;
            };
        }
        if (n == 0) {
            return Double.NaN;
        }
        return stat == Fact.Stat.MEAN ? acc / n : acc;
    }
}
