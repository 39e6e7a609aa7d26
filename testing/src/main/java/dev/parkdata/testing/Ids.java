package dev.parkdata.testing;

import dev.parkdata.model.Identifier;
import java.util.HashSet;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * The identifiers one park or dataset has used, so that each new one is unique by construction:
 * one already used gets a numbered suffix ({@code suzhou-htz-2b-2}) instead of being drawn again
 * or filtered out, which would waste the whole value.
 */
final class Ids {
  private final Set<Identifier> used = new HashSet<>();

  /** Generates identifiers not used before in this park or dataset. */
  final Gen<Identifier> fresh = in -> unique(ParkGenerators.identifier(in));

  /** {@code id}, or if used, {@code id} with the first free numbered suffix; now used. */
  Identifier unique(Identifier id) {
    if (used.add(id)) {
      return id;
    }
    for (int n = 2; ; n++) {
      Identifier numbered = Identifier.of(id.value() + "-" + n);
      if (used.add(numbered)) {
        return numbered;
      }
    }
  }
}
