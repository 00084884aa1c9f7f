package io.steppe.engine.plugin;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.steppe.engine.LeverInfo;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.Section;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything registered for a run: every {@link SteppeModule} found by {@link ServiceLoader},
 * installed into one Guice injector. The engine's own module comes first and the others follow in
 * class-name order, so columns and listings never depend on classpath order. A name registered
 * twice for one kind (metrics and levers share the columns' namespace) stops start-up, naming both
 * modules.
 */
public final class PluginRegistry {
    /** Class name of the engine's own module, which comes first. */
    private static final String ENGINE_MODULE = "io.steppe.engine.run.EngineModule";

    private final List<SteppeModule> modules;
    private final ClassLoader loader;
    private final Map<TypeKind, Map<String, TypeRegistration>> byKind = new EnumMap<>(TypeKind.class);
    private final Map<String, TypeRegistration> columns = new LinkedHashMap<>();
    private final Map<Class<?>, String> typeNames = new LinkedHashMap<>();

    private PluginRegistry(List<SteppeModule> modules, ClassLoader loader) {
        this.loader = loader;
        List<SteppeModule> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.<SteppeModule>comparingInt(m -> m.getClass().getName().equals(ENGINE_MODULE) ? 0 : 1)
                .thenComparing(m -> m.getClass().getName()));
        this.modules = List.copyOf(sorted);
        Injector injector = Guice.createInjector(this.modules);
        Set<TypeRegistration> all = injector.getInstance(Key.get(new TypeLiteral<Set<TypeRegistration>>() { }));
        List<TypeRegistration> ordered = new ArrayList<>(all);
        List<String> moduleOrder = this.modules.stream().map(m -> m.getClass().getName()).toList();
        ordered.sort(Comparator.comparingInt(r -> moduleOrder.indexOf(r.module())));
        for (TypeKind kind : TypeKind.values()) {
            byKind.put(kind, new LinkedHashMap<>());
        }
        for (TypeRegistration r : ordered) {
            claim(byKind.get(r.kind()), r, r.kind().isType() ? r.kind().label() + " type" : r.kind().label());
            if (r.kind() == TypeKind.METRIC || r.kind() == TypeKind.LEVER) {
                claim(columns, r, "column (metric or lever)");
            }
            if (r.kind().isType()) {
                typeNames.put(r.specClass(), r.name());
            }
        }
    }

    private static void claim(Map<String, TypeRegistration> names, TypeRegistration r, String what) {
        TypeRegistration previous = names.putIfAbsent(r.name(), r);
        if (previous != null) {
            throw new PluginException(what + " name '" + r.name() + "' is registered by both " + previous.module()
                    + " and " + r.module() + "; rename one of them or remove one plugin");
        }
    }

    /** A registry of exactly these modules (tests, embedding). */
    public static PluginRegistry of(List<? extends SteppeModule> modules) {
        return new PluginRegistry(new ArrayList<>(modules), PluginRegistry.class.getClassLoader());
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
        return new PluginRegistry(found, loader);
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

    /**
     * The class loader the modules were found on: the application's, and with {@code --plugins}
     * the plugin jars'. Classpath data and campaigns a plugin ships are found through it (set it as
     * the context class loader of the threads that read scenarios and run them).
     */
    public ClassLoader classLoader() {
        return loader;
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

    /** The registrations of a kind, by name, in registration order. */
    public Map<String, TypeRegistration> ofKind(TypeKind kind) {
        return Collections.unmodifiableMap(byKind.get(kind));
    }

    /** Agent types by name. */
    public Map<String, TypeRegistration> agents() {
        return ofKind(TypeKind.AGENT);
    }

    /** Policy types by name. */
    public Map<String, TypeRegistration> policies() {
        return ofKind(TypeKind.POLICY);
    }

    /** Government doctrine types by name. */
    public Map<String, TypeRegistration> doctrines() {
        return ofKind(TypeKind.DOCTRINE);
    }

    /** Levers, in registration order. */
    public List<LeverInfo> levers() {
        return byKind.get(TypeKind.LEVER).values().stream().map(TypeRegistration::lever).toList();
    }

    /** Scenario sections, in registration order. */
    public List<Section<?>> sections() {
        return byKind.get(TypeKind.SECTION).values().stream().<Section<?>>map(TypeRegistration::section).toList();
    }

    /**
     * The columns of {@code timeseries.csv}, in output order: every registered metric and lever
     * (a lever's column describes it as "Lever: ...").
     */
    public List<MetricInfo> metrics() {
        return columns.values().stream().map(r -> r.kind() == TypeKind.METRIC ? r.metric()
                : new MetricInfo(r.name(), r.lever().unit(), "Lever: " + r.lever().doc())).toList();
    }

    /** The registered type name of an agent, policy or doctrine spec class, or null. */
    public String typeName(Class<?> specClass) {
        return typeNames.get(specClass);
    }

    /** The registered type name of a spec, or its class's simple name when it is not registered. */
    public String typeName(Object spec) {
        String name = typeNames.get(spec.getClass());
        return name != null ? name : spec.getClass().getSimpleName();
    }
}
