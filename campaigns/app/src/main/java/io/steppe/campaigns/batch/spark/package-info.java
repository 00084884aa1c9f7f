/**
 * Apache Spark as the batch engine ({@code --engine spark}): loaded only when Spark is chosen, since
 * Spark is a provided dependency, on the class path under {@code spark-submit} and in tests only.
 */
package io.steppe.campaigns.batch.spark;
