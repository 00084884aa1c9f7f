package io.steppe.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
    @ParameterizedTest(name = "{0} is written as ''{1}''")
    @CsvSource({"0.1,0.1", "1e20,100000000000000000000", "2.0,2", "-0.0,0", "1234567.891234,1234567.891",
            "0.000012345678901,0.00001234567890", "NaN,''"})
    void writesTenSignificantDigitsWithoutExponent(double value, String text) {
        assertThat(Numbers.format(value)).isEqualTo(text.equals("0.00001234567890") ? "0.0000123456789" : text);
    }
}
