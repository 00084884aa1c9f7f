package io.steppe.agents.gray;

import io.steppe.agents.MiningLevers;
import io.steppe.agents.SocietyLevers;
import io.steppe.agents.government.Elites;
import io.steppe.agents.grid.Grid;
import io.steppe.agents.grid.Region;
import io.steppe.agents.mining.HostingMarket;
import io.steppe.agents.mining.MiningLedger;
import io.steppe.agents.society.Society;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.EventSink;
import io.steppe.engine.agent.Lever;
import io.steppe.engine.agent.MetricSink;
import io.steppe.engine.market.Market;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import sim.engine.SimState;

/**
 * The hidden mines.
 *
 * <p>Inputs: hashprice, ASIC price and frontier efficiency (market); the levers
 * {@code auditTeams}, {@code seizeExposedMachines}, {@code internetShutdown}, {@code smartMeterCoverage},
 * {@code freeZonePowerDiscountPct}, {@code carbonPriceUsdPerTonne}; the elites'
 * influence ({@link io.steppe.agents.government.Elites}) and regional activism
 * ({@link io.steppe.agents.society.Society}); their share of hosting orders ({@link HostingMarket});
 * the grid's served share. Outputs: unregistered load and hash rate by region
 * ({@link io.steppe.agents.grid.Grid}), revealed scandals ({@link io.steppe.agents.society.Society}), seized machines ({@link MiningLedger}); metrics
 * {@code grayMiningLoadMw}, {@code auditsActive}; events {@code auditStarted}, {@code grayMineExposed},
 * {@code grayMineShielded}, {@code seizure}, {@code migration}; KPIs {@code peakGrayMiningLoadMw},
 * {@code grayMinesExposed}.
 */
final class GrayMiners {
    /** One hidden mine inside a host business. */
    static final class Mine {
        final int id;
        final Region region;
        final double hostNormalMw;
        final double protection;
        double ths;
        final double jPerTh;
        final boolean freeZone;
        boolean revealed;
        boolean closed;

        Mine(int id, Region region, double hostNormalMw, double protection, double ths, double jPerTh, boolean freeZone) {
            this.freeZone = freeZone;
            this.id = id;
            this.region = region;
            this.hostNormalMw = hostNormalMw;
            this.protection = protection;
            this.ths = ths;
            this.jPerTh = jPerTh;
        }

        double mw() {
            return ths * jPerTh / 1e6;
        }

        /** How anomalous the host's draw looks, 0 (normal) to 1 (at the largest ratio) and above. */
        double anomaly(double maxRatio) {
            return Math.log((hostNormalMw + mw()) / hostNormalMw) / Math.log(maxRatio);
        }

        String name() {
            return "grayMine-" + id;
        }
    }

    private record Audit(int mineId, int completesOnDay) {
    }

    private record Rehide(long dueEpochDay, double protection, double ths, double jPerTh) {
    }

    private final GrayMinersSpec spec;
    private final AgentContext context;
    private final Grid grid;
    private final HostingMarket hosting;
    private final MiningLedger ledger;
    private final Optional<Elites> elites;
    private final Optional<Society> society;
    /** This population's own random stream. */
    private final ec.util.MersenneTwisterFast random;
    private final List<Mine> mines = new ArrayList<>();
    private final List<Audit> audits = new ArrayList<>();
    private final List<Rehide> rehides = new ArrayList<>();
    private final int[] exposuresByMonth = new int[12];
    private int nextId;
    private double peakLoadMw;
    private int exposedTotal;
    private final Lever internetShutdown;
    private final Lever auditTeams;
    private final Lever smartMeterCoverage;
    private final Lever seizeExposedMachines;
    private final Lever freeZonePowerDiscountPct;
    private final Lever carbonPriceUsdPerTonne;
    private final MetricSink grayLoad;
    private final MetricSink auditsActive;
    private final EventSink auditStarted;
    private final EventSink exposed;
    private final EventSink shieldedEvents;
    private final EventSink seizures;
    private final EventSink migrations;

