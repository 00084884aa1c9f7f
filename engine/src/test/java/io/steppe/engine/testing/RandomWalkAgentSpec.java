package io.steppe.engine.testing;

import io.steppe.engine.AgentSpec;
import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.SteppeWorld;
import jakarta.validation.constraints.Positive;

/**
 * Test fixture: an agent that draws from the world's generator every day and reports a random
 * walk as metric {@code testWalk}, so determinism tests can see whether randomness is reproducible
 * and seed-dependent.
 */
@Describe("Test fixture: a random walk driven by the world's generator")
public record RandomWalkAgentSpec(
        @Describe(value = "Step size", unit = "1") @Positive(message = "must be > 0") Double stepSize) implements AgentSpec {

    /** Default step 1. */
    public RandomWalkAgentSpec {
        stepSize = stepSize == null ? 1.0 : stepSize;
    }

    @Override
    public void install(SteppeWorld world) {
        double[] position = {0.0};
        var random = world.populationRandom();
        world.scheduleDaily(Phase.MINERS, state -> {
            position[0] += random.nextGaussian() * stepSize;
            world.metrics().put("testWalk", position[0]);
            if (random.nextDouble() < 0.01) {
                world.events().emit("testJump", "walker", "position", position[0]);
            }
        });
        world.onFinish(w -> w.kpis().put("testFinalPosition", position[0]));
    }
}
