package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parkdata.observation.Period;
import java.io.StringWriter;
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
 * for: dates and months against {@code LocalDate.parse} and {@code YearMonth.parse} (including
 * the failures) and against their {@code toString}, periods against their shapes. (The decimal
 * fast path is core's {@code Decimals.toPlainString}, held against {@code stripTrailingZeros} in
 * core's tests.)
 */
class FastPathProperties {
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
