package dev.parkdata.park;

import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.model.Identifier;
import org.immutables.value.Value;

/** A body in a park's management: its role and the organisation that fills it. */
@Value.Immutable
@ParkdataStyle
abstract class AbstractManagement {

  /** The role. */
  @Value.Parameter
  public abstract ManagementRole role();

  /** The identifier of the organisation in that role. */
  @Value.Parameter
  public abstract Identifier organisation();

  /** {@code 运营公司 lanzhou-high-tech-investment}. */
  @Override
  public String toString() {
    return role().chineseName() + " " + organisation();
  }
}
