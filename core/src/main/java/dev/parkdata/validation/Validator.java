package dev.parkdata.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.park.Park;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@link Rule}s over a dataset and returns every violation found as a {@link
 * ValidationReport}; it never stops at the first problem and never throws for data the model's
 * builders accept. Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(dataset);
 *
 * Validator custom = Validator.builder()
 *     .addStandardRules()
 *     .addRule(myRule)
 *     .silence("date")                     // every rule whose code starts with "date."
 *     .silence("policy.rate-without-base") // one rule
 *     .build();
 * Validator onlyAreas = Validator.builder().addStandardRules().select("area").build();
 * }</pre>
 *
 * <p>Rules run in the order they were added and each reports in an order that depends only on
 * the data, so equal inputs give equal reports. A rule that throws is reported as a {@value
 * StandardRules#RULE_FAILED} error naming the rule and the exception, and the other rules still
 * run.
 */
public final class Validator {
  private static final Validator STANDARD = builder().addStandardRules().build();

  private final List<Rule> rules;

  private Validator(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** A validator running every {@linkplain StandardRules standard rule}. */
  public static Validator standard() {
    return STANDARD;
  }

  /** A builder with no rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules this validator runs, in order. */
  public List<Rule> rules() {
    return rules;
  }

  /** Validates {@code dataset}. */
  public ValidationReport validate(Dataset dataset) {
    checkNotNull(dataset, "dataset");
    List<Violation> found = new ArrayList<>();
    RuleContext context = new RuleContext(dataset, found);
    for (Rule rule : rules) {
      context.begin(rule);
      int before = found.size();
      try {
        rule.check(context);
      } catch (RuntimeException e) {
        found.subList(before, found.size()).clear();
        found.add(failure(rule, e));
      }
    }
    return ValidationReport.of(found);
  }

  /** Validates {@code park} as the only top-level park of a dataset: paths start {@code parks[…]}. */
  public ValidationReport validate(Park park) {
    checkNotNull(park, "park");
    return validate(Dataset.builder().addPark(park).build());
  }

  private static Violation failure(Rule rule, RuntimeException e) {
    String problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return Violation.builder()
        .code(StandardRules.RULE_FAILED)
        .severity(Severity.ERROR)
        .path(Path.root())
        .addFigures(Figure.of("rule", rule.code()), Figure.of("exception", problem))
        .chinese("规则 " + rule.code() + " 执行失败，未能完成检查：" + problem)
        .english("rule " + rule.code() + " failed and did not finish: " + problem)
        .build();
  }

  /** {@code Validator{16 rules}}. */
  @Override
  public String toString() {
    return "Validator{" + rules.size() + " rules}";
  }

  /**
   * Builds a {@link Validator}: add rules, then optionally keep only {@linkplain #select
   * selected} codes and drop {@linkplain #silence silenced} ones. A pattern selects a code when
   * it equals it or is one or more of its leading {@code .}-separated groups. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Set<String> selected = new LinkedHashSet<>();
    private final Set<String> silenced = new LinkedHashSet<>();

    private Builder() {}

    /** Adds every {@linkplain StandardRules standard rule}. */
    public Builder addStandardRules() {
      return addRules(StandardRules.all());
    }

    /**
     * Adds {@code rule}, to run after those already added.
     *
     * @throws IllegalArgumentException if a rule with the same code was added
     */
    public Builder addRule(Rule rule) {
      checkNotNull(rule, "rule");
      checkArgument(
          !rules.containsKey(rule.code()), "a rule with code %s was already added", rule.code());
      rules.put(rule.code(), rule);
      return this;
    }

    /** Adds each of {@code rules} in order, as {@link #addRule}. */
    public Builder addRules(Iterable<? extends Rule> rules) {
      checkNotNull(rules, "rules");
      rules.forEach(this::addRule);
      return this;
    }

    /**
     * Runs only the rules that one of the selected patterns selects (all rules when nothing is
     * selected).
     */
    public Builder select(String... patterns) {
      addPatterns(selected, patterns);
      return this;
    }

    /** Does not run the rules that one of {@code patterns} selects. */
    public Builder silence(String... patterns) {
      addPatterns(silenced, patterns);
      return this;
    }

    private static void addPatterns(Set<String> into, String... patterns) {
      checkNotNull(patterns, "patterns");
      for (String p : patterns) {
        checkNotNull(p, "pattern");
        into.add(p);
      }
    }

    /**
     * The validator.
     *
     * @throws IllegalArgumentException if a selected or silenced pattern selects no added rule
     *     (a misspelt code would otherwise go unnoticed)
     */
    public Validator build() {
      List<String> unknown = new ArrayList<>();
      for (String p : selected) {
        if (rules.keySet().stream().noneMatch(c -> StandardRules.matches(p, c))) {
          unknown.add(p);
        }
      }
      for (String p : silenced) {
        if (rules.keySet().stream().noneMatch(c -> StandardRules.matches(p, c))) {
          unknown.add(p);
        }
      }
      checkArgument(
          unknown.isEmpty(), "no rule has the code or code group %s; codes: %s", unknown,
          rules.keySet());
      List<Rule> kept = new ArrayList<>();
      for (Rule r : rules.values()) {
        boolean in = selected.isEmpty() || selected.stream().anyMatch(p -> StandardRules.matches(p, r.code()));
        boolean out = silenced.stream().anyMatch(p -> StandardRules.matches(p, r.code()));
        if (in && !out) {
          kept.add(r);
        }
      }
      return new Validator(kept);
    }
  }
}
