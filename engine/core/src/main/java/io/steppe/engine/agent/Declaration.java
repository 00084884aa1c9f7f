package io.steppe.engine.agent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an agent population declares at the top, as AMIRIS agents do: the metrics, events and
 * levers it reads, the metrics it writes (one writer per metric), the events it emits, the KPIs it
 * computes, the services it provides to other populations and those it needs ({@code requires}: a
 * scenario without a provider is refused) or uses when present ({@code uses}). Build one with
 * {@link #builder()}.
 *
 * @param readsMetrics metrics read from completed days ({@link AgentContext#view})
 * @param readsEvents event types read from the log ({@link AgentContext#view})
 * @param readsLevers levers read each day ({@link AgentContext#lever})
 * @param writesMetrics metrics written each day ({@link AgentContext#metric})
 * @param emitsEvents event types emitted ({@link AgentContext#event})
 * @param kpis KPIs computed at the end ({@link AgentContext#kpis})
 * @param provides service interfaces this population offers ({@link AgentContext#provide})
 * @param requires service interfaces it cannot run without ({@link AgentContext#require})
 * @param uses service interfaces it uses when some population provides them ({@link AgentContext#find})
 */
public record Declaration(List<String> readsMetrics, List<String> readsEvents, List<String> readsLevers,
                          List<String> writesMetrics, List<String> emitsEvents, List<String> kpis,
                          List<Class<?>> provides, List<Class<?>> requires, List<Class<?>> uses) {

    /** A population that reads, writes and shares nothing. */
    public static final Declaration NONE = builder().build();

    /** Freezes the lists. */
    public Declaration {
        readsMetrics = List.copyOf(readsMetrics);
        readsEvents = List.copyOf(readsEvents);
        readsLevers = List.copyOf(readsLevers);
        writesMetrics = List.copyOf(writesMetrics);
        emitsEvents = List.copyOf(emitsEvents);
        kpis = List.copyOf(kpis);
        provides = List.copyOf(provides);
        requires = List.copyOf(requires);
        uses = List.copyOf(uses);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** This declaration with another's names added (e.g. an agent's and its doctrine's). */
    public Declaration with(Declaration other) {
        return new Declaration(union(readsMetrics, other.readsMetrics), union(readsEvents, other.readsEvents),
                union(readsLevers, other.readsLevers), union(writesMetrics, other.writesMetrics),
                union(emitsEvents, other.emitsEvents), union(kpis, other.kpis), union(provides, other.provides),
                union(requires, other.requires), union(uses, other.uses));
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    /** Builds a {@link Declaration}; every method adds to what was given before. */
    public static final class Builder {
        private final Set<String> readsMetrics = new LinkedHashSet<>();
        private final Set<String> readsEvents = new LinkedHashSet<>();
        private final Set<String> readsLevers = new LinkedHashSet<>();
        private final Set<String> writesMetrics = new LinkedHashSet<>();
        private final Set<String> emitsEvents = new LinkedHashSet<>();
        private final Set<String> kpis = new LinkedHashSet<>();
        private final Set<Class<?>> provides = new LinkedHashSet<>();
        private final Set<Class<?>> requires = new LinkedHashSet<>();
        private final Set<Class<?>> uses = new LinkedHashSet<>();

        private Builder() {
        }

        /** Metrics read from completed days. */
        public Builder readsMetrics(String... names) {
            readsMetrics.addAll(List.of(names));
            return this;
        }

        /** Event types read from the log. */
        public Builder readsEvents(String... types) {
            readsEvents.addAll(List.of(types));
            return this;
        }

        /** Levers read each day. */
        public Builder readsLevers(String... names) {
            readsLevers.addAll(List.of(names));
            return this;
        }

        /** Metrics written each day. */
        public Builder writes(String... metrics) {
            writesMetrics.addAll(List.of(metrics));
            return this;
        }

        /** Event types emitted. */
        public Builder emits(String... types) {
            emitsEvents.addAll(List.of(types));
            return this;
        }

        /** KPIs computed at the end. */
        public Builder kpis(String... names) {
            kpis.addAll(List.of(names));
            return this;
        }

        /** Services offered to other populations. */
        public Builder provides(Class<?>... services) {
            provides.addAll(List.of(services));
            return this;
        }

        /** Services this population cannot run without. */
        public Builder requires(Class<?>... services) {
            requires.addAll(List.of(services));
            return this;
        }

        /** Services this population uses when some population provides them. */
        public Builder uses(Class<?>... services) {
            uses.addAll(List.of(services));
            return this;
        }

        /** The declaration. */
        public Declaration build() {
            return new Declaration(new ArrayList<>(readsMetrics), new ArrayList<>(readsEvents), new ArrayList<>(readsLevers),
                    new ArrayList<>(writesMetrics), new ArrayList<>(emitsEvents), new ArrayList<>(kpis),
                    new ArrayList<>(provides), new ArrayList<>(requires), new ArrayList<>(uses));
        }
    }
}
