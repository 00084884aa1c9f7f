package io.steppe.engine;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;

/**
 * The world's observable state, as policies and the government's doctrine see it: the date,
 * completed days' metrics (never today's), recent history and the event log. It gives no access to
 * agents, so whatever reads it can act only through levers.
 */
public interface WorldView {
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

    /**
     * The observer's own random stream, for rules that decide stochastically: a policy's
     * {@code policy:<type>:<k>}, a population's (and its doctrine's) {@code agent:<type>:<k>}.
     */
    MersenneTwisterFast random();
}