    GrayMiners(GrayMinersSpec spec, AgentContext context) {
        this.spec = spec;
        this.context = context;
        this.grid = context.require(Grid.class);
        this.hosting = context.require(HostingMarket.class);
        this.ledger = context.require(MiningLedger.class);
        this.elites = context.find(Elites.class);
        this.society = context.find(Society.class);
        this.random = context.random();
        internetShutdown = context.lever(MiningLevers.INTERNET_SHUTDOWN);
        auditTeams = context.lever(SocietyLevers.AUDIT_TEAMS);
        smartMeterCoverage = context.lever(SocietyLevers.SMART_METER_COVERAGE);
        seizeExposedMachines = context.lever(SocietyLevers.SEIZE_EXPOSED_MACHINES);
        freeZonePowerDiscountPct = context.lever(MiningLevers.FREE_ZONE_POWER_DISCOUNT_PCT);
        carbonPriceUsdPerTonne = context.lever(MiningLevers.CARBON_PRICE_USD_PER_TONNE);
        grayLoad = context.metric("grayMiningLoadMw");
        auditsActive = context.metric("auditsActive");
        auditStarted = context.event("auditStarted");
        exposed = context.event("grayMineExposed");
        shieldedEvents = context.event("grayMineShielded");
        seizures = context.event("seizure");
        migrations = context.event("migration");
        context.atEnd(() -> {
            context.kpis().put("peakGrayMiningLoadMw", peakLoadMw);
            context.kpis().put("grayMinesExposed", exposedTotal);
        });
    }

    /** The influence of connected elites today: the government's, or a fixed level in a scenario without one. */
    private double elitesInfluence() {
        return elites.map(Elites::influence).orElse(Elites.WITHOUT_GOVERNMENT);
    }

    /** How hard citizens look for and publicise waste in a region today (none without citizens). */
    private double activism(Region region) {
        return society.map(s -> s.activism(region)).orElse(0.0);
    }

    /** Daily: run the mines that pay, then audits, utility checks and activists look for anomalies. */
    void daily(SimState state) {
        Market m = context.market();
        int day = context.day();
        boolean internetUp = !internetShutdown.on();
        double revenuePerTh = m.hashpriceUsdPerPhDay(day) / 1000.0;
        double loadMw = 0;
        for (Mine mine : mines) {
            double costPerTh = mine.jPerTh * 24.0 / 1000.0 * powerPrice(mine.freeZone);
            if (internetUp && revenuePerTh > costPerTh) {
                grid.drawUnregistered(mine.region, mine.mw(), mine.ths);
                loadMw += mine.mw() * grid.servedShare(mine.region);
                if (mine.freeZone) {
                    double discountUsdPerKwh = powerPrice(false) - powerPrice(true);
                    ledger.bookPolicyCost(mine.mw() * grid.servedShare(mine.region) * 24_000 * discountUsdPerKwh);
                }
            }
        }
        grayLoad.put(loadMw);
        peakLoadMw = Math.max(peakLoadMw, loadMw);
        search(internetUp);
        auditsActive.put(audits.size());
    }

    private void search(boolean internetUp) {
        int day = context.day();
        double maxRatio = spec.maxAnomalyRatio();
        double teams = Math.max(0, auditTeams.value());
        double expected = teams * spec.auditsPerTeamPerMonth() / 30.4;
        int started = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
        double totalAnomaly = 0;
        for (Mine mine : mines) {
            totalAnomaly += Math.max(0, mine.anomaly(maxRatio));
        }
        for (int i = 0; i < started; i++) {
            int target = -1;
            String region = "";
            if (totalAnomaly > 0 && random.nextDouble() < totalAnomaly / (totalAnomaly + spec.legitimateSuspectSites())) {
                Mine mine = pickByAnomaly(totalAnomaly);
                target = mine.id;
                region = mine.region.label();
            } else {
                region = Region.values()[random.nextInt(Region.COUNT)].label();
            }
            audits.add(new Audit(target, day + spec.auditDays()));
            auditStarted.emit("financial-monitoring", "region", region, "teams", teams,
                    "auditDays", spec.auditDays());
        }
        for (Iterator<Audit> it = audits.iterator(); it.hasNext(); ) {
            Audit audit = it.next();
            if (audit.completesOnDay() <= day) {
                it.remove();
                Mine mine = find(audit.mineId());
                if (mine != null) {
                    discovered(mine, "audit");
                }
            }
        }
        List<Mine> snapshot = new ArrayList<>(mines);
        for (Mine mine : snapshot) {
            if (mine.closed) {
                continue;
            }
            double anomaly = Math.max(0, mine.anomaly(maxRatio));
            double meters = Math.min(1, Math.max(0, smartMeterCoverage.value()));
            double meterHazard = meters * spec.meterFindPerDay() * anomaly;
            double hazard = spec.utilityCheckPerDay() * anomaly;
            double activism = activism(mine.region);
            double activistHazard = internetUp && !mine.revealed ? spec.activistFindPerDay() * anomaly * activism : 0;
            double u = random.nextDouble();
            if (u < hazard) {
                discovered(mine, "utility");
            } else if (u < hazard + meterHazard) {
                discovered(mine, "smartMeter");
            } else if (u < hazard + meterHazard + activistHazard) {
                discovered(mine, "activists");
            }
        }
    }

