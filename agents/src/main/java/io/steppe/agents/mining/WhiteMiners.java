package io.steppe.agents.mining;

import io.steppe.agents.grid.GridState;
import io.steppe.agents.grid.Region;
import io.steppe.engine.Levers;
import io.steppe.engine.SteppeWorld;
import io.steppe.engine.market.MarketData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import sim.engine.SimState;

/**
 * The Kazakh licensed mining and hosting firms.
 *
 * <p>Inputs: hashprice, ASIC price and frontier efficiency (market), the mining-fee, cut-off and
 * internet-shutdown levers, the
 * operator's rationing ({@link GridState#registeredMinerSupplyShare}) and served shares, hosting
 * orders ({@link HostingMarket}). Outputs: registered mining load and hash rate by region
 * ({@link GridState}), mined value and fees ({@link MiningLedger}), metrics {@code miningJobs} and
 * {@code kzMinerBreakEvenBtcUsd}, events
 * {@code siteBuilt}, {@code migration}, {@code seizureAtBorder}, and the KPI
 * {@code migratedMwByDestination}.
 */
final class WhiteMiners {
    /** A group of identical machines at one firm. */
    static final class Cohort {
        double ths;
        final double jPerTh;
        final boolean hosted;
        int badMonths;
        double marginUsd;

        Cohort(double ths, double jPerTh, boolean hosted) {
            this.ths = ths;
            this.jPerTh = jPerTh;
            this.hosted = hosted;
        }

        double mw() {
            return ths * jPerTh / 1e6;
        }
    }

    /** A firm with one site. */
    static final class Firm {
        final int id;
        final Region region;
        final double tariffUsdPerKwh;
        double capacityMw;
        final List<double[]> pipeline = new ArrayList<>();
        final List<Cohort> cohorts = new ArrayList<>();

        Firm(int id, Region region, double tariffUsdPerKwh, double capacityMw) {
            this.id = id;
            this.region = region;
            this.tariffUsdPerKwh = tariffUsdPerKwh;
            this.capacityMw = capacityMw;
        }

        double usedMw() {
            double used = 0;
            for (Cohort c : cohorts) {
                used += c.mw();
            }
            return used;
        }

        String name() {
            return "whiteMiner-" + id;
        }
    }

    private final WhiteMinersSpec spec;
    private final GridState grid;
    private final HostingMarket market;
    private final MiningLedger ledger;
    private final List<Firm> firms = new ArrayList<>();
    private final java.util.Map<String, double[]> monthMigration = new java.util.TreeMap<>();
    private double uptimeSum;
    private int uptimeDays;
    private int nextId;

    WhiteMiners(WhiteMinersSpec spec, SteppeWorld world) {
        this.spec = spec;
        this.grid = world.shared(GridState.class, GridState::new);
        this.market = world.shared(HostingMarket.class, HostingMarket::new);
        this.ledger = MiningLedger.of(world);
        double remaining = spec.initialCapacityMw();
        MarketData m = world.market();
        for (int i = 0; i < spec.initialFirms() && remaining > 0; i++) {
            double size = i == spec.initialFirms() - 1 ? remaining : Math.min(remaining, drawSize(world));
            Firm firm = newFirm(world, size);
            double jPerTh = m.frontierEfficiencyJPerTh(0) * 1.3;
            firm.cohorts.add(new Cohort(size * 1e6 / jPerTh, jPerTh, false));
            firms.add(firm);
            remaining -= size;
        }
        market.kzPowerPriceUsdPerKwh = meanTariff();
        world.onFinish(w -> w.kpis().putObject("migratedMwByDestination", market.migratedMwByDestination));
    }

    private Firm newFirm(SteppeWorld world, double capacityMw) {
        Region region = Region.draw(spec.regionShares(), world.random);
        double tariff = spec.tariffMinUsdPerKwh() + world.random.nextDouble() * (spec.tariffMaxUsdPerKwh() - spec.tariffMinUsdPerKwh());
        return new Firm(nextId++, region, tariff, capacityMw);
    }

    /** A firm size from a Pareto distribution truncated to [min, max] MW. */
    private double drawSize(SteppeWorld world) {
        double min = spec.firmSizeMinMw();
        double max = spec.firmSizeMaxMw();
        double a = spec.firmSizeParetoAlpha();
        double u = world.random.nextDouble();
        double ratio = Math.pow(min / max, a);
        return min / Math.pow(1 - u * (1 - ratio), 1 / a);
    }

    private double feeUsdPerKwh(SteppeWorld world) {
        return world.levers().get(Levers.MINING_FEE_KZT_PER_KWH) / world.market().kztPerUsd(world.day());
    }

    private double powerCostUsdPerKwh(Firm firm, Cohort c, double fee) {
        return firm.tariffUsdPerKwh * (c.hosted ? 1 + spec.hostingMarkup() : 1) + fee;
    }

