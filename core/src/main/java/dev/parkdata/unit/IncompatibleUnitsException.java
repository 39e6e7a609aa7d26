package dev.parkdata.unit;

/**
 * Thrown when a value is to be converted between units of different dimensions (元 to 美元, 家 to
 * 个, % to 个百分点). The message names both units and their dimensions.
 */
public final class IncompatibleUnitsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Unit from;
  private final transient Unit to;

  /** Creates the exception for a conversion from {@code from} to {@code to}. */
  public IncompatibleUnitsException(Unit from, Unit to) {
    super(message(from, to));
    this.from = from;
    this.to = to;
  }

  private static String message(Unit from, Unit to) {
    String text = "Cannot convert " + from + " [" + from.dimension() + "] to " + to + " [" + to.dimension()
        + "]: different dimensions";
    if (from.dimension().isMoney() && to.dimension().isMoney()) {
      text += "; money crosses currencies only through an ExchangeRate";
    }
    return text;
  }

  /** The unit converted from. */
  public Unit from() {
    return from;
  }

  /** The unit converted to. */
  public Unit to() {
    return to;
  }
}