    private Mine pickByAnomaly(double totalAnomaly) {
        double u = random.nextDouble() * totalAnomaly;
        double acc = 0;
        for (Mine mine : mines) {
            acc += Math.max(0, mine.anomaly(spec.maxAnomalyRatio()));
            if (u < acc) {
                return mine;
            }
        }
        return mines.get(mines.size() - 1);
    }

    private Mine find(int id) {
        for (Mine mine : mines) {
            if (mine.id == id) {
                return mine;
            }
        }
        return null;
    }

    /**
     * A search found a mine. Whether the state acts depends on the owner's protection times the
     * elites' influence. Activists' finds are public scandals whether or not the state acts (they
     * cost legitimacy in proportion to the owner's protection); the state's own finds are not.
     */
    private void discovered(Mine mine, String channel) {
        boolean shielded = random.nextDouble() < mine.protection * elitesInfluence();
        if (shielded) {
            if (channel.equals("activists")) {
                mine.revealed = true;
                society.ifPresent(s -> s.reportScandal(mine.protection));
                exposed.emit(mine.name(), "region", mine.region.label(), "protection", mine.protection,
                        "mw", mine.mw(), "foundBy", channel, "action", "none: protected");
            } else {
                shieldedEvents.emit(mine.name(), "region", mine.region.label(), "protection", mine.protection,
                        "mw", mine.mw(), "foundBy", channel);
            }
            return;
        }
        mines.remove(mine);
        mine.closed = true;
        exposedTotal++;
        exposuresByMonth[context.date().getMonthValue() - 1]++;
        if (channel.equals("activists")) {
            society.ifPresent(s -> s.reportScandal(mine.protection));
        }
        boolean seize = seizeExposedMachines.on();
        exposed.emit(mine.name(), "region", mine.region.label(), "protection", mine.protection,
                "mw", mine.mw(), "foundBy", channel, "action", seize ? "shut down, machines seized" : "shut down");
        long machines = Math.round(mine.mw() * 1e6 / spec.wattsPerMachine());
        if (seize) {
            double usd = mine.ths * context.market().asicPriceUsdPerTh(context.day()) * spec.seizedValueShare();
            ledger.bookSeizure(machines);
            seizures.emit(mine.name(), "region", mine.region.label(), "machines", machines, "usd", usd,
                    "mw", mine.mw());
        } else if (random.nextDouble() < spec.relocateAbroadShare()) {
            String to = destination();
            migrations.emit(mine.name(), "from", hosting.homeName(), "to", to, "mw", mine.mw(), "ths", mine.ths,
                    "machines", machines, "firms", 1L, "gray", true);
            hosting.recordMigration(to, mine.mw());
        } else {
            rehides.add(new Rehide(context.date().plusMonths(spec.rehideMonths()).toEpochDay(), mine.protection, mine.ths, mine.jPerTh));
        }
    }

    private String destination() {
        var open = hosting.abroad().stream().filter(j -> !j.bannedOn(context.date())).toList();
        if (open.isEmpty()) {
            return "abroad";
        }
        double best = Double.NEGATIVE_INFINITY;
        String name = open.get(0).name();
        for (var j : open) {
            double score = -j.powerPriceUsdPerKwh() * (1 + j.legalRiskPerYear());
            if (score > best) {
                best = score;
                name = j.name();
            }
        }
        return name;
    }

