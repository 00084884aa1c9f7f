package io.steppe.testkit;

import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Test fixture: a population that schedules itself in two phases and draws from its own stream
 * every day, writing only its own counter, so it acts on nothing else; its switches make it
 * announce itself every day (an event, which changes the event log), write a metric it did not
 * declare, or forget the KPI it declares.
 */
@Describe("Test fixture: a quiet population")
public record QuietAgentSpec(
        @Describe(value = "Step of the counter", unit = "1") @PositiveOrZero Double step,
        @Describe("Emit an event every day") Boolean announce,
        @Describe("Write the random walk's metric, which it does not declare") Boolean sneak,
        @Describe("Leave out its declared KPI") Boolean forgetKpi) implements AgentSpec {

    /** Defaults: quiet. */
    public QuietAgentSpec {
        step = step == null ? 1.0 : step;
        announce = announce != null && announce;
        sneak = sneak != null && sneak;
        forgetKpi = forgetKpi != null && forgetKpi;
    }

    @Override
    public Declaration declaration() {
        return Declaration.builder().writes("quietCounter").emits("quietAnnounced").kpis("quietTotal").build();
    }

    @Override
    public void install(AgentContext context) {
        double[] counter = {0};
        var random = context.random();
        var metric = context.metric("quietCounter");
        var announced = context.event("quietAnnounced");
        context.daily(Phase.MINERS, state -> counter[0] += random.nextDouble() * step);
        context.daily(Phase.CITIZENS, state -> {
            counter[0] += random.nextDouble() * step;
            metric.put(counter[0]);
            if (announce) {
                announced.emit("quiet", "counter", counter[0]);
            }
            if (sneak) {
                context.metric("testWalk").put(counter[0]);
            }
        });
        context.atEnd(() -> {
            if (!forgetKpi) {
                context.kpis().put("quietTotal", counter[0]);
            }
        });
    }
}
