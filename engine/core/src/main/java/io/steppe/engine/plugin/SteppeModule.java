package io.steppe.engine.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.steppe.engine.EventInfo;
import io.steppe.engine.KpiInfo;
import io.steppe.engine.LeverInfo;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.Names;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Section;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.doctrine.DoctrineSpec;
import java.util.List;

/**
 * The plugin SPI: a Guice module that registers everything a plugin introduces by name: agent,
 * policy and doctrine types, and the vocabulary they use (metrics, levers, event types, KPIs).
 * Steppe finds modules with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.steppe.engine.plugin.SteppeModule}), on the classpath and in the jars
 * of {@code --plugins DIR}. Steppe's own agents and policies register exactly this way.
 *
 * <pre>
 * public final class MyPluginModule extends SteppeModule {
 *     &#64;Override
 *     protected void registerTypes() {
 *         registerAgent("cooperatives", CooperativesSpec.class);
 *         registerMetric("cooperativeLoadMw", "MW", "Load of mining cooperatives, daily mean");
 *         registerLever(LeverInfo.of("cooperativeQuotaMw", "MW", Double.NaN, LeverInfo.Combine.MIN)
 *                 .doc("Most the cooperatives may draw; empty = no quota").source("assumption"));
 *         registerEvent("cooperativeFounded", "A cooperative opened its site", "region", "mw");
 *         registerKpi("peakCooperativeLoadMw", "MW", "Highest daily cooperative load");
 *         registerPolicy("cooperativeQuota", CooperativeQuotaPolicySpec.class);
 *     }
 * }
 * </pre>
 *
 * Two modules that register the same name for the same kind (metrics and levers share one namespace, the
 * columns of {@code timeseries.csv}) make Steppe refuse to start, naming both.
 */
public abstract class SteppeModule extends AbstractModule {
    private Multibinder<TypeRegistration> registrations;

    @Override
    protected final void configure() {
        registrations = Multibinder.newSetBinder(binder(), TypeRegistration.class);
        registrations.permitDuplicates();
        registerTypes();
    }

    /** Registers this module's types and vocabulary with the {@code register...} methods. */
    protected abstract void registerTypes();

    /** Registers an agent population type; {@code type: name} in a scenario's {@code agents}. */
    protected final void registerAgent(String name, Class<? extends AgentSpec> spec) {
        add(TypeKind.AGENT, Names.requireIdentifier(name, "type"), spec, null);
    }

    /** Registers a policy type; {@code type: name} in a scenario's {@code policies}. */
    protected final void registerPolicy(String name, Class<? extends PolicySpec> spec) {
        add(TypeKind.POLICY, Names.requireIdentifier(name, "type"), spec, null);
    }

    /**
     * Registers a government doctrine; {@code doctrine: {type: name}} on the {@code government}
     * agent in a scenario.
     */
    protected final void registerDoctrine(String name, Class<? extends DoctrineSpec> spec) {
        add(TypeKind.DOCTRINE, Names.requireIdentifier(name, "type"), spec, null);
    }

    /** Registers a daily metric column. */
    protected final void registerMetric(String name, String unit, String doc) {
        MetricInfo info = new MetricInfo(name, unit, doc);
        add(TypeKind.METRIC, info.name(), null, info);
    }

    /** Registers a policy lever (also a daily column). */
    protected final void registerLever(LeverInfo lever) {
        add(TypeKind.LEVER, lever.name(), null, lever);
    }

    /** Registers an event type and the fields its events may carry. */
    protected final void registerEvent(String name, String doc, String... fields) {
        EventInfo info = new EventInfo(name, doc, List.of(fields));
        add(TypeKind.EVENT, info.name(), null, info);
    }

    /** Registers a KPI of {@code summary.json}. */
    protected final void registerKpi(String name, String unit, String doc) {
        KpiInfo info = new KpiInfo(name, unit, doc);
        add(TypeKind.KPI, info.name(), null, info);
    }

    /** Registers a top-level section of scenario files that this module reads. */
    protected final void registerSection(Section<?> section) {
        add(TypeKind.SECTION, section.name(), null, section);
    }

    private void add(TypeKind kind, String name, Class<?> spec, Object info) {
        registrations.addBinding().toInstance(new TypeRegistration(kind, name, spec, info, getClass().getName()));
    }
}
