package dev.parkdata.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class ParkdataFunctionsTest {
  private final SparkSession spark = TestSpark.session();

  private Row one(String sql) {
    List<Row> rows = spark.sql(sql).collectAsList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void readsAFigureWithItsExactTextAndItsNumbers() {
    Row m = one("SELECT pd_metric('2萬餘家') AS m").getStruct(0);
    assertThat(m.<String>getAs("text")).isEqualTo("2万余家");
    assertThat(m.<String>getAs("value")).isEqualTo("20000");
    assertThat(m.<String>getAs("qualifier")).isEqualTo("OVER");
    assertThat(m.<String>getAs("unit")).isEqualTo("家");
    assertThat(m.<String>getAs("dimension")).isEqualTo("count(家)");
    assertThat(m.<BigDecimal>getAs("value_decimal")).isEqualByComparingTo("20000");
    assertThat(m.<String>getAs("problem")).isNull();
  }

  @Test
  void resolvesWithAndWithoutAPlace() {
    assertThat(one("SELECT pd_resolve('蕪湖經開區').code").getString(0)).isEqualTo("G341023");
    assertThat(one("SELECT pd_resolve('火炬开发区', '中山').status").getString(0)).isEqualTo("RESOLVED");
  }
}
