package dev.parkdata.io;

import dev.parkdata.observation.Period;
import dev.parkdata.observation.PeriodKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The text form of a {@link Period}: {@code "2022"} (a year), {@code "2022-H1"}, {@code
 * "2022-Q3"}, {@code "2022-04"} (a month), {@code "2022-12-31"} (as of a day) and ISO 8601
 * intervals for spans: {@code "2021/2025"}, {@code "2021-01/2022-06"}, {@code
 * "2021-01-05/2021-02-03"}. A label is not part of the text.
 */
final class Periods {
  static final String EXPECTED =
      "a period such as 2022, 2022-H1, 2022-Q3, 2022-04, 2022-12-31 (as of a day) or a span 2021/2025";

  private Periods() {}

  static String toText(Period period) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    switch (period.kind()) {
      case YEAR:
        return String.valueOf(start.getYear());
      case HALF_YEAR:
        return start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2);
      case QUARTER:
        return start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
      case MONTH:
        return YearMonth.from(start).toString();
      case AS_OF:
        return start.toString();
      default:
        boolean wholeMonths =
            start.getDayOfMonth() == 1 && end.equals(YearMonth.from(end).atEndOfMonth());
        if (wholeMonths && start.getMonthValue() == 1 && end.getMonthValue() == 12) {
          return start.getYear() + "/" + end.getYear();
        }
        if (wholeMonths) {
          return YearMonth.from(start) + "/" + YearMonth.from(end);
        }
        return start + "/" + end;
    }
  }

  /**
   * Reads the text form; returns null if {@code text} is not one (the caller reports where).
   *
   * @throws IllegalArgumentException if it has the form but not a valid value (month 13)
   */
  static Period parse(String text) {
    try {
      int slash = text.indexOf('/');
      if (slash >= 0) {
        return span(text.substring(0, slash), text.substring(slash + 1));
      }
      switch (form(text)) {
        case YEAR:
          return Period.year(JsonIn.digits(text, 0, 4));
        case HALF:
          return Period.halfYear(JsonIn.digits(text, 0, 4), text.charAt(6) - '0');
        case QUARTER:
          return Period.quarter(JsonIn.digits(text, 0, 4), text.charAt(6) - '0');
        case MONTH:
          return Period.month(JsonIn.parseYearMonth(text));
        case DAY:
          return Period.asOf(JsonIn.parseDate(text));
        default:
          return null;
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
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
        start = LocalDate.of(JsonIn.digits(from, 0, 4), 1, 1);
        end = LocalDate.of(JsonIn.digits(to, 0, 4), 12, 31);
        break;
      case MONTH:
        start = JsonIn.parseYearMonth(from).atDay(1);
        end = JsonIn.parseYearMonth(to).atEndOfMonth();
        break;
      case DAY:
        start = JsonIn.parseDate(from);
        end = JsonIn.parseDate(to);
        break;
      default:
        return null;
    }
    return Period.builder().kind(PeriodKind.SPAN).start(start).end(end).build();
  }

  /** The forms of the text of a period without a span, recognized by their shapes. */
  private enum Form {
    YEAR, HALF, QUARTER, MONTH, DAY, NONE
  }

  /**
   * The form {@code text} has: {@code dddd}, {@code dddd-H[12]}, {@code dddd-Q[1-4]}, {@code
   * dddd-dd} or {@code dddd-dd-dd}, with ASCII digits {@code d}.
   */
  private static Form form(String text) {
    int n = text.length();
    if (n < 4 || JsonIn.digits(text, 0, 4) < 0) {
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
      return JsonIn.digits(text, 5, 7) >= 0 ? Form.MONTH : Form.NONE;
    }
    return n == 10 && JsonIn.digits(text, 5, 7) >= 0 && text.charAt(7) == '-' && JsonIn.digits(text, 8, 10) >= 0
        ? Form.DAY : Form.NONE;
  }
}
