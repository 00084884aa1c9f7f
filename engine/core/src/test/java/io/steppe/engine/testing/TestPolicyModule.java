package io.steppe.engine.testing;

import io.steppe.engine.LeverInfo;
import io.steppe.engine.plugin.SteppeModule;

/** Test fixture module: registers {@code testFee} and its lever. */
public final class TestPolicyModule extends SteppeModule {
    /** The test fee lever. */
    public static final String TEST_FEE = "testFeeKztPerKwh";
    /** A test switch lever (no policy sets it; seats may list it). */
    public static final String TEST_SWITCH = "testSwitch";
    /** A test cap lever (no policy sets it; seats may list it). */
    public static final String TEST_CAP = "testCapMw";

    @Override
    protected void registerTypes() {
        registerPolicy("testFee", TestPolicySpec.class);
        registerLever(LeverInfo.of(TEST_FEE, "KZT/kWh", 0, LeverInfo.Combine.SUM).doc("Test fee").source("test fixture"));
        registerLever(LeverInfo.of(TEST_SWITCH, "0/1", 0, LeverInfo.Combine.MAX).doc("Test switch").source("test fixture"));
        registerLever(LeverInfo.of(TEST_CAP, "MW", Double.NaN, LeverInfo.Combine.MIN).doc("Test cap").source("test fixture"));
    }
}
