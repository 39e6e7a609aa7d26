package dev.parkdata.examples.cli;

import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.catalog.Division;
import dev.parkdata.catalog.DivisionLevel;
import dev.parkdata.catalog.Divisions;
import java.util.ArrayList;
import java.util.List;

/**
 * The cities and counties that {@code --city} and {@code --county} name, read the same way by
 * every command: by GB/T 2260 code, name or short name among the divisions in use in the
 * catalogue's year, else by a unique part of a name, else in traditional or variant characters
 * as the catalogue folds them.
 */
final class Places {
  private Places() {}

  /**
   * The code of the one city (or county) {@code text} names, by code, name or short name, else
   * the one whose name contains it; a usage error naming the candidates if there are several or
   * none.
   */
  static String place(String option, String text, boolean isCity) {
    String wanted = text.strip();
    Divisions divisions = Divisions.gbt2260();
    List<Division> exact = new ArrayList<>();
    List<Division> partial = new ArrayList<>();
    for (Division d : divisions.inUseIn(YEAR)) {
      if (isCity ? isCity(d) : d.level() == DivisionLevel.COUNTY) {
        if (d.code().equals(wanted) || d.name().equals(wanted) || d.shortName().equals(wanted)) {
          exact.add(d);
        } else if (!wanted.isEmpty() && d.name().contains(wanted)) {
          partial.add(d);
        }
      }
    }
    List<Division> found = exact.isEmpty() ? partial : exact;
    if (found.size() == 1) {
      return found.get(0).code();
    }
    if (found.isEmpty() && !wanted.isEmpty()) {
      try {
        // traditional or variant characters: the query folds them as the name search does
        (isCity ? DevelopmentZoneCatalog.edition2018().query().inCity(wanted) : DevelopmentZoneCatalog.edition2018().query().inCounty(wanted)).count();
        return wanted;
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown " + option + " '" + text + "': no " + (isCity ? "prefecture-level city" : "county-level division")
            + " of that name in " + YEAR);
      }
    }
    StringBuilder known = new StringBuilder();
    for (int i = 0; i < found.size() && i < MAX_CANDIDATES; i++) {
      known.append(i == 0 ? "" : ", ").append(found.get(i).code()).append(' ').append(qualifiedName(found.get(i)));
    }
    if (found.size() > MAX_CANDIDATES) {
      known.append(", … (").append(found.size()).append(" in all)");
    }
    throw new IllegalArgumentException((found.isEmpty() ? "unknown " : "ambiguous ") + option + " '" + text + "'; give the code of one of: " + known);
  }

  /** At most this many candidates are named in a usage error. */
  private static final int MAX_CANDIDATES = 12;
  /** The year of the catalogue's edition, whose divisions zones are placed in. */
  private static final int YEAR = 2018;

  private static boolean isCity(Division d) {
    return d.level() == DivisionLevel.PREFECTURE || d.isMunicipality();
  }

  /** A county with its city or province, 长春市朝阳区; a city or province as it is. */
  static String qualifiedName(Division d) {
    if (d.level() != DivisionLevel.COUNTY) {
      return d.name();
    }
    return Divisions.gbt2260().parent(d).map(p -> p.name() + d.name()).orElse(d.name());
  }

}
