package dev.parkdata.industry;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ParkdataStyle;
import org.immutables.value.Value;

/**
 * An industry as a park or report names it: 生物医药, 电子信息, 半导体和集成电路. Industries are an
 * open vocabulary, so an industry is its name; two industries are equal when their names are.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractIndustry {

  /** The name in simplified characters, {@code 生物医药}. */
  @Value.Parameter
  public abstract String name();


  /** The name. */
  @Override
  public String toString() {
    return name();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Industry", "name");
  }
}
