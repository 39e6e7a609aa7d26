package dev.parkdata.observation;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
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
        return Period.year(digits(text, 0, 4));
      case HALF:
        return Period.halfYear(digits(text, 0, 4), text.charAt(6) - '0');
      case QUARTER:
        return Period.quarter(digits(text, 0, 4), text.charAt(6) - '0');
      case MONTH:
        return Period.month(yearMonth(text));
      case DAY:
        return Period.asOf(date(text));
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
        start = LocalDate.of(digits(from, 0, 4), 1, 1);
        end = LocalDate.of(digits(to, 0, 4), 12, 31);
        break;
      case MONTH:
        start = yearMonth(from).atDay(1);
        end = yearMonth(to).atEndOfMonth();
        break;
      case DAY:
        start = date(from);
        end = date(to);
        break;
      default:
        return null;
    }
    if (end.isBefore(start)) {
      throw new DateTimeParseException("the span ends before it starts", from + "/" + to, from.length() + 1);
    }
    return Period.builder().kind(PeriodKind.SPAN).start(start).end(end).build();
  }

  /** {@link LocalDate#parse}, with a fast path for a valid {@code yyyy-MM-dd}. */
  static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1
          && day <= Month.of(month).length(Year.isLeap(year))) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** {@link YearMonth#parse}, with a fast path for a valid {@code yyyy-MM}. */
  static YearMonth yearMonth(String text) {
    if (text.length() == 7 && text.charAt(4) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      if (year >= 0 && month >= 1 && month <= 12) {
        return YearMonth.of(year, month);
      }
    }
    return YearMonth.parse(text);
  }

  /** The decimal number of the ASCII digits from {@code from} to {@code to}, or -1 if one is not. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private enum Form {
    YEAR, HALF, QUARTER, MONTH, DAY, NONE
  }

  /** {@code dddd}, {@code dddd-H[12]}, {@code dddd-Q[1-4]}, {@code dddd-dd} or {@code dddd-dd-dd}. */
  private static Form form(String text) {
    int n = text.length();
    if (n < 4 || digits(text, 0, 4) < 0) {
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
      return digits(text, 5, 7) >= 0 ? Form.MONTH : Form.NONE;
    }
    return n == 10 && digits(text, 5, 7) >= 0 && text.charAt(7) == '-' && digits(text, 8, 10) >= 0
        ? Form.DAY : Form.NONE;
  }
}
