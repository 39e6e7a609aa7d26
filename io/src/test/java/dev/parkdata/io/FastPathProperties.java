package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parkdata.observation.Period;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.core.JsonGenerator;

/**
 * The hand-written fast paths of reading and writing agree with the library code they stand in
 * for: decimals against {@code stripTrailingZeros}, dates and months against {@code
 * LocalDate.parse} and {@code YearMonth.parse} (including the failures) and against their {@code
 * toString}, periods against their shapes.
 */
class FastPathProperties {

  @Property
  void decimalTextIsThePlainTextWithoutTrailingZeros(@ForAll("decimals") BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    String expected = value.signum() == 0 ? "0"
        : stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    assertThat(Decimals.toText(value)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.longs().map(BigInteger::valueOf),
        Arbitraries.longs().between(-1000, 1000).map(n -> BigInteger.valueOf(n * 1000)),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-30, 30)).as(BigDecimal::new);
  }

  @Property
  void datesReadAsLocalDateParseReadsThem(
      @ForAll @IntRange(min = 0, max = 9999) int year, @ForAll @IntRange(min = 0, max = 99) int month,
      @ForAll @IntRange(min = 0, max = 99) int day) {
    assertAgrees(String.format("%04d-%02d-%02d", year, month, day), JsonIn::parseDate, LocalDate::parse);
  }

  @Property
  void monthsReadAsYearMonthParseReadsThem(
      @ForAll @IntRange(min = 0, max = 9999) int year, @ForAll @IntRange(min = 0, max = 99) int month) {
    assertAgrees(String.format("%04d-%02d", year, month), JsonIn::parseYearMonth, YearMonth::parse);
  }

  /** {@code fast} reads {@code text} as {@code library} does, or fails with the same message. */
  private static <T> void assertAgrees(String text, Function<String, T> fast, Function<String, T> library) {
    Throwable expected = catchThrowable(() -> library.apply(text));
    if (expected == null) {
      assertThat(fast.apply(text)).isEqualTo(library.apply(text));
    } else {
      assertThatThrownBy(() -> fast.apply(text))
          .isInstanceOf(DateTimeParseException.class).hasMessage(expected.getMessage());
    }
  }

  @Property
  void datesAndMonthsAreWrittenAsTheirToString(
      @ForAll @IntRange(min = -20_000, max = 20_000) int year, @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int day) {
    LocalDate date = LocalDate.of(year, month, day);
    YearMonth yearMonth = YearMonth.of(year, month);
    assertThat(written(g -> ValueCodecs.writeDate(g, date))).isEqualTo("\"" + date + "\"");
    assertThat(written(g -> ValueCodecs.writeYearMonth(g, yearMonth))).isEqualTo("\"" + yearMonth + "\"");
  }

  private static String written(Consumer<JsonGenerator> write) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = ParkDataJson.standard().mapper().createGenerator(out)) {
      write.accept(g);
    }
    return out.toString();
  }

  @Example
  void datesOfOtherShapesAreLeftToTheLibrary() {
    assertThat(JsonIn.parseDate("+12023-05-01")).isEqualTo(LocalDate.of(12023, 5, 1));
    assertThatThrownBy(() -> JsonIn.parseDate("2023-5-01")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> JsonIn.parseDate("２０２３-05-01")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> JsonIn.parseYearMonth("2023/05")).isInstanceOf(DateTimeParseException.class);
  }

  @Example
  void periodsAreRecognisedByTheirShapes() {
    assertThat(Periods.parse("2022")).isEqualTo(Period.year(2022));
    assertThat(Periods.parse("2022-H2")).isEqualTo(Period.halfYear(2022, 2));
    assertThat(Periods.parse("2022-Q4")).isEqualTo(Period.quarter(2022, 4));
    assertThat(Periods.parse("2022-04")).isEqualTo(Period.month(YearMonth.of(2022, 4)));
    assertThat(Periods.parse("2022-12-31")).isEqualTo(Period.asOf(LocalDate.of(2022, 12, 31)));
    assertThat(Periods.parse("2021/2025").start()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(Periods.parse("2021-01/2022-06").end()).isEqualTo(LocalDate.of(2022, 6, 30));
    for (String text : new String[] {
        "", "22", "20222", "2022-H3", "2022-Q0", "2022-Q5", "2022-X1", "2022-4", "2022-04-1", "2022_04",
        "２０２２", "2021/2025-06", "2021-H1/2021-H2", "2021/"}) {
      assertThat(Periods.parse(text)).as(text).isNull();
    }
    assertThatThrownBy(() -> Periods.parse("2022-13")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Periods.parse("2022-02-30")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022-02-30");
  }
}
