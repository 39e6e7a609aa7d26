package dev.parkdata.spark;

import org.apache.spark.sql.SparkSession;

/** The one local SparkSession of the module's tests: two cores, as the build machine has, started on first use. */
public final class TestSessions {
  private TestSessions() {}

  public static SparkSession session() {
    return Holder.SESSION;
  }

  private static final class Holder {
    static final SparkSession SESSION = start();

    private static SparkSession start() {
      SparkSession spark = SparkSession.builder()
          .master("local[2]")
          .appName("parkdata-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      ParkdataFunctions.register(spark);
      return spark;
    }
  }
}
