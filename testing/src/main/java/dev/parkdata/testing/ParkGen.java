package dev.parkdata.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static dev.parkdata.testing.Draws.chance;
import static dev.parkdata.testing.Draws.distinct;
import static dev.parkdata.testing.Draws.list;
import static dev.parkdata.testing.Draws.pick;

import dev.parkdata.industry.Industry;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.park.Approval;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Composition;
import dev.parkdata.park.Designation;
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
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generates parks with nested sub-zones whose areas add up: each zone's area of a kind is the sum
 * of its sub-zones' (in its own unit, rounded up to the hundredth) plus some land of its own, or
 * exactly the sum when it {@linkplain Composition#EXACT consists of} its sub-zones. Every zone of
 * a park states the same one or two kinds of area. Figures about each zone have distinct periods,
 * fit their indicators and are cited from sources published after them; identifiers are unique
 * within the park. So the parks validate with no error, unless built with {@linkplain
 * #withInconsistencies inconsistencies}.
 *
 * <p>Immutable and shareable: each {@code with…} method returns a new generator.
 *
 * <pre>{@code
 * ParkGenerators.parks()                        // depth 2, up to 3 sub-zones per zone
 *     .withDepth(3)                             // zones of zones of zones
 *     .withMaxSubZones(2)
 *     .withInconsistencies(Inconsistency.SUBZONES_EXCEED_PARENT, Inconsistency.UNRESOLVED_ID);
 * }</pre>
 *
 * <p>A falsified property prints the park as an outline of its zones with their areas, figures
 * and targets. Counter-examples shrink towards fewer sub-zones, fewer figures and the first
 * place, kind and year.
 */
public final class ParkGen implements Gen<Park> {
  static final ParkGen DEFAULT = new ParkGen(2, 3, EnumSet.noneOf(Inconsistency.class));

  private static final MathContext WORKING = MathContext.DECIMAL128;
  private static final List<Unit> SUM_UNITS = List.of(Units.SQUARE_KILOMETRE, Units.HECTARE);
  /** A zone's land of its own, beside its sub-zones': 0 to 50.00 in the zone's unit. */
  private static final Constraint OWN_LAND = Draws.upTo(5000);

  private static final Gen<Approval> APPROVAL = ParkGenerators::approval;
  private static final Gen<Industry> INDUSTRY = ParkGenerators::industry;
  private static final Gen<Designation> DESIGNATION = ParkGenerators::designation;
  private static final Gen<Target> TARGET = ParkGenerators::target;

  private final int depth;
  private final int maxSubZones;
  private final Set<Inconsistency> inconsistencies;

  private ParkGen(int depth, int maxSubZones, Set<Inconsistency> inconsistencies) {
    this.depth = depth;
    this.maxSubZones = maxSubZones;
    this.inconsistencies = inconsistencies;
  }

  /**
   * Parks nested up to {@code depth} levels below the top (0: no sub-zones).
   *
   * @param depth from 0 to 5
   * @return a generator like this one but for the depth
   * @throws IllegalArgumentException if {@code depth} is negative or more than 5
   */
  public ParkGen withDepth(int depth) {
    checkArgument(depth >= 0 && depth <= 5, "depth %s is not within [0, 5]", depth);
    return new ParkGen(depth, maxSubZones, inconsistencies);
  }

  /**
   * Zones with up to {@code max} sub-zones each.
   *
   * @param max from 0 to 10
   * @return a generator like this one but for the number of sub-zones
   * @throws IllegalArgumentException if {@code max} is negative or more than 10
   */
  public ParkGen withMaxSubZones(int max) {
    checkArgument(max >= 0 && max <= 10, "max %s is not within [0, 10]", max);
    return new ParkGen(depth, max, inconsistencies);
  }

  /**
   * Parks that each have all of {@code inconsistencies} built in (in addition to any set before),
   * so that validation reports each of them under its {@linkplain Inconsistency#code() code}.
   *
   * @param inconsistencies the inconsistencies to add
   * @return a generator like this one but with the inconsistencies
   * @throws NullPointerException if {@code inconsistencies} is or holds null
   */
  public ParkGen withInconsistencies(Inconsistency... inconsistencies) {
    return new ParkGen(depth, maxSubZones, union(this.inconsistencies, inconsistencies));
  }

  static Set<Inconsistency> union(Set<Inconsistency> before, Inconsistency... added) {
    checkNotNull(added, "inconsistencies");
    Set<Inconsistency> all = EnumSet.noneOf(Inconsistency.class);
    all.addAll(before);
    for (int i = 0; i < added.length; i++) {
      all.add(checkNotNull(added[i], "inconsistencies[%s] is null", i));
    }
    return all;
  }

  /**
   * The inconsistencies built into every park.
   *
   * @return an unmodifiable set, empty by default
   */
  public Set<Inconsistency> inconsistencies() {
    return Collections.unmodifiableSet(inconsistencies);
  }

  /**
   * Draws one park with {@code random}, without QuickTheories' runner: the same seed draws the
   * same park. Equivalent to {@link ParkGenerators#draw ParkGenerators.draw(this, random)}.
   *
   * @param random where the randomness comes from; drawing advances it
   * @return a park
   */
  public Park draw(RandomGenerator random) {
    return RandomGeneratorSource.draw(this, random);
  }

  /**
   * Generates one park from QuickTheories' source of randomness.
   *
   * @param in the source of randomness
   * @return a park
   */
  @Override
  public Park generate(RandomnessSource in) {
    Park park = consistent(in, depth, maxSubZones, null, new Ids());
    return inconsistencies.isEmpty() ? park : inject(park, inconsistencies);
  }

  /**
   * Describes {@code park} as an outline of its zones, their areas, figures and targets.
   *
   * @param park a park, possibly null
   * @return the outline
   */
  @Override
  public String asString(Park park) {
    return park == null ? "null" : Describe.park(park);
  }

  /**
   * A consistent park whose zones are managed by organisations of {@code managers} (null for
   * none), with identifiers unique within {@code ids}.
   */
  static Park consistent(
      RandomnessSource in, int depth, int maxSubZones, Gen<Identifier> managers, Ids ids) {
    AreaKind first = ParkGenerators.areaKind(in);
    List<AreaKind> kinds = List.of(first);
    if (chance(in, 50)) {
      AreaKind second = ParkGenerators.areaKind(in);
      if (second != first) {
        kinds = List.of(first, second);
      }
    }
    return zone(in, depth, maxSubZones, kinds, managers, ids);
  }

  private static Park zone(
      RandomnessSource in, int depth, int maxSubZones, List<AreaKind> kinds,
      Gen<Identifier> managers, Ids ids) {
    Identifier id = ids.unique(ParkGenerators.identifier(in));
    ParkKind kind = ParkGenerators.parkKind(in);
    Names names = ParkGenerators.zoneName(in, kind, ParkGenerators.place(in));
    Park.Builder b =
        Park.builder().id(id).kind(kind).names(names).addAllApprovals(list(in, 2, APPROVAL));
    if (chance(in, 50)) {
      b.location(ParkGenerators.location(in));
    }
    b.addAllLeadingIndustries(distinct(in, 3, INDUSTRY))
        .addAllDesignations(list(in, 2, DESIGNATION));
    if (managers != null && chance(in, 50)) {
      b.addManagement(ParkGenerators.management(in, managers));
    }
    b.addAllTargets(list(in, 2, TARGET)).addAllObservations(ParkGenerators.observations(in, id, 3));

    List<Park> subs =
        depth == 0 || maxSubZones == 0
            ? List.of()
            : list(in, maxSubZones, r -> zone(r, depth - 1, maxSubZones, kinds, managers, ids));
    List<Area> areas = new ArrayList<>(kinds.size());
    if (subs.isEmpty()) {
      for (AreaKind k : kinds) {
        areas.add(ParkGenerators.area(in, k));
      }
      return b.areas(areas).build();
    }
    boolean exact = chance(in, 50);
    for (AreaKind k : kinds) {
      Unit unit = pick(in, SUM_UNITS);
      BigDecimal area = sum(subs, k, unit);
      if (!exact) {
        area = area.add(BigDecimal.valueOf(in.next(OWN_LAND), 2));
      }
      areas.add(Area.of(k, Metric.of(area, unit)));
    }
    return b.subZones(subs)
        .areas(areas)
        .composition(exact ? Composition.EXACT : Composition.PARTIAL)
        .build();
  }

  /** The areas of {@code kind} of {@code subs} in {@code unit}, rounded up to the hundredth. */
  static BigDecimal sum(List<Park> subs, AreaKind kind, Unit unit) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Park sub : subs) {
      Optional<Metric> area = sub.area(kind);
      if (area.isPresent()) {
        Metric metric = area.get();
        // as metric.to(unit, WORKING), without its attempt at an exact result, which
        // throws (and builds a message) for 亩 in 平方公里
        BigDecimal value = metric.value();
        sum = sum.add(metric.unit().equals(unit) ? value : metric.unit().convert(value, unit, WORKING));
      }
    }
    return sum.setScale(2, RoundingMode.CEILING);
  }

  // ---------------------------------------------------------------------------------------------
  // Inconsistencies. The injected figures use the years before ParkGenerators.FIRST_YEAR or after
  // its LAST_YEAR, which consistent generation never does, so that they do not meet the
  // generated ones by accident (a figure of 2030 once met a generated 产值 of 2030: a conflicting
  // duplicate besides the one injected).

  /** The first year of generated periods, and the year after the last. */
  private static final int FIRST = ParkGenerators.FIRST_YEAR;
  private static final int AFTER = ParkGenerators.LAST_YEAR + 1;

  private static final Metric HUNDRED_ENTERPRISES = Metric.parse("100家");
  private static final Metric HUNDRED_TWENTY_ENTERPRISES = Metric.parse("120家");
  private static final Metric HUNDRED_TWENTY_PERCENT = Metric.parse("120%");
  private static final Metric OVER_TWENTY_THOUSAND_ENTERPRISES = Metric.parse("2万余家");
  private static final Metric NINETEEN_THOUSAND_ENTERPRISES = Metric.parse("19000家");
  private static final Metric HUNDRED_YI_YUAN = Metric.parse("100亿元");
  private static final Metric HUNDRED_TWENTY_YI_YUAN = Metric.parse("120亿元");
  private static final Metric THREE_HUNDRED_ENTERPRISES = Metric.parse("300家");
  private static final Metric FIVE_HUNDRED_YI_YUAN = Metric.parse("500亿元");
  private static final Source EARLY_SOURCE =
      Source.builder().publisher("科技日报").title("远景").published(LocalDate.of(2020, 1, 1)).build();
  private static final Source SOURCE_A = Source.builder().publisher("甲报").title("园区年报").build();
  private static final Source SOURCE_B = Source.builder().publisher("乙报").title("园区年报").build();

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
        return b.addObservation(observation(id, FIRST - 1, Indicators.ENTERPRISES, HUNDRED_ENTERPRISES, null))
            .addObservation(
                observation(id, FIRST - 1, Indicators.ABOVE_SIZE_ENTERPRISES, HUNDRED_TWENTY_ENTERPRISES, null))
            .build();
      case SHARE_OUT_OF_RANGE:
        return b.addObservation(
                observation(id, FIRST - 2, Indicators.RD_INTENSITY, HUNDRED_TWENTY_PERCENT, null))
            .build();
      case BOUNDS_CONTRADICTION:
        return b.addObservation(
                observation(id, FIRST - 3, Indicators.ENTERPRISES, OVER_TWENTY_THOUSAND_ENTERPRISES, null))
            .addObservation(
                observation(id, FIRST - 3, Indicators.ENTERPRISES, NINETEEN_THOUSAND_ENTERPRISES, null))
            .build();
      case CONFLICTING_DUPLICATE:
        return b.addObservation(observation(id, FIRST - 4, Indicators.REVENUE, HUNDRED_YI_YUAN, SOURCE_A))
            .addObservation(observation(id, FIRST - 4, Indicators.REVENUE, HUNDRED_TWENTY_YI_YUAN, SOURCE_B))
            .build();
      case DIMENSION_MISMATCH:
        return b.addObservation(observation(id, FIRST - 5, Indicators.REVENUE, THREE_HUNDRED_ENTERPRISES, null))
            .build();
      case OBSERVATION_AFTER_SOURCE:
        return b.addObservation(
                observation(id, AFTER, Indicators.OUTPUT_VALUE, FIVE_HUNDRED_YI_YUAN, EARLY_SOURCE))
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

  private static Observation observation(
      Identifier subject, int year, Indicator indicator, Metric metric, Source source) {
    return Observation.builder()
        .subject(subject)
        .indicator(indicator)
        .period(Period.year(year))
        .metric(metric)
        .citation(Optional.ofNullable(source).map(Citation::of))
        .build();
  }

  /**
   * Describes the configuration, {@code ParkGen{depth=2, maxSubZones=3, inconsistencies=[]}}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ParkGen{depth=" + depth + ", maxSubZones=" + maxSubZones
        + ", inconsistencies=" + inconsistencies + "}";
  }
}
