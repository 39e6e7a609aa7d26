package dev.parkdata.io;

import dev.parkdata.observation.Period;
import dev.parkdata.observation.PeriodKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of a {@link Period}: {@code "2022"} (a year), {@code "2022-H1"}, {@code
 * "2022-Q3"}, {@code "2022-04"} (a month), {@code "2022-12-31"} (as of a day) and ISO 8601
 * intervals for spans: {@code "2021/2025"}, {@code "2021-01/2022-06"}, {@code
 * "2021-01-05/2021-02-03"}. A label is not part of the text.
 */
final class Periods {
  static final String EXPECTED =
      "a period such as 2022, 2022-H1, 2022-Q3, 2022-04, 2022-12-31 (as of a day) or a span 2021/2025";
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
      Matcher m;
      if (YEAR.matcher(text).matches()) {
        return Period.year(Integer.parseInt(text));
      } else if ((m = HALF.matcher(text)).matches()) {
        return Period.halfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      } else if ((m = QUARTER.matcher(text)).matches()) {
        return Period.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      } else if (MONTH.matcher(text).matches()) {
        return Period.month(YearMonth.parse(text));
      } else if (DAY.matcher(text).matches()) {
        return Period.asOf(LocalDate.parse(text));
      }
      return null;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Period span(String from, String to) {
    LocalDate start;
    LocalDate end;
    if (YEAR.matcher(from).matches() && YEAR.matcher(to).matches()) {
      start = LocalDate.of(Integer.parseInt(from), 1, 1);
      end = LocalDate.of(Integer.parseInt(to), 12, 31);
    } else if (MONTH.matcher(from).matches() && MONTH.matcher(to).matches()) {
      start = YearMonth.parse(from).atDay(1);
      end = YearMonth.parse(to).atEndOfMonth();
    } else if (DAY.matcher(from).matches() && DAY.matcher(to).matches()) {
      start = LocalDate.parse(from);
      end = LocalDate.parse(to);
    } else {
      return null;
    }
    return Period.builder().kind(PeriodKind.SPAN).start(start).end(end).build();
  }
}
