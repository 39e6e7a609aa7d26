package dev.parkdata.industry;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * An industry as a park or report names it: 生物医药, 电子信息, 半导体和集成电路. Industries are an
 * open vocabulary, so an industry is its name; two industries are equal when their names are.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractIndustry implements Serializable {
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

  /** The name in simplified characters, {@code 生物医药}. */
  @Value.Parameter
  public abstract String name();


  /** The name. */
  @Override
  public String toString() {
    return name();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Industry", "name");
  }
}
