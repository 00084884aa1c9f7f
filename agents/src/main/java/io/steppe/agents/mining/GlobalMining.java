package io.steppe.agents.mining;

import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.EventSink;
import io.steppe.engine.market.Market;
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
    private final AgentContext context;
    private final HostingMarket market;
    private final EventSink bans;
    private double displacedPoolThs;
    private double lastDisplacedOrderThs;
    private double waitingThs;
    private double waitingJPerTh;
    private double clientsTakenInMw;

    GlobalMining(GlobalMiningSpec spec, AgentContext context) {
        this.spec = spec;
        this.context = context;
        this.market = new HostingMarket(spec.jurisdictions(), spec.homeName());
        this.bans = context.event("ban");
        context.atEnd(() -> context.kpis().putObject("migratedMwByDestination", market.migratedMwByDestination()));
    }

    /** The hosting market this agent owns and provides. */
    HostingMarket market() {
        return market;
    }

    @Override
    public void step(SimState state) {
        Market m = context.market();
        int day = context.day();
        LocalDate today = context.date();
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        int last = m.days() - 1;
        int ahead = (int) Math.min(last, day + (nextMonth.toEpochDay() - today.toEpochDay()));
        double newThs = Math.max(0, m.globalHashrateEhs(ahead) - m.globalHashrateEhs(day)) * 1e6;

        if (lastDisplacedOrderThs > 0 && market.unfilledThs() > 0) {
            displacedPoolThs += Math.min(market.unfilledThs(), lastDisplacedOrderThs);
        }
        for (Jurisdiction j : spec.jurisdictions()) {
            if (j.banDate() != null && !j.banDate().isBefore(today) && j.banDate().isBefore(nextMonth)) {
                double displaced = j.shareOfGlobalHashAtBan() * m.globalHashrateEhs(day) * 1e6;
                displacedPoolThs += displaced;
                bans.emit(j.name(), "jurisdiction", j.name(), "displacedThs", displaced);
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
        double newJPerTh = frontier;
        double displacedOrders = released * kzShareOld;
        if (spec.kzIntakeGrowthPerMonth() > 0) {
            newOrders = admitNewClients(newOrders, frontier);
            newJPerTh = waitingJPerTh;
            clientsTakenInMw += displacedOrders * older / 1e6;
        }
        lastDisplacedOrderThs = market.place(newOrders, newJPerTh, displacedOrders, older, frontier);
    }

    /**
     * Puts this month's new clients behind those already waiting and lets in as many as Kazakhstan's
     * hosts can take this month: a floor plus a share of the load they have taken on so far (the
     * sites at the start, and the clients and displaced machines let in since). The rest wait for
     * next month, less those who give up. Returns the hash rate let in, of efficiency
     * {@code waitingJPerTh}. Machines displaced by a ban do not queue: they come with their owners'
     * crews and containers.
     */
    private double admitNewClients(double ordersThs, double frontier) {
        waitingThs *= 1 - spec.kzWaitingAttritionPerMonth();
        double queueThs = ordersThs + waitingThs;
        double jPerTh = queueThs > 0 ? (ordersThs * frontier + waitingThs * waitingJPerTh) / queueThs : frontier;
        double queueMw = queueThs * jPerTh / 1e6;
        double intakeMw = spec.kzIntakeFloorMwPerMonth() + spec.kzIntakeGrowthPerMonth() * (market.sitesAtStartMw() + clientsTakenInMw);
        double admittedThs = queueMw > intakeMw ? queueThs * intakeMw / queueMw : queueThs;
        waitingThs = queueThs - admittedThs;
        waitingJPerTh = jPerTh;
        clientsTakenInMw += admittedThs * jPerTh / 1e6;
        return admittedThs;
    }

    /** Kazakhstan's share of machines of this efficiency choosing a host this month, its weight scaled by the factor. */
    private double kzShare(LocalDate today, double hashprice, double jPerTh, double weightFactor) {
        double kzMargin = HostingMarket.marginUsdPerThDay(hashprice, jPerTh, market.hostPowerPriceUsdPerKwh())
                * market.hostUptimeShare();
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
