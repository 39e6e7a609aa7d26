package dev.parkdata.benchmarks;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Units;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of {@link Validator#standard()} over a generated dataset of 10,000 parks with 20
 * observations each (200,000 observations): counts, money, areas and shares over five years,
 * some qualified (余, 超过), some by industry, some cited, with approvals, designations and
 * approved areas, about one park in a hundred holding a contradiction. The score is observations
 * validated per second (each invocation validates the whole dataset). Target: at least 1 million
 * per second on one core.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ValidationBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {
  static final int PARKS = 10_000;
  static final int OBSERVATIONS_PER_PARK = 20;

  private static final Indicator[] INDICATORS = {
    Indicators.ENTERPRISES, Indicators.ABOVE_SIZE_ENTERPRISES, Indicators.REVENUE, Indicators.RD_INTENSITY
  };
  private static final Industry[] INDUSTRIES = {Industry.of("电子信息"), Industry.of("生物医药")};

  private final Validator validator = Validator.standard();
  private Dataset dataset;

  /** Builds the dataset once: the benchmark measures validation only. */
  @Setup(Level.Trial)
  public void setUp() {
    dataset = generate(new Random(20_260_522L));
  }

  static Dataset generate(Random random) {
    Source source =
        Source.builder().publisher("科技日报").title("园区年度报道").published(LocalDate.of(2024, 7, 1)).build();
    List<Park> parks = new ArrayList<>(PARKS);
    for (int p = 0; p < PARKS; p++) {
      Identifier id = Identifier.of(String.format("G%06d", p));
      Park.Builder park =
          Park.builder()
              .id(id)
              .names(Names.of("第" + p + "园区"))
              .kind(ParkKind.HIGH_TECH_ZONE)
              .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(1990 + p % 30, 1 + p % 12)))
              .addDesignation(Designation.of("示范基地", 2000 + p % 24))
              .addArea(Area.of(AreaKind.APPROVED, Metric.of(BigDecimal.valueOf(100 + random.nextInt(5000), 1), Units.SQUARE_KILOMETRE)));
      for (int o = 0; o < OBSERVATIONS_PER_PARK; o++) {
        Indicator indicator = INDICATORS[o % INDICATORS.length];
        int year = 2019 + o / INDICATORS.length;
        Observation.Builder obs =
            Observation.builder().subject(id).indicator(indicator).period(Period.year(year)).metric(metric(indicator, random, p));
        if (o % 7 == 3) {
          obs.industry(INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
        }
        if (o % 3 == 0) {
          obs.citation(Citation.of(source));
        }
        park.addObservation(obs.build());
      }
      parks.add(park.build());
    }
    return Dataset.builder().addAllParks(parks).build();
  }

  private static Metric metric(Indicator indicator, Random random, int park) {
    int n = 1 + random.nextInt(5000);
    if (indicator.equals(Indicators.ENTERPRISES)) {
      return Metric.of(BigDecimal.valueOf(n + 1000), Units.JIA, n % 5 == 0 ? Qualifier.OVER : Qualifier.EXACT);
    }
    if (indicator.equals(Indicators.ABOVE_SIZE_ENTERPRISES)) {
      // about one park in a hundred reports more enterprises above size than enterprises
      return Metric.of(BigDecimal.valueOf(park % 100 == 0 ? 9000 : n / 10), Units.JIA);
    }
    if (indicator.equals(Indicators.REVENUE)) {
      return Metric.of(BigDecimal.valueOf(n, 1), Units.YI_YUAN, n % 4 == 0 ? Qualifier.MORE_THAN : Qualifier.EXACT);
    }
    return Metric.of(BigDecimal.valueOf(n % 1000, 2), Units.PERCENT);
  }

  /** Validates the 200,000 observations (and everything else) of the dataset once. */
  @Benchmark
  @OperationsPerInvocation(PARKS * OBSERVATIONS_PER_PARK)
  public ValidationReport validate() {
    return validator.validate(dataset);
  }
}
