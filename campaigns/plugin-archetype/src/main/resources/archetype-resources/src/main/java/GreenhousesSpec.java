package ${package};

import io.steppe.agents.MiningLevers;
import io.steppe.agents.grid.Grid;
import io.steppe.engine.Describe;
import io.steppe.engine.Phase;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Greenhouses heated by mining rigs, in one region. Every day each greenhouse weighs what a kWh
 * of rig power earns (mined bitcoin, and in the heating season the heat it saves and any heat
 * subsidy) against its power tariff, and runs its rigs when that pays, drawing the share of its
 * load the grid supplies to registered miners (none while they are cut off). Monthly, while a kWh earns more than the hurdle
 * that pays for a new greenhouse, one more may open.
 */
@Describe("Greenhouses heated by mining rigs: run when mining, heat and subsidy pay for the power; open more when they pay well")
public record GreenhousesSpec(
        @Describe(value = "Region of the greenhouses: north, central, south or west", unit = "region",
                source = "assumption: the south (Almaty, Turkistan) grows most of Kazakhstan's greenhouse vegetables")
        @NotNull @Pattern(regexp = "north|central|south|west", message = "must be north, central, south or west") String region,
        @Describe(value = "Greenhouses at the start", unit = "greenhouses", source = "assumption")
        @PositiveOrZero Integer greenhouses,
        @Describe(value = "Rig power per greenhouse", unit = "MW",
                source = "assumption: one container of about 150 machines at 3.3 kW")
        @Positive Double rigsMwPerGreenhouse,
        @Describe(value = "How much less efficient the rigs are than the best machine on sale (second-hand rigs)", unit = "1",
                source = "assumption: a generation behind the frontier of mining_hardware_efficiency.csv")
        @DecimalMin("1") Double rigAgeFactor,
        @Describe(value = "Power tariff the greenhouses pay", unit = "KZT/kWh",
                source = "kz_tariffs_and_fees.csv: industrial_power_price_KZ 0.045 USD/kWh (2021-11) at about 430 KZT/USD")
        @PositiveOrZero Double tariffKztPerKwh,
        @Describe(value = "Heating cost a kWh of rig heat saves in the heating season", unit = "KZT/kWh",
                source = "assumption: a coal-fired boiler's fuel per kWh of heat")
        @PositiveOrZero Double heatValueKztPerKwh,
        @Describe(value = "Months of the heating season", unit = "month numbers",
                source = "assumption: Kazakhstan's heating season, mid-October to mid-April")
        @NotNull List<@Min(1) @Max(12) Integer> heatingMonths,
        @Describe(value = "Margin above which a new greenhouse pays for itself", unit = "KZT/kWh",
                source = "assumption: the greenhouse and its rigs paid back in about two years")
        @PositiveOrZero Double openingMarginKztPerKwh,
        @Describe(value = "Chance a greenhouse opens in a month whose first day clears the hurdle", unit = "1/month",
                source = "assumption")
        @PositiveOrZero @DecimalMax("1") Double openingChancePerMonth) implements AgentSpec {

    /** Fills in the defaults. */
    public GreenhousesSpec {
        region = region == null ? "south" : region;
        greenhouses = greenhouses == null ? 10 : greenhouses;
        rigsMwPerGreenhouse = rigsMwPerGreenhouse == null ? 0.5 : rigsMwPerGreenhouse;
        rigAgeFactor = rigAgeFactor == null ? 1.5 : rigAgeFactor;
        tariffKztPerKwh = tariffKztPerKwh == null ? 20.0 : tariffKztPerKwh;
        heatValueKztPerKwh = heatValueKztPerKwh == null ? 5.0 : heatValueKztPerKwh;
        heatingMonths = heatingMonths == null ? List.of(10, 11, 12, 1, 2, 3, 4) : List.copyOf(heatingMonths);
        openingMarginKztPerKwh = openingMarginKztPerKwh == null ? 40.0 : openingMarginKztPerKwh;
        openingChancePerMonth = openingChancePerMonth == null ? 0.3 : openingChancePerMonth;
    }

    /**
     * Reads the heat subsidy and the miners' cut-off levers and the grid; writes its load and
     * margin, emits openings and computes its two KPIs. Steppe refuses any other name, and refuses
     * a scenario without a grid.
     */
    @Override
    public Declaration declaration() {
        return Declaration.builder()
                .readsLevers(GreenhouseModule.HEAT_SUBSIDY_KZT_PER_KWH, MiningLevers.MINER_CUTOFF)
                .writes(GreenhouseModule.LOAD_MW, GreenhouseModule.MARGIN_KZT_PER_KWH)
                .emits(GreenhouseModule.OPENED)
                .kpis(GreenhouseModule.OPENED_COUNT, GreenhouseModule.ENERGY_GWH)
                .requires(Grid.class)
                .build();
    }

    @Override
    public void install(AgentContext context) {
        Greenhouses greenhouses = new Greenhouses(this, context);
        context.daily(Phase.MINERS, state -> greenhouses.daily());
        context.monthly(Phase.MINERS, state -> greenhouses.monthly());
        context.atEnd(greenhouses::kpis);
    }
}
