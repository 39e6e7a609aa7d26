package dev.parkdata.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.testing.Fixtures;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The JVM the module's tests run in is one Spark and parkdata-io both work in. */
class SparkJvmTest {
  private final SparkSession spark = TestSessions.session();

  @Test
  void theBuildGivesTheTestJvmEveryOptionSparksLauncherGives() {
    // spark.jvm.options in the pom must follow Spark's list when Spark is upgraded
    assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments())
        .containsAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
  }

  @Test
  void sparksJackson2AndIosJackson3ShareTheAnnotationsInOneJvm() throws ClassNotFoundException {
    // Spark's JSON source and to_json (Jackson 2 core), its operation scopes (Jackson 2 databind
    // with the Scala module, on every RDD operation)
    org.apache.spark.sql.Dataset<String> json =
        spark.createDataset(List.of("{\"value\":\"31.85\",\"unit\":\"平方公里\"}"), Encoders.STRING());
    Row read = spark.read().json(json).first();
    assertThat(read.<String>getAs("unit")).isEqualTo("平方公里");
    assertThat(spark.read().json(json).select(to_json(struct(col("value")))).first().getString(0))
        .isEqualTo("{\"value\":\"31.85\"}");
    assertThat(spark.sparkContext().parallelize(
        scala.jdk.javaapi.CollectionConverters.asScala(List.of(1, 2, 3)).toSeq(), 2,
        scala.reflect.ClassTag$.MODULE$.apply(Integer.class)).count()).isEqualTo(3);
    // io's Jackson 3, after Spark's Jackson 2 has loaded the annotations
    Dataset dataset = Fixtures.dataset();
    assertThat(ParkDataJson.standard().readDataset(ParkDataJson.standard().write(dataset))).isEqualTo(dataset);
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);
    // what databind 3.3 needs of the annotations: JsonApplyView came with 2.22
    assertThat(Class.forName("com.fasterxml.jackson.annotation.JsonApplyView")).isNotNull();
  }
}
