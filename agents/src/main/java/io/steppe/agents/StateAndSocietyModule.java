package io.steppe.agents;

import io.steppe.agents.exchange.ExchangesSpec;
import io.steppe.agents.government.GovernmentSpec;
import io.steppe.agents.government.HandsOffDoctrineSpec;
import io.steppe.agents.government.SecurityFirstDoctrineSpec;
import io.steppe.agents.gray.GrayMinersSpec;
import io.steppe.agents.society.CitizensSpec;
import io.steppe.engine.plugin.SteppeModule;

/**
 * Registers citizens, gray miners, the government with its built-in doctrines, and exchanges,
 * with every name they introduce: their metrics, the levers of enforcement, order and the money
 * trail ({@link SocietyLevers}), their event types and their KPIs.
 */
public final class StateAndSocietyModule extends SteppeModule {
    @Override
    protected void registerTypes() {
        registerAgent("citizens", CitizensSpec.class);
        registerAgent("grayMiners", GrayMinersSpec.class);
        registerAgent("government", GovernmentSpec.class);
        registerAgent("exchanges", ExchangesSpec.class);
        registerDoctrine("securityFirst", SecurityFirstDoctrineSpec.class);
        registerDoctrine("handsOff", HandsOffDoctrineSpec.class);
        registerMetric("grayMiningLoadMw", "MW", "Unregistered (gray) mining load served, daily mean");
        registerMetric("auditsActive", "audits", "Audits of large consumers in progress");
        registerMetric("protestParticipants", "persons", "People protesting today (one per active household)");
        registerMetric("protestShare", "1", "Share of citizen agents protesting today");
        registerMetric("grievanceMean", "1", "Mean grievance, hardship x (1 - legitimacy)");
        registerMetric("legitimacy", "1", "Perceived legitimacy of the state (Epstein's L)");
        registerMetric("protestArrests", "persons", "People arrested at protests today");
        registerMetric("lpgPriceKztPerLitre", "KZT/l", "Retail price of liquefied gas after any subsidy");
        registerMetric("lpgMarketPriceKztPerLitre", "KZT/l", "Market price of liquefied gas (data)");
        registerMetric("elitesInfluence", "1", "Influence of connected elites; shields gray miners");
        registerMetric("exchangesRegistered", "exchanges", "Licensed crypto-to-fiat exchanges registered in the country");
        SocietyLevers.ALL.forEach(this::registerLever);
        registerEvent("massProtest", "A mass protest started (the regions, participants and legitimacy) or ended (since when, its days and peak)",
                "state", "regions", "participants", "legitimacy", "since", "days", "peakParticipants");
        registerEvent("auditStarted", "The financial monitoring agency started an audit of a large consumer in a region", "region", "teams",
                "auditDays");
        registerEvent("grayMineExposed", "A hidden mine was found and made public: its owner's protection, load (MW), who found it and what the"
                + " state did", "region", "protection", "mw", "foundBy", "action");
        registerEvent("grayMineShielded", "A hidden mine was found but its owner's protection kept it quiet", "region", "protection", "mw",
                "foundBy");
        registerEvent("seizure", "The machines of an exposed hidden mine were seized: machines, their value (USD) and load (MW)", "region",
                "machines", "usd", "mw");
        registerEvent("governmentResponse", "The government started, changed or ended a response: the lever, its value and the reason",
                "lever", "state", "value", "reason");
        registerEvent("exchangeRegistered", "A crypto-to-fiat exchange registered in the country: whether legal, its costs here and abroad (%)",
                "legal", "localCostPct", "abroadCostPct");
        registerEvent("exchangeLeft", "A crypto-to-fiat exchange left the country", "legal", "localCostPct", "abroadCostPct");
        registerKpi("peakGrayMiningLoadMw", "MW", "Highest daily hidden mining load");
        registerKpi("grayMinesExposed", "mines", "Hidden mines exposed and shut over the run");
        registerKpi("firstMassProtestDate", "date", "First day of a mass protest");
        registerKpi("massProtestDays", "days", "Days of mass protest over the run");
        registerKpi("peakProtestParticipants", "persons", "Most people protesting on one day");
        registerKpi("citizenAgents", "agents", "Citizen agents in the run (households / households per agent)");
    }
}
