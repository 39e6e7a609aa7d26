package dev.parkdata.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** What the mappings must do on every database; one subclass per database. */
abstract class MetricMappingContract {
  SessionFactory sessions;

  /** The JDBC URL of an empty database (user and password in it). */
  abstract String url();

  @BeforeEach
  void createTheSchema() {
    sessions =
        new Configuration()
            .addAnnotatedClass(ParkFigure.class)
            .setProperty("hibernate.connection.url", url())
            .setProperty("hibernate.hbm2ddl.auto", "create-drop")
            .setProperty("hibernate.connection.pool_size", "2")
            .buildSessionFactory();
  }

  @AfterEach
  void close() {
    sessions.close();
  }

  @Test
  void figuresFromReportingComeBackAsStated() {
    List<String> stated =
        List.of("2万余家", "超过300亿元", "最高2000万元", "400-600个", "约11亿千瓦时", "31.85平方公里", "10.00亩", "-1200万元",
            // issue 16: no unit, a 分之 fraction, open classifiers, 500万元(含)-2000万元 (closed)
            "600亿", "300", "三分之二", "1000棵", "500艘次", "500万元(含)-2000万元");
    for (String text : stated) {
      Metric metric = Metric.parse(text);
      assertThat(roundTrip(metric, Units.YI_YUAN)).as(text).isEqualTo(metric);
    }
  }

  @Test
  void aRangeWithAnEndLeftOutIsRefusedNotStoredClosed() {
    Metric open = Metric.parse("200—500萬元(不含本數)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> roundTrip(open, Units.WAN_YUAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closed ranges only");
  }

  @Test
  void aNullFigureIsFourNulls() {
    ParkFigure back = roundTripEntity(new ParkFigure("G622052", null, null));
    assertThat(back.revenue).isNull();
    assertThat(back.reportingUnit).isNull();
  }

  @Test
  void everyMetricRoundTripsExactlyWithItsScale() {
    qt().withExamples(200) // each example is a database round trip
        .forAll(metrics())
        .checkAssert(
            metric -> {
              Metric back = roundTrip(metric, metric.unit());
              assertThat(back).isEqualTo(metric);
              assertThat(back.value().scale()).isEqualTo(metric.value().scale());
              assertThat(back.max().scale()).isEqualTo(metric.max().scale());
            });
  }

  private Metric roundTrip(Metric metric, Unit unit) {
    ParkFigure back = roundTripEntity(new ParkFigure("G622052", metric, unit));
    assertThat(back.reportingUnit).isEqualTo(unit);
    return back.revenue;
  }

  private ParkFigure roundTripEntity(ParkFigure figure) {
    sessions.inTransaction(session -> session.persist(figure));
    return sessions.fromTransaction(session -> session.find(ParkFigure.class, figure.id));
  }

  /** Metrics of every qualifier with values of every scale and sign, up to 60 digits. */
  static Gen<Metric> metrics() {
    Gen<BigDecimal> decimals =
        Generate.frequency(
            org.quicktheories.api.Pair.of(1, Generate.constant(BigDecimal.ZERO)),
            org.quicktheories.api.Pair.of(1, Generate.constant(new BigDecimal("10.00"))),
            org.quicktheories.api.Pair.of(
                6,
                integers().between(-1_000_000, 1_000_000).zip(integers().between(-4, 8), (n, scale) -> new BigDecimal(BigInteger.valueOf(n), scale))),
            org.quicktheories.api.Pair.of(
                1,
                integers().between(1, 60).zip(integers().between(-10, 30), (digits, scale) -> new BigDecimal(new BigInteger("9".repeat(digits)), scale))));
    Gen<Unit> units =
        Generate.pick(List.of(Units.YI_YUAN, Units.WAN_YUAN, Units.SQUARE_KILOMETRE, Units.MU, Units.JIA, Units.PERCENT, Units.WAN_YUAN_PER_MU));
    Gen<Qualifier> qualifiers = Generate.enumValues(Qualifier.class);
    return decimals.zip(decimals, units, qualifiers, MetricMappingContract::metric)
        .assuming(m -> m != null)
        .describedAs(m -> m + " (value " + m.value().toString() + ", max " + m.max().toString() + ")");
  }

  private static Metric metric(BigDecimal a, BigDecimal b, Unit unit, Qualifier qualifier) {
    if (qualifier == Qualifier.RANGE) {
      return a.compareTo(b) <= 0 ? Metric.range(a, b, unit) : Metric.range(b, a, unit);
    }
    try {
      return Metric.of(a, unit, qualifier);
    } catch (IllegalArgumentException notAllowed) { // e.g. OVER needs a positive value
      return null;
    }
  }
}
