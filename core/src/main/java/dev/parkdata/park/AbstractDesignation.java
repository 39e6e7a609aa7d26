package dev.parkdata.park;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.source.Citation;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A title or honour a park received in a year: 国家新型工业化产业示范基地 (2022), 首批绿色产业示范基地
 * (2020).
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractDesignation implements Serializable {
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

  /** The title, {@code 国家新型工业化产业示范基地}. */
  public abstract String title();

  /** The year it was received. */
  public abstract Year year();

  /** Who granted it: {@code 工业和信息化部}. */
  public abstract Optional<String> grantor();

  /** Where it was read. */
  public abstract Optional<Citation> citation();

  /** A designation with {@code title} received in {@code year}. */
  public static Designation of(String title, int year) {
    return Designation.builder().title(title).year(Year.of(year)).build();
  }

  /** {@code 国家新型工业化产业示范基地 (2022)}. */
  @Override
  public String toString() {
    return title() + " (" + year() + ")";
  }

  @Value.Check
  void check() {
    Checks.notBlank(title(), "Designation", "title");
    grantor().ifPresent(g -> Checks.notBlank(g, "Designation", "grantor"));
  }
}
