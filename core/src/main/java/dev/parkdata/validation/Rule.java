package dev.parkdata.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Consumer;

/**
 * A check over a dataset that reports every problem it finds through a {@link RuleContext}, never
 * stopping at the first. A rule has a stable {@linkplain #code() code} by which users select or
 * silence it, and the {@linkplain #severity() severity} of what it reports.
 *
 * <p>Implementations must be stateless and thread-safe (one rule may check several datasets at
 * once), must not throw (a {@link Validator} turns an exception into a {@value
 * StandardRules#RULE_FAILED} violation), and must report in an order that depends only on the
 * dataset, so that equal inputs give equal reports. Rules over large datasets should use the
 * indexes of the {@link RuleContext} rather than compare every pair of values.
 *
 * <pre>{@code
 * Rule named = Rule.of("park.unnamed-english", Severity.INFO, "parks have an English name",
 *     context -> context.parks().forEach(p -> {
 *       if (p.value().names().english().isEmpty()) {
 *         context.report(p.path().field("names"), "园区没有英文名称", "the park has no English name");
 *       }
 *     }));
 * Validator validator = Validator.builder().addStandardRules().addRule(named).build();
 * }</pre>
 */
public interface Rule {

  /** The stable code of this rule, {@code "area.subzones-exceed-parent"}. */
  String code();

  /** The severity of the violations this rule reports. */
  Severity severity();

  /** What this rule checks, in one English sentence. */
  String description();

  /**
   * Checks {@link RuleContext#dataset()} and reports each problem through {@code context}.
   *
   * @param context the dataset, its indexes and where to report; valid only during this call
   */
  void check(RuleContext context);

  /**
   * A rule from its parts and a function that checks.
   *
   * @throws IllegalArgumentException if {@code code} is not a violation code (lower-case ASCII
   *     words joined by {@code -}, in groups joined by {@code .}) or {@code description} is blank
   */
  static Rule of(String code, Severity severity, String description, Consumer<RuleContext> check) {
    checkNotNull(code, "code");
    checkNotNull(severity, "severity");
    checkNotNull(description, "description");
    checkNotNull(check, "check");
    checkArgument(
        AbstractViolation.isCode(code),
        "'%s' is not lower-case ASCII words joined by - in groups joined by .",
        code);
    checkArgument(!description.isBlank(), "description must not be blank");
    return new Rule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public void check(RuleContext context) {
        check.accept(context);
      }

      @Override
      public String toString() {
        return "Rule{" + code + ", " + severity + "}";
      }
    };
  }
}
