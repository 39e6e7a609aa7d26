package dev.parkdata.policy;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One measure of a policy: what it grants ({@link MeasureKind}), how much, how often and to whom.
 *
 * <p>The {@link #amount()} carries its qualifier: 最高2000万元 is {@code AT_MOST 2000万元}, a cap
 * ({@link #cap()}); 一次性100万元以上 is {@code AT_LEAST 100万元}; a fixed sum is {@code EXACT}. A
 * {@link #rate()} gives the amount as a share of a base (研发投入的20%), usually with a cap.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractMeasure implements Serializable {
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

  /** What the measure grants. */
  public abstract MeasureKind kind();

  /** What the measure is for, in brief: {@code 联合组建实验室和创新中心}. */
  public abstract Optional<String> description();

  /** The amount with its qualifier; never negative. */
  public abstract Optional<Metric> amount();

  /** The amount as a share of a base. */
  public abstract Optional<Rate> rate();

  /** How often the amount can be granted. */
  public abstract Optional<MeasurePeriod> period();

  /** Who is eligible, in the policy's words. */
  public abstract Optional<String> eligibility();

  /** The amount if it is a cap ({@link Qualifier#AT_MOST}). */
  public Optional<Metric> cap() {
    return amount().filter(a -> a.qualifier() == Qualifier.AT_MOST);
  }

  /** {@code 补贴 AT_MOST 2000万元 每年}. */
  @Override
  public String toString() {
    return kind().chineseName()
        + rate().map(r -> " " + r).orElse("")
        + amount().map(a -> " " + a).orElse("")
        + period().map(p -> " " + p.chineseName()).orElse("");
  }

  @Value.Check
  void check() {
    amount().ifPresent(a -> Checks.nonNegative(a, "Measure", "amount"));
    description().ifPresent(d -> Checks.notBlank(d, "Measure", "description"));
    eligibility().ifPresent(e -> Checks.notBlank(e, "Measure", "eligibility"));
  }
}
