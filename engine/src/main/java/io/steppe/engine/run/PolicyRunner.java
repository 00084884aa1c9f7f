package io.steppe.engine.run;

import io.steppe.engine.Phase;
import io.steppe.engine.Policy;
import io.steppe.engine.SteppeWorld;
import io.steppe.engine.scenario.Activation;
import io.steppe.engine.scenario.PolicyEntry;
import io.steppe.engine.scenario.Trigger;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;

/**
 * The policy phase: resets the levers, decides which policies are active today from their
 * activation, and lets each active policy pull its levers, in scenario order. Switching on and off
 * is logged as {@code policyOn} / {@code policyOff} events with the reason.
 */
final class PolicyRunner implements SteppeWorld.Phased {
    private static final long serialVersionUID = 1L;

    private final List<Slot> slots = new ArrayList<>();

    private static final class Slot {
        final String name;
        final PolicyEntry entry;
        final Policy policy;
        final Trigger.Evaluator when;
        final Trigger.Evaluator until;
        boolean active;
        int activeDays;

        Slot(String name, PolicyEntry entry) {
            this.name = name;
            this.entry = entry;
            this.policy = entry.spec().create();
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
        boolean observed = world.day() > 0;
        for (Slot slot : slots) {
            Activation a = slot.entry.activation();
            boolean eligible = a.eligibleOn(world.date());
            boolean whenHolds = slot.when != null && observed && slot.when.observe(world.metrics()::last);
            boolean untilHolds = slot.until != null && observed && slot.until.observe(world.metrics()::last);
            boolean next;
            String reason;
            if (!eligible) {
                next = false;
                reason = "outside start/end";
            } else if (slot.when == null) {
                next = true;
                reason = a.start() == null ? "scenario start" : "start date " + a.start();
            } else if (!slot.active) {
                next = whenHolds;
                reason = "when: " + a.when().text();
            } else {
                int minDays = a.minDays() == null ? 0 : a.minDays();
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
                slot.policy.apply(world, world.levers());
            }
        }
    }
}
