package io.steppe.engine.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.steppe.engine.AgentSpec;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.PolicySpec;

/**
 * The plugin SPI: a Guice module that registers agent, policy, doctrine and metric types by name. Steppe
 * finds modules with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.steppe.engine.plugin.SteppeModule}), on the classpath and in the jars
 * of {@code --plugins DIR}. Steppe's own agents and policies register exactly this way.
 *
 * <pre>
 * public final class MyPolicyModule extends SteppeModule {
 *     &#64;Override
 *     protected void registerTypes() {
 *         registerPolicy("myPolicy", MyPolicySpec.class);
 *     }
 * }
 * </pre>
 *
 * A module may also bind its own services with Guice in {@link #configureServices()}. Two modules
 * that register the same name for the same kind make Steppe refuse to start, naming both.
 */
public abstract class SteppeModule extends AbstractModule {
    private Multibinder<TypeRegistration> registrations;

    @Override
    protected final void configure() {
        registrations = Multibinder.newSetBinder(binder(), TypeRegistration.class);
        registrations.permitDuplicates();
        registerTypes();
        configureServices();
    }

    /** Registers this module's types with the {@code register...} methods. */
    protected abstract void registerTypes();

    /** Binds further services; does nothing unless overridden. */
    protected void configureServices() {
    }

    /** Registers an agent population type; {@code type: name} in a scenario's {@code agents}. */
    protected final void registerAgent(String name, Class<? extends AgentSpec> spec) {
        add(new TypeRegistration(TypeKind.AGENT, checkName(name), spec, null, getClass().getName()));
    }

    /** Registers a policy type; {@code type: name} in a scenario's {@code policies}. */
    protected final void registerPolicy(String name, Class<? extends PolicySpec> spec) {
        add(new TypeRegistration(TypeKind.POLICY, checkName(name), spec, null, getClass().getName()));
    }

    /**
     * Registers a government doctrine; {@code doctrine: {type: name}} on the {@code government}
     * agent in a scenario.
     */
    protected final void registerDoctrine(String name, Class<? extends io.steppe.engine.doctrine.DoctrineSpec> spec) {
        add(new TypeRegistration(TypeKind.DOCTRINE, checkName(name), spec, null, getClass().getName()));
    }

    /** Registers a daily metric column. */
    protected final void registerMetric(String name, String unit, String doc) {
        MetricInfo info = new MetricInfo(name, unit, doc);
        add(new TypeRegistration(TypeKind.METRIC, info.name(), null, info, getClass().getName()));
    }

    private void add(TypeRegistration registration) {
        registrations.addBinding().toInstance(registration);
    }

    private static String checkName(String name) {
        if (name == null || !name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("type names are lowerCamelCase identifiers: " + name);
        }
        return name;
    }
}
