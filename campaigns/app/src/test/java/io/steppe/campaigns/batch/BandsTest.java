package io.steppe.campaigns.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.engine.run.Ensemble;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming bands: quantiles within the stated relative accuracy of the exact ones, exact
 * means, and the same bands to the last bit whatever the order of the runs or the split into parts.
 */
class BandsTest {
    private static final List<String> METRICS = List.of("lognormal", "signed", "mostlyZero");
    private static final int DAYS = 3;

    /** Random runs: metric 0 log-normal, metric 1 of both signs, metric 2 zero in 70% of runs. */
    private static List<List<double[]>> runs(long seed, int n) {
        Random random = new Random(seed);
        List<List<double[]>> runs = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<double[]> rows = new ArrayList<>();
            for (int d = 0; d < DAYS; d++) {
                rows.add(new double[] {Math.exp(random.nextGaussian() * 2 + d), random.nextGaussian() * 1e6,
                        random.nextDouble() < 0.7 ? 0.0 : random.nextDouble() * 500});
            }
            runs.add(rows);
        }
        return runs;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void quantilesAreWithinTheRelativeAccuracyOfTheExactOnes(long seed) {
        List<List<double[]>> runs = runs(seed, 1001);
        Bands bands = new Bands(METRICS, DAYS);
        runs.forEach(bands::add);
        for (int m = 0; m < METRICS.size(); m++) {
            for (int d = 0; d < DAYS; d++) {
                int mm = m;
                int dd = d;
                double[] sorted = runs.stream().mapToDouble(r -> r.get(dd)[mm]).sorted().toArray();
                for (double q : Bands.QUANTILES) {
                    // with 1001 runs q·(n−1) is a whole rank for every written quantile, so no interpolation blurs the check
                    double exact = Ensemble.quantileOfSorted(sorted, q);
                    assertThat(bands.quantile(m, d, q)).as("%s day %d q %s", METRICS.get(m), d, q)
                            .isCloseTo(exact, org.assertj.core.data.Offset.offset(Math.abs(exact) * Bands.RELATIVE_ACCURACY + 1e-12));
                }
                double[] sum = null;
                for (double x : sorted) {
                    sum = ExactSum.add(sum, x);
                }
                assertThat(bands.mean(m, d)).isEqualTo(ExactSum.value(sum) / sorted.length);
                assertThat(bands.count(m, d)).isEqualTo(1001);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5, 6})
    void theBandsAreTheSameWhateverTheOrderAndSplitOfTheRuns(long seed) {
        List<List<double[]>> runs = runs(seed, 200);
        Bands inOrder = new Bands(METRICS, DAYS);
        runs.forEach(inOrder::add);
        List<List<double[]>> shuffled = new ArrayList<>(runs);
        Collections.shuffle(shuffled, new Random(seed));
        Bands a = new Bands(METRICS, DAYS);
        Bands b = new Bands(METRICS, DAYS);
        Bands c = new Bands(METRICS, DAYS);
        for (int i = 0; i < shuffled.size(); i++) {
            (i % 3 == 0 ? a : i % 3 == 1 ? b : c).add(shuffled.get(i));
        }
        c.merge(a);
        c.merge(b);
        for (int m = 0; m < METRICS.size(); m++) {
            for (int d = 0; d < DAYS; d++) {
                assertThat(c.count(m, d)).isEqualTo(inOrder.count(m, d));
                assertThat(c.mean(m, d)).isEqualTo(inOrder.mean(m, d));
                for (double q : Bands.QUANTILES) {
                    assertThat(c.quantile(m, d, q)).isEqualTo(inOrder.quantile(m, d, q));
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8})
    void aWrittenStateReadsBackToTheSameBands(long seed) throws IOException {
        Bands bands = new Bands(METRICS, DAYS);
        runs(seed, 50).forEach(bands::add);
        Bands back = Bands.read(new DataInputStream(new ByteArrayInputStream(bytes(bands))));
        assertThat(bytes(back)).isEqualTo(bytes(bands));
        assertThat(back.quantile(0, 1, 0.25)).isEqualTo(bands.quantile(0, 1, 0.25));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {9, 10, 11})
    void anExactSumDoesNotDependOnTheOrderOfItsTerms(long seed) {
        Random random = new Random(seed);
        List<Double> terms = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            terms.add(random.nextGaussian() * Math.pow(10, random.nextInt(30) - 10));
        }
        terms.addAll(List.of(1e16, 1.0, -1e16, 3.0));
        double[] forward = null;
        for (double t : terms) {
            forward = ExactSum.add(forward, t);
        }
        Collections.shuffle(terms, random);
        double[] shuffled = null;
        for (double t : terms) {
            shuffled = ExactSum.add(shuffled, t);
        }
        assertThat(ExactSum.value(shuffled)).isEqualTo(ExactSum.value(forward));
        java.math.BigDecimal exact = terms.stream().map(java.math.BigDecimal::new).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(ExactSum.value(forward)).isEqualTo(exact.doubleValue());
    }

    private static byte[] bytes(Bands bands) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        bands.write(data);
        data.flush();
        return out.toByteArray();
    }
}
