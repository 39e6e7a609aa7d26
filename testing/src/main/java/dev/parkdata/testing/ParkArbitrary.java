package dev.parkdata.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Composition;
import dev.parkdata.park.Management;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates parks with nested sub-zones whose areas add up: each zone's area of a kind is the sum
 * of its sub-zones' (in its own unit, rounded up to the hundredth) plus some land of its own, or
 * exactly the sum when it {@linkplain Composition#EXACT consists of} its sub-zones. Figures about
 * each zone have distinct periods, fit their indicators and are cited from sources published after
 * them, so the parks validate with no error.
 *
 * <p>Immutable: each {@code with…} method returns a new arbitrary.
 *
 * <pre>{@code
 * ParkArbitraries.parks()                        // depth 2, up to 3 sub-zones per zone
 *     .withDepth(3)                              // zones of zones of zones
 *     .withMaxSubZones(2)
 *     .withInconsistencies(Inconsistency.SUBZONES_EXCEED_PARENT, Inconsistency.UNRESOLVED_ID);
 * }</pre>
 */
public final class ParkArbitrary extends ArbitraryDecorator<Park> {
  static final ParkArbitrary DEFAULT = new ParkArbitrary(2, 3, EnumSet.noneOf(Inconsistency.class));

  private static final MathContext WORKING = MathContext.DECIMAL128;

  private final int depth;
  private final int maxSubZones;
  private final Set<Inconsistency> inconsistencies;

  private ParkArbitrary(int depth, int maxSubZones, Set<Inconsistency> inconsistencies) {
    this.depth = depth;
    this.maxSubZones = maxSubZones;
    this.inconsistencies = inconsistencies;
  }

  /**
   * Parks nested up to {@code depth} levels below the top (0: no sub-zones).
   *
   * @throws IllegalArgumentException if {@code depth} is negative or more than 5
   */
  public ParkArbitrary withDepth(int depth) {
    checkArgument(depth >= 0 && depth <= 5, "depth %s is not within [0, 5]", depth);
    return new ParkArbitrary(depth, maxSubZones, inconsistencies);
  }

  /**
   * Zones with up to {@code max} sub-zones each.
   *
   * @throws IllegalArgumentException if {@code max} is negative or more than 10
   */
  public ParkArbitrary withMaxSubZones(int max) {
    checkArgument(max >= 0 && max <= 10, "max %s is not within [0, 10]", max);
    return new ParkArbitrary(depth, max, inconsistencies);
  }

  /**
   * Parks that each have all of {@code inconsistencies} built in (in addition to any set before),
   * so that validation reports each of them under its {@linkplain Inconsistency#code() code}.
   */
  public ParkArbitrary withInconsistencies(Inconsistency... inconsistencies) {
    checkNotNull(inconsistencies, "inconsistencies");
    Set<Inconsistency> all = EnumSet.noneOf(Inconsistency.class);
    all.addAll(this.inconsistencies);
    all.addAll(Arrays.asList(inconsistencies));
    return new ParkArbitrary(depth, maxSubZones, all);
  }

  /** The inconsistencies built into every park. */
  public Set<Inconsistency> inconsistencies() {
    return Collections.unmodifiableSet(inconsistencies);
  }

  @Override
  protected Arbitrary<Park> arbitrary() {
    return consistent(depth, maxSubZones, null)
        .map(park -> inject(park, inconsistencies));
  }

  /**
   * Consistent parks whose zones are managed by organisations of {@code managers} (null for
   * none), with identifiers unique within the tree.
   */
  static Arbitrary<Park> consistent(
      int depth, int maxSubZones, Arbitrary<Identifier> managers) {
    return Arbitraries.of(AreaKind.class)
        .set()
        .ofMinSize(1)
        .ofMaxSize(2)
        .flatMap(kinds -> tree(depth, maxSubZones, List.copyOf(kinds), managers))
        .filter(ParkArbitrary::identifiersUnique);
  }

  private static Arbitrary<Park> tree(
      int depth, int maxSubZones, List<AreaKind> kinds, Arbitrary<Identifier> managers) {
    Arbitrary<List<Park>> subZones =
        depth == 0 || maxSubZones == 0
            ? Arbitraries.just(List.of())
            : tree(depth - 1, maxSubZones, kinds, managers).list().ofMaxSize(maxSubZones);
    return subZones.flatMap(
        subs -> {
          Arbitrary<List<Area>> areas =
              subs.isEmpty() ? leafAreas(kinds) : sums(kinds, subs, false);
          Arbitrary<Boolean> exact = subs.isEmpty() ? Arbitraries.just(false) : Arbitraries.of(false, true);
          return Combinators.combine(shell(managers), exact, areas, sums(kinds, subs, true))
              .as(
                  (park, isExact, partial, whole) ->
                      Park.builder()
                          .from(park)
                          .subZones(subs)
                          .areas(isExact ? whole : partial)
                          .composition(isExact ? Composition.EXACT : Composition.PARTIAL)
                          .build());
        });
  }

  private static Arbitrary<List<Area>> leafAreas(List<AreaKind> kinds) {
    Arbitrary<List<Area>> result = Arbitraries.just(List.of());
    for (AreaKind kind : kinds) {
      result =
          Combinators.combine(result, ParkArbitraries.areas(kind, ParkArbitraries.areaUnits()))
              .as(ParkArbitrary::append);
    }
    return result;
  }

  /** The areas of a zone: its sub-zones' sums, plus some land of its own unless {@code exact}. */
  private static Arbitrary<List<Area>> sums(List<AreaKind> kinds, List<Park> subs, boolean exact) {
    Arbitrary<List<Area>> result = Arbitraries.just(List.of());
    if (subs.isEmpty()) {
      return result;
    }
    for (AreaKind kind : kinds) {
      Arbitrary<Area> area =
          Combinators.combine(
                  Arbitraries.of(Units.SQUARE_KILOMETRE, Units.HECTARE),
                  exact ? Arbitraries.just(BigDecimal.ZERO) : Arbitraries.bigDecimals()
                      .between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(2))
              .as((unit, own) -> Area.of(kind, Metric.of(sum(subs, kind, unit).add(own), unit)));
      result = Combinators.combine(result, area).as(ParkArbitrary::append);
    }
    return result;
  }

  /** The areas of {@code kind} of {@code subs} in {@code unit}, rounded up to the hundredth. */
  static BigDecimal sum(List<Park> subs, AreaKind kind, Unit unit) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Park sub : subs) {
      Optional<Metric> area = sub.area(kind);
      if (area.isPresent()) {
        sum = sum.add(area.get().to(unit, WORKING).value());
      }
    }
    return sum.setScale(2, RoundingMode.CEILING);
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> result = new ArrayList<>(list);
    result.add(element);
    return result;
  }

  /** A zone without areas, sub-zones or composition: names, kind, approvals, figures. */
  private static Arbitrary<Park> shell(Arbitrary<Identifier> managers) {
    return Combinators.combine(ParkArbitraries.identifiers(), Arbitraries.of(ParkKind.class),
            Arbitraries.of(ParkArbitraries.places()))
        .flatAs(
            (id, kind, place) ->
                Builders.withBuilder(() -> Park.builder().id(id).kind(kind))
                    .use(nameOf(kind, place)).in(Park.Builder::names)
                    .use(ParkArbitraries.approvals().list().ofMaxSize(2)).in(Park.Builder::addAllApprovals)
                    .use(ParkArbitraries.locations()).withProbability(0.5).in(Park.Builder::location)
                    .use(ParkArbitraries.industries().list().uniqueElements().ofMaxSize(3))
                    .in(Park.Builder::addAllLeadingIndustries)
                    .use(ParkArbitraries.designations().list().ofMaxSize(2))
                    .in(Park.Builder::addAllDesignations)
                    .use(managers == null
                        ? Arbitraries.just(List.<Management>of())
                        : ParkArbitraries.managements(managers).list().ofMaxSize(1))
                    .in(Park.Builder::addAllManagement)
                    .use(ParkArbitraries.targets().list().ofMaxSize(2)).in(Park.Builder::addAllTargets)
                    .use(ParkArbitraries.observationLists(id, 3)).in(Park.Builder::addAllObservations)
                    .build(Park.Builder::build));
  }

  private static Arbitrary<Names> nameOf(ParkKind kind, String place) {
    return Arbitraries.of(ParkArbitraries.sections())
        .optional(0.5)
        .map(section -> Names.builder()
            .official(place + kind.chineseName() + section.orElse(""))
            .build());
  }

  private static boolean identifiersUnique(Park park) {
    List<Identifier> ids = ids(park, new ArrayList<>());
    return new HashSet<>(ids).size() == ids.size();
  }

  private static List<Identifier> ids(Park park, List<Identifier> into) {
    into.add(park.id());
    park.subZones().forEach(sub -> ids(sub, into));
    return into;
  }

  /** {@code park} with each of {@code inconsistencies} built in. */
  static Park inject(Park park, Collection<Inconsistency> inconsistencies) {
    Park result = park;
    for (Inconsistency inconsistency : inconsistencies) {
      result = inject(result, inconsistency);
    }
    return result;
  }

  private static Park inject(Park park, Inconsistency inconsistency) {
    Park.Builder b = Park.builder().from(park);
    Identifier id = park.id();
    switch (inconsistency) {
      case SUBZONES_EXCEED_PARENT: {
        Area area = park.areas().get(0);
        Metric parent = area.metric();
        Metric oversized =
            Metric.of(parent.max().multiply(BigDecimal.valueOf(2)).add(BigDecimal.ONE), parent.unit());
        return b.addSubZone(zone(id, "oversized", "越界片区", Area.of(area.kind(), oversized))).build();
      }
      case SUBZONES_SUM_DIFFERS: {
        Area area = park.areas().get(0);
        Unit unit = area.metric().unit();
        List<Park> subs = new ArrayList<>(park.subZones());
        if (subs.isEmpty()) {
          subs.add(zone(id, "whole", "全域片区", area));
        }
        BigDecimal sum = sum(subs, area.kind(), unit).add(BigDecimal.TEN);
        List<Area> areas = new ArrayList<>(park.areas());
        areas.set(0, Area.of(area.kind(), Metric.of(sum, unit)));
        return b.subZones(subs).areas(areas).composition(Composition.EXACT).build();
      }
      case COUNT_EXCEEDS_TOTAL:
        return b.addObservation(observation(id, 1979, Indicators.ENTERPRISES, "100家", null))
            .addObservation(observation(id, 1979, Indicators.ABOVE_SIZE_ENTERPRISES, "120家", null))
            .build();
      case SHARE_OUT_OF_RANGE:
        return b.addObservation(observation(id, 1978, Indicators.RD_INTENSITY, "120%", null)).build();
      case BOUNDS_CONTRADICTION:
        return b.addObservation(observation(id, 1977, Indicators.ENTERPRISES, "2万余家", null))
            .addObservation(observation(id, 1977, Indicators.ENTERPRISES, "19000家", null))
            .build();
      case CONFLICTING_DUPLICATE:
        return b.addObservation(observation(id, 1976, Indicators.REVENUE, "100亿元", source("甲报")))
            .addObservation(observation(id, 1976, Indicators.REVENUE, "120亿元", source("乙报")))
            .build();
      case DIMENSION_MISMATCH:
        return b.addObservation(observation(id, 1975, Indicators.REVENUE, "300家", null)).build();
      case OBSERVATION_AFTER_SOURCE:
        return b.addObservation(
                observation(id, 2030, Indicators.OUTPUT_VALUE, "500亿元",
                    Source.builder().publisher("科技日报").title("远景").published(LocalDate.of(2020, 1, 1)).build()))
            .build();
      case UNRESOLVED_ID:
        return b.parent(Identifier.of(id.value() + "-missing")).build();
      case DUPLICATE_ID:
        return b.addSubZone(Park.builder().id(id).names(Names.of("同名片区")).kind(ParkKind.ZONE_SECTION).build())
            .build();
    }
    throw new AssertionError(inconsistency);
  }

  private static Park zone(Identifier parent, String suffix, String name, Area area) {
    return Park.builder()
        .id(Identifier.of(parent.value() + "-" + suffix))
        .names(Names.of(name))
        .kind(ParkKind.ZONE_SECTION)
        .addArea(area)
        .build();
  }

  private static Source source(String publisher) {
    return Source.builder().publisher(publisher).title("园区年报").build();
  }

  private static Observation observation(
      Identifier subject, int year, dev.parkdata.observation.Indicator indicator, String metric,
      Source source) {
    return Observation.builder()
        .subject(subject)
        .indicator(indicator)
        .period(Period.year(year))
        .metric(Metric.parse(metric))
        .citation(Optional.ofNullable(source).map(Citation::of))
        .build();
  }

  /** {@code ParkArbitrary{depth=2, maxSubZones=3, inconsistencies=[]}}. */
  @Override
  public String toString() {
    return "ParkArbitrary{depth=" + depth + ", maxSubZones=" + maxSubZones
        + ", inconsistencies=" + inconsistencies + "}";
  }
}
