package io.steppe.engine.testing;

import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import jakarta.validation.constraints.Positive;

/**
 * Test fixture: an agent that draws from its population's stream every day and reports a random
 * walk as metric {@code testWalk}, so determinism tests can see whether randomness is reproducible
 * and seed-dependent; its steps grow with the test fee lever, so policies have an effect.
 */
@Describe("Test fixture: a random walk driven by the population's stream")
public record RandomWalkAgentSpec(
        @Describe(value = "Step size", unit = "1") @Positive(message = "must be > 0") Double stepSize) implements AgentSpec {

    /** Default step 1. */
    public RandomWalkAgentSpec {
        stepSize = stepSize == null ? 1.0 : stepSize;
    }

    @Override
    public Declaration declaration() {
        return Declaration.builder().readsLevers(TestPolicyModule.TEST_FEE).writes("testWalk").emits("testJump")
                .kpis("testFinalPosition").build();
    }

    @Override
    public void install(AgentContext context) {
        double[] position = {0.0};
        var random = context.random();
        var walk = context.metric("testWalk");
        var jumps = context.event("testJump");
        var fee = context.lever(TestPolicyModule.TEST_FEE);
        context.daily(Phase.MINERS, state -> {
            position[0] += random.nextGaussian() * stepSize * (1 + fee.value());
            walk.put(position[0]);
            if (random.nextDouble() < 0.01) {
                jumps.emit("walker", "position", position[0]);
            }
        });
        context.atEnd(() -> context.kpis().put("testFinalPosition", position[0]));
    }
}
