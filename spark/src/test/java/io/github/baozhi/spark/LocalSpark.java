package io.github.baozhi.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the module's tests: starting one costs seconds, so every test
 * class shares it, and the JVM's exit ends it.
 */
final class LocalSpark {

  /** Two executor threads, as on CI's two cores, so that pages really are split between tasks. */
  private static final String MASTER = "local[2]";
  /** Few pages per test: more shuffle partitions than cores would only add empty tasks. */
  private static final String SHUFFLE_PARTITIONS = "2";

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master(MASTER)
          .appName("baozhi-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", SHUFFLE_PARTITIONS)
          // The machine's host name may not resolve; the tests need no network beyond loopback.
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
    }
    return session;
  }
}
