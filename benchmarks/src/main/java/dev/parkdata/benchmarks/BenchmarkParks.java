package dev.parkdata.benchmarks;

import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Deterministic parks for the JSON benchmarks: each with names, an approval, a location, two
 * areas, two leading industries and three observations with their sources, as a real export has.
 */
final class BenchmarkParks {
  private static final Province[] PROVINCES = Province.values();

  private BenchmarkParks() {}

  static Park park(int i) {
    Identifier id = Identifier.of(String.format("G%06d", i % 1_000_000));
    Source source = Source.builder()
        .publisher("兰州日报")
        .title("高新区年度报告" + (i % 97))
        .published(LocalDate.of(2023, 1 + i % 12, 1 + i % 28))
        .build();
    return Park.builder()
        .id(id)
        .names(Names.builder().official("第" + i + "号高新技术产业开发区").addShortNames("高新区" + i).build())
        .kind(ParkKind.HIGH_TECH_ZONE)
        .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(1988 + i % 30, 1 + i % 12)))
        .location(Location.of(PROVINCES[i % PROVINCES.length], "市" + (i % 300)))
        .addArea(Area.of(AreaKind.APPROVED, Metric.of(BigDecimal.valueOf(1000 + i % 9000, 2), Units.SQUARE_KILOMETRE)))
        .addArea(Area.of(AreaKind.PLANNED,
            Metric.of(BigDecimal.valueOf(50 + i % 500), Units.SQUARE_KILOMETRE, Qualifier.APPROXIMATELY)))
        .addLeadingIndustries(Industry.of("生物医药"), Industry.of("电子信息"))
        .addObservation(Observation.builder()
            .subject(id).indicator(Indicators.REVENUE).period(Period.year(2022))
            .metric(Metric.of(BigDecimal.valueOf(10_000 + i, 1), Units.YI_YUAN))
            .citation(Citation.of(source, "营业收入" + (10_000 + i) / 10 + "亿元")).build())
        .addObservation(Observation.builder()
            .subject(id).indicator(Indicators.ENTERPRISES).period(Period.asOf(LocalDate.of(2022, 12, 31)))
            .metric(Metric.of(BigDecimal.valueOf(200 + i % 1000), Units.JIA, Qualifier.OVER))
            .citation(Citation.of(source)).build())
        .addObservation(Observation.builder()
            .subject(id).indicator(Indicators.RD_INTENSITY).period(Period.year(2022))
            .metric(Metric.of(BigDecimal.valueOf(100 + i % 500, 2), Units.PERCENT))
            .citation(Citation.of(source)).build())
        .build();
  }
}
