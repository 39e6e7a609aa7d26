package dev.parkdata.organisation;

import dev.parkdata.internal.ParkdataStyle;
import java.time.Year;
import org.immutables.value.Value;

/** A certification an organisation held in a year: 高新技术企业 in 2020. */
@Value.Immutable
@ParkdataStyle
abstract class AbstractCertification {

  /** The certification. */
  @Value.Parameter
  public abstract CertificationKind kind();

  /** The year it was held (or first granted). */
  @Value.Parameter
  public abstract Year year();

  /** {@code 高新技术企业 2020}. */
  @Override
  public String toString() {
    return kind().chineseName() + " " + year();
  }
}
