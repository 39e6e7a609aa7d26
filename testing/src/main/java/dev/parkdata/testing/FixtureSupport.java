package dev.parkdata.testing;

import dev.parkdata.industry.Industry;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Shorthands the article classes build their figures with. */
final class FixtureSupport {
  private FixtureSupport() {}

  // The periods of the articles' "目前": only 北京商报's source gives a publication date, so for
  // the others it is the year or month they report from.

  /** The year 2018. */
  static final Period Y2018 = Period.year(2018);
  /** The year 2022. */
  static final Period Y2022 = Period.year(2022);
  /** January 2021. */
  static final Period JANUARY_2021 = Period.month(YearMonth.of(2021, 1));
  /** July 2024. */
  static final Period JULY_2024 = Period.month(YearMonth.of(2024, 7));

  /** An exact metric: {@code value} in {@code unit}. */
  static Metric of(String value, Unit unit) {
    return Metric.of(new BigDecimal(value), unit);
  }

  /** A qualified metric: {@code value} in {@code unit}, 以上, 多 or the like. */
  static Metric of(String value, Unit unit, Qualifier qualifier) {
    return Metric.of(new BigDecimal(value), unit, qualifier);
  }

  /** An area in km² cited from {@code source} without a quote. */
  static Area area(AreaKind kind, String km2, Source source) {
    return Area.builder()
        .kind(kind)
        .metric(of(km2, Units.SQUARE_KILOMETRE))
        .citation(Citation.of(source))
        .build();
  }

  /** Industries by name, in order. */
  static List<Industry> industries(String... names) {
    return Arrays.stream(names).map(Industry::of).collect(Collectors.toList());
  }

  /** A park builder with identifier, official name and kind set. */
  static Park.Builder park(Identifier id, String name, ParkKind kind) {
    return Park.builder().id(id).names(Names.of(name)).kind(kind);
  }

  /** A figure cited with a short phrase of our own around it. */
  static Observation fig(
      Identifier subject, Indicator indicator, Period period, String metric, Source source, String quote) {
    return Observation.builder()
        .subject(subject)
        .indicator(indicator)
        .period(period)
        .metric(Metric.parse(metric))
        .citation(Citation.of(source, quote))
        .build();
  }

  /** A figure of one industry, cited with a short phrase of our own around it. */
  static Observation fig(
      Identifier subject, Indicator indicator, Industry industry, Period period, String metric,
      Source source, String quote) {
    return Observation.builder()
        .from(fig(subject, indicator, period, metric, source, quote))
        .industry(industry)
        .build();
  }

  /** A goal, by {@code deadline} if it is not null, cited with a short phrase of our own. */
  static Target goal(Indicator indicator, String metric, Period deadline, Source source, String quote) {
    return Target.builder()
        .indicator(indicator)
        .threshold(Metric.parse(metric))
        .deadline(Optional.ofNullable(deadline))
        .citation(Citation.of(source, quote))
        .build();
  }
}
