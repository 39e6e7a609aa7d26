package dev.parkdata.validation;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricFormat;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One offending figure of a {@link Violation}, with a label saying what it is: {@code parent =
 * 119.68平方公里}, {@code sum = 120平方公里}, {@code source = 兰州日报《…》2024-03-01}, or the raw text
 * of a bad CSV cell. A figure is either a {@link dev.parkdata.metric.Metric} (then {@link #text()} is its simplified
 * Chinese {@linkplain dev.parkdata.metric.MetricFormat#SIMPLIFIED format}) or text alone.
 *
 * <pre>{@code
 * Figure.of("parent", Metric.parse("119.68平方公里")).text();  // "119.68平方公里"
 * Figure.of("value", "1992年13月").metric();                  // Optional.empty()
 * }</pre>
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractFigure implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Serialized as a {@link ModelSer}: by attribute, read back through the builder. */
  final Object writeReplace() {
    return new ModelSer(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }

  private void readObjectNoData() throws InvalidObjectException {
    throw SerialData.delegated();
  }

  /** What the figure is, {@code "parent"}, {@code "subZones[0]"}, {@code "value"}. */
  public abstract String label();

  /** The figure as text: a metric in simplified Chinese format, or the text given. */
  public abstract String text();

  /** The figure as a metric, when it is one. */
  public abstract Optional<Metric> metric();

  /** The metric {@code metric} labelled {@code label}; its text is the simplified format. */
  public static Figure of(String label, Metric metric) {
    return Figure.builder()
        .label(label)
        .text(MetricFormat.SIMPLIFIED.format(metric))
        .metric(metric)
        .build();
  }

  /** The text {@code text} labelled {@code label}: a date, an identifier, a raw cell. */
  public static Figure of(String label, String text) {
    return Figure.builder().label(label).text(text).build();
  }

  /** {@code label = text}, {@code parent = 119.68平方公里}. */
  @Override
  public String toString() {
    return label() + " = " + text();
  }

  @Value.Check
  void check() {
    Checks.notBlank(label(), "Figure", "label");
  }
}
