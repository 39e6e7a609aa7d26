package dev.parkdata.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void calendarPeriodsCoverTheirDays() {
    assertThat(Period.halfYear(2022, 2).start()).isEqualTo(LocalDate.of(2022, 7, 1));
    assertThat(Period.halfYear(2022, 2).end()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(Period.quarter(2024, 1).end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(Period.month(YearMonth.of(2024, 2)).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Period.endOf(Year.of(2017))).isEqualTo(Period.asOf(LocalDate.of(2017, 12, 31)));
  }

  @Test
  void fiveYearPlansAreNamedAndDated() {
    assertThat(Period.fiveYearPlan(1)).hasToString("1953/1957 一五");
    assertThat(Period.fiveYearPlan(3)).hasToString("1966/1970 三五");
    assertThat(Period.fiveYearPlan(13)).hasToString("2016/2020 十三五");
    assertThat(Period.fiveYearPlan(14)).hasToString("2021/2025 十四五");
    assertThat(Period.fiveYearPlan(14).kind()).isEqualTo(PeriodKind.SPAN);
  }

  @Test
  void toStringNamesTheKind() {
    assertThat(Period.year(2022)).hasToString("2022");
    assertThat(Period.halfYear(2022, 1)).hasToString("2022-H1");
    assertThat(Period.quarter(2022, 3)).hasToString("2022-Q3");
    assertThat(Period.month(YearMonth.of(2024, 5))).hasToString("2024-05");
    assertThat(Period.years(1997, 2017)).hasToString("1997/2017");
    assertThat(Period.months(YearMonth.of(2024, 1), YearMonth.of(2024, 5)))
        .hasToString("2024-01/2024-05");
    assertThat(Period.asOf(LocalDate.of(2017, 12, 31))).hasToString("2017-12-31");
  }

  @Test
  void parseReadsWhatToStringWrites() {
    for (Period p : List.of(Period.year(2022), Period.halfYear(2022, 2), Period.quarter(2022, 4),
        Period.month(YearMonth.of(2024, 5)), Period.years(1997, 2017), Period.fiveYearPlan(14),
        Period.months(YearMonth.of(2024, 1), YearMonth.of(2024, 5)), Period.asOf(LocalDate.of(2017, 12, 31)),
        Period.builder().kind(PeriodKind.SPAN).start(LocalDate.of(2021, 1, 5)).end(LocalDate.of(2021, 2, 3)).build())) {
      assertThat(Period.parse(p.toString())).as(p.toString()).isEqualTo(p);
    }
    assertThat(Period.parse("2021/2025 十四五")).isEqualTo(Period.fiveYearPlan(14));
  }

  @Test
  void parseNamesWhatIsNotAPeriod() {
    for (String text : new String[] {"", "22", "2022H1", "2022-H3", "2022-Q5", "２０２２", "2021..2025", "@2017-12-31"}) {
      assertThatThrownBy(() -> Period.parse(text)).as(text)
          .isInstanceOf(java.time.format.DateTimeParseException.class).hasMessageContaining("is not a period");
    }
    assertThatThrownBy(() -> Period.parse("2022-02-30")).hasMessageContaining("2022-02-30");
    assertThatThrownBy(() -> Period.parse("2025/2021")).hasMessageContaining("ends before it starts");
  }

  @Test
  void periodsOrderByTheirEndThenStart() {
    List<Period> periods =
        new ArrayList<>(
            List.of(
                Period.fiveYearPlan(14),
                Period.year(2021),
                Period.asOf(LocalDate.of(2021, 12, 31)),
                Period.quarter(2021, 4),
                Period.years(1997, 2017)));
    Collections.shuffle(periods);
    Collections.sort(periods);
    assertThat(periods)
        .containsExactly(
            Period.years(1997, 2017),
            Period.year(2021),
            Period.quarter(2021, 4),
            Period.asOf(LocalDate.of(2021, 12, 31)),
            Period.fiveYearPlan(14));
  }

  @Test
  void containmentIsByDays() {
    assertThat(Period.year(2022).isWithin(Period.fiveYearPlan(14))).isTrue();
    assertThat(Period.year(2026).isWithin(Period.fiveYearPlan(14))).isFalse();
    assertThat(Period.year(2022).contains(LocalDate.of(2022, 12, 31))).isTrue();
    assertThat(Period.year(2022).contains(LocalDate.of(2023, 1, 1))).isFalse();
  }

  @Test
  void factoriesRejectImpossibleArguments() {
    assertThatThrownBy(() -> Period.quarter(2022, 5)).hasMessageContaining("quarter");
    assertThatThrownBy(() -> Period.halfYear(2022, 0)).hasMessageContaining("half");
    assertThatThrownBy(() -> Period.fiveYearPlan(0)).hasMessageContaining("five-year plan");
    assertThatThrownBy(() -> Period.years(2025, 2021)).hasMessageContaining("before start");
  }

  @Test
  void standardIndicatorsHaveUniqueCodesAndAcceptTheirDimension() {
    assertThat(Indicators.standard().stream().map(Indicator::code).distinct())
        .hasSize(Indicators.standard().size());
    for (Indicator indicator : Indicators.standard()) {
      assertThat(Indicators.byCode(indicator.code())).contains(indicator);
      assertThat(indicator.accepts(indicator.dimension())).isTrue();
    }
    assertThat(Indicators.REVENUE.accepts(dev.parkdata.unit.Units.YI_US_DOLLAR.dimension())).isTrue();
    assertThat(Indicators.REVENUE.accepts(dev.parkdata.unit.Units.JIA.dimension())).isFalse();
    assertThat(Indicators.TAX_PER_MU.accepts(dev.parkdata.unit.Units.WAN_YUAN_PER_MU.dimension()))
        .isTrue();
    assertThat(Indicators.REVENUE).hasToString("营业收入[revenue]");
  }
}
