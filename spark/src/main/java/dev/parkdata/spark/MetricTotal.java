package dev.parkdata.spark;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricParser;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * {@code pd_total}: the exact total of a group's figures, {@link Metric#plus} one after another,
 * in the unit of the first. The partial total travels between tasks as its text (the figure's
 * {@code toString}, which the parser reads back to an equal figure) and the problem that stopped
 * it, if any: a figure that is no figure, or units of two dimensions, make the total a problem
 * row rather than a total that leaves something out. An empty group, or one of nulls only, has
 * a null total.
 *
 * <p>Spark adds a group's figures in the order and grouping its tasks give them. The total's value
 * and the ends of its bounds do not depend on that; how it is written may, where figures are bounded
 * open (余): 100 × 2.2万余人 is 220万余人 added one by one and 2200000-2300000人 from two partial
 * totals of fifty, the same ends, since a range's text cannot say that an end is left out
 * ({@link Metric#total} adds in the order given).
 */
final class MetricTotal extends Aggregator<Row, Tuple2<String, String>, Row> {
  private static final long serialVersionUID = 1L;

  /** What the aggregate takes: one column, a figure (a row encoder's fields are the arguments). */
  static final StructType INPUT = ParkdataTypes.struct("metric", ParkdataTypes.METRIC);

  @Override
  public Tuple2<String, String> zero() {
    return new Tuple2<>(null, null);
  }

  @Override
  public Tuple2<String, String> reduce(Tuple2<String, String> total, Row input) {
    if (input == null || input.isNullAt(0) || total._2() != null) {
      return total;
    }
    Row row = input.getStruct(0);
    String problem = MetricRows.problemOf(row);
    if (problem != null) {
      return new Tuple2<>(null, "a figure of the group is none: " + problem);
    }
    try {
      return add(total, MetricRows.metric(row));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return new Tuple2<>(null, e.getMessage());
    }
  }

  @Override
  public Tuple2<String, String> merge(Tuple2<String, String> a, Tuple2<String, String> b) {
    if (a._2() != null || b._1() == null && b._2() == null) {
      return a;
    }
    if (b._2() != null || a._1() == null) {
      return b;
    }
    try {
      return add(a, parse(b._1()));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return new Tuple2<>(null, e.getMessage());
    }
  }

  private static Tuple2<String, String> add(Tuple2<String, String> total, Metric m) {
    Metric sum = total._1() == null ? m : parse(total._1()).plus(m);
    return new Tuple2<>(sum.toString(), null);
  }

  private static Metric parse(String text) {
    return MetricParser.standard().parse(text);
  }

  @Override
  public Row finish(Tuple2<String, String> total) {
    if (total._2() != null) {
      return MetricRows.problem(total._2());
    }
    return total._1() == null ? null : MetricRows.row(parse(total._1()));
  }

  @Override
  public Encoder<Tuple2<String, String>> bufferEncoder() {
    return Encoders.tuple(Encoders.STRING(), Encoders.STRING());
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(ParkdataTypes.METRIC);
  }
}
