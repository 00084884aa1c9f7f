package io.steppe.agents;

import io.steppe.engine.LeverInfo.Combine;
import io.steppe.engine.LeverInfo;
import java.util.List;

/**
 * The levers of enforcement, order and the money trail, registered by
 * {@link StateAndSocietyModule} and read by the gray miners, citizens, exchanges and white miners:
 * audits and seizures, policing, the fuel subsidy and exchange rules.
 * Policies and the government's doctrine set them; {@code steppe levers} lists them.
 */
public final class SocietyLevers {
    private SocietyLevers() {
    }

    /** Audit teams of the financial monitoring agency checking large consumers for hidden mining. */
    public static final String AUDIT_TEAMS = "auditTeams";
    /** 1 when machines found at exposed gray mines are seized; 0 when owners may take them away. */
    public static final String SEIZE_EXPOSED_MACHINES = "seizeExposedMachines";
    /** Extra police and troops deployed against protest, as a multiple of normal presence (0 = normal). */
    public static final String REPRESSION_LEVEL = "repressionLevel";
    /** Subsidy that lowers the retail price of liquefied gas, KZT per litre. */
    public static final String FUEL_SUBSIDY_KZT_PER_LITRE = "fuelSubsidyKztPerLitre";
    /** 1 when licensed crypto-to-fiat exchanges are legal. */
    public static final String EXCHANGES_LEGAL = "exchangesLegal";
    /** 1 when legal exchanges operate in a regulatory sandbox (lighter compliance). */
    public static final String EXCHANGE_SANDBOX = "exchangeSandbox";
    /** Tax on mined coins converted at licensed exchanges, % of the value converted. */
    public static final String EXCHANGE_TAX_PCT = "exchangeTaxPct";
    /** Share of mined value registered miners must sell through licensed exchanges, 0..1. */
    public static final String MANDATORY_SALE_SHARE = "mandatorySaleShare";
    /** Share of large consumers with smart meters whose readings are screened for anomalies, 0..1. */
    public static final String SMART_METER_COVERAGE = "smartMeterCoverage";

    /** Every lever of this module, in registration (and column) order. */
    public static final List<LeverInfo> ALL = List.of(
            lever(AUDIT_TEAMS, "teams", 0, Combine.SUM, "Audit teams checking large consumers for hidden mining",
                    "kz_global_timeline.csv 2022-02-08: the financial monitoring agency to inventory all farms"),
            lever(SEIZE_EXPOSED_MACHINES, "0/1", 0, Combine.MAX, "1 = machines at exposed gray mines are seized",
                    "BRIEF section 4: seizures of machines at illegal farms in 2022"),
            lever(REPRESSION_LEVEL, "1", 0, Combine.SUM, "Extra police and troops against protest, multiple of normal presence",
                    "kz_global_timeline.csv 2022-01-06: CSTO contingent; state of emergency"),
            lever(FUEL_SUBSIDY_KZT_PER_LITRE, "KZT/l", 0, Combine.SUM, "Subsidy lowering the retail price of liquefied gas",
                    "kz_tariffs_and_fees.csv 2022-01-01: LPG cap restored at 50 KZT/l in Mangystau on 4 January"),
            lever(EXCHANGES_LEGAL, "0/1", 0, Combine.MAX, "1 = licensed crypto-to-fiat exchanges are legal",
                    "kz_global_timeline.csv 2023-02-06: Law 193-VII; exchanges licensed in the AIFC"),
            lever(EXCHANGE_SANDBOX, "0/1", 0, Combine.MAX, "1 = legal exchanges operate in a regulatory sandbox with lighter compliance",
                    "none: an alternative rule"),
            lever(EXCHANGE_TAX_PCT, "% of value", 0, Combine.SUM, "Tax on mined coins converted at licensed exchanges", "none: an alternative rule"),
            lever(MANDATORY_SALE_SHARE, "0..1", 0, Combine.MAX, "Share of mined value registered miners must sell at licensed exchanges",
                    "kz_global_timeline.csv 2023-02-06: Law 193-VII's mandatory sale of part of mined coins"),
            lever(SMART_METER_COVERAGE, "0..1", 0, Combine.MAX, "Share of large consumers on smart meters screened for anomalies",
                    "none: an alternative rule"));

    private static LeverInfo lever(String name, String unit, double baseline, Combine combine, String doc, String source) {
        return LeverInfo.of(name, unit, baseline, combine).doc(doc).source(source);
    }
}
