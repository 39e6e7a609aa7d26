package dev.parkdata.io;

import java.time.LocalDate;
import java.time.YearMonth;
import tools.jackson.core.JsonGenerator;

/** The fast paths of writing dates and months. */
final class ValueCodecs {
  private ValueCodecs() {}

  /** Writes {@code date} as {@link LocalDate#toString()} does, without making a string. */
  static void writeDate(JsonGenerator g, LocalDate date) {
    writeIso(g, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), date);
  }

  /** Writes {@code month} as {@link YearMonth#toString()} does, without making a string. */
  static void writeYearMonth(JsonGenerator g, YearMonth month) {
    writeIso(g, month.getYear(), month.getMonthValue(), 0, month);
  }

  /**
   * Writes {@code yyyy-MM-dd}, or {@code yyyy-MM} if {@code day} is 0, as the {@code toString} of
   * {@code value} (used for years beyond four digits) does.
   */
  private static void writeIso(JsonGenerator g, int year, int month, int day, Object value) {
    if (year < 0 || year > 9999) {
      g.writeString(value.toString());
      return;
    }
    char[] text = new char[day == 0 ? 7 : 10];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, month, 2);
    if (day != 0) {
      text[7] = '-';
      digits(text, 8, day, 2);
    }
    g.writeString(text, 0, text.length);
  }

  /** Writes {@code count} decimal digits of {@code value} into {@code text} from {@code at}. */
  private static void digits(char[] text, int at, int value, int count) {
    int rest = value;
    for (int i = at + count - 1; i >= at; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
  }
}
