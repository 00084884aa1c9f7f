package io.steppe.agents;

import io.steppe.agents.exchange.ExchangesSpec;
import io.steppe.agents.government.GovernmentSpec;
import io.steppe.agents.government.HandsOffDoctrineSpec;
import io.steppe.agents.government.SecurityFirstDoctrineSpec;
import io.steppe.agents.gray.GrayMinersSpec;
import io.steppe.agents.society.CitizensSpec;
import io.steppe.engine.plugin.SteppeModule;

/** Registers citizens, gray miners, the government with its built-in doctrines, and exchanges, with their metrics. */
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
    }
}
