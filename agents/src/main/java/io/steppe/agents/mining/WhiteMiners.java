package io.steppe.agents.mining;

import io.steppe.agents.MiningLevers;
import io.steppe.agents.grid.Grid;
import io.steppe.agents.grid.Region;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.EventSink;
import io.steppe.engine.agent.Lever;
import io.steppe.engine.agent.MetricSink;
import io.steppe.engine.market.Market;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import sim.engine.SimState;

/**
 * The Kazakh licensed mining and hosting firms.
 *
 * <p>Inputs: hashprice, ASIC price and frontier efficiency (market); the levers on fees by power
 * source, carbon price, free-zone discount, hub tax break and expulsion, retroactive tax share,
 * licences, cut-off, bans (grid, fossil, all), internet shutdown, statutory supply cap, surplus-only
 * power and its floor price, interruptible credit, peak surcharge, connection cap, site size and
 * auction; the operator's rationing, surplus share, served shares, interruptions and CO2 intensity
 * ({@link io.steppe.agents.grid.Grid}); hosting orders ({@link HostingMarket}). Outputs: registered mining load
 * (grid, peak-off) and hash rate by region and off-grid ({@link io.steppe.agents.grid.Grid}), mined value, fees,
 * taxes and policy costs ({@link MiningLedger}), the all-in hosted cost and uptime
 * ({@link HostingMarket}); metrics {@code miningJobs}, {@code offGridMiningLoadMw}, {@code hostedMiningLoadMw} and
 * {@code kzMinerBreakEvenBtcUsd}; events {@code siteBuilt}, {@code migration},
 * {@code seizureAtBorder}, {@code licenceGranted}, {@code hubExpulsion}, {@code connectionAuction},
 * {@code connectionsLimited}; KPIs {@code migratedMwByDestination} and {@code miningInvestmentUsd} (machines
 * installed at registered sites over the run — bought by the firms or brought by hosting clients —
 * at the day's ASIC price per TH/s); the CO2 of own off-grid generation ({@link io.steppe.agents.grid.Grid}).
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
        final PowerSource source;
        final double tariffUsdPerKwh;
        final boolean freeZone;
        final boolean hubMember;
        boolean expelled;
        boolean licensed;
        double capacityMw;
        double supplySum;
        int supplyDays;
        double monthMarginUsd;
        double lastMonthMarginUsd;
        double lastUptime = 1;
        double supplyYesterday;
        double forgivenTaxUsd;
        final List<double[]> pipeline = new ArrayList<>();
        final List<Cohort> cohorts = new ArrayList<>();

        Firm(int id, Region region, PowerSource source, double tariffUsdPerKwh, boolean freeZone, boolean hubMember,
             double capacityMw) {
            this.id = id;
            this.region = region;
            this.source = source;
            this.tariffUsdPerKwh = tariffUsdPerKwh;
            this.freeZone = freeZone;
            this.hubMember = hubMember;
            this.capacityMw = capacityMw;
        }

        double uptime() {
            return supplyDays == 0 ? 1 : supplySum / supplyDays;
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
    private final AgentContext context;
    private final Grid grid;
    private final HostingMarket market;
    private final MiningLedger ledger;
    /** This population's own random stream. */
    private final ec.util.MersenneTwisterFast random;
    private final Connections connections;
    private final List<Firm> firms = new ArrayList<>();
    private final java.util.Map<String, double[]> monthMigration = new java.util.TreeMap<>();
    private double uptimeSum;
    private int uptimeDays;
    private double investedUsd;
    private int nextId;

    private final Lever gridMiningBan;
    private final Lever fossilMiningBan;
    private final Lever miningBan;
    private final Lever carbonPriceUsdPerTonne;
    private final Lever miningFeeKztPerKwh;
    private final Lever miningFeeRenewableKztPerKwh;
    private final Lever miningFeeOwnGenerationKztPerKwh;
    private final Lever freeZonePowerDiscountPct;
    private final Lever hubTaxBreak;
    private final Lever hubExpulsion;
    private final Lever retroactiveTaxShare;
    private final Lever interruptibleCreditUsdPerMwh;
    private final Lever internetShutdown;
    private final Lever licenceRequired;
    private final Lever licenceFeeUsdPerYear;
    private final Lever minerCutoff;
    private final Lever minerSupplyCapShare;
    private final Lever surplusOnlyPower;
    private final Lever minerPeakSurchargeUsdPerKwh;
    private final Lever minerPowerPriceFloorUsdPerKwh;
    private final MetricSink miningJobs;
    private final MetricSink offGridMiningLoad;
    private final MetricSink hostedMiningLoad;
    private final MetricSink breakEvenBtc;
    private final EventSink migrations;
    private final EventSink licences;
    private final EventSink expulsionEvents;
    private final EventSink builds;
    private final EventSink borderSeizures;

    WhiteMiners(WhiteMinersSpec spec, AgentContext context) {
        this.spec = spec;
        this.context = context;
        this.grid = context.require(Grid.class);
        this.market = context.require(HostingMarket.class);
        this.ledger = new MiningLedger(context);
        this.random = context.random();
        this.connections = new Connections(context);
        gridMiningBan = context.lever(MiningLevers.GRID_MINING_BAN);
        fossilMiningBan = context.lever(MiningLevers.FOSSIL_MINING_BAN);
        miningBan = context.lever(MiningLevers.MINING_BAN);
        carbonPriceUsdPerTonne = context.lever(MiningLevers.CARBON_PRICE_USD_PER_TONNE);
        miningFeeKztPerKwh = context.lever(MiningLevers.MINING_FEE_KZT_PER_KWH);
        miningFeeRenewableKztPerKwh = context.lever(MiningLevers.MINING_FEE_RENEWABLE_KZT_PER_KWH);
        miningFeeOwnGenerationKztPerKwh = context.lever(MiningLevers.MINING_FEE_OWN_GENERATION_KZT_PER_KWH);
        freeZonePowerDiscountPct = context.lever(MiningLevers.FREE_ZONE_POWER_DISCOUNT_PCT);
        hubTaxBreak = context.lever(MiningLevers.HUB_TAX_BREAK);
        hubExpulsion = context.lever(MiningLevers.HUB_EXPULSION);
        retroactiveTaxShare = context.lever(MiningLevers.RETROACTIVE_TAX_SHARE);
        interruptibleCreditUsdPerMwh = context.lever(MiningLevers.INTERRUPTIBLE_CREDIT_USD_PER_MWH);
        internetShutdown = context.lever(MiningLevers.INTERNET_SHUTDOWN);
        licenceRequired = context.lever(MiningLevers.LICENCE_REQUIRED);
        licenceFeeUsdPerYear = context.lever(MiningLevers.LICENCE_FEE_USD_PER_YEAR);
        minerCutoff = context.lever(MiningLevers.MINER_CUTOFF);
        minerSupplyCapShare = context.lever(MiningLevers.MINER_SUPPLY_CAP_SHARE);
        surplusOnlyPower = context.lever(MiningLevers.SURPLUS_ONLY_POWER);
        minerPeakSurchargeUsdPerKwh = context.lever(MiningLevers.MINER_PEAK_SURCHARGE_USD_PER_KWH);
        minerPowerPriceFloorUsdPerKwh = context.lever(MiningLevers.MINER_POWER_PRICE_FLOOR_USD_PER_KWH);
        miningJobs = context.metric("miningJobs");
        offGridMiningLoad = context.metric("offGridMiningLoadMw");
        hostedMiningLoad = context.metric("hostedMiningLoadMw");
        breakEvenBtc = context.metric("kzMinerBreakEvenBtcUsd");
        migrations = context.event("migration");
        licences = context.event("licenceGranted");
        expulsionEvents = context.event("hubExpulsion");
        builds = context.event("siteBuilt");
        borderSeizures = context.event("seizureAtBorder");
        double remaining = spec.initialCapacityMw();
        Market m = context.market();
        for (int i = 0; i < spec.initialFirms() && remaining > 0; i++) {
            double size = i == spec.initialFirms() - 1 ? remaining : Math.min(remaining, drawSize());
            Firm firm = newFirm(size);
            double jPerTh = m.frontierEfficiencyJPerTh(0) * 1.3;
            firm.cohorts.add(new Cohort(size * 1e6 / jPerTh, jPerTh, false));
            firms.add(firm);
            remaining -= size;
        }
        market.quoteHostPrice(meanTariff());
        market.reportSitesAtStart(spec.initialCapacityMw());
        context.atEnd(() -> context.kpis().put("miningInvestmentUsd", investedUsd));
    }

    /** The state's accounts with mining, which these firms keep. */
    MiningLedger ledger() {
        return ledger;
    }

    private Firm newFirm(double capacityMw) {
        Region region = Region.draw(spec.regionShares(), random);
        double tariff = spec.tariffMinUsdPerKwh() + random.nextDouble() * (spec.tariffMaxUsdPerKwh() - spec.tariffMinUsdPerKwh());
        double u = random.nextDouble();
        boolean gridBanned = gridMiningBan.on();
        boolean fossilBanned = fossilMiningBan.on();
        double renewable = spec.renewableSiteShare();
        double own = spec.ownGenerationSiteShare();
        PowerSource source;
        if (fossilBanned) {
            source = PowerSource.RENEWABLE;
        } else if (gridBanned) {
            source = u * (renewable + own) < renewable || renewable + own == 0 ? PowerSource.RENEWABLE : PowerSource.OWN_GENERATION;
        } else {
            source = u < renewable ? PowerSource.RENEWABLE : u < renewable + own ? PowerSource.OWN_GENERATION : PowerSource.GRID;
        }
        boolean freeZone = random.nextDouble() < spec.freeZoneSiteShare();
        boolean hub = random.nextDouble() < spec.hubMemberShare();
        return new Firm(nextId++, region, source, tariff, freeZone, hub, capacityMw);
    }

    /** A firm size from a Pareto distribution truncated to [min, max] MW. */
    private double drawSize() {
        double min = spec.firmSizeMinMw();
        double max = spec.firmSizeMaxMw();
        double a = spec.firmSizeParetoAlpha();
        double u = random.nextDouble();
        double ratio = Math.pow(min / max, a);
        return min / Math.pow(1 - u * (1 - ratio), 1 / a);
    }

    /**
     * What a kWh costs a firm today, USD: its power (grid tariff, or its own plant's cost), less a
     * free-zone discount, at least the auction floor on the grid, plus the carbon price on fossil
     * power and the mining fee for its power source; hosted clients pay the host's mark-up on power.
     */
    private double powerCostUsdPerKwh(Firm firm, boolean hosted) {
        return (powerOnly(firm) + carbonUsdPerKwh(firm)) * (hosted ? 1 + spec.hostingMarkup() : 1)
                + feeUsdPerKwh(firm);
    }

    /** Carbon price per kWh of the firm's power, USD. */
    private double carbonUsdPerKwh(Firm firm) {
        return Math.max(0, carbonPriceUsdPerTonne.value()) / 1000 * co2TonnesPerMwh(firm);
    }

    /** Mining fee per kWh for the firm's power source, USD. */
    private double feeUsdPerKwh(Firm firm) {
        Lever fee = switch (firm.source) {
            case GRID -> miningFeeKztPerKwh;
            case RENEWABLE -> miningFeeRenewableKztPerKwh;
            case OWN_GENERATION -> miningFeeOwnGenerationKztPerKwh;
        };
        return fee.value() / context.market().kztPerUsd(context.day());
    }

    private double freeZoneDiscount(Firm firm) {
        return firm.freeZone && firm.source.onGrid() ? Math.min(1, Math.max(0, freeZonePowerDiscountPct.value()) / 100) : 0;
    }

    private double co2TonnesPerMwh(Firm firm) {
        return switch (firm.source) {
            case GRID -> grid.co2TonnesPerMwh();
            case RENEWABLE -> 0;
            case OWN_GENERATION -> spec.ownGenerationCo2TonnesPerMwh();
        };
    }

    /** Corporate tax rate on the firm's profit today, 0..1. */
    private double taxRate(Firm firm) {
        return inHubBreak(firm) ? 0 : spec.corporateTaxPct() / 100;
    }

    private boolean inHubBreak(Firm firm) {
        return firm.hubMember && !firm.expelled && hubTaxBreak.on();
    }

    /** Interruptible contracts are in force: the operator interrupts registered miners in real time instead of rationing them. */
    private boolean interruptible() {
        return interruptibleCreditUsdPerMwh.value() > 0;
    }

    /** Share of its contracted load a firm may draw today, 0..1, from bans, licences and the grid's rules. */
    private double supplyShare(Firm firm) {
        boolean allowed = !internetShutdown.on() && !miningBan.on()
                && (!licenceRequired.on() || firm.licensed)
                && (!fossilMiningBan.on() || firm.source == PowerSource.RENEWABLE);
        if (!allowed) {
            return 0;
        }
        if (!firm.source.onGrid()) {
            return 1;
        }
        if (minerCutoff.on() || gridMiningBan.on()) {
            return 0;
        }
        double share = interruptible() ? 1 : grid.supplyShare();
        share = Math.min(share, Math.max(0, minerSupplyCapShare.value()));
        if (surplusOnlyPower.on()) {
            share = Math.min(share, grid.surplusShare());
        }
        return share;
    }

    /**
     * Daily: run every cohort whose revenue beats its power cost and fees, within what the firm may
     * draw; under peak pricing, cohorts that do not pay in the evening peak stop for that block.
     * The firm's profit (its own machines' margin plus its hosting mark-up) is taxed (none for
     * Astana Hub members under the break); hosted clients are foreign and taxed abroad. Interrupted load is paid its credit.
     */
    void daily(SimState state) {
        Market m = context.market();
        int day = context.day();
        double revenuePerTh = m.hashpriceUsdPerPhDay(day) / 1000.0;
        double peakSurcharge = Math.max(0, minerPeakSurchargeUsdPerKwh.value());
        double peakHours = 6;
        payInterruptions();
        double offGridMw = 0;
        double runningMw = 0;
        double hostedMw = 0;
        double capacity = 0;
        double hostedCostSum = 0;
        double supplyWeighted = 0;
        List<double[]> breakEven = new ArrayList<>();
        double bePerUnit = (144.0 * m.blockSubsidyBtc(day) + m.feesBtcPerDay(day)) / (m.globalHashrateEhs(day) * 1e6);
        for (Firm firm : firms) {
            capacity += firm.capacityMw;
            int r = firm.region.ordinal();
            double supply = supplyShare(firm);
            // Under the operator's rationing by block a grid site may run only part of the day: its
            // uptime counts the hours it may run.
            double hoursShare = firm.source.onGrid() && !interruptible() ? grid.runHoursShare(false) : 1;
            firm.supplyYesterday = supply * hoursShare;
            firm.supplySum += supply * hoursShare;
            firm.supplyDays++;
            supplyWeighted += supply * hoursShare * firm.capacityMw;
            double served = firm.source.onGrid() ? grid.servedShare(firm.region) : 1;
            if (firm.source.onGrid()) {
                grid.reportGridContract(firm.usedMw());
            }
            double ownCost = powerCostUsdPerKwh(firm, false);
            double hostedCost = powerCostUsdPerKwh(firm, true);
            double levies = carbonUsdPerKwh(firm) + feeUsdPerKwh(firm);
            hostedCostSum += hostedCost * firm.capacityMw;
            double marginToday = 0;
            for (Cohort c : firm.cohorts) {
                double cost = c.hosted ? hostedCost : ownCost;
                double kwhPerThDay = c.jPerTh * 24.0 / 1000.0;
                double costPerTh = kwhPerThDay * cost;
                breakEven.add(new double[] {costPerTh / bePerUnit, c.ths});
                if (revenuePerTh > costPerTh) {
                    double ths = c.ths * supply;
                    double mw = ths * c.jPerTh / 1e6;
                    boolean gridPeak = firm.source.onGrid() && peakSurcharge > 0;
                    boolean offAtPeak = gridPeak && revenuePerTh <= kwhPerThDay * (cost + peakSurcharge);
                    // Hours run: the blocks the operator lets grid sites run (rationing by block),
                    // less the evening peak for a cohort that stops there under peak pricing.
                    boolean rationedByBlock = firm.source.onGrid() && !interruptible();
                    double runShare = rationedByBlock ? grid.runHoursShare(offAtPeak) : offAtPeak ? 1 - peakHours / 24 : 1;
                    double peakShare = rationedByBlock ? grid.peakBlockShare() : 1;
                    // The surcharge per kWh run: the peak hours run over all hours run.
                    double surchargePaid = gridPeak && !offAtPeak && runShare > 0 ? peakSurcharge * peakHours * peakShare / (24 * runShare) : 0;
                    if (firm.source.onGrid()) {
                        grid.drawRegistered(firm.region, mw, ths, offAtPeak);
                    } else {
                        grid.reportOffGrid(mw, ths, mw * 24 * runShare * co2TonnesPerMwh(firm));
                        offGridMw += mw;
                    }
                    runningMw += mw;
                    if (c.hosted) {
                        hostedMw += mw * served * runShare;
                    }
                    double margin = (revenuePerTh - costPerTh - kwhPerThDay * surchargePaid) * ths * served * runShare;
                    c.marginUsd += margin;
                    double mwh = mw * 24 * served * runShare;
                    marginToday += c.hosted ? (hostedCost - ownCost) * mwh * 1000 : margin;
                    double mined = revenuePerTh * ths * served * runShare;
                    ledger.bookMined(mined, c.hosted ? mined : 0);
                    ledger.bookTax(mwh * 1000 * (levies + surchargePaid));
                    ledger.bookPolicyCost(mwh * 1000 * powerBeforeDiscount(firm) * freeZoneDiscount(firm));
                } else {
                    c.marginUsd += (revenuePerTh - costPerTh) * c.ths * supply;
                }
            }
            if (marginToday > 0) {
                double rate = taxRate(firm);
                ledger.bookTax(marginToday * rate);
                if (inHubBreak(firm)) {
                    firm.forgivenTaxUsd += marginToday * spec.corporateTaxPct() / 100;
                }
                marginToday *= 1 - rate;
            }
            firm.monthMarginUsd += marginToday;
        }
        grid.reportSiteCapacity(capacity);
        uptimeSum += capacity > 0 ? supplyWeighted / capacity : 0;
        uptimeDays++;
        if (capacity > 0) {
            market.quoteHostPrice(hostedCostSum / capacity);
        }
        miningJobs.put(runningMw * spec.staffPerMw());
        offGridMiningLoad.put(offGridMw);
        hostedMiningLoad.put(hostedMw);
        breakEvenBtc.put(weightedMedian(breakEven));
    }

    /** The power part of a firm's cost per kWh after discounts (what goes to the power seller), USD. */
    private double powerOnly(Firm firm) {
        return powerBeforeDiscount(firm) * (1 - freeZoneDiscount(firm));
    }

    private double powerBeforeDiscount(Firm firm) {
        return switch (firm.source) {
            case GRID -> Math.max(firm.tariffUsdPerKwh, minerPowerPriceFloorUsdPerKwh.value());
            case RENEWABLE -> spec.renewablePowerUsdPerKwh();
            case OWN_GENERATION -> spec.ownGenerationPowerUsdPerKwh();
        };
    }

    /** Pays yesterday's interruptions: the credit per MWh goes to the grid firms of the region. */
    private void payInterruptions() {
        double credit = grid.interruptedCreditUsdPerMwh();
        for (int r = 0; r < Region.COUNT; r++) {
            double mwh = grid.interruptedMwh(Region.values()[r]);
            if (mwh <= 0 || credit <= 0) {
                continue;
            }
            double regionCapacity = 0;
            for (Firm firm : firms) {
                if (firm.source.onGrid() && firm.region.ordinal() == r) {
                    regionCapacity += firm.capacityMw * firm.supplyYesterday;
                }
            }
            for (Firm firm : firms) {
                if (firm.source.onGrid() && firm.region.ordinal() == r && regionCapacity > 0 && firm.supplyYesterday > 0) {
                    double share = firm.capacityMw * firm.supplyYesterday / regionCapacity;
                    firm.monthMarginUsd += credit * mwh * share;
                    for (Cohort c : firm.cohorts) {
                        c.marginUsd += credit * mwh * share * c.mw() / Math.max(firm.usedMw(), 1e-9);
                    }
                }
            }
            ledger.bookPolicyCost(credit * mwh);
        }
    }

    /**
     * Monthly: licences and hub expulsions, builds, hosting orders, investment (within grid
     * connection caps and auctions), retirement and relocation.
     */
    void monthly(SimState state) {
        Market m = context.market();
        int day = context.day();
        LocalDate today = context.date();
        double hashprice = m.hashpriceUsdPerPhDay(day);
        double uptime = uptimeDays == 0 ? 1 : uptimeSum / uptimeDays;
        uptimeSum = 0;
        uptimeDays = 0;
        double offGridUptime = offGridUptime();
        boolean newSitesOffGrid = gridMiningBan.on() || fossilMiningBan.on();
        double newSiteUptime = newSitesOffGrid ? offGridUptime : uptime;
        market.reportHostUptime(newSiteUptime);
        for (Firm firm : firms) {
            firm.lastMonthMarginUsd = firm.monthMarginUsd;
            firm.monthMarginUsd = 0;
            firm.lastUptime = firm.uptime();
            firm.supplySum = 0;
            firm.supplyDays = 0;
        }
        licences(hashprice);
        expulsions();
        connections.startMonth();

        completeBuilds(today);
        double unfilledMw = fillOrders();
        market.reportUnfilled(market.ordersJPerTh() > 0 ? unfilledMw * 1e6 / market.ordersJPerTh() : 0);
        double frontier = m.frontierEfficiencyJPerTh(day);
        double asicPrice = m.asicPriceUsdPerTh(day);
        double horizonDays = spec.paybackHorizonMonths() * 30.4;
        int[] order = shuffled(firms.size());
        for (int idx : order) {
            Firm firm = firms.get(idx);
            double firmUptime = firm.lastUptime;
            double ownMargin = afterTaxMargin(firm, hashprice, frontier, false) * firmUptime;
            boolean paysBack = ownMargin > 0 && asicPrice / ownMargin < horizonDays;
            double spare = firm.capacityMw - firm.usedMw();
            if (paysBack && spare > 0.05) {
                double buyMw = spare * 0.5;
                Cohort bought = new Cohort(buyMw * 1e6 / frontier, frontier, false);
                firm.cohorts.add(bought);
                investedUsd += bought.ths * asicPrice;
            }
            double pending = firm.pipeline.stream().mapToDouble(p -> p[1]).sum();
            boolean full = firm.usedMw() > 0.8 * firm.capacityMw;
            if (full && pending == 0 && firmUptime > 0.9 && (paysBack || unfilledMw > 0)) {
                double add = Math.max(1.0, firm.capacityMw * spec.maxExpansionShare());
                if (!paysBack) {
                    add = Math.min(add, unfilledMw);
                    unfilledMw -= add;
                }
                connections.request(firm, add, bidPerMw(firm, hashprice, frontier));
            }
        }
        if (unfilledMw > 5 && newSiteUptime > 0.9) {
            double toPlace = unfilledMw;
            while (toPlace > 1) {
                double size = Math.min(drawSize(), Math.max(1, toPlace));
                Firm entrant = newFirm(0);
                firms.add(entrant);
                connections.request(entrant, size, bidPerMw(entrant, hashprice, frontier));
                toPlace -= size;
            }
        }
        connections.grant(today.plusMonths(spec.buildLagMonths()).toEpochDay(), ledger);
        firms.removeIf(f -> f.capacityMw <= 0 && f.pipeline.isEmpty() && f.cohorts.isEmpty());
        retireAndRelocate(hashprice);
        for (var e : monthMigration.entrySet()) {
            double[] v = e.getValue();
            migrations.emit(null, "from", market.homeName(), "to", e.getKey(), "mw", v[0], "ths", v[1],
                    "machines", Math.round(v[2]), "firms", (long) v[3]);
        }
        monthMigration.clear();
    }

    /** Share of last month off-grid sites could run, capacity-weighted; 1 when there are none. */
    private double offGridUptime() {
        double weighted = 0;
        double capacity = 0;
        for (Firm firm : firms) {
            if (!firm.source.onGrid()) {
                weighted += firm.uptime() * firm.capacityMw;
                capacity += firm.capacityMw;
            }
        }
        return capacity > 0 ? weighted / capacity : 1;
    }

    /**
     * Expected margin per TH/s per day of a machine of this efficiency at the firm, USD, after the
     * corporate tax on the firm's own machines (hosted clients are foreign and taxed abroad).
     */
    private double afterTaxMargin(Firm firm, double hashprice, double jPerTh, boolean hosted) {
        double margin = HostingMarket.marginUsdPerThDay(hashprice, jPerTh, powerCostUsdPerKwh(firm, hosted));
        return margin > 0 && !hosted ? margin * (1 - taxRate(firm)) : margin;
    }

    /** What a firm bids per MW of grid connection: months of its expected margin on new machines. */
    private double bidPerMw(Firm firm, double hashprice, double frontier) {
        double perThDay = afterTaxMargin(firm, hashprice, frontier, false);
        return Math.max(0, perThDay * 1e6 / frontier * 30.4 * spec.auctionBidMonths());
    }

    /**
     * Under a licence requirement, each unlicensed firm applies when a year of its margin covers the
     * fee, and licensed firms pay a month of the fee; firms that do not apply may not run.
     */
    private void licences(double hashprice) {
        boolean required = licenceRequired.on();
        double annualFee = Math.max(0, licenceFeeUsdPerYear.value());
        for (Firm firm : firms) {
            if (!required) {
                continue;
            }
            if (!firm.licensed) {
                double expected = 0;
                for (Cohort c : firm.cohorts) {
                    expected += Math.max(0, afterTaxMargin(firm, hashprice, c.jPerTh, c.hosted)) * c.ths * 365;
                }
                boolean newFirm = firm.cohorts.isEmpty();
                if (newFirm || expected > annualFee) {
                    firm.licensed = true;
                    licences.emit(firm.name(), "capacityMw", firm.capacityMw, "feeUsdPerYear", annualFee);
                }
            }
            if (firm.licensed) {
                ledger.bookTax(annualFee / 12);
                firm.monthMarginUsd -= annualFee / 12;
            }
        }
    }

    /**
     * When mining firms are expelled from Astana Hub, each member loses the break and is billed its
     * share of the tax forgiven so far; a firm whose bill exceeds {@code fleeBillMonths} of its
     * margin moves all its machines abroad instead of paying.
     */
    private void expulsions() {
        if (!hubExpulsion.on()) {
            return;
        }
        double share = Math.min(1, Math.max(0, retroactiveTaxShare.value()));
        for (Firm firm : firms) {
            if (!firm.hubMember || firm.expelled) {
                continue;
            }
            firm.expelled = true;
            double bill = firm.forgivenTaxUsd * share;
            boolean flees = bill > 0 && bill > spec.fleeBillMonths() * Math.max(firm.lastMonthMarginUsd, 0);
            if (flees) {
                double hashprice = context.market().hashpriceUsdPerPhDay(context.day());
                for (Cohort c : firm.cohorts) {
                    Jurisdiction best = bestAbroad(hashprice, c.jPerTh, context.date());
                    if (best != null) {
                        migrate(firm, c, c.ths, best);
                    }
                    c.ths = 0;
                }
                firm.cohorts.clear();
                firm.capacityMw = 0;
                firm.pipeline.clear();
            } else {
                ledger.bookTax(bill);
                firm.monthMarginUsd -= bill;
            }
            expulsionEvents.emit(firm.name(), "billUsd", bill, "outcome", flees ? "left the country" : "paid");
        }
    }

    private void completeBuilds(LocalDate today) {
        for (Firm firm : firms) {
            for (Iterator<double[]> it = firm.pipeline.iterator(); it.hasNext(); ) {
                double[] build = it.next();
                if (build[0] <= today.toEpochDay()) {
                    firm.capacityMw += build[1];
                    it.remove();
                    builds.emit(firm.name(), "region", firm.region.label(), "mwAdded", build[1],
                            "capacityMw", firm.capacityMw);
                }
            }
        }
    }

    private double fillOrders() {
        double ordersMw = market.ordersThs() * market.ordersJPerTh() / 1e6;
        if (ordersMw <= 0) {
            return 0;
        }
        for (int idx : shuffled(firms.size())) {
            Firm firm = firms.get(idx);
            double spare = firm.capacityMw - firm.usedMw();
            if (spare <= 0) {
                continue;
            }
            double take = Math.min(spare, ordersMw);
            Cohort placed = new Cohort(take * 1e6 / market.ordersJPerTh(), market.ordersJPerTh(), true);
            firm.cohorts.add(placed);
            investedUsd += placed.ths * context.market().asicPriceUsdPerTh(context.day());
            ordersMw -= take;
            if (ordersMw <= 0) {
                break;
            }
        }
        return Math.max(0, ordersMw);
    }

    private void retireAndRelocate(double hashprice) {
        LocalDate today = context.date();
        for (Firm firm : firms) {
            for (Iterator<Cohort> it = firm.cohorts.iterator(); it.hasNext(); ) {
                Cohort c = it.next();
                c.badMonths = c.marginUsd < 0 || firm.lastUptime < 0.5 ? c.badMonths + 1 : 0;
                c.marginUsd = 0;
                double homeMargin = afterTaxMargin(firm, hashprice, c.jPerTh, c.hosted) * firm.lastUptime;
                Jurisdiction best = bestAbroad(hashprice, c.jPerTh, today);
                double bestMargin = best == null ? Double.NEGATIVE_INFINITY : abroadMargin(best, hashprice, c.jPerTh);
                double movingPerDay = spec.movingCostUsdPerTh() / (spec.paybackHorizonMonths() * 30.4);
                boolean better = best != null && bestMargin - movingPerDay > Math.max(homeMargin, 0);
                if (c.badMonths >= spec.patienceMonths() && better) {
                    double moving = c.ths * spec.migrationShare();
                    if (c.ths - moving < 1) {
                        moving = c.ths;
                    }
                    migrate(firm, c, moving, best);
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

    private Jurisdiction bestAbroad(double hashprice, double jPerTh, LocalDate today) {
        Jurisdiction best = null;
        double bestMargin = Double.NEGATIVE_INFINITY;
        for (Jurisdiction j : market.abroad()) {
            if (j.bannedOn(today)) {
                continue;
            }
            double margin = abroadMargin(j, hashprice, jPerTh);
            if (margin > bestMargin) {
                bestMargin = margin;
                best = j;
            }
        }
        return best;
    }

    private static double abroadMargin(Jurisdiction j, double hashprice, double jPerTh) {
        return HostingMarket.marginUsdPerThDay(hashprice, jPerTh, j.powerPriceUsdPerKwh())
                * (1 - j.legalRiskPerYear()) * (1 - j.borderSeizureProb());
    }

    private void migrate(Firm firm, Cohort c, double ths, Jurisdiction to) {
        double mw = ths * c.jPerTh / 1e6;
        double machines = mw * 1e6 / spec.wattsPerMachine();
        if (random.nextDouble() < to.borderSeizureProb()) {
            ledger.bookSeizure(Math.round(machines));
            borderSeizures.emit(firm.name(), "from", market.homeName(), "to", to.name(), "mw", mw,
                    "ths", ths, "machines", Math.round(machines));
            return;
        }
        market.recordMigration(to.name(), mw);
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

    private int[] shuffled(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
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
