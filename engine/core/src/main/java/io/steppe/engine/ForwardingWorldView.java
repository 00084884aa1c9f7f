package io.steppe.engine;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;

/**
 * A {@link WorldView} that answers every question from another view (usually the run's
 * {@link io.steppe.engine.run.History}); for observers such as the government or a policy's context that add their own
 * methods on top.
 */
public interface ForwardingWorldView extends WorldView {
    /** The view that answers. */
    WorldView delegate();

    @Override
    default LocalDate date() {
        return delegate().date();
    }

    @Override
    default double metric(String name) {
        return delegate().metric(name);
    }

    @Override
    default double sumLast(String metric, int days) {
        return delegate().sumLast(metric, days);
    }

    @Override
    default double maxLast(String metric, int days) {
        return delegate().maxLast(metric, days);
    }

    @Override
    default double minLast(String metric, int days) {
        return delegate().minLast(metric, days);
    }

    @Override
    default int daysSince(String eventType) {
        return delegate().daysSince(eventType);
    }

    @Override
    default int countLast(String eventType, int days) {
        return delegate().countLast(eventType, days);
    }

    @Override
    default boolean ongoing(String eventType) {
        return delegate().ongoing(eventType);
    }

    @Override
    default MersenneTwisterFast random() {
        return delegate().random();
    }
}
