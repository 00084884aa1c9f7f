package io.steppe.campaigns.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** A local Spark starts, runs a map/reduce and a shuffle over its threads and stops; outside spark-submit there is no cluster context. */
class SparkContextsTest {
    @Test
    void aLocalSparkOnTwoThreadsSumsOneToAHundredAndStops() {
        List<Long> numbers = LongStream.rangeClosed(1, 100).boxed().toList();
        JavaSparkContext spark = SparkContexts.local(2, "steppe-smoke-test");
        try {
            assertThat(spark.master()).isEqualTo("local[2]");
            assertThat(spark.getConf().get("spark.ui.enabled")).isEqualTo("false");
            long sum = spark.parallelize(numbers, 4).map(n -> n).reduce(Long::sum);
            assertThat(sum).isEqualTo(5050L);
        } finally {
            spark.close();
        }
        assertThat(spark.sc().isStopped()).isTrue();
    }

    @Test
    void aShuffleAcrossTheThreadsGroupsByKey() {
        try (JavaSparkContext spark = SparkContexts.local(2, "steppe-shuffle-test")) {
            Map<Long, Long> sums = spark.parallelize(LongStream.rangeClosed(1, 100).boxed().toList(), 4)
                    .mapToPair(n -> new Tuple2<>(n % 2, n))
                    .reduceByKey(Long::sum, 2)
                    .collectAsMap();
            assertThat(sums).containsExactlyInAnyOrderEntriesOf(Map.of(0L, 2550L, 1L, 2500L));
        }
    }

    @Test
    void outsideSparkSubmitThereIsNoClusterContext() {
        assertThat(System.getProperty("spark.master")).isNull();
        assertThatThrownBy(() -> SparkContexts.fromSubmit("steppe"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spark-submit");
    }

    @Test
    void aLocalSparkNeedsAThread() {
        assertThatThrownBy(() -> SparkContexts.local(0, "steppe"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
