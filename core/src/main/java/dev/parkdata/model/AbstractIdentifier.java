package dev.parkdata.model;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ParkdataStyle;
import java.util.regex.Pattern;
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
abstract class AbstractIdentifier implements Comparable<Identifier> {
  private static final Pattern SYNTAX =
      Pattern.compile("[A-Za-z0-9]+(?:[-._:][A-Za-z0-9]+)*");
  private static final Pattern CATALOGUE_CODE = Pattern.compile("[GS][0-9]{6}");

  /** The identifier text. */
  @Value.Parameter
  public abstract String value();


  /**
   * Whether this is a code of the 中国开发区审核公告目录: {@code G} (State Council) or {@code S}
   * (provincial government), then six digits whose first two are the GB/T 2260 province code.
   */
  public boolean isCatalogueCode() {
    return CATALOGUE_CODE.matcher(value()).matches();
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

  @Value.Check
  void check() {
    Checks.check(
        value().length() <= 100 && SYNTAX.matcher(value()).matches(),
        "Identifier",
        "value",
        "'%s' is not an identifier: ASCII letters and digits separated by single - . _ or :",
        value());
  }
}
