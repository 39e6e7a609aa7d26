package dev.parkdata.validation;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import org.immutables.value.Value;

/**
 * One problem found in data: which {@linkplain #code() rule} found it, how {@linkplain
 * #severity() bad} it is, {@linkplain #path() where} the offending value lies, the {@linkplain
 * #figures() figures} involved and a message in {@linkplain #chinese() Chinese} and {@linkplain
 * #english() English}. Violations are usually produced by a {@link Rule} run by a {@link
 * Validator}, but anything that finds a problem can build one, such as an importer rejecting a
 * row:
 *
 * <pre>{@code
 * Violation v = Violation.builder()
 *     .code("catalogue.bad-date")
 *     .severity(Severity.ERROR)
 *     .path(Path.root().field("rows").index(37).field("批准时间"))
 *     .addFigure(Figure.of("value", "1992年13月"))
 *     .chinese("批准时间“1992年13月”不是有效的年月")
 *     .english("approval date '1992年13月' is not a valid year and month")
 *     .build();
 * ValidationReport report = ValidationReport.of(List.of(v));
 * }</pre>
 *
 * <p>A code is lower-case ASCII words joined by {@code -}, in one or more groups joined by
 * {@code .}: {@code area.subzones-exceed-parent}. Built-in codes are listed in {@link
 * StandardRules}.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractViolation implements Serializable {
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

  /** The code of the rule that found the problem, {@code "area.subzones-exceed-parent"}. */
  public abstract String code();

  /** How bad the problem is. */
  public abstract Severity severity();

  /** Where the offending value lies. */
  public abstract Path path();

  /** The offending figures, in the order the message names them. */
  public abstract List<Figure> figures();

  /** The message in simplified Chinese, naming the figures in Chinese format. */
  public abstract String chinese();

  /** The message in English, naming the figures in Chinese format. */
  public abstract String english();

  /**
   * Whether {@code pattern} selects this violation's code: it equals the code, or is one or more
   * of its leading {@code .}-separated groups ({@code "area"} selects {@code
   * area.subzones-exceed-parent}).
   */
  public boolean hasCode(String pattern) {
    return StandardRules.matches(pattern, code());
  }

  /** {@code ERROR area.subzones-exceed-parent at parks[G112001].areas[approved]: message}. */
  @Override
  public String toString() {
    return severity() + " " + code() + " at " + path() + ": " + english();
  }

  @Value.Check
  void check() {
    Checks.check(
        Checks.isDottedWordCode(code()),
        "Violation",
        "code",
        "'%s' is not lower-case ASCII words joined by - in groups joined by .",
        code());
    Checks.notBlank(chinese(), "Violation", "chinese");
    Checks.notBlank(english(), "Violation", "english");
  }

  static boolean isCode(String code) {
    return Checks.isDottedWordCode(code);
  }
}
