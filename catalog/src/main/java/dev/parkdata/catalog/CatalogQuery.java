package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A selection of the zones of a {@link DevelopmentZoneCatalog}: every zone, narrowed by criteria
 * that all must hold, then listed, counted or totalled.
 *
 * <pre>{@code
 * CatalogQuery query = DevelopmentZoneCatalog.edition2018().query()
 *     .inProvince(Province.JIANGSU)
 *     .atLevel(ApprovalLevel.STATE_COUNCIL)
 *     .approvedSince(2010);
 * query.parks();                                   // the zones, in catalogue order
 * query.total(Units.SQUARE_KILOMETRE);             // their number and approved area
 * query.summarize(CatalogGrouping.TYPE, Units.SQUARE_KILOMETRE);
 * }</pre>
 *
 * <p>Each criterion narrows the selection; two of the same kind must both hold, so {@code
 * inProvince(JIANGSU).inProvince(ZHEJIANG)} selects nothing. Name and industry texts are
 * compared after folding (see {@link DevelopmentZoneCatalog}): simplified and traditional input,
 * full-width and half-width brackets match alike.
 *
 * <p>Totals add the approved areas (核准面积) exactly. Instances are immutable and thread-safe.
 */
public final class CatalogQuery {
  private final ImmutableList<Park> parks;
  private final ImmutableList<String> descriptions;
  private final ImmutableList<Predicate<Park>> criteria;
  /** The catalogue the zones are from, for their placements; null for a bare list. */
  private final DevelopmentZoneCatalog catalog;
  /** The folded name of the last name criterion, which ranks the zones; null for catalogue order. */
  private final String rankedBy;

  private CatalogQuery(
      ImmutableList<Park> parks,
      ImmutableList<String> descriptions,
      ImmutableList<Predicate<Park>> criteria,
      DevelopmentZoneCatalog catalog,
      String rankedBy) {
    this.parks = parks;
    this.catalog = catalog;
    this.descriptions = descriptions;
    this.criteria = criteria;
    this.rankedBy = rankedBy;
  }

  static CatalogQuery of(ImmutableList<Park> parks, DevelopmentZoneCatalog catalog) {
    return new CatalogQuery(parks, ImmutableList.of(), ImmutableList.of(), catalog, null);
  }

  private CatalogQuery and(String description, Predicate<Park> criterion) {
    return and(description, criterion, rankedBy);
  }

  private CatalogQuery and(String description, Predicate<Park> criterion, String rankedBy) {
    return new CatalogQuery(
        parks,
        ImmutableList.<String>builder().addAll(descriptions).add(description).build(),
        ImmutableList.<Predicate<Park>>builder().addAll(criteria).add(criterion).build(),
        catalog,
        rankedBy);
  }

  /**
   * Narrows to zones in the prefecture-level city {@code city}, by name ({@code 苏州}, {@code
   * 苏州市}, traditional 蘇州) or code ({@code 320500}): zones placed in it or in one of its
   * counties (see {@link DevelopmentZoneCatalog#placement}). A municipality (北京, 上海, 天津, 重庆)
   * counts as a city. Zones placed in their province only are in no city. A name two cities
   * share selects the zones of both.
   *
   * @throws IllegalArgumentException if {@code city} is blank or names no prefecture-level city
   *     in use in 2018
   */
  public CatalogQuery inCity(String city) {
    Set<String> codes = divisionCodes(city, "city", true);
    return and("city=" + city, p -> inAny(p, codes));
  }

  /**
   * Narrows to zones placed in the county-level division {@code county}, by name ({@code 淄川},
   * {@code 淄川区}) or code ({@code 370302}). County names repeat across the country (朝阳区 is in
   * Beijing and Changchun): a shared name selects the zones of every county so named; give the
   * code to choose one.
   *
   * @throws IllegalArgumentException if {@code county} is blank or names no county-level division
   *     in use in 2018
   */
  public CatalogQuery inCounty(String county) {
    Set<String> codes = divisionCodes(county, "county", false);
    return and("county=" + county, p -> inAny(p, codes));
  }

  private static Set<String> divisionCodes(String text, String what, boolean city) {
    String wanted = folded(text, what);
    Divisions divisions = ZonePlacer.embedded().divisions();
    Set<String> codes = new HashSet<>();
    List<Division> named = Division.isCode(wanted)
        ? divisions.byCode(wanted, ZonePlacer.YEAR).map(List::of).orElse(List.of())
        : divisions.byName(wanted, ZonePlacer.YEAR);
    for (Division d : named) {
      boolean fits = city
          ? d.level() == DivisionLevel.PREFECTURE
              || d.isMunicipality()
          : d.level() == DivisionLevel.COUNTY;
      if (fits) {
        codes.add(d.code());
      }
    }
    checkArgument(!codes.isEmpty(), "'%s' names no %s-level division in use in %s", text,
        city ? "prefecture" : "county", ZonePlacer.YEAR);
    return codes;
  }

