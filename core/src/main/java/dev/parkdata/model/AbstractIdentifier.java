package dev.parkdata.model;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * The stable identifier of an entity of a dataset: the catalogue code for a zone of the national
 * catalogue ({@code G112001}), otherwise a slug ({@code beijing-ftz-technology-innovation}).
 * Other entities refer to each other by identifier, never by name.
 *
 * <p>An identifier is ASCII letters and digits, optionally separated by single {@code -}, {@code
 * .}, {@code _} or {@code :}, at most 100 characters. Case is significant.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractIdentifier implements Comparable<Identifier>, Serializable {
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

  /** The identifier text. */
  @Value.Parameter
  public abstract String value();


  /**
   * Whether this is a code of the 中国开发区审核公告目录: {@code G} (State Council) or {@code S}
   * (provincial government), then six digits whose first two are the GB/T 2260 province code.
   */
  public boolean isCatalogueCode() {
    // [GS][0-9]{6}, checked by hand: catalogues are built mostly interpreted, where a regex is slow.
    String v = value();
    if (v.length() != 7 || (v.charAt(0) != 'G' && v.charAt(0) != 'S')) {
      return false;
    }
    for (int i = 1; i < 7; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(Identifier other) {
    return value().compareTo(other.value());
  }

  /** The identifier text, {@code G112001}. */
  @Override
  public String toString() {
    return value();
  }

  /** Whether {@code v} matches {@code [A-Za-z0-9]+(?:[-._:][A-Za-z0-9]+)*}. */
  private static boolean isWellFormed(String v) {
    boolean afterSeparator = true; // no separator at the start
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterSeparator = false;
      } else if ((c == '-' || c == '.' || c == '_' || c == ':') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator; // not empty, no separator at the end
  }

  @Value.Check
  void check() {
    Checks.check(
        value().length() <= 100 && isWellFormed(value()),
        "Identifier",
        "value",
        "'%s' is not an identifier: ASCII letters and digits separated by single - . _ or :",
        value());
  }
}
