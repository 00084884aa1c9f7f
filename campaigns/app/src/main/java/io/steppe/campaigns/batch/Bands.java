package io.steppe.campaigns.batch;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The streaming per-day distribution of every metric over the runs of one sweep point: for each
 * (metric, day) cell the count of runs with a value, the exact sum (for the mean), the minimum,
 * the maximum and a log-bucket quantile sketch (DDSketch's mapping: a value's bucket is
 * {@code ceil(log_γ |x|)}, γ = (1+α)/(1−α), so any quantile read from it is within a relative
 * error α = {@value #RELATIVE_ACCURACY} of a value at that rank; zeros are counted exactly).
 *
 * <p>Memory does not grow with the number of runs, only with the number of distinct buckets a
 * cell's values fall into (a few to a few hundred). Every part of the state is a count, an exact
 * sum, a minimum or a maximum, so adding runs in any order, or merging the states of any split of
 * the runs, gives the same state and the same quantiles to the last bit. Logarithms and powers
 * use {@link StrictMath}, so the buckets are the same on every JVM and machine.
 */
public final class Bands {
    /** Relative accuracy α of the quantiles. */
    public static final double RELATIVE_ACCURACY = 0.005;
    /** The quantiles written for each cell. */
    public static final double[] QUANTILES = {0.05, 0.25, 0.50, 0.75, 0.95};

    private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    private static final double LOG_GAMMA = StrictMath.log(GAMMA);
    private static final int OFFSET = 100_000;

    private final List<String> metrics;
    private final int days;
    private final int[] count;
    private final double[] min;
    private final double[] max;
    private final double[][] sums;
    private final long[][] buckets;

    /** Empty bands for these metrics over {@code days} days. */
    public Bands(List<String> metrics, int days) {
        this.metrics = List.copyOf(metrics);
        this.days = days;
        int cells = metrics.size() * days;
        count = new int[cells];
        min = new double[cells];
        max = new double[cells];
        sums = new double[cells][];
        buckets = new long[cells][];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /** The metric names, in column order. */
    public List<String> metrics() {
        return metrics;
    }

    /** The number of days. */
    public int days() {
        return days;
    }

    /**
     * Adds one run's daily rows ({@code rows.get(d)[m]}: metric m on day d, metrics in this
     * object's order); NaN and infinite values are not counted.
     */
    public synchronized void add(List<double[]> rows) {
        if (rows.size() != days) {
            throw new IllegalArgumentException("a run of " + rows.size() + " days, expected " + days);
        }
        int m = metrics.size();
        for (int d = 0; d < days; d++) {
            double[] row = rows.get(d);
            if (row.length != m) {
                throw new IllegalArgumentException("a row of " + row.length + " metrics, expected " + m);
            }
            for (int k = 0; k < m; k++) {
                double x = row[k];
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    continue;
                }
                int cell = k * days + d;
                count[cell]++;
                min[cell] = Math.min(min[cell], x);
                max[cell] = Math.max(max[cell], x);
                sums[cell] = ExactSum.add(sums[cell], x);
                buckets[cell] = addToBucket(buckets[cell], key(x), 1);
            }
        }
    }

    /** Adds everything another point's bands hold (same metrics and days). */
    public synchronized void merge(Bands other) {
        if (!other.metrics.equals(metrics) || other.days != days) {
            throw new IllegalArgumentException("bands of different metrics or days cannot be merged");
        }
        for (int cell = 0; cell < count.length; cell++) {
            if (other.count[cell] == 0) {
                continue;
            }
            count[cell] += other.count[cell];
            min[cell] = Math.min(min[cell], other.min[cell]);
            max[cell] = Math.max(max[cell], other.max[cell]);
            sums[cell] = ExactSum.addAll(sums[cell], other.sums[cell]);
            long[] b = other.buckets[cell];
            for (int i = 1; i <= (int) b[0]; i++) {
                buckets[cell] = addToBucket(buckets[cell], (int) (b[i] >> 32), (int) b[i]);
            }
        }
    }

    /** Runs with a value for metric m on day d. */
    public int count(int metric, int day) {
        return count[metric * days + day];
    }

    /** The mean of metric m on day d over the runs with a value; NaN when none has one. */
    public double mean(int metric, int day) {
        int cell = metric * days + day;
        return count[cell] == 0 ? Double.NaN : ExactSum.value(sums[cell]) / count[cell];
    }

    /**
     * The q-quantile (0..1) of metric m on day d: linear between the values at the two ranks
     * around {@code q·(n−1)}, each read from its bucket (relative error ≤ α), clamped to the
     * observed minimum and maximum (so a day every run agrees on is exact); NaN when no run has a value.
     */
    public double quantile(int metric, int day, double q) {
        int cell = metric * days + day;
        int n = count[cell];
        if (n == 0) {
            return Double.NaN;
        }
        if (min[cell] == max[cell]) {
            return min[cell];
        }
        double pos = q * (n - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(n - 1, lo + 1);
        double vlo = valueAtRank(cell, lo);
        double vhi = hi == lo ? vlo : valueAtRank(cell, hi);
        double v = vlo + (vhi - vlo) * (pos - lo);
        return Math.max(min[cell], Math.min(max[cell], v));
    }

    private double valueAtRank(int cell, int rank) {
        if (rank == 0) {
            return min[cell];
        }
        if (rank == count[cell] - 1) {
            return max[cell];
        }
        long[] b = buckets[cell];
        long seen = 0;
        for (int i = 1; i <= (int) b[0]; i++) {
            seen += (int) b[i];
            if (seen > rank) {
                return value((int) (b[i] >> 32));
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + seen + " values");
    }

    /** The bucket key of a finite value; keys sort as the values do. */
    static int key(double x) {
        if (x == 0.0) {
            return 0;
        }
        int k = (int) StrictMath.ceil(StrictMath.log(Math.abs(x)) / LOG_GAMMA) + OFFSET;
        return x > 0 ? k : -k;
    }

    /** The value a bucket stands for: within α of every value in it. */
    static double value(int key) {
        if (key == 0) {
            return 0.0;
        }
        int k = Math.abs(key) - OFFSET;
        double v = 2 * StrictMath.pow(GAMMA, k) / (GAMMA + 1);
        return key > 0 ? v : -v;
    }

    /** Adds {@code n} to the count of {@code key} in a sorted packed array (size in slot 0). */
    private static long[] addToBucket(long[] b, int key, int n) {
        if (b == null) {
            b = new long[3];
        }
        int size = (int) b[0];
        int lo = 1;
        int hi = size;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int k = (int) (b[mid] >> 32);
            if (k < key) {
                lo = mid + 1;
            } else if (k > key) {
                hi = mid - 1;
            } else {
                long c = (b[mid] & 0xFFFF_FFFFL) + n;
                b[mid] = ((long) key << 32) | c;
                return b;
            }
        }
        if (size + 1 >= b.length) {
            b = Arrays.copyOf(b, b.length * 2);
        }
        System.arraycopy(b, lo, b, lo + 1, size + 1 - lo);
        b[lo] = ((long) key << 32) | (n & 0xFFFF_FFFFL);
        b[0] = size + 1;
        return b;
    }

    /** Writes the state (for resuming and merging); {@link #read} restores it exactly. */
    public synchronized void write(DataOutput out) throws IOException {
        out.writeInt(metrics.size());
        for (String m : metrics) {
            out.writeUTF(m);
        }
        out.writeInt(days);
        for (int cell = 0; cell < count.length; cell++) {
            out.writeInt(count[cell]);
            if (count[cell] == 0) {
                continue;
            }
            out.writeDouble(min[cell]);
            out.writeDouble(max[cell]);
            int ns = ExactSum.size(sums[cell]);
            out.writeInt(ns);
            for (int i = 1; i <= ns; i++) {
                out.writeDouble(sums[cell][i]);
            }
            long[] b = buckets[cell];
            out.writeInt((int) b[0]);
            for (int i = 1; i <= (int) b[0]; i++) {
                out.writeLong(b[i]);
            }
        }
    }

    /** Reads a state written by {@link #write}. */
    public static Bands read(DataInput in) throws IOException {
        int m = in.readInt();
        String[] names = new String[m];
        for (int i = 0; i < m; i++) {
            names[i] = in.readUTF();
        }
        Bands bands = new Bands(List.of(names), in.readInt());
        for (int cell = 0; cell < bands.count.length; cell++) {
            int n = in.readInt();
            bands.count[cell] = n;
            if (n == 0) {
                continue;
            }
            bands.min[cell] = in.readDouble();
            bands.max[cell] = in.readDouble();
            int ns = in.readInt();
            double[] s = new double[Math.max(3, ns + 1)];
            s[0] = ns;
            for (int i = 1; i <= ns; i++) {
                s[i] = in.readDouble();
            }
            bands.sums[cell] = s;
            int nb = in.readInt();
            long[] b = new long[Math.max(3, nb + 1)];
            b[0] = nb;
            for (int i = 1; i <= nb; i++) {
                b[i] = in.readLong();
            }
            bands.buckets[cell] = b;
        }
        return bands;
    }
}
