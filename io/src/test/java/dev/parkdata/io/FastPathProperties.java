package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parkdata.observation.Period;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.core.JsonGenerator;

/**
 * The hand-written fast paths of reading and writing agree with the library code they stand in
 * for: decimals against {@code stripTrailingZeros}, dates and months against {@code
 * LocalDate.parse} and {@code YearMonth.parse} (including the failures) and against their {@code
 * toString}, periods against their shapes.
 */
class FastPathProperties {
  private static final BigInteger TEN_TO_THE_15 = BigInteger.TEN.pow(15);
  private static final BigInteger TEN_TO_THE_30 = BigInteger.TEN.pow(30);

  @Test
  void decimalTextIsThePlainTextWithoutTrailingZeros() {
    qt().forAll(decimals()).checkAssert(value -> {
      BigDecimal stripped = value.stripTrailingZeros();
      String expected = value.signum() == 0 ? "0"
          : stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
      assertThat(Decimals.toText(value)).isEqualTo(expected);
    });
  }

  /**
   * An unscaled value (any long, a multiple of 1,000 up to a million, or up to 30 digits) at a
   * scale from -30 to 30. One time in ten the unscaled value is an edge: zero, one, minus one, the
   * bounds of long, plus or minus a million or 10^30; one time in five the scale is -1, 0, 1 or a
   * bound.
   */
  private static Gen<BigDecimal> decimals() {
    Gen<BigInteger> unscaled = Generate.frequency(List.of(
        Pair.of(3, longs().all().map(BigInteger::valueOf)),
        Pair.of(3, longs().between(-1000, 1000).map(n -> BigInteger.valueOf(n * 1000))),
        Pair.of(3, upTo30Digits()),
        Pair.of(1, Generate.pick(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(),
            BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE),
            BigInteger.valueOf(1_000_000), BigInteger.valueOf(-1_000_000),
            TEN_TO_THE_30, TEN_TO_THE_30.negate())))));
    return unscaled.zip(between(-30, 30, -1, 0, 1), (n, scale) -> new BigDecimal(n, scale))
        .describedAs(d -> d + " (unscaled " + d.unscaledValue() + ", scale " + d.scale() + ")");
  }

  /** Integers of 1 to 30 digits, of either sign: within (-10^30, 10^30). */
  private static Gen<BigInteger> upTo30Digits() {
    Gen<Long> fifteenDigits = longs().between(0, 999_999_999_999_999L);
    return integers().between(1, 30).zip(fifteenDigits, fifteenDigits, Generate.booleans(),
        (digits, high, low, negative) -> {
          BigInteger n = BigInteger.valueOf(high).multiply(TEN_TO_THE_15).add(BigInteger.valueOf(low))
              .mod(BigInteger.TEN.pow(digits));
          return negative ? n.negate() : n;
        });
  }

  @Test
  void datesReadAsLocalDateParseReadsThem() {
    qt().forAll(years(), between(0, 99, 2, 12, 13), between(0, 99, 2, 28, 29, 30, 31, 32))
        .checkAssert((year, month, day) ->
            assertAgrees(String.format("%04d-%02d-%02d", year, month, day), JsonIn::parseDate, LocalDate::parse));
  }

  @Test
  void monthsReadAsYearMonthParseReadsThem() {
    qt().forAll(years(), between(0, 99, 2, 12, 13))
        .checkAssert((year, month) ->
            assertAgrees(String.format("%04d-%02d", year, month), JsonIn::parseYearMonth, YearMonth::parse));
  }

  /** Years 0 to 9999, with leap and non-leap centuries among the edges. */
  private static Gen<Integer> years() {
    return between(0, 9999, 1900, 2000, 2023, 2024);
  }

  /**
   * {@code min} to {@code max}; one time in five one of the edge cases: the bounds, their neighbours
   * or {@code edges}.
   */
  private static Gen<Integer> between(int min, int max, Integer... edges) {
    List<Integer> all = new ArrayList<>(List.of(min, min + 1, max - 1, max));
    all.addAll(Arrays.asList(edges));
    for (int edge : all) {
      if (edge < min || edge > max) {
        throw new IllegalArgumentException(edge + " is not within [" + min + ", " + max + "]");
      }
    }
    return Generate.frequency(List.of(Pair.of(4, integers().between(min, max)), Pair.of(1, Generate.pick(all))));
  }

  /** {@code fast} reads {@code text} as {@code library} does, or fails with the same message. */
  private static <T> void assertAgrees(String text, Function<String, T> fast, Function<String, T> library) {
    Throwable expected = catchThrowable(() -> library.apply(text));
    if (expected == null) {
      assertThat(fast.apply(text)).as(text).isEqualTo(library.apply(text));
    } else {
      assertThatThrownBy(() -> fast.apply(text)).as(text)
          .isInstanceOf(DateTimeParseException.class).hasMessage(expected.getMessage());
    }
  }

  @Test
  void datesAndMonthsAreWrittenAsTheirToString() {
    Gen<Integer> years = between(-20_000, 20_000, -10_000, -9999, -1000, -999, -1, 0, 1, 999, 1000, 9999, 10_000);
    qt().forAll(years, between(1, 12, 2), between(1, 28, 2))
        .checkAssert((year, month, day) -> {
          LocalDate date = LocalDate.of(year, month, day);
          YearMonth yearMonth = YearMonth.of(year, month);
          assertThat(written(g -> ValueCodecs.writeDate(g, date))).isEqualTo("\"" + date + "\"");
          assertThat(written(g -> ValueCodecs.writeYearMonth(g, yearMonth))).isEqualTo("\"" + yearMonth + "\"");
        });
  }

  private static String written(Consumer<JsonGenerator> write) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = ParkDataJson.standard().mapper().createGenerator(out)) {
      write.accept(g);
    }
    return out.toString();
  }

  @Test
  void datesOfOtherShapesAreLeftToTheLibrary() {
    assertThat(JsonIn.parseDate("+12023-05-01")).isEqualTo(LocalDate.of(12023, 5, 1));
    assertThatThrownBy(() -> JsonIn.parseDate("2023-5-01")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> JsonIn.parseDate("２０２３-05-01")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> JsonIn.parseYearMonth("2023/05")).isInstanceOf(DateTimeParseException.class);
  }

  @Test
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
