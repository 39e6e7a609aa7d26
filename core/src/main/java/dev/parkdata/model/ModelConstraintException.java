package dev.parkdata.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * Thrown by a builder (or a {@code with*} copy) when a value could never be valid: a blank name,
 * a negative area, an area measured in 亿元, or a required attribute not set at {@code build()}.
 * The message starts with the type and the attribute, {@code "Park.areas[1]: must not be
 * negative, got EXACT -1平方公里"}, {@code "Park.names: required attribute not set"}.
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

  /** The required attributes not set, {@code ["id", "names"]}; empty for a value refused. */
  private final String[] missing;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the type being built, {@code "Park"}
   * @param attribute the attribute at fault, possibly with an index, {@code "areas[1]"}
   * @param problem what is wrong with it, {@code "must not be blank"}
   */
  public ModelConstraintException(String type, String attribute, String problem) {
    this(type, attribute, problem, new String[0]);
  }

  /**
   * Creates the exception for a builder whose required attributes are not set, from the message
   * of the builders Immutables generates, {@code "Cannot build Park, some of required attributes
   * are not set [id, names]"}: {@link #type()} is {@code "Park"}, {@link #missingAttributes()}
   * {@code [id, names]}, {@link #attribute()} {@code "id, names"} and the message {@code "Park.id,
   * names: required attributes not set"}. The model's builders throw it from {@code build()}
   * (the style's {@code throwForInvalidImmutableState}); other code uses {@link
   * #ModelConstraintException(String, String, String)}.
   *
   * @param builderMessage the generated builder's message
   */
  public ModelConstraintException(String builderMessage) {
    this(typeOf(builderMessage), missingOf(builderMessage));
  }

  private ModelConstraintException(String type, String[] missing) {
    this(type, String.join(", ", missing),
        missing.length == 1 ? "required attribute not set" : "required attributes not set", missing);
  }

  private ModelConstraintException(String type, String attribute, String problem, String[] missing) {
    super(checkNotNull(type, "type") + "." + checkNotNull(attribute, "attribute") + ": " + problem);
    this.type = type;
    this.attribute = attribute;
    this.missing = missing;
  }

  // "Cannot build Park, some of required attributes are not set [id, names]"

  private static String typeOf(String message) {
    checkNotNull(message, "builderMessage");
    int comma = message.indexOf(',');
    int space = comma < 0 ? -1 : message.lastIndexOf(' ', comma);
    return space < 0 ? "?" : message.substring(space + 1, comma);
  }

  private static String[] missingOf(String message) {
    int open = message.lastIndexOf('[');
    if (open < 0 || !message.endsWith("]")) {
      return new String[] {message};
    }
    return message.substring(open + 1, message.length() - 1).split(", ");
  }

  /** The simple name of the type being built, {@code "Park"}. */
  public String type() {
    return type;
  }

  /**
   * The attribute at fault, possibly with an index: {@code "areas[1]"}; for required attributes
   * not set, their names joined by {@code ", "}.
   */
  public String attribute() {
    return attribute;
  }

  /**
   * The required attributes that were not set when {@code build()} was called, in declaration
   * order: {@code [id, names]}; empty when the fault is a value.
   */
  public List<String> missingAttributes() {
    return List.of(missing);
  }
}
