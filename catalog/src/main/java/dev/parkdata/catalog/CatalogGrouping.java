package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How to group zones for counts and totals: by {@link #PROVINCE}, {@link #TYPE}, {@link #LEVEL},
 * or by the {@link #CITY} or {@link #COUNTY} a zone is placed in. Groups are ordered by their
 * key: GB/T 2260 code for provinces, cities and counties, the catalogue's order for types and
 * levels.
 *
 * @param <K> the key zones are grouped by
 */
public final class CatalogGrouping<K> {
  /** By province ({@code province}). */
  public static final CatalogGrouping<Province> PROVINCE = new CatalogGrouping<>(
      "province", Province.class, Comparator.naturalOrder(), (p, c) -> p.location().flatMap(Location::province));
  /** By zone type, 开发区类型 ({@code type}). */
  public static final CatalogGrouping<ParkKind> TYPE =
      new CatalogGrouping<>("type", ParkKind.class, Comparator.naturalOrder(), (p, c) -> Optional.of(p.kind()));
  /** By approval level, 批准级别 ({@code level}). */
  public static final CatalogGrouping<ApprovalLevel> LEVEL =
      new CatalogGrouping<>("level", ApprovalLevel.class, Comparator.naturalOrder(), (p, c) -> p.approvalLevel());
  /**
   * By the prefecture-level city a zone is placed in ({@code city}), a municipality (北京市) counting
   * as a city, as {@link CatalogQuery#inCity} selects; zones placed in their province only, or in
   * a county no prefecture holds (仙桃市), have no key.
   */
  public static final CatalogGrouping<Division> CITY =
      new CatalogGrouping<>("city", Division.class, Comparator.comparing(Division::code), (p, c) -> city(placement(p, c)));
  /** By the county-level division a zone is placed in ({@code county}); zones placed less precisely have no key. */
  public static final CatalogGrouping<Division> COUNTY = new CatalogGrouping<>(
      "county", Division.class, Comparator.comparing(Division::code), (p, c) -> county(placement(p, c)));

  private static final List<CatalogGrouping<?>> ALL = List.of(PROVINCE, TYPE, LEVEL, CITY, COUNTY);

  private final String name;
  private final Class<K> keyType;
  private final Comparator<? super K> order;
  /** The key of a park, from the placements of the catalogue given, or placed afresh for null. */
  private final BiFunction<Park, DevelopmentZoneCatalog, Optional<K>> key;

  private CatalogGrouping(
      String name, Class<K> keyType, Comparator<? super K> order, BiFunction<Park, DevelopmentZoneCatalog, Optional<K>> key) {
    this.name = name;
    this.keyType = keyType;
    this.order = order;
    this.key = key;
  }

  private static Optional<Placement> placement(Park park, DevelopmentZoneCatalog catalog) {
    return catalog != null ? catalog.placement(park) : ZonePlacer.embedded().place(park);
  }

  /** The prefecture or municipality that holds {@code placement}'s division, if any. */
  static Optional<Division> city(Optional<Placement> placement) {
    if (placement.isEmpty()) {
      return Optional.empty();
    }
    for (Division d : ZonePlacer.embedded().divisions().chain(placement.get().division())) {
      if (d.level() == DivisionLevel.PREFECTURE
          || d.isMunicipality()) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static Optional<Division> county(Optional<Placement> placement) {
    return placement.filter(p -> p.level() == DivisionLevel.COUNTY).map(Placement::division);
  }

  /** The grouping named {@code name}: {@code province}, {@code type}, {@code level}, {@code city} or {@code county}. */
  public static Optional<CatalogGrouping<?>> ofName(String name) {
    checkNotNull(name, "name");
    return ALL.stream().filter(g -> g.name.equals(name)).findFirst();
  }

  /** The names of the groupings, in order: {@code province, type, level, city, county}. */
  public static List<String> names() {
    return ALL.stream().map(CatalogGrouping::name).toList();
  }

  /** The name, {@code province}. */
  public String name() {
    return name;
  }

  /** The type of the keys. */
  public Class<K> keyType() {
    return keyType;
  }

  /** The order of the groups. */
  Comparator<? super K> order() {
    return order;
  }

  /** The key of {@code park}; empty if the park lacks it (a zone of unknown province, or not placed in a city). */
  public Optional<K> keyOf(Park park) {
    return key.apply(checkNotNull(park, "park"), null);
  }

  /** The key of {@code park} with the placements of {@code catalog}, which are made once; null to place it afresh. */
  Optional<K> keyOf(Park park, DevelopmentZoneCatalog catalog) {
    return key.apply(park, catalog);
  }

  /** The name, {@code province}. */
  @Override
  public String toString() {
    return name;
  }
}
