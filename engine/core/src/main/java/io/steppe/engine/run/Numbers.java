package io.steppe.engine.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats numbers for outputs the same way on every JVM: the exact binary value rounded to 10
 * significant digits, without exponent or trailing zeros. {@code Double.toString} is avoided
 * because its shortest-representation algorithm changed between JDK releases.
 */
public final class Numbers {
    private static final MathContext DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    /** The decimal value written for a double; null for NaN or infinities. */
    public static BigDecimal decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        if (value == 0.0) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** The text written for a double; empty for NaN or infinities. */
    public static String format(double value) {
        BigDecimal d = decimal(value);
        return d == null ? "" : d.toPlainString();
    }
}