    /**
     * Monthly: hidden hosts take in this month's share of hosting orders; hidden mines grow when
     * machines pay back within the horizon and the host's draw still looks plausible; new mines
     * open, deterred by recent exposures; exposed owners who stayed hide again. Sets next month's
     * share of hosting orders from the margin and the recent exposure rate.
     */
    void monthly(SimState state) {
        Market m = context.market();
        int day = context.day();
        LocalDate today = context.date();
        double hashprice = m.hashpriceUsdPerPhDay(day);
        double jPerTh = m.frontierEfficiencyJPerTh(day) * spec.efficiencyFactorVsFrontier();
        double meanPrice = spec.freeZoneHostShare() * powerPrice(true) + (1 - spec.freeZoneHostShare()) * powerPrice(false);
        double margin = HostingMarket.marginUsdPerThDay(hashprice, jPerTh, meanPrice);
        double horizonDays = spec.paybackHorizonMonths() * 30.4;
        double paybackDays = margin > 0 ? m.asicPriceUsdPerTh(day) * spec.machinePriceShareOfNew() / margin : Double.POSITIVE_INFINITY;
        double attractiveness = Math.max(0, 1 - paybackDays / horizonDays);
        int exposedLastYear = 0;
        for (int e : exposuresByMonth) {
            exposedLastYear += e;
        }
        exposuresByMonth[today.getMonthValue() - 1] = 0;
        double exposureRate = exposedLastYear / Math.max(1.0, mines.size() + exposedLastYear);
        double deterrence = Math.max(0, 1 - 2 * exposureRate);

        double maxExtra = spec.maxAnomalyRatio() - 1;
        for (Mine mine : mines) {
            double room = mine.hostNormalMw * maxExtra - mine.mw();
            if (attractiveness > 0 && room > 0) {
                double addMw = Math.min(room, mine.mw() * spec.maxGrowthPerMonth() * attractiveness * deterrence);
                mine.ths += addMw * 1e6 / mine.jPerTh;
            }
        }
        int entries = poisson(spec.entriesPerMonthAtFullPayback() * attractiveness * deterrence);
        for (int i = 0; i < entries; i++) {
            open(newProtection(), -1, jPerTh);
        }
        double hostedMw = hosting.takeGrayOrdersThs() * hosting.ordersJPerTh() / 1e6;
        double taken = 0;
        while (taken < hostedMw - 0.05) {
            Mine mine = open(newProtection(), hostedMw - taken, hosting.ordersJPerTh());
            taken += mine.mw();
        }
        hosting.setGrayShare(margin > 0 ? spec.shareOfHostingOrders() * deterrence : 0);
        for (Iterator<Rehide> it = rehides.iterator(); it.hasNext(); ) {
            Rehide r = it.next();
            if (r.dueEpochDay() <= today.toEpochDay()) {
                it.remove();
                if (margin > 0) {
                    Mine mine = open(r.protection(), r.ths() * r.jPerTh() / 1e6, r.jPerTh());
                    mine.ths = Math.min(mine.ths, r.ths());
                }
            }
        }
    }

    /** Power price at a hidden host: the host's tariff, less a free-zone discount, plus the carbon price. */
    private double powerPrice(boolean freeZone) {
        double discount = freeZone ? Math.min(1, Math.max(0, freeZonePowerDiscountPct.value()) / 100) : 0;
        double carbon = Math.max(0, carbonPriceUsdPerTonne.value()) / 1000 * grid.co2TonnesPerMwh();
        return spec.powerPriceUsdPerKwh() * (1 - discount) + carbon;
    }

    private double newProtection() {
        return random.nextDouble() < spec.eliteOwnerShare()
                ? 0.6 + 0.4 * random.nextDouble()
                : 0.3 * random.nextDouble();
    }

    /** Opens a mine in a new host; its size is what the host can hide, capped at {@code maxMw} when positive. */
    private Mine open(double protection, double maxMw, double jPerTh) {
        Region region = Region.draw(spec.regionShares(), random);
        double host = spec.hostNormalMinMw() * Math.pow(spec.hostNormalMaxMw() / spec.hostNormalMinMw(), random.nextDouble());
        double mw = host * (spec.maxAnomalyRatio() - 1) * (0.3 + 0.4 * random.nextDouble());
        if (maxMw > 0) {
            mw = Math.min(mw, maxMw);
        }
        Mine mine = new Mine(nextId++, region, host, protection, Math.max(mw, 0.05) * 1e6 / jPerTh, jPerTh,
                random.nextDouble() < spec.freeZoneHostShare());
        mines.add(mine);
        return mine;
    }

    private int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** The mines, for tests. */
    List<Mine> mines() {
        return mines;
    }
}
