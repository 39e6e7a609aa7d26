package dev.parkdata.validation;

import java.util.List;

/**
 * The built-in rules and their codes. Each code's documentation gives its severity, what breaks
 * it and an example; the {@linkplain dev.parkdata.validation package documentation} has the
 * table.
 */
public final class StandardRules {
  private StandardRules() {}

  /**
   * ERROR: an observation's or target's metric is not of the dimension its indicator expects
   * (营业收入 in 家 rather than 亿元).
   */
  public static final String DIMENSION_MISMATCH = "observation.dimension-mismatch";

  /**
   * ERROR: the areas of one kind of a park's sub-zones (nested, or naming it as their parent) sum
   * to more than the park's area of that kind, beyond the rounding tolerance: one unit in the last
   * stated decimal place of the coarsest figure involved (0.01平方公里 for 119.68 and 31.85平方公里).
   * Sums are exact across units (1平方公里 = 100公顷 = 1500亩) and over bounds: the least sum adds
   * lower bounds. A zone of 10.00平方公里 with sub-zones of 6.00 and 4.02 breaks it; 6.00 and 4.01
   * does not. Reported at the park's area, {@code parks[Z].areas[approved]}, with figures {@code
   * parent}, one per sub-zone (labelled by its identifier), {@code sum} and {@code tolerance}.
   */
  public static final String SUBZONES_EXCEED_PARENT = "area.subzones-exceed-parent";

  /**
   * ERROR: a park that consists of exactly its sub-zones has an area of a kind that their areas
   * of that kind do not sum to, beyond the rounding tolerance (119.68 ≠ 31.85 + 48.34 + 39.40).
   */
  public static final String SUBZONES_SUM_DIFFERS = "area.subzones-sum-differs";

  /**
   * ERROR: a count of a kind of enterprise exceeds the count of all enterprises of the same
   * subject, period and industry (规上企业 600家 but 企业数 500家).
   */
  public static final String COUNT_EXCEEDS_TOTAL = "count.exceeds-total";

  /** ERROR: a share (an indicator measured as a ratio, such as 研发强度) outside [0, 100] %. */
  public static final String SHARE_OUT_OF_RANGE = "share.out-of-range";

  /**
   * WARNING: the shares of one whole (one share indicator, subject and period, by industry) sum
   * to more than 100 %.
   */
  public static final String SHARES_EXCEED_WHOLE = "share.sum-exceeds-whole";

  /**
   * ERROR: two figures of the same indicator, subject, period and industry whose bounds exclude
   * each other (2万余家 and 19000家).
   */
  public static final String BOUNDS_CONTRADICTION = "bounds.contradiction";

  /**
   * ERROR: two exact figures of the same indicator, subject, period and industry that differ;
   * the violation names both sources.
   */
  public static final String CONFLICTING_DUPLICATE = "observation.conflicting-duplicate";

  /** INFO: the same figure recorded more than once with the same value. */
  public static final String REPEATED = "observation.repeated";

  /** WARNING: a designation in a year before the park's first approval. */
  public static final String DESIGNATION_BEFORE_APPROVAL = "date.designation-before-approval";

  /** ERROR: an observation whose period starts after its source was published. */
  public static final String OBSERVATION_AFTER_SOURCE = "date.observation-after-source";

  /** WARNING: a target whose deadline ended before its source was published. */
  public static final String DEADLINE_BEFORE_SOURCE = "date.deadline-before-source";

  /** ERROR: a reference to an identifier that is neither an entity nor a declared external. */
  public static final String UNRESOLVED_ID = "id.unresolved";

  /** ERROR: an identifier defined by more than one entity or external. */
  public static final String DUPLICATE_ID = "id.duplicate";

  /**
   * ERROR: a park that belongs to itself through nesting and {@code parent} references (A's
   * parent is B and B's parent is A; a park whose parent is one of its own sub-zones), reported
   * once per cycle at the parent reference that closes it.
   */
  public static final String REFERENCE_CYCLE = "id.cycle";

  /**
   * ERROR: an entity that refers to itself (a cluster among its own host parks, a policy that
   * applies to itself), reported at the reference: no reading of such data makes sense.
   */
  public static final String SELF_REFERENCE = "id.self-reference";

  /** ERROR: a policy measure's cap (最高…) that is not an amount of money. */
  public static final String CAP_NOT_MONEY = "policy.cap-not-money";

  /** WARNING: a policy rate that names neither its base indicator nor describes its base. */
  public static final String RATE_WITHOUT_BASE = "policy.rate-without-base";

  /**
   * ERROR, reported by the {@link Validator} itself: a rule threw instead of reporting; the
   * figures name the rule and the exception.
   */
  public static final String RULE_FAILED = "validation.rule-failed";

  /** Every standard rule, in the order a {@link Validator} runs them. */
  public static List<Rule> all() {
    return RULES;
  }

  private static final List<Rule> RULES =
      List.of(
          new ObservationRules.DimensionMismatch(),
          new AreaRules.ExceedParent(),
          new AreaRules.SumDiffers(),
          new ObservationRules.CountExceedsTotal(),
          new ObservationRules.ShareOutOfRange(),
          new ObservationRules.SharesExceedWhole(),
          new ObservationRules.BoundsContradiction(),
          new ObservationRules.ConflictingDuplicate(),
          new ObservationRules.Repeated(),
          new DateRules.DesignationBeforeApproval(),
          new DateRules.ObservationAfterSource(),
          new DateRules.DeadlineBeforeSource(),
          new ReferenceRules.Unresolved(),
          new ReferenceRules.Duplicate(),
          new ReferenceRules.Cycle(),
          new ReferenceRules.SelfReference(),
          new ReferenceRules.CapNotMoney(),
          new ReferenceRules.RateWithoutBase());

  /**
   * Whether {@code pattern} selects {@code code}: it equals the code or is one or more of its
   * leading {@code .}-separated groups.
   */
  static boolean matches(String pattern, String code) {
    return code.equals(pattern)
        || (code.startsWith(pattern) && code.charAt(pattern.length()) == '.');
  }
}