    /** Daily: run every cohort whose revenue beats its power cost and fees, within rationing. */
    void daily(SimState state) {
        SteppeWorld world = (SteppeWorld) state;
        MarketData m = world.market();
        int day = world.day();
        double hashprice = m.hashpriceUsdPerPhDay(day);
        double revenuePerTh = hashprice / 1000.0;
        double fee = feeUsdPerKwh(world);
        boolean offline = world.levers().get(Levers.MINER_CUTOFF) >= 0.5 || world.levers().get(Levers.INTERNET_SHUTDOWN) >= 0.5;
        double supply = offline ? 0 : grid.registeredMinerSupplyShare;
        double runningMw = 0;
        double capacity = 0;
        List<double[]> breakEven = new ArrayList<>();
        double bePerUnit = (144.0 * m.blockSubsidyBtc(day) + m.feesBtcPerDay(day)) / (m.globalHashrateEhs(day) * 1e6);
        for (Firm firm : firms) {
            capacity += firm.capacityMw;
            double served = grid.miningServedShare[firm.region.ordinal()];
            for (Cohort c : firm.cohorts) {
                double costPerTh = c.jPerTh * 24.0 / 1000.0 * powerCostUsdPerKwh(firm, c, fee);
                breakEven.add(new double[] {costPerTh / bePerUnit, c.ths});
                if (revenuePerTh > costPerTh) {
                    double ths = c.ths * supply;
                    grid.registeredMiningThs[firm.region.ordinal()] += ths;
                    grid.registeredMiningMw[firm.region.ordinal()] += ths * c.jPerTh / 1e6;
                    runningMw += ths * c.jPerTh / 1e6;
                    c.marginUsd += (revenuePerTh - costPerTh) * ths * served;
                    ledger.minedValueUsdToday += revenuePerTh * ths * served;
                    ledger.taxUsdToday += fee * ths * c.jPerTh / 1e6 * 24_000 * served;
                } else {
                    c.marginUsd += (revenuePerTh - costPerTh) * c.ths * supply;
                }
            }
        }
        grid.registeredSiteCapacityMw += capacity;
        uptimeSum += supply;
        uptimeDays++;
        world.metrics().put("miningJobs", runningMw * spec.staffPerMw());
        world.metrics().put("kzMinerBreakEvenBtcUsd", weightedMedian(breakEven));
    }

    /** Monthly: builds, hosting orders, investment, retirement and relocation. */
    void monthly(SimState state) {
        SteppeWorld world = (SteppeWorld) state;
        MarketData m = world.market();
        int day = world.day();
        LocalDate today = world.date();
        double hashprice = m.hashpriceUsdPerPhDay(day);
        double fee = feeUsdPerKwh(world);
        double uptime = uptimeDays == 0 ? 1 : uptimeSum / uptimeDays;
        uptimeSum = 0;
        uptimeDays = 0;
        market.kzUptimeShare = uptime;

        completeBuilds(world, today);
        double unfilledMw = fillOrders(world);
        market.unfilledThs = market.ordersJPerTh > 0 ? unfilledMw * 1e6 / market.ordersJPerTh : 0;
        double frontier = m.frontierEfficiencyJPerTh(day);
        double asicPrice = m.asicPriceUsdPerTh(day);
        double horizonDays = spec.paybackHorizonMonths() * 30.4;
        int[] order = shuffled(world, firms.size());
        for (int idx : order) {
            Firm firm = firms.get(idx);
            double ownMargin = HostingMarket.marginUsdPerThDay(hashprice, frontier, firm.tariffUsdPerKwh + fee) * uptime;
            boolean paysBack = ownMargin > 0 && asicPrice / ownMargin < horizonDays;
            double spare = firm.capacityMw - firm.usedMw();
            if (paysBack && spare > 0.05) {
                double buyMw = spare * 0.5;
                firm.cohorts.add(new Cohort(buyMw * 1e6 / frontier, frontier, false));
            }
            double pending = firm.pipeline.stream().mapToDouble(p -> p[1]).sum();
            boolean full = firm.usedMw() > 0.8 * firm.capacityMw;
            if (full && pending == 0 && uptime > 0.9 && (paysBack || unfilledMw > 0)) {
                double add = Math.max(1.0, firm.capacityMw * spec.maxExpansionShare());
                if (!paysBack) {
                    add = Math.min(add, unfilledMw);
                    unfilledMw -= add;
                }
                firm.pipeline.add(new double[] {today.plusMonths(spec.buildLagMonths()).toEpochDay(), add});
            }
        }
        if (unfilledMw > 5 && uptime > 0.9) {
            double toPlace = unfilledMw;
            while (toPlace > 1) {
                double size = Math.min(drawSize(world), Math.max(1, toPlace));
                Firm entrant = newFirm(world, 0);
                entrant.pipeline.add(new double[] {today.plusMonths(spec.buildLagMonths()).toEpochDay(), size});
                firms.add(entrant);
                toPlace -= size;
            }
        }
        retireAndRelocate(world, hashprice, fee, uptime);
        for (var e : monthMigration.entrySet()) {
            double[] v = e.getValue();
            world.events().emit("migration", null, "from", "Kazakhstan", "to", e.getKey(), "mw", v[0], "ths", v[1],
                    "machines", Math.round(v[2]), "firms", (long) v[3]);
        }
        monthMigration.clear();
        market.kzPowerPriceUsdPerKwh = meanTariff() * (1 + spec.hostingMarkup());
    }

