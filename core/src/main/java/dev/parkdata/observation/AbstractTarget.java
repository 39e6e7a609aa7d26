package dev.parkdata.observation;

import dev.parkdata.industry.Industry;
import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.metric.Metric;
import dev.parkdata.source.Citation;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stated goal: an {@link Indicator} is to reach a threshold by a deadline. The threshold's
 * qualifier is the goal's word: 突破1900亿元 is {@code MORE_THAN 1900亿元}, 达到63% is {@code
 * EXACT 63%}, 不低于 {@code AT_LEAST}.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractTarget implements Serializable {
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

  /** What the goal is measured in. */
  public abstract Indicator indicator();

  /** The threshold, with the qualifier the goal states. */
  public abstract Metric threshold();

  /** The period by whose end the goal is to be met: {@code 到2022年} is the year 2022. */
  public abstract Optional<Period> deadline();

  /** The industry the goal is restricted to. */
  public abstract Optional<Industry> industry();

  /**
   * What exactly is aggregated, where the indicator alone does not say: {@code
   * 六大产业链总营收}.
   */
  public abstract Optional<String> description();

  /** Where the goal was read. */
  public abstract Optional<Citation> citation();

  /** A target with a deadline. */
  public static Target of(Indicator indicator, Metric threshold, Period deadline) {
    return Target.builder().indicator(indicator).threshold(threshold).deadline(deadline).build();
  }

  /** {@code 营业收入[revenue] MORE_THAN 1900亿元 by 2022}. */
  @Override
  public String toString() {
    return indicator()
        + industry().map(i -> " " + i).orElse("")
        + " "
        + threshold()
        + deadline().map(d -> " by " + d).orElse("");
  }

  @Value.Check
  void check() {
    description().ifPresent(d -> Checks.notBlank(d, "Target", "description"));
  }
}
