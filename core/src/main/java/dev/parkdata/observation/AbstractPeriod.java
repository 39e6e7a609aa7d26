package dev.parkdata.observation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The time a figure refers to: a flow over a year, half-year, quarter, month or longer span, or a
 * stock as of a day. Every period is a closed range of days {@code [start, end]}; its {@link
 * PeriodKind} says which calendar unit it is and is checked against the dates.
 *
 * <p>Create periods with the factories: {@code Period.year(2022)}, {@code Period.quarter(2022,
 * 3)}, {@code Period.fiveYearPlan(14)} (十四五, 2021–2025), {@code Period.asOf(date)}. Periods
 * order by end, then start, then kind: the natural order puts the most recent last.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractPeriod implements Comparable<Period>, Serializable {
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

  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::end)
          .thenComparing(Period::start)
          .thenComparing(Period::kind)
          .thenComparing(p -> p.label().orElse(""));
  private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  /** The kind of period. */
  public abstract PeriodKind kind();

  /** The first day. */
  public abstract LocalDate start();

  /** The last day (inclusive). */
  public abstract LocalDate end();

  /** The name the period goes by, {@code 十四五}. */
  public abstract Optional<String> label();

  /** The calendar year {@code year}. */
  public static Period year(int year) {
    return Period.builder()
        .kind(PeriodKind.YEAR)
        .start(LocalDate.of(year, 1, 1))
        .end(LocalDate.of(year, 12, 31))
        .build();
  }

  /** The half-year {@code half} (1 or 2) of {@code year}. */
  public static Period halfYear(int year, int half) {
    checkArgument(half == 1 || half == 2, "half must be 1 or 2, got %s", half);
    YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
    return Period.builder()
        .kind(PeriodKind.HALF_YEAR)
        .start(first.atDay(1))
        .end(first.plusMonths(5).atEndOfMonth())
        .build();
  }

  /** The quarter {@code quarter} (1 to 4) of {@code year}. */
  public static Period quarter(int year, int quarter) {
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be 1 to 4, got %s", quarter);
    YearMonth first = YearMonth.of(year, 3 * quarter - 2);
    return Period.builder()
        .kind(PeriodKind.QUARTER)
        .start(first.atDay(1))
        .end(first.plusMonths(2).atEndOfMonth())
        .build();
  }

  /** The calendar month {@code month}. */
  public static Period month(YearMonth month) {
    checkNotNull(month, "month");
    return Period.builder()
        .kind(PeriodKind.MONTH)
        .start(month.atDay(1))
        .end(month.atEndOfMonth())
        .build();
  }

  /** The whole years {@code from} to {@code to}, both included: 1997–2017. */
  public static Period years(int from, int to) {
    return Period.builder()
        .kind(PeriodKind.SPAN)
        .start(LocalDate.of(from, 1, 1))
        .end(LocalDate.of(to, 12, 31))
        .build();
  }

  /** The whole months {@code from} to {@code to}, both included: 2024年1月至5月. */
  public static Period months(YearMonth from, YearMonth to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    return Period.builder()
        .kind(PeriodKind.SPAN)
        .start(from.atDay(1))
        .end(to.atEndOfMonth())
        .build();
  }

  /**
   * The {@code number}th five-year plan, labelled as it is called: {@code fiveYearPlan(14)} is
   * 十四五, 2021–2025. The first plan ran 1953–1957, the second 1958–1962; after three years of
   * adjustment the third began in 1966.
   */
  public static Period fiveYearPlan(int number) {
    checkArgument(
        number >= 1 && number <= 99, "five-year plan number must be 1 to 99, got %s", number);
    int start = number == 1 ? 1953 : number == 2 ? 1958 : 1966 + 5 * (number - 3);
    return years(start, start + 4).withLabel(chineseNumber(number) + "五");
  }

  /** The day {@code date}, for a stock counted then: 截至2017年年底 is {@code asOf(2017-12-31)}. */
  public static Period asOf(LocalDate date) {
    checkNotNull(date, "date");
    return Period.builder().kind(PeriodKind.AS_OF).start(date).end(date).build();
  }

  /** The end of {@code year}: 截至2017年年底. */
  public static Period endOf(Year year) {
    checkNotNull(year, "year");
    return asOf(year.atMonth(Month.DECEMBER).atEndOfMonth());
  }

  /** Whether {@code date} lies in this period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** Whether this period lies wholly within {@code other}. */
  public boolean isWithin(Period other) {
    return !start().isBefore(other.start()) && !end().isAfter(other.end());
  }

  @Override
  public int compareTo(Period other) {
    return ORDER.compare((Period) this, other);
  }

  /**
   * The text form, which {@link #parse(CharSequence)} reads back: {@code 2022} (a year), {@code
   * 2022-H1}, {@code 2022-Q3}, {@code 2024-05} (a month), {@code 2017-12-31} (as of a day) and ISO
   * 8601 intervals for spans, as short as the dates allow: {@code 2021/2025}, {@code
   * 2024-01/2024-05}, {@code 2017-12-31/2018-03-01}. A label follows after a space: {@code
   * 2021/2025 十四五}.
   */
  @Override
  public String toString() {
    String text = unlabelledText();
    return label().map(l -> text + " " + l).orElse(text);
  }

  private String unlabelledText() {
    LocalDate start = start();
    switch (kind()) {
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
        return spanText();
    }
  }

  private String spanText() {
    boolean wholeMonths =
        start().getDayOfMonth() == 1 && end().equals(YearMonth.from(end()).atEndOfMonth());
    if (wholeMonths && start().getMonthValue() == 1 && end().getMonthValue() == 12) {
      return start().getYear() + "/" + end().getYear();
    }
    if (wholeMonths) {
      return YearMonth.from(start()) + "/" + YearMonth.from(end());
    }
    return start() + "/" + end();
  }

  /**
   * Reads the text form of {@link #toString()}: {@code 2022}, {@code 2022-H1}, {@code 2022-Q3},
   * {@code 2022-04}, {@code 2022-12-31} (as of a day), {@code 2021/2025}, {@code
   * 2021-01/2022-06}, {@code 2021-01-05/2021-02-03}, each optionally followed by a space and a
   * label. Digits are ASCII; years have four.
   *
   * @throws DateTimeParseException naming the text and the index where it stops being a period
   */
  public static Period parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    int space = s.indexOf(' ');
    String form = space < 0 ? s : s.substring(0, space);
    Period period;
    try {
      period = PeriodText.parse(form);
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException(
          "'" + s + "' is not a period: " + e.getMessage(), s, e.getErrorIndex(), e);
    }
    if (period == null) {
      throw new DateTimeParseException("'" + s + "' is not a period; expected " + PeriodText.EXPECTED, s, 0);
    }
    if (space < 0) {
      return period;
    }
    String label = s.substring(space + 1);
    if (label.isBlank()) {
      throw new DateTimeParseException("'" + s + "' has a blank label", s, space + 1);
    }
    return period.withLabel(label);
  }

  private static String chineseNumber(int n) {
    if (n < 10) {
      return DIGITS[n];
    }
    return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
  }

  @Value.Check
  void check() {
    Checks.check(
        !end().isBefore(start()), "Period", "end", "%s is before start %s", end(), start());
    label().ifPresent(l -> Checks.notBlank(l, "Period", "label"));
    LocalDate start = start();
    LocalDate end = end();
    boolean monthStart = start.getDayOfMonth() == 1;
    boolean monthEnd = end.equals(YearMonth.from(end).atEndOfMonth());
    boolean wholeMonths = monthStart && monthEnd;
    long months = YearMonth.from(start).until(YearMonth.from(end), ChronoUnit.MONTHS) + 1;
    int first = start.getMonthValue();
    switch (kind()) {
      case YEAR:
        alignedTo(wholeMonths && first == 1 && months == 12, "a calendar year");
        break;
      case HALF_YEAR:
        alignedTo(wholeMonths && first % 6 == 1 && months == 6, "a calendar half-year");
        break;
      case QUARTER:
        alignedTo(wholeMonths && first % 3 == 1 && months == 3, "a calendar quarter");
        break;
      case MONTH:
        alignedTo(wholeMonths && months == 1, "a calendar month");
        break;
      case AS_OF:
        alignedTo(start.equals(end), "a single day");
        break;
      default:
        break;
    }
  }

  private void alignedTo(boolean aligned, String what) {
    Checks.check(
        aligned, "Period", "kind", "%s is not %s: %s..%s", kind(), what, start(), end());
  }
}
