package io.steppe.engine.doctrine;

import io.steppe.engine.Purpose;
import io.steppe.engine.SteppeWorld;
import java.util.EnumMap;
import java.util.Map;

/**
 * The purposes the government's doctrine sought on its last decision, with the reason, shared
 * within a run. The government rewrites it every day in the government phase; the policy phase of
 * the next day switches on the {@code control: doctrine} policies whose purpose is in it.
 */
public final class Adoptions {
    private final Map<Purpose, String> sought = new EnumMap<>(Purpose.class);

    private Adoptions() {
    }

    /** The run's adoptions, created on first use. */
    public static Adoptions of(SteppeWorld world) {
        return world.shared(Adoptions.class, Adoptions::new);
    }

    /** Forgets the last decision; the government calls this before deciding again. */
    public void clear() {
        sought.clear();
    }

    /** Records that the doctrine seeks a purpose, and why. */
    public void seek(Purpose purpose, String reason) {
        sought.putIfAbsent(purpose, reason);
    }

    /** The reason the doctrine sought this purpose on its last decision, or null if it did not. */
    public String reason(Purpose purpose) {
        return sought.get(purpose);
    }
}
