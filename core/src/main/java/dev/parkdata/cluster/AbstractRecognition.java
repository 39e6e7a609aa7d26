package dev.parkdata.cluster;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.model.Identifier;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The official recognition of a cluster: by which body, under which programme, in which batch
 * and year. The Torch Center (科技部火炬中心) recognised 21 innovative biomedicine clusters in
 * three batches by 2018.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractRecognition implements Serializable {
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

  /** The identifier of the recognising body, an organisation. */
  public abstract Identifier body();

  /** The programme, {@code 创新型产业集群}. */
  public abstract Optional<String> programme();

  /** The batch number, from 1. */
  public abstract Optional<Integer> batch();

  /** The year of recognition. */
  public abstract Optional<Year> year();

  /** {@code torch-center 创新型产业集群 batch 2 (2013)}. */
  @Override
  public String toString() {
    return body()
        + programme().map(p -> " " + p).orElse("")
        + batch().map(b -> " batch " + b).orElse("")
        + year().map(y -> " (" + y + ")").orElse("");
  }

  @Value.Check
  void check() {
    programme().ifPresent(p -> Checks.notBlank(p, "Recognition", "programme"));
    batch()
        .ifPresent(
            b -> Checks.check(b >= 1, "Recognition", "batch", "must be at least 1, got %d", b));
  }
}
