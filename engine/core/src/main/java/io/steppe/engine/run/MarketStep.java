package io.steppe.engine.run;

import io.steppe.engine.market.Market;
import io.steppe.engine.market.MarketSeries;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Puts the day's exogenous market columns into the metrics and computes the market's KPIs at the end. */
final class MarketStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final SteppeWorld world;
    private final int[] columns;
    private final MarketSeries.Summary summary = new MarketSeries.Summary();

    MarketStep(SteppeWorld world) {
        this.world = world;
        List<MarketSeries.Column> all = MarketSeries.COLUMNS;
        columns = new int[all.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = world.metrics().indexOf(all.get(i).info().name());
        }
        world.onFinish(() -> summary.put(world.kpis()::put, world.kpis()::putDate));
    }

    @Override
    public void step(SimState state) {
        Market market = world.market();
        int day = world.day();
        List<MarketSeries.Column> all = MarketSeries.COLUMNS;
        for (int i = 0; i < columns.length; i++) {
            world.metrics().put(columns[i], all.get(i).value().applyAsDouble(market, day));
        }
        summary.add(market, day, world.date());
    }
}
