package dev.parkdata.park;

import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.model.Identifier;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.immutables.value.Value;

/** A body in a park's management: its role and the organisation that fills it. */
@Value.Immutable
@ParkdataStyle
abstract class AbstractManagement implements Serializable {
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

  /** The role. */
  @Value.Parameter
  public abstract ManagementRole role();

  /** The identifier of the organisation in that role. */
  @Value.Parameter
  public abstract Identifier organisation();

  /** {@code 运营公司 lanzhou-high-tech-investment}. */
  @Override
  public String toString() {
    return role().chineseName() + " " + organisation();
  }
}
