package io.steppe.engine.run;

import io.steppe.engine.Purpose;
import io.steppe.engine.doctrine.LeverGate;
import io.steppe.engine.plugin.PluginException;
import java.util.Set;
import java.util.TreeSet;

/** A doctrine's way to the levers: only those its spec declares, like a policy's. */
final class DoctrineGate implements LeverGate {
    private final String name;
    private final Set<String> declared;
    private final Levers levers;
    private final Adoptions adoptions;

    DoctrineGate(String name, Set<String> declared, Levers levers, Adoptions adoptions) {
        this.name = name;
        this.declared = new TreeSet<>(declared);
        this.levers = levers;
        this.adoptions = adoptions;
    }

    @Override
    public void set(String lever, double value) {
        if (!declared.contains(lever)) {
            throw new PluginException(name + " pulled lever '" + lever + "', which its doctrine's spec does not declare;"
                    + " declared levers: " + String.join(", ", declared));
        }
        if (Double.isNaN(value)) {
            throw new PluginException(name + " pulled lever '" + lever + "' to NaN");
        }
        levers.set(lever, value);
    }

    @Override
    public void seek(Purpose purpose, String reason) {
        adoptions.seek(purpose, reason);
    }
}
