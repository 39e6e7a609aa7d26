package dev.parkdata.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * ISO dates and months read fast: a valid {@code yyyy-MM-dd} or {@code yyyy-MM} is built
 * directly, anything else, errors included, is left to {@code LocalDate.parse} and {@code
 * YearMonth.parse}, so the results and failures are theirs. Shared by core's period text and
 * io's reader, which read many of them. Not API: this package may change in any release.
 */
public final class IsoDates {
  private IsoDates() {}

  /**
   * {@link LocalDate#parse}, with a fast path for a valid {@code yyyy-MM-dd}.
   *
   * @throws DateTimeParseException if {@code text} is not a date
   */
  public static LocalDate date(String text) {
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

  /**
   * {@link YearMonth#parse}, with a fast path for a valid {@code yyyy-MM}.
   *
   * @throws DateTimeParseException if {@code text} is not a month
   */
  public static YearMonth yearMonth(String text) {
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
  public static int digits(String text, int from, int to) {
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
}
