package dev.parkdata.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown by a builder (or a {@code with*} copy) when a value could never be valid: a blank name,
 * a negative area, an area measured in 亿元. The message starts with the type and the attribute,
 * {@code "Park.areas[1]: must not be negative, got EXACT -1平方公里"}.
 *
 * <p>Questions of consistency between figures (do the sub-zones add up to the zone?) are not
 * structural and are never thrown here; they belong to validation.
 */
public final class ModelConstraintException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the type being built, {@code "Park"}. */
  private final String type;

  /** The attribute at fault, {@code "areas[1]"}. */
  private final String attribute;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the type being built, {@code "Park"}
   * @param attribute the attribute at fault, possibly with an index, {@code "areas[1]"}
   * @param problem what is wrong with it, {@code "must not be blank"}
   */
  public ModelConstraintException(String type, String attribute, String problem) {
    super(checkNotNull(type, "type") + "." + checkNotNull(attribute, "attribute") + ": " + problem);
    this.type = type;
    this.attribute = attribute;
  }

  /** The simple name of the type being built, {@code "Park"}. */
  public String type() {
    return type;
  }

  /** The attribute at fault, possibly with an index: {@code "areas[1]"}. */
  public String attribute() {
    return attribute;
  }
}
