package io.steppe.engine.run;

import io.steppe.engine.ForwardingWorldView;
import io.steppe.engine.History;
import io.steppe.engine.Levers;
import io.steppe.engine.Phase;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicyContext;
import io.steppe.engine.SteppeWorld;
import io.steppe.engine.WorldView;
import io.steppe.engine.doctrine.Adoptions;
import io.steppe.engine.scenario.Activation;
import io.steppe.engine.scenario.PolicyEntry;
import io.steppe.engine.scenario.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import sim.engine.SimState;

/**
 * The policy phase: resets the levers, decides which policies are active today from their
 * activation, and lets each active policy pull its declared levers, in scenario order. Switching on
 * and off is logged as {@code policyOn} / {@code policyOff} events with the reason. A policy that
 * sets a lever its spec does not declare stops the run with an {@link IllegalStateException}.
 */
final class PolicyRunner implements SteppeWorld.Phased {
    private static final long serialVersionUID = 1L;

    private final List<Slot> slots = new ArrayList<>();

    private static final class Slot {
        final String name;
        final PolicyEntry entry;
        final Policy policy;
        final Set<String> declared;
        final Trigger.Evaluator when;
        final Trigger.Evaluator until;
        boolean active;
        int activeDays;

        Slot(String name, PolicyEntry entry) {
            this.name = name;
            this.entry = entry;
            this.policy = entry.spec().create();
            this.declared = new TreeSet<>(entry.spec().levers());
            Activation a = entry.activation();
            this.when = a.when() == null ? null : a.when().evaluator();
            this.until = a.until() == null ? null : a.until().evaluator();
        }
    }

    PolicyRunner(List<PolicyEntry> entries, java.util.function.Function<PolicyEntry, String> typeName) {
        for (int i = 0; i < entries.size(); i++) {
            slots.add(new Slot("policies[" + i + "]:" + typeName.apply(entries.get(i)), entries.get(i)));
        }
    }

    @Override
    public Phase phase() {
        return Phase.POLICIES;
    }

    @Override
    public void step(SimState state) {
        SteppeWorld world = (SteppeWorld) state;
        world.levers().reset();
        History history = History.of(world);
        Adoptions adoptions = Adoptions.of(world);
        boolean observed = world.day() > 0;
        for (Slot slot : slots) {
            Activation a = slot.entry.activation();
            boolean eligible = a.eligibleOn(world.date());
            int minDays = a.minDays() == null ? 0 : a.minDays();
            boolean whenHolds = slot.when != null && observed && slot.when.observe(world.metrics()::last);
            boolean untilHolds = slot.until != null && observed && slot.until.observe(world.metrics()::last);
            boolean next;
            String reason;
            if (!eligible) {
                next = false;
                reason = "outside start/end";
            } else if (a.byDoctrine()) {
                String sought = adoptions.reason(slot.entry.spec().purpose());
                next = sought != null || slot.active && slot.activeDays < minDays;
                reason = sought != null ? "government seeks " + slot.entry.spec().purpose().label() + ": " + sought
                        : "government no longer seeks " + slot.entry.spec().purpose().label();
            } else if (slot.when == null) {
                next = true;
                reason = a.start() == null ? "scenario start" : "start date " + a.start();
            } else if (!slot.active) {
                next = whenHolds;
                reason = "when: " + a.when().text();
            } else {
                boolean release = slot.until != null ? untilHolds : !whenHolds;
                next = !(release && slot.activeDays >= minDays);
                reason = slot.until != null ? "until: " + a.until().text() : "no longer: " + a.when().text();
            }
            if (next != slot.active) {
                slot.active = next;
                slot.activeDays = 0;
                world.events().emit(next ? "policyOn" : "policyOff", slot.name, "reason", reason);
            }
            if (slot.active) {
                slot.activeDays++;
                slot.policy.apply(new Context(slot, world.levers(), history));
            }
        }
    }

    /** A policy's view of today: the shared history, and only its declared levers. */
    private static final class Context implements PolicyContext, ForwardingWorldView {
        private final Slot slot;
        private final Levers levers;
        private final History history;

        Context(Slot slot, Levers levers, History history) {
            this.slot = slot;
            this.levers = levers;
            this.history = history;
        }

        @Override
        public void set(String lever, double value) {
            if (!slot.declared.contains(lever)) {
                throw new IllegalStateException(slot.name + " set lever '" + lever + "', which its spec does not declare;"
                        + " declared levers: " + String.join(", ", slot.declared));
            }
            if (Double.isNaN(value)) {
                throw new IllegalStateException(slot.name + " set lever '" + lever + "' to NaN");
            }
            levers.set(lever, value);
        }

        @Override
        public WorldView delegate() {
            return history;
        }
    }
}
