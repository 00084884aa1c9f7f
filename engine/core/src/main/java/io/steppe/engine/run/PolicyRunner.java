package io.steppe.engine.run;

import io.steppe.engine.EventInfo;
import io.steppe.engine.ForwardingWorldView;
import io.steppe.engine.Phase;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicyContext;
import io.steppe.engine.WorldView;
import io.steppe.engine.plugin.PluginException;
import io.steppe.engine.scenario.Activation;
import io.steppe.engine.scenario.PolicyEntry;
import io.steppe.engine.scenario.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The policy phase, and the only writer of levers besides the doctrine's gate: it resets the
 * levers, decides which policies are active today from their activation, and lets each active
 * policy pull its declared levers, in scenario order. Switching on and off is logged as
 * {@code policyOn} / {@code policyOff} events with the reason. A policy that sets a lever or reads
 * a metric its spec does not declare stops the run with a {@link PluginException}.
 */
final class PolicyRunner implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Event types of the policy runner, registered by the engine's module. */
    static final String POLICY_ON = "policyOn";
    static final String POLICY_OFF = "policyOff";

    private final SteppeWorld world;
    private final List<Slot> slots = new ArrayList<>();
    private final EventInfo on;
    private final EventInfo off;

    private final class Slot implements PolicyContext, ForwardingWorldView {
        final String name;
        final PolicyEntry entry;
        final Policy policy;
        final Set<String> declared;
        final Trigger.Evaluator when;
        final Trigger.Evaluator until;
        final WorldView view;
        boolean active;
        int activeDays;

        Slot(String name, String stream, PolicyEntry entry) {
            this.name = name;
            this.entry = entry;
            this.policy = entry.spec().create();
            this.declared = new TreeSet<>(entry.spec().levers());
            Activation a = entry.activation();
            this.when = a.when() == null ? null : a.when().evaluator();
            this.until = a.until() == null ? null : a.until().evaluator();
            this.view = world.history().view(name, entry.spec().reads(), entry.spec().readsEvents(), () -> world.stream(stream));
        }

        @Override
        public void set(String lever, double value) {
            if (!declared.contains(lever)) {
                throw new PluginException(name + " set lever '" + lever + "', which its spec does not declare;"
                        + " declared levers: " + String.join(", ", declared));
            }
            if (Double.isNaN(value)) {
                throw new PluginException(name + " set lever '" + lever + "' to NaN");
            }
            world.levers().set(lever, value);
        }

        @Override
        public WorldView delegate() {
            return view;
        }
    }

    PolicyRunner(SteppeWorld world, List<String> names, List<String> streams) {
        this.world = world;
        this.on = world.eventType(POLICY_ON);
        this.off = world.eventType(POLICY_OFF);
        List<PolicyEntry> entries = world.scenario().policies();
        for (int i = 0; i < entries.size(); i++) {
            slots.add(new Slot(names.get(i), streams.get(i), entries.get(i)));
        }
    }

    /** The phase the runner steps in. */
    static Phase phase() {
        return Phase.POLICIES;
    }

    @Override
    public void step(SimState state) {
        world.levers().reset();
        Adoptions adoptions = world.adoptions();
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
                world.events().emit(world.date(), next ? on : off, slot.name, "policy runner", "reason", reason);
            }
            if (slot.active) {
                slot.activeDays++;
                slot.policy.apply(slot);
            }
        }
        adoptions.clear();
    }
}
