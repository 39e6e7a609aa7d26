package dev.parkdata.io;

import dev.parkdata.unit.Dimension;

/**
 * Reads the stable key of a {@link Dimension}, as {@link Dimension#toString()} writes it: {@code
 * "area"}, {@code "money(CNY)"}, {@code "count(家)"}, {@code "money(CNY)/area"}.
 */
final class Dimensions {
  static final String EXPECTED =
      "a dimension key such as area, money(CNY), count(家), duration(年) or money(CNY)/area";

  private Dimensions() {}

  /**
   * Returns the dimension with key {@code key}.
   *
   * @throws IllegalArgumentException if {@code key} is not one
   */
  static Dimension parse(String key) {
    int slash = key.indexOf('/');
    if (slash >= 0) {
      return Dimension.ratio(simple(key.substring(0, slash)), simple(key.substring(slash + 1)));
    }
    return simple(key);
  }

  private static Dimension simple(String key) {
    int open = key.indexOf('(');
    if (open >= 0) {
      if (!key.endsWith(")")) {
        throw new IllegalArgumentException("'" + key + "' lacks its closing parenthesis");
      }
      String kind = key.substring(0, open);
      String qualifier = key.substring(open + 1, key.length() - 1);
      switch (kind) {
        case "money":
          return Dimension.money(qualifier);
        case "count":
          return Dimension.count(qualifier);
        case "duration":
          return Dimension.duration(qualifier);
        default:
          throw new IllegalArgumentException("'" + kind + "' takes no qualifier");
      }
    }
    for (Dimension d : new Dimension[] {
        Dimension.AREA, Dimension.ENERGY, Dimension.POWER, Dimension.MASS, Dimension.COMPUTE,
        Dimension.RATIO, Dimension.RATIO_DIFFERENCE, Dimension.MULTIPLE}) {
      if (d.toString().equals(key)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dimension '" + key + "'");
  }
}
