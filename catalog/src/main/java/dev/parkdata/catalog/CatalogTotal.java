package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.metric.Metric;
import dev.parkdata.unit.Dimension;
import java.util.Objects;

/**
 * The number of zones of a group and their total approved area (核准面积), with the number of
 * them that have no approved area and so add nothing to the total.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogTotal {
  private final int zones;
  private final Metric approvedArea;
  private final int zonesWithoutArea;

  private CatalogTotal(int zones, Metric approvedArea, int zonesWithoutArea) {
    this.zones = zones;
    this.approvedArea = approvedArea;
    this.zonesWithoutArea = zonesWithoutArea;
  }

  /**
   * Returns a total.
   *
   * @throws IllegalArgumentException if a count is negative, more zones lack an area than there
   *     are, or {@code approvedArea} is not an area
   */
  public static CatalogTotal of(int zones, Metric approvedArea, int zonesWithoutArea) {
    checkNotNull(approvedArea, "approvedArea");
    checkArgument(zones >= 0, "zones must not be negative, got %s", zones);
    checkArgument(
        zonesWithoutArea >= 0 && zonesWithoutArea <= zones,
        "zonesWithoutArea must be within 0..%s, got %s", zones, zonesWithoutArea);
    checkArgument(
        approvedArea.dimension().equals(Dimension.AREA), "not an area: %s", approvedArea);
    return new CatalogTotal(zones, approvedArea, zonesWithoutArea);
  }

  /** The number of zones. */
  public int zones() {
    return zones;
  }

  /** The sum of their approved areas, in the unit asked for. */
  public Metric approvedArea() {
    return approvedArea;
  }

  /** How many of the zones have no approved area. */
  public int zonesWithoutArea() {
    return zonesWithoutArea;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogTotal
        && ((CatalogTotal) o).zones == zones
        && ((CatalogTotal) o).zonesWithoutArea == zonesWithoutArea
        && ((CatalogTotal) o).approvedArea.equals(approvedArea);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zones, approvedArea, zonesWithoutArea);
  }

  /** {@code 552 zones, 446838.5公顷} (and {@code , 2 without area} if any). */
  @Override
  public String toString() {
    return zones + " zones, " + approvedArea + (zonesWithoutArea == 0 ? "" : ", " + zonesWithoutArea + " without area");
  }
}
