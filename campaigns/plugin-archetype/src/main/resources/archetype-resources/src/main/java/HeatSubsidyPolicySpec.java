package ${package};

import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A subsidy for the heat of mining rigs in greenhouses, per kWh of rig power in the heating
 * season: the state pays for heat it would otherwise leave to coal boilers.
 *
 * @param kztPerKwh the subsidy
 */
@Describe("Subsidy per kWh of rig power for greenhouses heated by mining rigs, in the heating season")
public record HeatSubsidyPolicySpec(
        @Describe(value = "Subsidy per kWh of rig power", unit = "KZT/kWh", source = "assumption: a quarter of the tariff")
        @PositiveOrZero Double kztPerKwh) implements PolicySpec {

    /** Fills in the default subsidy. */
    public HeatSubsidyPolicySpec {
        kztPerKwh = kztPerKwh == null ? 5.0 : kztPerKwh;
    }

    @Override
    public Policy create() {
        return today -> today.set(GreenhouseModule.HEAT_SUBSIDY_KZT_PER_KWH, kztPerKwh);
    }

    @Override
    public List<String> levers() {
        return List.of(GreenhouseModule.HEAT_SUBSIDY_KZT_PER_KWH);
    }

    @Override
    public Purpose purpose() {
        return Purpose.INVESTMENT;
    }
}
