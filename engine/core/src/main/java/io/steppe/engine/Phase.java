package io.steppe.engine;

/**
 * The phases of a simulated day, in the order MASON steps them. This enum is the one place the
 * order of phases is declared: every steppable is scheduled in the block of orderings of its
 * phase, so within a day all exogenous inputs are updated before any policy acts, all policies
 * before the government, and so on down to the metrics recorder, which sees the finished day.
 * Within a phase the engine steps first, then the populations in the scenario's order, each in the
 * order it scheduled its steppables: no two steppables share an ordering, so MASON never shuffles
 * them with the world's generator.
 */
public enum Phase {
    /** Exogenous inputs: market series and the global mining market's monthly orders. */
    EXOGENOUS,
    /** Policy modules reset and set the day's levers. */
    POLICIES,
    /** The government's doctrine reacts to what it observed and pulls levers. */
    GOVERNMENT,
    /** Miners decide what runs today (and exchanges whether to register, monthly); investment is monthly. */
    MINERS,
    /** The grid operator dispatches every block of the day and sheds load if it must; exchanges convert; gray miners' monthly decisions. */
    GRID,
    /** Citizens update hardship, grievance and protest; the mining ledger closes the day. */
    CITIZENS,
    /** Metrics are snapshotted into the day's row; nothing may change state after this. */
    METRICS;

    /** The index of this phase's block of MASON orderings; lower blocks step first within a day. */
    public int ordering() {
        return ordinal();
    }
}
