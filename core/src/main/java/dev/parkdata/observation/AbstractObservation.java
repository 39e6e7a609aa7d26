package dev.parkdata.observation;

import dev.parkdata.industry.Industry;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.source.Citation;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reported figure: the value of an {@link Indicator} for a subject over a {@link Period},
 * as a {@link Metric} with the qualifier the report gave it, and where it was read.
 *
 * <p>{@code 截至2017年年底 … 生物医药高新技术企业3898家} is an observation of {@link
 * Indicators#HIGH_TECH_ENTERPRISES} for the national high-tech zones, as of 2017-12-31, scoped
 * to the industry 生物医药, with the metric {@code 3898家}.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractObservation implements Serializable {
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

  /** The identifier of what the figure is about: a park, cluster, chain or organisation. */
  public abstract Identifier subject();

  /** What is measured. */
  public abstract Indicator indicator();

  /** The period the figure is for. */
  public abstract Period period();

  /** The figure as reported. */
  public abstract Metric metric();

  /**
   * The industry the figure is restricted to, where the report restricts it (200多家
   * <em>生物医药</em>企业); empty for the subject as a whole.
   */
  public abstract Optional<Industry> industry();

  /** Where the figure was read. */
  public abstract Optional<Citation> citation();

  /** An observation with no industry scope and no citation. */
  public static Observation of(
      Identifier subject, Indicator indicator, Period period, Metric metric) {
    return Observation.builder()
        .subject(subject)
        .indicator(indicator)
        .period(period)
        .metric(metric)
        .build();
  }

  /** {@code G622052 企业数[enterprises] 生物医药 2024 = OVER 200家}. */
  @Override
  public String toString() {
    return subject()
        + " "
        + indicator()
        + industry().map(i -> " " + i).orElse("")
        + " "
        + period()
        + " = "
        + metric();
  }
}
