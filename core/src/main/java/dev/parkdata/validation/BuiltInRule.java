package dev.parkdata.validation;

/** A standard rule: its code, severity and description. */
abstract class BuiltInRule implements Rule {
  private final String code;
  private final Severity severity;
  private final String description;

  BuiltInRule(String code, Severity severity, String description) {
    this.code = code;
    this.severity = severity;
    this.description = description;
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String description() {
    return description;
  }

  /** {@code Rule{area.subzones-exceed-parent, ERROR}}. */
  @Override
  public String toString() {
    return "Rule{" + code + ", " + severity + "}";
  }
}