  private boolean inAny(Park park, Set<String> codes) {
    DevelopmentZoneCatalog source = catalog != null ? catalog : DevelopmentZoneCatalog.edition2018();
    Optional<Placement> placement = source.placement(park);
    if (placement.isEmpty()) {
      return false;
    }
    for (Division d : ZonePlacer.embedded().divisions().chain(placement.get().division())) {
      if (codes.contains(d.code())) {
        return true;
      }
    }
    return false;
  }

  /** Narrows to zones in {@code province}. */
  public CatalogQuery inProvince(Province province) {
    checkNotNull(province, "province");
    return and("province=" + province.chineseName(), p -> p.location().flatMap(Location::province).orElse(null) == province);
  }

  /** Narrows to zones of type {@code type} (开发区类型). */
  public CatalogQuery ofType(ParkKind type) {
    checkNotNull(type, "type");
    return and("type=" + type.chineseName(), p -> p.kind() == type);
  }

  /** Narrows to zones first approved at {@code level} (批准级别). */
  public CatalogQuery atLevel(ApprovalLevel level) {
    checkNotNull(level, "level");
    return and("level=" + level.chineseName(), p -> p.approvalLevel().orElse(null) == level);
  }

  /**
   * Narrows to zones first approved in the years {@code fromYear} to {@code toYear}, both
   * included. Zones without an approval month are left out.
   *
   * @throws IllegalArgumentException if {@code fromYear > toYear}
   */
  public CatalogQuery approvedBetween(int fromYear, int toYear) {
    checkArgument(fromYear <= toYear, "fromYear %s is after toYear %s", fromYear, toYear);
    return and(
        "approved=" + fromYear + ".." + toYear,
        p -> p.approvalDate().map(d -> d.getYear() >= fromYear && d.getYear() <= toYear).orElse(false));
  }

  /** Narrows to zones first approved in {@code year} or later. */
  public CatalogQuery approvedSince(int year) {
    return and("approved>=" + year, p -> p.approvalDate().map(d -> d.getYear() >= year).orElse(false));
  }

  /**
   * Narrows to zones one of whose names is {@code name}, after folding: the official name or a
   * {@linkplain dev.parkdata.model.Names#shortNames() short name} ({@code 株洲高新区} finds
   * 株洲高新技术产业开发区). Zones named so officially come first.
   */
  public CatalogQuery named(String name) {
    String wanted = NameFolding.fold(checkNotNull(name, "name"));
    return and("name=" + name, p -> p.names().all().stream().anyMatch(n -> NameFolding.fold(n).equals(wanted)), wanted);
  }

  /**
   * Narrows to zones one of whose names, official or short, contains {@code text}, after
   * folding: {@code 淄博} finds 湽博高新技术产业开发区, {@code 蘇州} finds the zones of 苏州, {@code
   * 株洲高新区} finds 株洲高新技术产业开发区. The zones so named exactly come first, then those with
   * the text as a short name, then those whose names merely contain it (苏州工业园区 before
   * 苏州工业园综合保税区), each in catalogue order.
   *
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public CatalogQuery nameContains(String text) {
    String wanted = folded(text, "text");
    return and("name~" + text, p -> p.names().all().stream().anyMatch(n -> NameFolding.fold(n).contains(wanted)), wanted);
  }

  /** 0 if {@code park} is officially named {@code name}, 1 if it has it as another name, else 2. */
  private static int rank(Park park, String name) {
    if (NameFolding.fold(park.names().official()).equals(name)) {
      return 0;
    }
    for (String other : park.names().all()) {
      if (NameFolding.fold(other).equals(name)) {
        return 1;
      }
    }
    return 2;
  }

  /** Narrows to zones with {@code industry} among their leading industries (主导产业), after folding. */
  public CatalogQuery withLeadingIndustry(String industry) {
    String wanted = folded(industry, "industry");
    return and("industry=" + industry, p -> industries(p, i -> i.equals(wanted)));
  }

