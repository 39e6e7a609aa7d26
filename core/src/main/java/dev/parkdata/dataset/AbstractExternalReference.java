package dev.parkdata.dataset;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The declaration that an identifier refers to an entity outside the dataset: a host park that
 * is not modelled, a ministry that recognised a cluster. A declared external resolves.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractExternalReference implements Serializable {
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

  /** The identifier. */
  public abstract Identifier id();

  /** What kind of entity it names. */
  public abstract EntityKind kind();

  /** Its name, for readers. */
  public abstract Optional<String> name();

  /** The external {@code id} of kind {@code kind} named {@code name}. */
  public static ExternalReference of(Identifier id, EntityKind kind, String name) {
    return ExternalReference.builder().id(id).kind(kind).name(name).build();
  }

  /** {@code torch-center (ORGANISATION 科技部火炬中心)}. */
  @Override
  public String toString() {
    return id() + " (" + kind() + name().map(n -> " " + n).orElse("") + ")";
  }

  @Value.Check
  void check() {
    name().ifPresent(n -> Checks.notBlank(n, "ExternalReference", "name"));
  }
}
