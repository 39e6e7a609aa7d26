package dev.parkdata.io;

import dev.parkdata.observation.Period;
import java.time.format.DateTimeParseException;

/** The text form of a {@link Period} is core's, {@link Period#parse} and {@link Period#toString}. */
final class Periods {
  static final String EXPECTED =
      "a period such as 2022, 2022-H1, 2022-Q3, 2022-04, 2022-12-31 (as of a day) or a span 2021/2025";

  private Periods() {}

  /** The unlabelled text of {@code period}: its label goes in a field of its own. */
  static String toText(Period period) {
    return period.label().isPresent() ? period.withLabel(java.util.Optional.empty()).toString() : period.toString();
  }

  /**
   * Reads the unlabelled text form; null if {@code text} has none of the forms.
   *
   * @throws IllegalArgumentException if it has a form but not a valid value (month 13)
   */
  static Period parse(String text) {
    if (text.indexOf(' ') >= 0) {
      return null;
    }
    try {
      return Period.parse(text);
    } catch (DateTimeParseException e) {
      if (e.getCause() == null) {
        return null;
      }
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