  /**
   * Narrows to zones with a leading industry containing {@code text}, after folding: {@code 医药}
   * finds zones of 医药 and of 生物医药.
   *
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public CatalogQuery withLeadingIndustryContaining(String text) {
    String wanted = folded(text, "text");
    return and("industry~" + text, p -> industries(p, i -> i.contains(wanted)));
  }

  private static boolean industries(Park park, Predicate<String> test) {
    for (Industry industry : park.leadingIndustries()) {
      if (test.test(NameFolding.fold(industry.name()))) {
        return true;
      }
    }
    return false;
  }

  private static String folded(String text, String what) {
    checkNotNull(text, what);
    String folded = NameFolding.fold(text);
    checkArgument(!folded.isEmpty(), "%s must not be blank", what);
    return folded;
  }

  /**
   * The selected zones, in catalogue order; after {@link #named} or {@link #nameContains}, the
   * zones with that name first (see there).
   */
  public List<Park> parks() {
    if (criteria.isEmpty()) {
      return parks;
    }
    List<List<Park>> byRank = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Park park : parks) {
      if (matches(park)) {
        byRank.get(rankedBy == null ? 2 : rank(park, rankedBy)).add(park);
      }
    }
    ImmutableList.Builder<Park> selected = ImmutableList.builder();
    byRank.forEach(selected::addAll);
    return selected.build();
  }

  private boolean matches(Park park) {
    for (Predicate<Park> criterion : criteria) {
      if (!criterion.test(park)) {
        return false;
      }
    }
    return true;
  }

  /** The number of selected zones. */
  public int count() {
    return criteria.isEmpty() ? parks.size() : (int) parks.stream().filter(this::matches).count();
  }

  /**
   * The number of selected zones and their total approved area in {@code unit}, exactly: {@code
   * total(Units.SQUARE_KILOMETRE)}. Hectares convert exactly to every standard area unit
   * (平方米, 万平方米, 平方公里, and 亩 at 15 to the hectare).
   *
   * @throws IllegalArgumentException if {@code unit} is not an area unit
   * @throws dev.parkdata.unit.NonTerminatingConversionException if the total has no terminating
   *     decimal expansion in {@code unit}, which only a custom unit can cause
   */
  public CatalogTotal total(Unit unit) {
    return total(parks(), checkArea(unit));
  }

  /**
   * The number of selected zones of each group: {@code countBy(CatalogGrouping.LEVEL)} is {国务院
   * → 552, 省政府 → 1991} for the 2018 edition. Groups with no zone are absent; zones without a
   * key (no province; for {@link CatalogGrouping#CITY} and {@link CatalogGrouping#COUNTY}, a zone
   * placed less precisely) are not counted.
   */
  public <K> Map<K, Integer> countBy(CatalogGrouping<K> grouping) {
    ImmutableMap.Builder<K, Integer> counts = ImmutableMap.builder();
    groups(grouping).forEach((k, v) -> counts.put(k, v.size()));
    return counts.build();
  }

  /**
   * The {@link CatalogTotal} of each group, in the order of the keys, with areas in {@code unit}
   * as in {@link #total(Unit)}. Groups with no zone are absent; zones without a key (no
   * province) are left out.
   *
   * @throws IllegalArgumentException if {@code unit} is not an area unit
   */
  public <K> Map<K, CatalogTotal> summarize(CatalogGrouping<K> grouping, Unit unit) {
    Unit area = checkArea(unit);
    ImmutableMap.Builder<K, CatalogTotal> totals = ImmutableMap.builder();
    groups(grouping).forEach((k, v) -> totals.put(k, total(v, area)));
    return totals.build();
  }

  private <K> Map<K, List<Park>> groups(CatalogGrouping<K> grouping) {
    checkNotNull(grouping, "grouping");
    Map<K, List<Park>> groups = new TreeMap<>(grouping.order());
    for (Park park : parks()) {
      Optional<K> key = grouping.keyOf(park, catalog);
      key.ifPresent(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(park));
    }
    return groups;
  }

  private static Unit checkArea(Unit unit) {
    checkNotNull(unit, "unit");
    checkArgument(unit.dimension().equals(Dimension.AREA), "not an area unit: %s", unit);
    return unit;
  }

  /** Sums the approved areas of {@code parks} per stated unit, then converts each sum once. */
  private static CatalogTotal total(List<Park> parks, Unit unit) {
    Map<Unit, BigDecimal> sums = new LinkedHashMap<>();
    int withoutArea = 0;
    for (Park park : parks) {
      Optional<Metric> area = park.area(AreaKind.APPROVED);
      if (area.isPresent()) {
        sums.merge(area.get().unit(), area.get().value(), BigDecimal::add);
      } else {
        withoutArea++;
      }
    }
    Metric sum = Metric.of(BigDecimal.ZERO, unit);
    for (Map.Entry<Unit, BigDecimal> e : sums.entrySet()) {
      Metric part = Metric.of(e.getValue(), e.getKey());
      sum = sums.size() == 1 ? part.to(unit) : sum.plus(part.to(unit));
    }
    return CatalogTotal.of(parks.size(), sum, withoutArea);
  }

  /** {@code CatalogQuery[province=江苏省, level=国务院]}. */
  @Override
  public String toString() {
    return "CatalogQuery" + descriptions;
  }
}
