package dev.parkdata.policy;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Indicator;
import dev.parkdata.unit.Dimension;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure's amount as a share of a base: 按照其研发投入的20% is the ratio {@code 20%} of the base
 * {@link dev.parkdata.observation.Indicators#RD_SPENDING}. The base is an indicator where one
 * fits, otherwise described in words; a rate without either is structurally possible but
 * incomplete.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractRate implements Serializable {
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

  /** The share, a non-negative ratio ({@code 20%}). */
  public abstract Metric share();

  /** The base the share is taken of, as an indicator. */
  public abstract Optional<Indicator> base();

  /** The base in words, where no indicator fits or to be more precise than one. */
  public abstract Optional<String> baseDescription();

  /** The rate {@code share} of {@code base}. */
  public static Rate of(Metric share, Indicator base) {
    return Rate.builder().share(share).base(base).build();
  }

  /** {@code EXACT 20% of 研发投入[rd-spending]}. */
  @Override
  public String toString() {
    return share()
        + base().map(b -> " of " + b).orElse("")
        + baseDescription().map(d -> " (" + d + ")").orElse("");
  }

  @Value.Check
  void check() {
    Checks.dimension(share(), Dimension.Kind.RATIO, "Rate", "share");
    Checks.nonNegative(share(), "Rate", "share");
    baseDescription().ifPresent(d -> Checks.notBlank(d, "Rate", "baseDescription"));
  }
}
