package io.steppe.engine.plugin;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.steppe.engine.MetricInfo;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The types available to a run: every {@link SteppeModule} found by {@link ServiceLoader}, installed
 * into one Guice injector. The engine's own module comes first and the others follow in class-name
 * order, so metric columns and listings never depend on classpath order.
 */
public final class PluginRegistry {
    private final List<SteppeModule> modules;
    private final Injector injector;
    private final Map<String, TypeRegistration> agents = new LinkedHashMap<>();
    private final Map<String, TypeRegistration> policies = new LinkedHashMap<>();
    private final Map<String, TypeRegistration> doctrines = new LinkedHashMap<>();
    private final Map<String, TypeRegistration> metrics = new LinkedHashMap<>();

    private PluginRegistry(List<SteppeModule> modules) {
        List<SteppeModule> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.<SteppeModule>comparingInt(m -> m instanceof io.steppe.engine.EngineModule ? 0 : 1)
                .thenComparing(m -> m.getClass().getName()));
        this.modules = List.copyOf(sorted);
        this.injector = Guice.createInjector(this.modules);
        Set<TypeRegistration> all = injector.getInstance(Key.get(new TypeLiteral<Set<TypeRegistration>>() { }));
        List<TypeRegistration> ordered = new ArrayList<>(all);
        List<String> moduleOrder = this.modules.stream().map(m -> m.getClass().getName()).toList();
        ordered.sort(Comparator.comparingInt(r -> moduleOrder.indexOf(r.module())));
        for (TypeRegistration r : ordered) {
            Map<String, TypeRegistration> target = switch (r.kind()) {
                case AGENT -> agents;
                case POLICY -> policies;
                case DOCTRINE -> doctrines;
                case METRIC -> metrics;
            };
            TypeRegistration previous = target.putIfAbsent(r.name(), r);
            if (previous != null) {
                throw new PluginException(r.kind().label() + " type name '" + r.name() + "' is registered by both "
                        + previous.module() + " and " + r.module() + "; rename one of them or remove one plugin");
            }
        }
    }

    /** A registry of exactly these modules (tests, embedding). */
    public static PluginRegistry of(List<? extends SteppeModule> modules) {
        return new PluginRegistry(new ArrayList<>(modules));
    }

    /** Discovers modules on the given class loader. */
    public static PluginRegistry discover(ClassLoader loader) {
        List<SteppeModule> found = new ArrayList<>();
        try {
            for (SteppeModule module : ServiceLoader.load(SteppeModule.class, loader)) {
                found.add(module);
            }
        } catch (ServiceConfigurationError e) {
            throw new PluginException("cannot load a plugin module: " + e.getMessage(), e);
        }
        return new PluginRegistry(found);
    }

    /**
     * Discovers modules on the application classpath plus every {@code *.jar} in {@code pluginDir}
     * (if not null), in file-name order.
     */
    public static PluginRegistry discover(Path pluginDir) {
        ClassLoader parent = PluginRegistry.class.getClassLoader();
        if (pluginDir == null) {
            return discover(parent);
        }
        if (!Files.isDirectory(pluginDir)) {
            throw new PluginException("--plugins " + pluginDir + ": not a directory");
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(pluginDir)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new PluginException("--plugins " + pluginDir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PluginException("--plugins " + pluginDir + ": cannot list: " + e.getMessage(), e);
        }
        if (jars.isEmpty()) {
            throw new PluginException("--plugins " + pluginDir + ": no .jar files in it");
        }
        return discover(new URLClassLoader("steppe-plugins", jars.toArray(URL[]::new), parent));
    }

    /** The Guice injector holding every module's bindings. */
    public Injector injector() {
        return injector;
    }

    /** Installed modules with the jar or directory each came from. */
    public Map<String, String> modules() {
        Map<String, String> out = new LinkedHashMap<>();
        for (SteppeModule module : modules) {
            var source = module.getClass().getProtectionDomain().getCodeSource();
            String location = source == null ? "?" : Path.of(source.getLocation().getPath()).getFileName().toString();
            out.put(module.getClass().getName(), location);
        }
        return out;
    }

    /** Agent types by name. */
    public Map<String, TypeRegistration> agents() {
        return java.util.Collections.unmodifiableMap(agents);
    }

    /** Policy types by name. */
    public Map<String, TypeRegistration> policies() {
        return java.util.Collections.unmodifiableMap(policies);
    }

    /** Government doctrine types by name. */
    public Map<String, TypeRegistration> doctrines() {
        return java.util.Collections.unmodifiableMap(doctrines);
    }

    /** Metric columns, in output order. */
    public List<MetricInfo> metrics() {
        return metrics.values().stream().map(TypeRegistration::metric).toList();
    }

    /** The registrations of a kind, by name. */
    public Map<String, TypeRegistration> ofKind(TypeKind kind) {
        return switch (kind) {
            case AGENT -> agents();
            case POLICY -> policies();
            case DOCTRINE -> doctrines();
            case METRIC -> java.util.Collections.unmodifiableMap(metrics);
        };
    }
}
