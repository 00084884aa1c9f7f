package ${package};

import io.steppe.testkit.PolicyConformance;
import org.junit.jupiter.api.Test;

/** The heat subsidy passes the policy conformance kit where there are greenhouses to subsidise. */
class HeatSubsidyPolicyTest {
    @Test
    void heatSubsidyPassesThePolicyConformanceKit() {
        PolicyConformance.of("heatSubsidy")
                // kazakhstan-2017 with greenhouses appended to its agents ([+] appends to a list).
                .baseCampaign("kazakhstan-2017", "agents[+]={type: greenhouses}", "end=2019-12-31")
                .params("kztPerKwh: 30")
                .measurableIn(GreenhouseModule.LOAD_MW, GreenhouseModule.MARGIN_KZT_PER_KWH)
                .checkAll();
    }
}
