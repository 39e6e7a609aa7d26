package dev.parkdata.observation;

import dev.parkdata.internal.IsoDates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the unlabelled text form of {@link Period}, recognising each form by its shape and
 * reading valid {@code yyyy-MM} and {@code yyyy-MM-dd} without {@code java.time}'s formatter
 * (which a dataset of a million observations would otherwise spend its time in).
 */
final class PeriodText {
  static final String EXPECTED =
      "a period such as 2022, 2022-H1, 2022-Q3, 2022-04, 2022-12-31 (as of a day) or a span 2021/2025";

  private PeriodText() {}

  /**
   * The period {@code text} is, or null if it has none of the forms.
   *
   * @throws DateTimeParseException if it has a form but not a valid value (month 13)
   */
  static Period parse(String text) {
    int slash = text.indexOf('/');
    if (slash >= 0) {
      return span(text.substring(0, slash), text.substring(slash + 1));
    }
    switch (form(text)) {
      case YEAR:
        return Period.year(IsoDates.digits(text, 0, 4));
      case HALF:
        return Period.halfYear(IsoDates.digits(text, 0, 4), text.charAt(6) - '0');
      case QUARTER:
        return Period.quarter(IsoDates.digits(text, 0, 4), text.charAt(6) - '0');
      case MONTH:
        return Period.month(IsoDates.yearMonth(text));
      case DAY:
        return Period.asOf(IsoDates.date(text));
      default:
        return null;
    }
  }

  private static Period span(String from, String to) {
    Form form = form(from);
    if (form != form(to)) {
      return null;
    }
    LocalDate start;
    LocalDate end;
    switch (form) {
      case YEAR:
        start = LocalDate.of(IsoDates.digits(from, 0, 4), 1, 1);
        end = LocalDate.of(IsoDates.digits(to, 0, 4), 12, 31);
        break;
      case MONTH:
        start = IsoDates.yearMonth(from).atDay(1);
        end = IsoDates.yearMonth(to).atEndOfMonth();
        break;
      case DAY:
        start = IsoDates.date(from);
        end = IsoDates.date(to);
        break;
      default:
        return null;
    }
    if (end.isBefore(start)) {
      throw new DateTimeParseException("the span ends before it starts", from + "/" + to, from.length() + 1);
    }
    return Period.builder().kind(PeriodKind.SPAN).start(start).end(end).build();
  }

  private enum Form {
    YEAR, HALF, QUARTER, MONTH, DAY, NONE
  }

  /** {@code dddd}, {@code dddd-H[12]}, {@code dddd-Q[1-4]}, {@code dddd-dd} or {@code dddd-dd-dd}. */
  private static Form form(String text) {
    int n = text.length();
    if (n < 4 || IsoDates.digits(text, 0, 4) < 0) {
      return Form.NONE;
    }
    if (n == 4) {
      return Form.YEAR;
    }
    if (text.charAt(4) != '-') {
      return Form.NONE;
    }
    if (n == 7) {
      char kind = text.charAt(5);
      char number = text.charAt(6);
      if (kind == 'H') {
        return number == '1' || number == '2' ? Form.HALF : Form.NONE;
      }
      if (kind == 'Q') {
        return number >= '1' && number <= '4' ? Form.QUARTER : Form.NONE;
      }
      return IsoDates.digits(text, 5, 7) >= 0 ? Form.MONTH : Form.NONE;
    }
    return n == 10 && IsoDates.digits(text, 5, 7) >= 0 && text.charAt(7) == '-' && IsoDates.digits(text, 8, 10) >= 0
        ? Form.DAY : Form.NONE;
  }
}
