package dev.parkdata.io;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.testing.ParkGenerators;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Metrics at the edges, mixed into {@link ParkGenerators#metrics()} for the laws of io that hold
 * for every metric: the bounds of the generated values of each unit (0.01 and 5000 亿元, 0.1 and 99
 * %, 10 and 500000 亩 …), and values no generated park or dataset states: zero with and without a
 * scale, negative, a thousandth of a unit's step, powers of ten written with a negative scale, and
 * the longest values the format reads ({@value Decimals#MAX_LENGTH} characters); ranges with an
 * open end (200-500万元(不含)) one time in three.
 */
final class EdgeMetrics {
  private static final List<Unit> UNITS = List.of(Units.WAN_YUAN, Units.YI_YUAN, Units.PERCENT,
      Units.SQUARE_KILOMETRE, Units.WAN_SQUARE_METRE, Units.HECTARE, Units.MU, Units.SQUARE_METRE,
      Units.JIA, Units.WAN_JIA, Units.GE, Units.KILOWATT_HOUR, Units.WAN_YUAN_PER_MU,
      // issue 16: a figure with no unit, a 分之 fraction, an open classifier, a classifier with 次
      Units.NUMBER, Unit.parse("亿"), Unit.parse("三分之一"), Unit.parse("万棵"), Unit.parse("艘次"));

  private static final List<BigDecimal> VALUES = List.of(
      "0", "0.00", "0E+3", "-1", "-0.5", "-5000.25", "0.01", "0.1", "0.5", "1", "5", "10", "99", "100",
      "500", "5000", "50000", "100000", "500000", "1E+3", "1E+12", "0.00001",
      "9".repeat(Decimals.MAX_LENGTH),
      "-" + "9".repeat(Decimals.MAX_LENGTH - 1),
      "0." + "0".repeat(Decimals.MAX_LENGTH - 3) + "1",
      "1234567890".repeat(5) + "." + "1234567890".repeat(4) + "123456789")
      .stream().map(BigDecimal::new).toList();

  private EdgeMetrics() {}

  /** {@link ParkGenerators#metrics()}, and one time in five an edge metric. */
  static Gen<Metric> metricsWithEdges() {
    return Generate.frequency(List.of(Pair.of(4, ParkGenerators.metrics()), Pair.of(1, edges())));
  }

  /**
   * An edge value in a unit, with any qualifier: {@link Qualifier#OVER} only for a positive value
   * and {@link Qualifier#RANGE} between two different edge values (the others are exact).
   */
  static Gen<Metric> edges() {
    return Generate.pick(VALUES).zip(Generate.pick(VALUES), Generate.pick(UNITS), Generate.enumValues(Qualifier.class),
        (value, other, unit, qualifier) -> {
          if (qualifier == Qualifier.RANGE && value.compareTo(other) != 0) {
            int open = Math.floorMod(value.hashCode() + other.hashCode(), 6); // 0, 1, 2: one end or both open
            return open > 2 ? Metric.range(value.min(other), value.max(other), unit)
                : MetricCodec.range(value.min(other), open != 1, value.max(other), open != 0, unit);
          }
          boolean exact = qualifier == Qualifier.RANGE || (qualifier == Qualifier.OVER && value.signum() <= 0);
          return Metric.of(value, unit, exact ? Qualifier.EXACT : qualifier);
        });
  }
}