    private void completeBuilds(SteppeWorld world, LocalDate today) {
        for (Firm firm : firms) {
            for (Iterator<double[]> it = firm.pipeline.iterator(); it.hasNext(); ) {
                double[] build = it.next();
                if (build[0] <= today.toEpochDay()) {
                    firm.capacityMw += build[1];
                    it.remove();
                    world.events().emit("siteBuilt", firm.name(), "region", firm.region.label(), "mwAdded", build[1],
                            "capacityMw", firm.capacityMw);
                }
            }
        }
    }

    private double fillOrders(SteppeWorld world) {
        double ordersMw = market.ordersThs * market.ordersJPerTh / 1e6;
        if (ordersMw <= 0) {
            return 0;
        }
        for (int idx : shuffled(world, firms.size())) {
            Firm firm = firms.get(idx);
            double spare = firm.capacityMw - firm.usedMw();
            if (spare <= 0) {
                continue;
            }
            double take = Math.min(spare, ordersMw);
            firm.cohorts.add(new Cohort(take * 1e6 / market.ordersJPerTh, market.ordersJPerTh, true));
            ordersMw -= take;
            if (ordersMw <= 0) {
                break;
            }
        }
        return Math.max(0, ordersMw);
    }

    private void retireAndRelocate(SteppeWorld world, double hashprice, double fee, double uptime) {
        LocalDate today = world.date();
        for (Firm firm : firms) {
            for (Iterator<Cohort> it = firm.cohorts.iterator(); it.hasNext(); ) {
                Cohort c = it.next();
                c.badMonths = c.marginUsd < 0 || uptime < 0.5 ? c.badMonths + 1 : 0;
                c.marginUsd = 0;
                double homeMargin = HostingMarket.marginUsdPerThDay(hashprice, c.jPerTh, powerCostUsdPerKwh(firm, c, fee)) * uptime;
                Jurisdiction best = null;
                double bestMargin = Double.NEGATIVE_INFINITY;
                for (Jurisdiction j : market.abroad) {
                    if (j.bannedOn(today)) {
                        continue;
                    }
                    double margin = HostingMarket.marginUsdPerThDay(hashprice, c.jPerTh, j.powerPriceUsdPerKwh())
                            * (1 - j.legalRiskPerYear()) * (1 - j.borderSeizureProb());
                    if (margin > bestMargin) {
                        bestMargin = margin;
                        best = j;
                    }
                }
                double movingPerDay = spec.movingCostUsdPerTh() / (spec.paybackHorizonMonths() * 30.4);
                boolean better = best != null && bestMargin - movingPerDay > Math.max(homeMargin, 0);
                if (c.badMonths >= spec.patienceMonths() && better) {
                    double moving = c.ths * spec.migrationShare();
                    if (c.ths - moving < 1) {
                        moving = c.ths;
                    }
                    migrate(world, firm, c, moving, best);
                    c.ths -= moving;
                } else if (c.badMonths >= spec.patienceMonths() * 3) {
                    c.ths = 0;
                }
                if (c.ths < 1) {
                    it.remove();
                }
            }
        }
    }

    private void migrate(SteppeWorld world, Firm firm, Cohort c, double ths, Jurisdiction to) {
        double mw = ths * c.jPerTh / 1e6;
        double machines = mw * 1e6 / spec.wattsPerMachine();
        if (world.random.nextDouble() < to.borderSeizureProb()) {
            ledger.machinesSeized += Math.round(machines);
            world.events().emit("seizureAtBorder", firm.name(), "from", "Kazakhstan", "to", to.name(), "mw", mw,
                    "ths", ths, "machines", Math.round(machines));
            return;
        }
        market.migratedMwByDestination.merge(to.name(), mw, Double::sum);
        double[] sums = monthMigration.computeIfAbsent(to.name(), k -> new double[4]);
        sums[0] += mw;
        sums[1] += ths;
        sums[2] += machines;
        sums[3] += 1;
    }

    private double meanTariff() {
        double sum = 0;
        double weight = 0;
        for (Firm f : firms) {
            sum += f.tariffUsdPerKwh * Math.max(f.capacityMw, 1e-9);
            weight += Math.max(f.capacityMw, 1e-9);
        }
        return weight == 0 ? spec.tariffMinUsdPerKwh() : sum / weight;
    }

    private static int[] shuffled(SteppeWorld world, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = world.random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }

    private static double weightedMedian(List<double[]> valueWeight) {
        if (valueWeight.isEmpty()) {
            return Double.NaN;
        }
        valueWeight.sort((a, b) -> Double.compare(a[0], b[0]));
        double total = 0;
        for (double[] vw : valueWeight) {
            total += vw[1];
        }
        double acc = 0;
        for (double[] vw : valueWeight) {
            acc += vw[1];
            if (acc >= total / 2) {
                return vw[0];
            }
        }
        return valueWeight.get(valueWeight.size() - 1)[0];
    }

    /** Firms, for tests. */
    List<Firm> firms() {
        return firms;
    }
}
