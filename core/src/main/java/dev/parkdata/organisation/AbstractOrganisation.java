package dev.parkdata.organisation;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.location.Location;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Observed;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An enterprise or other organisation: a company, research institute, university, government
 * body (a park's 管委会, the Torch Center), fund or operator; its certifications by year, where it
 * is and the park it is in.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractOrganisation implements Observed, Serializable {
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

  /** The identifier: the unified social credit code where known, otherwise a slug. */
  public abstract Identifier id();

  /** The names: 兰州积石药业有限公司, short name 积石药业. */
  public abstract Names names();

  /** The kind of organisation. */
  public abstract OrganisationKind kind();

  /** The certifications held, by year. */
  public abstract List<Certification> certifications();

  /** The year it was founded. */
  public abstract Optional<Year> founded();

  /** Where it is. */
  public abstract Optional<Location> location();

  /** The identifier of the park it is located in. */
  public abstract Optional<Identifier> park();

  /** The figures reported about it; each has this organisation's {@link #id()} as subject. */
  @Override
  public abstract List<Observation> observations();

  /** Whether it held {@code kind} in {@code year}. */
  public boolean holds(CertificationKind kind, Year year) {
    checkNotNull(kind, "kind");
    checkNotNull(year, "year");
    return certifications().contains(Certification.of(kind, year));
  }

  /** {@code Organisation{jishi-pharma 兰州积石药业有限公司, COMPANY}}. */
  @Override
  public String toString() {
    return "Organisation{" + id() + " " + names().official() + ", " + kind() + "}";
  }

  @Value.Check
  void check() {
    Checks.observationsAbout(id(), observations(), "Organisation");
  }
}
