package io.steppe.engine.run;

import io.steppe.engine.Purpose;
import java.util.EnumMap;
import java.util.Map;

/**
 * The purposes the government's doctrine sought on its last decision, with the reason. The
 * doctrine's gate records them in the government phase; in the policy phase of the next day the
 * policy runner switches on the {@code control: doctrine} policies whose purpose is in it, and
 * then clears it for the doctrine's next decision.
 */
final class Adoptions {
    private final Map<Purpose, String> sought = new EnumMap<>(Purpose.class);

    /** Forgets the last decision; the policy runner calls this once it has read it. */
    void clear() {
        sought.clear();
    }

    /** Records that the doctrine seeks a purpose, and why. */
    void seek(Purpose purpose, String reason) {
        sought.putIfAbsent(purpose, reason);
    }

    /** The reason the doctrine sought this purpose on its last decision, or null if it did not. */
    String reason(Purpose purpose) {
        return sought.get(purpose);
    }
}
