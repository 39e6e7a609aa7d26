package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to group zones for counts and totals: by {@link #PROVINCE}, by {@link #TYPE} or by
 * {@link #LEVEL}. Groups are ordered by their key's natural order (GB/T 2260 code for provinces,
 * the catalogue's order for types and levels).
 *
 * @param <K> the key zones are grouped by
 */
public final class CatalogGrouping<K extends Enum<K>> {
  /** By province ({@code province}). */
  public static final CatalogGrouping<Province> PROVINCE =
      new CatalogGrouping<>("province", Province.class, p -> p.location().flatMap(Location::province));
  /** By zone type, 开发区类型 ({@code type}). */
  public static final CatalogGrouping<ParkKind> TYPE =
      new CatalogGrouping<>("type", ParkKind.class, p -> Optional.of(p.kind()));
  /** By approval level, 批准级别 ({@code level}). */
  public static final CatalogGrouping<ApprovalLevel> LEVEL =
      new CatalogGrouping<>("level", ApprovalLevel.class, Park::approvalLevel);

  private static final List<CatalogGrouping<?>> ALL = List.of(PROVINCE, TYPE, LEVEL);

  private final String name;
  private final Class<K> keyType;
  private final Function<Park, Optional<K>> key;

  private CatalogGrouping(String name, Class<K> keyType, Function<Park, Optional<K>> key) {
    this.name = name;
    this.keyType = keyType;
    this.key = key;
  }

  /** The grouping named {@code name}: {@code province}, {@code type} or {@code level}. */
  public static Optional<CatalogGrouping<?>> ofName(String name) {
    checkNotNull(name, "name");
    return ALL.stream().filter(g -> g.name.equals(name)).findFirst();
  }

  /** The name, {@code province}. */
  public String name() {
    return name;
  }

  /** The type of the keys. */
  public Class<K> keyType() {
    return keyType;
  }

  /** The key of {@code park}; empty if the park lacks it (a zone of unknown province). */
  public Optional<K> keyOf(Park park) {
    return key.apply(checkNotNull(park, "park"));
  }

  /** The name, {@code province}. */
  @Override
  public String toString() {
    return name;
  }
}
