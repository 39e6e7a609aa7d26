package dev.parkdata.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class ParkdataFunctionsTest {
  private final SparkSession spark = TestSessions.session();

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

  @Test
  void convertsExactlyAndSaysWhyWhenItCannot() {
    assertThat(one("SELECT pd_to(pd_metric('31.85平方公里'), '亩').text").getString(0)).isEqualTo("47775亩");
    Row nonTerminating = one("SELECT pd_to(pd_metric('1亩'), '平方米') AS m").getStruct(0);
    assertThat(nonTerminating.<String>getAs("text")).isNull();
    assertThat(nonTerminating.<String>getAs("problem")).contains("平方米");
    assertThat(one("SELECT pd_to(pd_metric('1亿元'), '平方公里').problem").getString(0)).isNotNull();
    assertThat(one("SELECT pd_to(pd_metric('不是数字'), '亩').problem").getString(0))
        .isEqualTo(one("SELECT pd_metric('不是数字').problem").getString(0)).isNotNull();
    assertThat(one("SELECT pd_metric(NULL)").isNullAt(0)).isTrue();
  }

  @Test
  void aRangeHasMinAndMaxAndNoValue() {
    Row m = one("SELECT pd_metric('400-600个') AS m").getStruct(0);
    assertThat(m.<String>getAs("value")).isNull();
    assertThat(m.<String>getAs("min")).isEqualTo("400");
    assertThat(m.<String>getAs("max")).isEqualTo("600");
    assertThat(m.<BigDecimal>getAs("max_decimal")).isEqualByComparingTo("600");
    assertThat(m.<String>getAs("qualifier")).isEqualTo("RANGE");
  }

  @Test
  void aFigureBeyondTheDecimalColumnsKeepsItsTextAndSaysSo() {
    String digits = "123456789012345678901234567890"; // 30 digits before the point: decimal(38,18) holds 20
    Row big = one("SELECT pd_metric('" + digits + "元') AS m").getStruct(0);
    assertThat(big.<String>getAs("value")).isEqualTo(digits);
    assertThat(big.<BigDecimal>getAs("value_decimal")).isNull();
    assertThat(big.<String>getAs("problem")).isEqualTo("value has 30 digits before the point; decimal(38,18) holds 20");
    Row small = one("SELECT pd_metric('0.0000000000000000001元') AS m").getStruct(0);
    assertThat(small.<String>getAs("value")).isEqualTo("0.0000000000000000001");
    assertThat(small.<BigDecimal>getAs("value_decimal")).isNull();
    assertThat(small.<String>getAs("problem")).contains("19 digits after the point");
    Row fits = one("SELECT pd_metric('12345678901234567890.123456789012345678元') AS m").getStruct(0);
    assertThat(fits.<BigDecimal>getAs("value_decimal")).isEqualByComparingTo("12345678901234567890.123456789012345678");
    assertThat(fits.<String>getAs("problem")).isNull();
  }

  @Test
  void boundsAreInTheBaseUnitExactlyAFractionWhereTheDecimalDoesNotEnd() {
    Row over = one("SELECT pd_bounds(pd_metric('2万余家')) AS b").getStruct(0);
    assertThat(over.<String>getAs("unit")).isEqualTo("家");
    assertThat(over.<String>getAs("lower")).isEqualTo("20000");
    assertThat(over.<Boolean>getAs("lower_closed")).isFalse();
    assertThat(over.<String>getAs("upper")).isEqualTo("30000");
    Row cap = one("SELECT pd_bounds(pd_metric('最高2000万元')) AS b").getStruct(0);
    assertThat(cap.<String>getAs("lower")).isNull();
    assertThat(cap.<String>getAs("upper")).isEqualTo("20000000");
    assertThat(cap.<Boolean>getAs("upper_closed")).isTrue();
    Row mu = one("SELECT pd_bounds(pd_metric('1亩')) AS b").getStruct(0);
    assertThat(mu.<String>getAs("unit")).isEqualTo("平方米");
    assertThat(mu.<String>getAs("lower")).isEqualTo("2000/3");
    assertThat(mu.<BigDecimal>getAs("lower_decimal")).isNull();
    assertThat(mu.<String>getAs("problem")).contains("2000/3 has no terminating decimal expansion");
  }

  @Test
  void extractsEveryFigureInOrder() {
    List<Row> mentions = spark.sql("SELECT m.* FROM (SELECT explode(pd_extract("
        + "'截至2021年底，园区营业收入超过300亿元，集聚企业2万余家，同比增长21.6%。')) AS m)").collectAsList();
    assertThat(mentions).extracting(r -> r.<String>getAs("surface")).containsExactly("超过300亿元", "2万余家", "21.6%");
    assertThat(mentions).extracting(r -> r.<Integer>getAs("start")).containsExactly(15, 27, 36);
    assertThat(mentions.get(0).<String>getAs("indicator")).isEqualTo("营业收入");
    assertThat(mentions.get(0).<String>getAs("period")).isEqualTo("截至2021年底");
    assertThat(mentions.get(1).<Row>getAs("metric").<String>getAs("qualifier")).isEqualTo("OVER");
    assertThat(mentions.get(0).<Integer>getAs("year")).isEqualTo(2021);
  }

  @Test
  void aFigureHasTheYearItsPeriodEndsInAndNoneForAPlanOrARelativeYear() {
    assertThat(one("SELECT pd_extract('1997-2017年，园区生产总值增加到141.27亿元。')[0].year").getInt(0)).isEqualTo(2017);
    assertThat(one("SELECT pd_extract('2024年1-6月，园区营业收入300亿元。')[0].year").getInt(0)).isEqualTo(2024);
    assertThat(one("SELECT pd_extract('十四五期间，园区新增装机规模约1GW。')[0].year").isNullAt(0)).isTrue();
    assertThat(one("SELECT pd_extract('今年园区营业收入300亿元。')[0].year").isNullAt(0)).isTrue();
  }

  @Test
  void givesEachFigureTheParkItIsAbout() {
    Row park = one("SELECT pd_extract('苏州高新区2023年营业收入超过300亿元。')[0].park").getStruct(0);
    assertThat(park.<String>getAs("code")).isEqualTo("G322018");
    assertThat(park.<String>getAs("name")).isEqualTo("苏州高新技术产业开发区");
    assertThat(park.<String>getAs("written")).isEqualTo("苏州高新区");
    assertThat(park.<String>getAs("status")).isEqualTo("RESOLVED");
    assertThat(one("SELECT pd_extract('营业收入超过300亿元。')[0].park").isNullAt(0)).isTrue();
  }

  @Test
  void totalsAGroupExactlyAndReportsWhatCannotBeAdded() {
    Row total = one("SELECT pd_total(m) FROM (SELECT pd_metric(t) AS m FROM VALUES ('2万余家'), ('440多家'), (NULL) AS v(t))")
        .getStruct(0);
    assertThat(total.<String>getAs("text")).isEqualTo("20440-30450家");
    Row mixed = one("SELECT pd_total(pd_metric(t)) FROM VALUES ('2万家'), ('3亿元') AS v(t)").getStruct(0);
    assertThat(mixed.<String>getAs("text")).isNull();
    assertThat(mixed.<String>getAs("problem")).isNotNull();
  }
}
