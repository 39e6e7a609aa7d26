package dev.parkdata.location;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * Where a park or organisation is: province, city and district as far as known, and the GB/T 2260
 * division code of the most precise of them where known.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractLocation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Serialized as a {@link ModelSer}: by attribute, read back through the builder. */
  final Object writeReplace() {
    return new ModelSer(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }

  private void readObjectNoData() throws InvalidObjectException {
    throw SerialData.delegated();
  }

  /** The province. */
  public abstract Optional<Province> province();

  /** The prefecture-level city, {@code 兰州市}. */
  public abstract Optional<String> city();

  /** The county-level district, {@code 海淀区}. */
  public abstract Optional<String> district();

  /**
   * The GB/T 2260 code of the most precise division known: 2, 4 or 6 digits ({@code "110108"}
   * for 海淀区). When both are given, its first two digits are the province's code.
   */
  public abstract Optional<String> divisionCode();

  /** A location in {@code province} only. */
  public static Location of(Province province) {
    return Location.builder().province(province).build();
  }

  /** A location in {@code city} of {@code province}. */
  public static Location of(Province province, String city) {
    return Location.builder().province(province).city(city).build();
  }

  /** Province, city and district joined, {@code 北京市海淀区}; the code in brackets if known. */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner("");
    province().ifPresent(p -> joiner.add(p.chineseName()));
    city().ifPresent(joiner::add);
    district().ifPresent(joiner::add);
    divisionCode().ifPresent(c -> joiner.add("[" + c + "]"));
    return joiner.toString();
  }

  /** Whether {@code code} matches {@code [0-9]{2}([0-9]{2}){0,2}}, checked without a regex. */
  private static boolean isDivisionCode(String code) {
    int n = code.length();
    if (n != 2 && n != 4 && n != 6) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    // No lambdas in checks of the types the catalogue builds: linking one costs its cold load.
    if (city().isPresent()) {
      Checks.notBlank(city().get(), "Location", "city");
    }
    if (district().isPresent()) {
      Checks.notBlank(district().get(), "Location", "district");
    }
    if (divisionCode().isPresent()) {
      String code = divisionCode().get();
      Checks.check(
          isDivisionCode(code),
          "Location",
          "divisionCode",
          "a GB/T 2260 code has 2, 4 or 6 digits, got '%s'",
          code);
      if (province().isPresent()) {
        Province p = province().get();
        Checks.check(
            code.startsWith(p.code()),
            "Location",
            "divisionCode",
            "'%s' is not in %s (%s)",
            code,
            p.chineseName(),
            p.code());
      }
    }
  }
}
