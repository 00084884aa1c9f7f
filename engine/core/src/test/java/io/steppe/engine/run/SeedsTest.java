package io.steppe.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed scheme every command shares. The expected values were computed independently, by a
 * Python transcription of SplitMix64's finaliser (Steele, Lea and Flood 2014) chained over
 * (base ^ 0x5EE99E00000000, + point + golden gamma, + replicate + golden gamma), masked to 63 bits.
 */
class SeedsTest {
    @Test
    void seedsAreSplitMixOfBasePointAndReplicate() {
        assertThat(Seeds.replicates(11, 3)).containsExactly(1038898291157766109L, 1017106206865567702L, 3217732628685437647L);
        assertThat(Seeds.of(1, 0, 0)).isEqualTo(7555566281521960856L);
        assertThat(Seeds.of(1, 2, 5)).isEqualTo(6292566501178986515L);
    }

    @Test
    void distinctInputsGiveDistinctNonNegativeSeeds() {
        Set<Long> seen = new HashSet<>();
        for (int point = 0; point < 20; point++) {
            for (int replicate = 0; replicate < 50; replicate++) {
                long seed = Seeds.of(7, point, replicate);
                assertThat(seed).isNotNegative();
                seen.add(seed);
            }
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theDescriptionListsEverySeedOfTheEnsemble() {
        assertThat(Seeds.describe(11, 2)).isEqualTo("base seed 11: 1038898291157766109, 1017106206865567702");
    }
}
