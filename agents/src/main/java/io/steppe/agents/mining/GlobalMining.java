package io.steppe.agents.mining;

import io.steppe.engine.SteppeWorld;
import io.steppe.engine.market.MarketData;
import java.time.LocalDate;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Monthly: adds machines displaced by bans that take effect this month to the displaced pool,
 * releases part of the pool, and splits new global deployments and released machines between
 * hosts by a logit on expected margin. New deployments are the growth of the global hash-rate
 * series less the displaced machines coming back online, which that series already contains. Kazakhstan's part becomes orders in the {@link HostingMarket}.
 */
final class GlobalMining implements Steppable {
    private static final long serialVersionUID = 1L;

    private final GlobalMiningSpec spec;
    private final HostingMarket market;
    private double displacedPoolThs;
    private double lastDisplacedOrderThs;

    GlobalMining(GlobalMiningSpec spec, SteppeWorld world) {
        this.spec = spec;
        this.market = world.shared(HostingMarket.class, HostingMarket::new);
        market.abroad = spec.jurisdictions();
        market.homeName = spec.homeName();
    }

    @Override
    public void step(SimState state) {
        SteppeWorld world = (SteppeWorld) state;
        MarketData m = world.market();
        int day = world.day();
        LocalDate today = world.date();
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        int last = m.days() - 1;
        int ahead = (int) Math.min(last, day + (nextMonth.toEpochDay() - today.toEpochDay()));
        double newThs = Math.max(0, m.globalHashrateEhs(ahead) - m.globalHashrateEhs(day)) * 1e6;

        if (lastDisplacedOrderThs > 0 && market.unfilledThs > 0) {
            displacedPoolThs += Math.min(market.unfilledThs, lastDisplacedOrderThs);
        }
        for (Jurisdiction j : spec.jurisdictions()) {
            if (j.banDate() != null && !j.banDate().isBefore(today) && j.banDate().isBefore(nextMonth)) {
                double displaced = j.shareOfGlobalHashAtBan() * m.globalHashrateEhs(day) * 1e6;
                displacedPoolThs += displaced;
                world.events().emit("ban", j.name(), "jurisdiction", j.name(), "displacedThs", displaced);
            }
        }
        double released = displacedPoolThs * spec.displacedReleasePerMonth();
        displacedPoolThs -= released;
        newThs = Math.max(0, newThs - released);

        double hashprice = m.hashpriceUsdPerPhDay(day);
        double frontier = m.frontierEfficiencyJPerTh(day);
        double older = frontier * spec.displacedEfficiencyFactor();
        double kzShareNew = kzShare(today, hashprice, frontier, 1);
        double kzShareOld = kzShare(today, hashprice, older, spec.displacedKzWeightFactor());
        double newOrders = newThs * kzShareNew;
        double displacedOrders = released * kzShareOld;
        market.ordersThs = newOrders + displacedOrders;
        market.ordersJPerTh = market.ordersThs > 0 ? (newOrders * frontier + displacedOrders * older) / market.ordersThs : frontier;
        market.grayOrdersThs = market.ordersThs * market.grayShareOfOrders;
        market.ordersThs -= market.grayOrdersThs;
        lastDisplacedOrderThs = displacedOrders * (1 - market.grayShareOfOrders);
        market.unfilledThs = 0;
    }

    /** Kazakhstan's share of machines of this efficiency choosing a host this month, its weight scaled by the factor. */
    private double kzShare(LocalDate today, double hashprice, double jPerTh, double weightFactor) {
        double kzMargin = HostingMarket.marginUsdPerThDay(hashprice, jPerTh, market.kzPowerPriceUsdPerKwh)
                * market.kzUptimeShare;
        double kz = Math.exp(spec.marginSensitivity() * kzMargin) * spec.kzHostingWeight() * weightFactor;
        double total = kz;
        for (Jurisdiction j : spec.jurisdictions()) {
            if (j.bannedOn(today)) {
                continue;
            }
            double margin = HostingMarket.marginUsdPerThDay(hashprice, jPerTh, j.powerPriceUsdPerKwh()) * (1 - j.legalRiskPerYear());
            total += Math.exp(spec.marginSensitivity() * margin) * j.hostingWeight();
        }
        return kz / total;
    }
}
