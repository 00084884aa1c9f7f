package io.steppe.agents.exchange;

import io.steppe.agents.mining.MiningLedger;
import io.steppe.engine.Levers;
import io.steppe.engine.SteppeWorld;
import sim.engine.SimState;

/**
 * The exchanges.
 *
 * <p>Inputs: the levers {@code exchangesLegal}, {@code exchangeSandbox}, {@code exchangeTaxPct} and
 * {@code mandatorySaleShare}; the value registered
 * miners mined today ({@link MiningLedger}). Outputs: value converted and taxes ({@link MiningLedger});
 * metric {@code exchangesRegistered}; events {@code exchangeRegistered}, {@code exchangeLeft}.
 */
final class Exchanges {
    private final ExchangesSpec spec;
    private final MiningLedger ledger;
    /** This population's own random stream. */
    private final ec.util.MersenneTwisterFast random;
    private final double[] homeAdvantagePct;
    private final boolean[] registered;
    private int count;

    Exchanges(ExchangesSpec spec, SteppeWorld world) {
        this.spec = spec;
        this.ledger = MiningLedger.of(world);
        this.random = world.populationRandom();
        homeAdvantagePct = new double[spec.candidates()];
        registered = new boolean[spec.candidates()];
        for (int i = 0; i < homeAdvantagePct.length; i++) {
            homeAdvantagePct[i] = random.nextDouble() * spec.maxHomeAdvantagePct();
        }
    }

    /** Monthly: each exchange registers or leaves. */
    void monthly(SimState state) {
        SteppeWorld world = (SteppeWorld) state;
        boolean legal = world.levers().get(Levers.EXCHANGES_LEGAL) >= 0.5;
        boolean sandbox = world.levers().get(Levers.EXCHANGE_SANDBOX) >= 0.5;
        double localCost = Math.max(0, world.levers().get(Levers.EXCHANGE_TAX_PCT))
                + (sandbox ? spec.sandboxComplianceCostPct() : spec.complianceCostPct());
        for (int i = 0; i < registered.length; i++) {
            boolean stays = legal && localCost < spec.abroadCostPct() + homeAdvantagePct[i];
            if (stays != registered[i]) {
                registered[i] = stays;
                count += stays ? 1 : -1;
                world.events().emit(stays ? "exchangeRegistered" : "exchangeLeft", "exchange-" + (i + 1), "legal", legal,
                        "localCostPct", localCost, "abroadCostPct", spec.abroadCostPct() + homeAdvantagePct[i]);
            }
        }
    }

    /** Daily: miners sell part of today's mined value through the registered exchanges; it is taxed. */
    void daily(SimState state) {
        SteppeWorld world = (SteppeWorld) state;
        double voluntary = spec.maxConvertShare() * count / registered.length;
        double mandatory = count > 0 ? Math.min(1, Math.max(0, world.levers().get(Levers.MANDATORY_SALE_SHARE))) : 0;
        double converted = ledger.minedValueUsdToday * Math.max(voluntary, mandatory);
        double hostedShare = ledger.minedValueUsdToday > 0 ? ledger.hostedValueUsdToday / ledger.minedValueUsdToday : 0;
        ledger.retainedUsdToday += converted;
        ledger.taxUsdToday += converted * Math.max(0, world.levers().get(Levers.EXCHANGE_TAX_PCT)) / 100
                + converted * hostedShare * spec.profitTaxPctOfConverted() / 100;
        world.metrics().put("exchangesRegistered", count);
    }
}
