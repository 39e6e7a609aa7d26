package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parkdata.observation.Period;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of {@link Dates#calendarWrittenIn}: a part of a year written without its year, read in
 * a text of a given month, is that year's part or, where that part begins by the month (or is a
 * day) and is not over by a month after it, the year before's; a part with its year written is read
 * as written.
 */
class DatesProperties {

  /** Parts of a year as texts write them without the year: 3-11月, 1至8月, 1到5月, 前三季度, 二季度, 上半年, 5月. */
  private static Gen<String> partOfAYear() {
    Gen<String> months = integers().between(1, 11).zip(integers().between(1, 11), integers().between(0, 2),
        (from, span, form) -> {
          int to = Math.min(12, from + span);
          return from + (form == 1 ? "至" : form == 2 ? "到" : "-") + to + "月";
        });
    Gen<String> month = integers().between(1, 12).map(m -> m + "月");
    Gen<String> quarters = integers().between(1, 4).zip(integers().between(0, 1),
        (q, form) -> (form == 0 ? "前" : "") + "一二三四".charAt(q - 1) + "季度");
    Gen<String> halves = integers().between(0, 1).map(h -> h == 0 ? "上半年" : "下半年");
    Gen<String> ends = integers().between(1, 12).zip(integers().between(0, 2),
        (m, form) -> (form == 1 ? "截至" : "") + m + (form == 2 ? "月10日" : "月底"));
    return months.mix(month).mix(quarters).mix(halves).mix(ends);
  }

  /** Whether {@code p} is one day: as of a month's end or a date. */
  private static boolean isInstant(Period p) {
    return p.start().equals(p.end());
  }

  private static Gen<YearMonth> writtenIn() {
    return integers().between(2000, 2030).zip(integers().between(1, 12), YearMonth::of);
  }

  @Test
  void aPartWithNoYearIsTheTextsYearsOrTheOneBefore() {
    qt().forAll(partOfAYear(), writtenIn()).checkAssert((text, month) -> {
      Period read = Dates.calendarWrittenIn(text, month);
      Period same = Dates.calendar(text, month.getYear());
      assertThat(same).as(text).isNotNull();
      boolean notOver = YearMonth.from(same.end()).isAfter(month.plusMonths(1))
          && (isInstant(same) || !YearMonth.from(same.start()).isAfter(month));
      if (notOver) {
        // the year before's where the text's year's part (or day) is not over by a month after the
        // month's end, and so over by then
        assertThat(read).as(text).isEqualTo(Dates.calendar(text, month.getYear() - 1));
        assertThat(YearMonth.from(read.end())).as(text).isBeforeOrEqualTo(month);
      } else {
        assertThat(read).as(text).isEqualTo(same);
      }
    });
  }

  @Test
  void aPartWithItsYearIsReadAsWritten() {
    qt().forAll(partOfAYear(), writtenIn(), integers().between(1990, 2030)).checkAssert((text, month, year) ->
        assertThat(Dates.calendarWrittenIn(year + "年" + text, month)).as(year + "年" + text)
            .isEqualTo(Dates.calendar(year + "年" + text, month.getYear())));
  }
}
