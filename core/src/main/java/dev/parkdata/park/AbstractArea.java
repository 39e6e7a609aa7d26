package dev.parkdata.park;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.metric.Metric;
import dev.parkdata.source.Citation;
import dev.parkdata.unit.Dimension;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of a zone's areas: its {@link AreaKind} and the figure, in any area unit (平方公里, 公顷, 亩,
 * 万平方米) with its qualifier. Areas are never negative.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractArea implements Serializable {
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

  /** Which area this is. */
  @Value.Parameter
  public abstract AreaKind kind();

  /** The figure, in an area unit. */
  @Value.Parameter
  public abstract Metric metric();

  /** Where the figure was read. */
  public abstract Optional<Citation> citation();

  /** {@code 核准面积 EXACT 31.85平方公里}. */
  @Override
  public String toString() {
    return kind().chineseName() + " " + metric();
  }

  @Value.Check
  void check() {
    String attribute = "metric";
    Checks.dimension(metric(), Dimension.Kind.AREA, "Area", attribute);
    Checks.nonNegative(metric(), "Area", attribute);
  }
}
