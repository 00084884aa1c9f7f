package ${package};

import io.steppe.engine.LeverInfo;
import io.steppe.engine.LeverInfo.Combine;
import io.steppe.engine.plugin.SteppeModule;

/**
 * The plugin's module: registers every name the plugin brings to Steppe. Steppe finds it through
 * {@code META-INF/services/io.steppe.engine.plugin.SteppeModule}; a name another module registered
 * already makes Steppe refuse to start, naming both modules.
 */
public final class GreenhouseModule extends SteppeModule {
    /** The lever the heat subsidy sets and the greenhouses read, KZT per kWh of rig power in the heating season. */
    public static final String HEAT_SUBSIDY_KZT_PER_KWH = "greenhouseHeatSubsidyKztPerKwh";
    /** Metric: the power the greenhouses' rigs drew today, MW. */
    public static final String LOAD_MW = "greenhouseLoadMw";
    /** Metric: what a kWh of rig power earned a greenhouse today, KZT. */
    public static final String MARGIN_KZT_PER_KWH = "greenhouseMarginKztPerKwh";
    /** Event: a greenhouse opened. */
    public static final String OPENED = "greenhouseOpened";
    /** KPI: greenhouses opened during the run. */
    public static final String OPENED_COUNT = "greenhousesOpened";
    /** KPI: energy the greenhouses' rigs drew over the run, GWh. */
    public static final String ENERGY_GWH = "greenhouseEnergyGwh";

    @Override
    protected void registerTypes() {
        registerAgent("greenhouses", GreenhousesSpec.class);
        registerPolicy("heatSubsidy", HeatSubsidyPolicySpec.class);
        registerDoctrine("winterFirst", WinterFirstDoctrineSpec.class);
        registerLever(LeverInfo.of(HEAT_SUBSIDY_KZT_PER_KWH, "KZT/kWh", 0, Combine.MAX)
                .doc("Subsidy for the heat of mining rigs in greenhouses, per kWh of rig power in the heating season")
                .source("baseline: no such subsidy in Kazakhstan"));
        registerMetric(LOAD_MW, "MW", "Power drawn by the rigs heating greenhouses, daily mean");
        registerMetric(MARGIN_KZT_PER_KWH, "KZT/kWh", "What a kWh of rig power earns a greenhouse: mining, heat and subsidy less the tariff");
        registerEvent(OPENED, "A greenhouse heated by mining rigs opened", "region", "greenhouses", "marginKztPerKwh");
        registerKpi(OPENED_COUNT, "greenhouses", "Greenhouses opened during the run");
        registerKpi(ENERGY_GWH, "GWh", "Energy the greenhouses' rigs drew over the run");
    }
}
