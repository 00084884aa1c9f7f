package ${package};

import io.steppe.testkit.AgentConformance;
import org.junit.jupiter.api.Test;

/** The greenhouses pass the agent conformance kit in kazakhstan-2017 (to 2019, to keep the test quick). */
class GreenhousesTest {
    @Test
    void greenhousesPassTheAgentConformanceKit() {
        AgentConformance.of("greenhouses")
                .baseCampaign("kazakhstan-2017", "end=2019-12-31")
                .params("greenhouses: 20")
                // No greenhouses and none opening: the population still draws from its stream and
                // writes its own metrics, but must leave every other output byte-identical.
                .inactiveParams("greenhouses: 0\nopeningChancePerMonth: 0")
                .measurableIn("miningLoadMw", "demandMw")
                .checkAll();
    }
}
