package ${package};

import ec.util.MersenneTwisterFast;
import io.steppe.agents.MiningLevers;
import io.steppe.agents.grid.Grid;
import io.steppe.agents.grid.Region;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.EventSink;
import io.steppe.engine.agent.Lever;
import io.steppe.engine.agent.MetricSink;
import java.util.Locale;

/** The greenhouses of one run: their count, today's margin, and what they draw from the grid. */
final class Greenhouses {
    private static final double HOURS_PER_DAY = 24;

    private final GreenhousesSpec spec;
    private final AgentContext context;
    private final Region region;
    private final MersenneTwisterFast random;
    private final Grid grid;
    private final Lever subsidy;
    private final Lever cutoff;
    private final MetricSink load;
    private final MetricSink margin;
    private final EventSink opened;
    private int count;
    private int openedCount;
    private double energyMwh;

    Greenhouses(GreenhousesSpec spec, AgentContext context) {
        this.spec = spec;
        this.context = context;
        this.region = Region.valueOf(spec.region().toUpperCase(Locale.ROOT));
        this.random = context.random();
        this.grid = context.require(Grid.class);
        this.subsidy = context.lever(GreenhouseModule.HEAT_SUBSIDY_KZT_PER_KWH);
        this.cutoff = context.lever(MiningLevers.MINER_CUTOFF);
        this.load = context.metric(GreenhouseModule.LOAD_MW);
        this.margin = context.metric(GreenhouseModule.MARGIN_KZT_PER_KWH);
        this.opened = context.event(GreenhouseModule.OPENED);
        this.count = spec.greenhouses();
    }

    /**
     * Runs the rigs when a kWh pays, drawing the share of their load the grid supplies registered
     * miners today (none while miners are cut off). What the grid serves of it is that draw in
     * the share of the region's mining load and of the day's hours it served at its last dispatch.
     */
    void daily() {
        double marginToday = marginKztPerKwh();
        double supplied = cutoff.on() ? 0 : grid.supplyShare();
        double mw = marginToday > 0 ? count * spec.rigsMwPerGreenhouse() * supplied : 0;
        grid.drawRegistered(region, mw, mw * 1000 / efficiencyJPerTh(), false);
        double servedMw = mw * grid.servedShare(region) * grid.runHoursShare(false);
        energyMwh += servedMw * HOURS_PER_DAY;
        load.put(servedMw);
        margin.put(marginToday);
    }

    /** One more greenhouse may open while a kWh earns more than the hurdle. */
    void monthly() {
        double marginToday = marginKztPerKwh();
        if (random.nextDouble() < spec.openingChancePerMonth() && marginToday > spec.openingMarginKztPerKwh()) {
            count++;
            openedCount++;
            opened.emit(region.label(), "region", region.label(), "greenhouses", count, "marginKztPerKwh", marginToday);
        }
    }

    void kpis() {
        context.kpis().put(GreenhouseModule.OPENED_COUNT, openedCount);
        context.kpis().put(GreenhouseModule.ENERGY_GWH, energyMwh / 1000);
    }

    /** Mined bitcoin per kWh, plus heat and subsidy in the heating season, less the tariff, KZT. */
    private double marginKztPerKwh() {
        int day = context.day();
        double phPerKw = 1 / efficiencyJPerTh();
        double miningUsd = context.market().hashpriceUsdPerPhDay(day) * phPerKw / HOURS_PER_DAY;
        double kzt = miningUsd * context.market().kztPerUsd(day) - spec.tariffKztPerKwh();
        if (spec.heatingMonths().contains(context.date().getMonthValue())) {
            kzt += spec.heatValueKztPerKwh() + subsidy.value();
        }
        return kzt;
    }

    /** The rigs' efficiency today: the frontier's, times the age factor, J/TH. */
    private double efficiencyJPerTh() {
        return context.market().frontierEfficiencyJPerTh(context.day()) * spec.rigAgeFactor();
    }
}
