package io.steppe.campaigns.batch.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Spark contexts for batch runs: a local one (tests, one machine) and the one {@code spark-submit}
 * configured (a cluster).
 *
 * <p>Nothing outside this package may refer to it: Spark is a provided dependency, absent from
 * {@code steppe.jar}, so the application reaches this class only after Spark was chosen (by
 * reflection or through a class of this package).
 */
public final class SparkContexts {
    private SparkContexts() {
    }

    /**
     * A local Spark on {@code threads} worker threads ({@code local[threads]}), with no web UI, no
     * console progress bar, and the driver bound to the loopback address so that nothing listens
     * on the network. Stop it when done ({@link JavaSparkContext#close()}).
     */
    public static JavaSparkContext local(int threads, String appName) {
        if (threads < 1) {
            throw new IllegalArgumentException("a local Spark needs at least one thread, not " + threads);
        }
        SparkConf conf = new SparkConf(false)
                .setMaster("local[" + threads + "]")
                .setAppName(appName)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        return new JavaSparkContext(conf);
    }

    /**
     * The context {@code spark-submit} configured (master, resources and the rest come from its
     * options and {@code spark-defaults.conf}); {@code appName} is used when {@code --name} was not
     * given. Logging is left to the cluster's Log4j 2 configuration.
     *
     * @throws IllegalStateException when not run by {@code spark-submit} (no {@code spark.master})
     */
    public static JavaSparkContext fromSubmit(String appName) {
        SparkConf conf = new SparkConf();
        if (!conf.contains("spark.master")) {
            throw new IllegalStateException("not started by spark-submit (spark.master is not set);"
                    + " run with spark-submit --master ..., or use a local Spark");
        }
        conf.setIfMissing("spark.app.name", appName);
        return new JavaSparkContext(conf);
    }
}
