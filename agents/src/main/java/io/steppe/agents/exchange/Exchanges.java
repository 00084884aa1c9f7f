package io.steppe.agents.exchange;

import io.steppe.agents.SocietyLevers;
import io.steppe.agents.mining.MiningLedger;
import io.steppe.engine.agent.AgentContext;
import io.steppe.engine.agent.EventSink;
import io.steppe.engine.agent.Lever;
import io.steppe.engine.agent.MetricSink;
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
    private final Lever legalLever;
    private final Lever sandboxLever;
    private final Lever taxLever;
    private final Lever mandatorySaleLever;
    private final MetricSink registeredMetric;
    private final EventSink registrations;
    private final EventSink departures;

    Exchanges(ExchangesSpec spec, AgentContext context) {
        this.spec = spec;
        this.ledger = context.require(MiningLedger.class);
        this.random = context.random();
        legalLever = context.lever(SocietyLevers.EXCHANGES_LEGAL);
        sandboxLever = context.lever(SocietyLevers.EXCHANGE_SANDBOX);
        taxLever = context.lever(SocietyLevers.EXCHANGE_TAX_PCT);
        mandatorySaleLever = context.lever(SocietyLevers.MANDATORY_SALE_SHARE);
        registeredMetric = context.metric("exchangesRegistered");
        registrations = context.event("exchangeRegistered");
        departures = context.event("exchangeLeft");
        homeAdvantagePct = new double[spec.candidates()];
        registered = new boolean[spec.candidates()];
        for (int i = 0; i < homeAdvantagePct.length; i++) {
            homeAdvantagePct[i] = random.nextDouble() * spec.maxHomeAdvantagePct();
        }
    }

    /** Monthly: each exchange registers or leaves. */
    void monthly(SimState state) {
        boolean legal = legalLever.on();
        boolean sandbox = sandboxLever.on();
        double localCost = Math.max(0, taxLever.value())
                + (sandbox ? spec.sandboxComplianceCostPct() : spec.complianceCostPct());
        for (int i = 0; i < registered.length; i++) {
            boolean stays = legal && localCost < spec.abroadCostPct() + homeAdvantagePct[i];
            if (stays != registered[i]) {
                registered[i] = stays;
                count += stays ? 1 : -1;
                (stays ? registrations : departures).emit("exchange-" + (i + 1), "legal", legal,
                        "localCostPct", localCost, "abroadCostPct", spec.abroadCostPct() + homeAdvantagePct[i]);
            }
        }
    }

    /** Daily: miners sell part of today's mined value through the registered exchanges; it is taxed. */
    void daily(SimState state) {
        double voluntary = spec.maxConvertShare() * count / registered.length;
        double mandatory = count > 0 ? Math.min(1, Math.max(0, mandatorySaleLever.value())) : 0;
        double mined = ledger.minedValueUsdToday();
        double converted = mined * Math.max(voluntary, mandatory);
        double hostedShare = mined > 0 ? ledger.hostedValueUsdToday() / mined : 0;
        ledger.bookRetained(converted);
        ledger.bookTax(converted * Math.max(0, taxLever.value()) / 100
                + converted * hostedShare * spec.profitTaxPctOfConverted() / 100);
        registeredMetric.put(count);
    }
}
