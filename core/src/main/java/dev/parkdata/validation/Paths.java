package dev.parkdata.validation;

import dev.parkdata.model.Identifier;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import java.util.Locale;

/** The paths of the values of a dataset, as the package documentation defines them. */
final class Paths {
  private Paths() {}

  /** {@code parks[G112001]}: a top-level park. */
  static Path park(Park park) {
    return entity("parks", park.id());
  }

  /** {@code <parent>.subZones[2]}. */
  static Path subZone(Path parent, int index) {
    return parent.field("subZones").index(index);
  }

  /** {@code clusters[X]}, {@code policies[P]}: a top-level entity by identifier. */
  static Path entity(String field, Identifier id) {
    return Path.root().field(field).key(id.value());
  }

  /** {@code <park>.areas[approved]}. */
  static Path area(Path park, AreaKind kind) {
    return park.field("areas").key(key(kind));
  }

  /** The key of an area kind: its name in lower case, {@code approved}. */
  static String key(AreaKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
