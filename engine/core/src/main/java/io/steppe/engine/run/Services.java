package io.steppe.engine.run;

import io.steppe.engine.plugin.PluginException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The services populations provide to each other within one run, one provider per type. */
final class Services {
    private final Map<Class<?>, Object> services = new HashMap<>();
    private final Map<Class<?>, String> providers = new HashMap<>();

    <T> void provide(Class<T> type, T service, String provider) {
        String previous = providers.putIfAbsent(type, provider);
        if (previous != null) {
            throw new PluginException(type.getSimpleName() + " is provided by both " + previous + " and " + provider
                    + "; a run has one of each service");
        }
        services.put(type, type.cast(service));
    }

    <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(type.cast(services.get(type)));
    }
}
