package io.steppe.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
    private static final List<String> METRICS = List.of("gridDeficitMw", "miningLoadMw", "protestIntensity", "blackoutHours", "btcPriceUsd");

    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource({
        "miningLoadMW, miningLoadMw",   // case
        "mininLoadMw, miningLoadMw",    // a dropped letter
        "mininglaodMw, miningLoadMw",   // two letters swapped count as one edit
        "protest, protestIntensity",    // a prefix of a longer name
        "blackoutHour, blackoutHours"})
    void aMisspeltNameSuggestsTheNearestValidOne(String unknown, String expected) {
        assertThat(Names.closest(unknown, METRICS)).containsExactly(expected);
    }

    @Test
    void aNameFarFromEveryValidOneSuggestsNothingButListsThemAll() {
        assertThat(Names.closest("hashprice", METRICS)).isEmpty();
        assertThat(Names.suggest("hashprice", METRICS, "metrics"))
                .isEqualTo("; valid metrics: blackoutHours, btcPriceUsd, gridDeficitMw, miningLoadMw, protestIntensity");
    }

    @Test
    void theSuggestionComesBeforeTheSortedList() {
        assertThat(Names.suggest("btcPrice", METRICS, "metrics"))
                .isEqualTo("; did you mean btcPriceUsd? Valid metrics: blackoutHours, btcPriceUsd, gridDeficitMw, miningLoadMw, protestIntensity");
        assertThat(Names.suggest("x", List.of(), "levers")).isEqualTo("; no levers are available");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(Names.distance("seed", "seed")).isZero();
        assertThat(Names.distance("sede", "seed")).isEqualTo(1);
        assertThat(Names.distance("seed", "sed")).isEqualTo(1);
        assertThat(Names.distance("seed", "send")).isEqualTo(1);
        assertThat(Names.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void identifiersAreLowerCamelCase() {
        assertThat(Names.isIdentifier("miningLoadMw")).isTrue();
        assertThat(Names.isIdentifier("MiningLoad")).isFalse();
        assertThat(Names.isIdentifier("mining-load")).isFalse();
        assertThat(Names.isIdentifier(null)).isFalse();
    }
}
