package io.steppe.engine.run;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one way every command derives the seeds of an ensemble's runs from its base seed: SplitMix64's
 * finaliser applied in turn to the base seed, the sweep point (0 outside a sweep, and for every
 * point with common seeds) and the replicate. {@code steppe validate}, {@code compare}, {@code play}
 * and {@code batch} all use it, so any run of any of them is reproduced by {@code steppe run
 * --seed} with the seed its output lists. Distinct inputs give well-mixed, practically independent
 * seeds; the same inputs always the same seed.
 */
public final class Seeds {
    private Seeds() {
    }

    /** The seed of a run, non-negative. */
    public static long of(long baseSeed, int point, int replicate) {
        long z = mix(baseSeed ^ 0x5EE99E_0000_0000L);
        z = mix(z + point + 0x9E3779B97F4A7C15L);
        z = mix(z + replicate + 0x9E3779B97F4A7C15L);
        return z & Long.MAX_VALUE;
    }

    /** The seeds of replicates {@code 0 .. runs-1} of point 0. */
    public static long[] replicates(long baseSeed, int runs) {
        long[] seeds = new long[runs];
        for (int r = 0; r < runs; r++) {
            seeds[r] = of(baseSeed, 0, r);
        }
        return seeds;
    }

    /** The seeds of an ensemble in words, for reports: "base seed 1: 123, 456, ...". */
    public static String describe(long baseSeed, int runs) {
        return "base seed " + baseSeed + ": " + Arrays.stream(replicates(baseSeed, runs)).mapToObj(Long::toString)
                .collect(Collectors.joining(", "));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
