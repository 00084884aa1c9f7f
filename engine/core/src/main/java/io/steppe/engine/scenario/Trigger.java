package io.steppe.engine.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition on observed metrics that switches a policy on or off, written as text in a scenario:
 * {@code reserveMarginPct < 5 for 3 days}, {@code btcPriceUsd > 40000 and hashpriceUsdPerPhDay > 200}.
 *
 * <p>Grammar: {@code expr := all ('or' all)*}, {@code all := clause ('and' clause)*},
 * {@code clause := metric op number ['for' N ('day'|'days')]}, {@code op} one of
 * {@code < <= > >= == !=}. A clause with {@code for N days} holds once its comparison has held on N
 * consecutive completed days. Metrics are read from the last completed day, so a trigger never
 * sees the day it is deciding.
 */
public final class Trigger {

    /** One comparison. */
    public record Clause(String metric, String op, double threshold, int forDays) {
        boolean compare(double value) {
            if (Double.isNaN(value)) {
                return false;
            }
            return switch (op) {
                case "<" -> value < threshold;
                case "<=" -> value <= threshold;
                case ">" -> value > threshold;
                case ">=" -> value >= threshold;
                case "==" -> value == threshold;
                case "!=" -> value != threshold;
                default -> throw new IllegalStateException(op);
            };
        }
    }

    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*([a-z][A-Za-z0-9]*)\\s*(<=|>=|==|!=|<|>)\\s*(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)"
                    + "(?:\\s+for\\s+([0-9]+)\\s+days?)?\\s*");

    private final String text;
    private final List<List<Clause>> anyOfAll;

    private Trigger(String text, List<List<Clause>> anyOfAll) {
        this.text = text;
        this.anyOfAll = anyOfAll;
    }

    /**
     * Parses a trigger expression.
     *
     * @throws IllegalArgumentException with a message that shows the expected form
     */
    @JsonCreator
    public static Trigger parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty trigger; expected e.g. 'reserveMarginPct < 5 for 3 days'");
        }
        List<List<Clause>> groups = new ArrayList<>();
        for (String group : text.split("(?i)\\s+or\\s+")) {
            List<Clause> clauses = new ArrayList<>();
            for (String part : group.split("(?i)\\s+and\\s+")) {
                Matcher m = CLAUSE.matcher(part);
                if (!m.matches()) {
                    throw new IllegalArgumentException("cannot read '" + part.trim() + "' in trigger '" + text
                            + "'; expected 'metric op number [for N days]' with op one of < <= > >= == !=,"
                            + " clauses joined by 'and' / 'or'");
                }
                int days = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
                if (days < 1) {
                    throw new IllegalArgumentException("'for " + days + " days' in trigger '" + text + "' must be at least 1 day");
                }
                clauses.add(new Clause(m.group(1), m.group(2), Double.parseDouble(m.group(3)), days));
            }
            groups.add(List.copyOf(clauses));
        }
        return new Trigger(text.trim(), List.copyOf(groups));
    }

    /** The expression as written. */
    @JsonValue
    public String text() {
        return text;
    }

    /** Every clause, for validation of metric names. */
    public List<Clause> clauses() {
        List<Clause> all = new ArrayList<>();
        anyOfAll.forEach(all::addAll);
        return all;
    }

    /** Metric names this trigger reads that are not in {@code known}. */
    public List<String> unknownMetrics(Set<String> known) {
        return clauses().stream().map(Clause::metric).filter(m -> !known.contains(m)).distinct().toList();
    }

    /** Run-time state of this trigger: counts consecutive days each clause has held. */
    public Evaluator evaluator() {
        return new Evaluator();
    }

    /** Evaluates the trigger once per day against the last completed day's metrics. */
    public final class Evaluator {
        private final int[][] streaks;

        private Evaluator() {
            streaks = new int[anyOfAll.size()][];
            for (int g = 0; g < anyOfAll.size(); g++) {
                streaks[g] = new int[anyOfAll.get(g).size()];
            }
        }

        /** Updates the streaks with one more observed day and says whether the trigger holds. */
        public boolean observe(java.util.function.ToDoubleFunction<String> lastValue) {
            boolean any = false;
            for (int g = 0; g < anyOfAll.size(); g++) {
                boolean all = true;
                List<Clause> clauses = anyOfAll.get(g);
                for (int c = 0; c < clauses.size(); c++) {
                    Clause clause = clauses.get(c);
                    streaks[g][c] = clause.compare(lastValue.applyAsDouble(clause.metric())) ? streaks[g][c] + 1 : 0;
                    all &= streaks[g][c] >= clause.forDays();
                }
                any |= all;
            }
            return any;
        }
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trigger t && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.toLowerCase(Locale.ROOT).hashCode();
    }
}
