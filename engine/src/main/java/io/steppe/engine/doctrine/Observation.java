package io.steppe.engine.doctrine;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;

/** What the government observes when it decides. */
public interface Observation {
    /** Today. */
    LocalDate date();

    /** A metric's value on the last completed day (NaN before the first day or if nobody measured it). */
    double metric(String name);

    /** The sum of a metric over the last {@code days} completed days (empty days count as 0). */
    double sumLast(String metric, int days);

    /** The largest value of a metric over the last {@code days} completed days (NaN if none). */
    double maxLast(String metric, int days);

    /** The smallest value of a metric over the last {@code days} completed days (NaN if none). */
    double minLast(String metric, int days);

    /** Days since an event of this type last happened (0 = today, 1 = yesterday), or -1 if never. */
    int daysSince(String eventType);

    /** Events of this type over the last {@code days} days. */
    int countLast(String eventType, int days);

    /** Whether the last event of this type carried {@code state: start} without a later {@code state: end}. */
    boolean ongoing(String eventType);

    /** The weights the government gives its objectives. */
    Objectives objectives();

    /** The run's random generator, for doctrines that decide stochastically. */
    MersenneTwisterFast random();

    /**
     * The weights of the government's objectives (any non-negative numbers; only ratios matter).
     *
     * @param revenue budget revenue from mining (fees, taxes)
     * @param energySecurity no shortfalls and blackouts for households and industry
     * @param investment keeping investors and their jobs
     * @param legitimacy public support, order
     */
    record Objectives(double revenue, double energySecurity, double investment, double legitimacy) {
    }
}
