package dev.parkdata.park;

/**
 * How a park's {@linkplain Park#subZones() sub-zones} relate to the whole: whether the zone
 * consists of exactly them, so that their areas must add up to the zone's.
 */
public enum Composition {
  /** The listed sub-zones are some of the zone's parts; the default. */
  PARTIAL,
  /**
   * The zone consists of exactly the listed sub-zones and nothing else: the Beijing free trade
   * zone's 119.68 km² are its three areas, 31.85 + 48.34 + 39.49 km².
   */
  EXACT
}
