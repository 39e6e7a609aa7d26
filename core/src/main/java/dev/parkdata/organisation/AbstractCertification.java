package dev.parkdata.organisation;

import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Year;
import org.immutables.value.Value;

/** A certification an organisation held in a year: 高新技术企业 in 2020. */
@Value.Immutable
@ParkdataStyle
abstract class AbstractCertification implements Serializable {
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

  /** The certification. */
  @Value.Parameter
  public abstract CertificationKind kind();

  /** The year it was held (or first granted). */
  @Value.Parameter
  public abstract Year year();

  /** {@code 高新技术企业 2020}. */
  @Override
  public String toString() {
    return kind().chineseName() + " " + year();
  }
}
