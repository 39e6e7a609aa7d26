package dev.parkdata.validation;

import static dev.parkdata.validation.Quantities.above;
import static dev.parkdata.validation.Quantities.disjoint;
import static dev.parkdata.validation.Quantities.inUnit;
import static dev.parkdata.validation.Quantities.reference;
import static dev.parkdata.validation.Quantities.source;
import static dev.parkdata.validation.Quantities.zh;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Target;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules over observations: dimensions, counts, shares, bounds and duplicates. */
final class ObservationRules {
  private ObservationRules() {}

  /** Checks the metric of each observation and the threshold of each target. */
  private abstract static class MetricRule extends BuiltInRule {
    MetricRule(String code, Severity severity, String description) {
      super(code, severity, description);
    }

    @Override
    public final void check(RuleContext context) {
      HeldValues<Observation> observations = context.heldObservations();
      for (int k = 0; k < observations.size(); k++) {
        Observation o = observations.get(k);
        check(context, o.indicator(), o.metric(), observations, k, "metric");
      }
      HeldValues<Target> targets = context.heldTargets();
      for (int k = 0; k < targets.size(); k++) {
        Target t = targets.get(k);
        check(context, t.indicator(), t.threshold(), targets, k, "threshold");
      }
    }

    /**
     * Checks {@code metric}, the {@code field} of value {@code k} of {@code held}; its path is
     * {@code held.path(k).field(field)}, to build only when reporting.
     */
    abstract void check(
        RuleContext context, Indicator indicator, Metric metric, HeldValues<?> held, int k,
        String field);
  }

  /** {@value StandardRules#DIMENSION_MISMATCH}. */
  static final class DimensionMismatch extends MetricRule {
    DimensionMismatch() {
      super(
          StandardRules.DIMENSION_MISMATCH,
          Severity.ERROR,
          "an observation's metric and a target's threshold have the dimension their indicator"
              + " expects (any currency for money)");
    }

    @Override
    void check(
        RuleContext context, Indicator indicator, Metric metric, HeldValues<?> held, int k,
        String field) {
      Dimension dimension = metric.dimension();
      if (!indicator.accepts(dimension)) {
        context.report(
            held.path(k).field(field),
            indicator.chineseName() + "应为" + indicator.dimension() + "，但数值" + zh(metric)
                + "是" + dimension,
            indicator.englishName() + " is measured in " + indicator.dimension() + ", but "
                + zh(metric) + " is in " + dimension,
            Figure.of("metric", metric),
            Figure.of("expected", indicator.dimension().toString()));
      }
    }
  }

  /** {@value StandardRules#COUNT_EXCEEDS_TOTAL}. */
  static final class CountExceedsTotal extends BuiltInRule {
    private static final List<Indicator> PARTS =
        List.of(
            Indicators.ABOVE_SIZE_ENTERPRISES,
            Indicators.HIGH_TECH_ENTERPRISES,
            Indicators.SPECIALISED_ENTERPRISES,
            Indicators.UNICORN_ENTERPRISES);

    CountExceedsTotal() {
      super(
          StandardRules.COUNT_EXCEEDS_TOTAL,
          Severity.ERROR,
          "counts of enterprises above designated size, of high-tech enterprises, of specialised"
              + " enterprises (专精特新) and of unicorns"
              + " do not exceed the count of enterprises of the same subject, period and"
              + " industry");
    }

    @Override
    public void check(RuleContext context) {
      FigureIndex index = context.figureIndex();
      HeldValues<Observation> observations = index.observations();
      for (int k = 0; k < observations.size(); k++) {
        Observation p = observations.get(k);
        if (!PARTS.contains(p.indicator()) || !p.metric().dimension().isCount()) {
          continue;
        }
        for (int w = index.first(p.subject(), Indicators.ENTERPRISES, p.period(), p.industry());
            w >= 0;
            w = index.next(w)) {
          Metric total = observations.get(w).metric();
          if (!total.dimension().equals(p.metric().dimension())) {
            continue;
          }
          if (above(p.metric(), total)) {
            Path whole = observations.path(w);
            context.report(
                observations.path(k),
                p.indicator().chineseName() + zh(p.metric()) + "超过企业数" + zh(total)
                    + "（" + whole + "）",
                p.indicator().englishName() + " " + zh(p.metric())
                    + " exceeds the count of enterprises " + zh(total) + " (" + whole + ")",
                Figure.of(p.indicator().code(), p.metric()),
                Figure.of(whole.toString(), total));
          }
        }
      }
    }
  }

  /**
   * Whether {@code indicator} is a share of a whole: measured as a ratio and either 研发强度 or
   * coded {@code …-share}. Growth rates, also ratios, are not shares.
   */
  static boolean isShare(Indicator indicator) {
    return indicator.dimension().equals(Dimension.RATIO)
        && (indicator.equals(Indicators.RD_INTENSITY) || indicator.code().endsWith("-share"));
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Metric PERCENT_RANGE = Metric.range(BigDecimal.ZERO, HUNDRED, Units.PERCENT);
  private static final Rational HUNDRED_PERCENT = reference(PERCENT_RANGE).upperEndpoint();

  /**
   * Whether {@code metric}, a ratio, allows no value in [0, 100] %; an exact percentage is
   * compared as it is, without building its bounds.
   */
  static boolean outsidePercentRange(Metric metric) {
    if (metric.qualifier() == Qualifier.EXACT && metric.unit().equals(Units.PERCENT)) {
      return metric.value().signum() < 0 || metric.value().compareTo(HUNDRED) > 0;
    }
    return disjoint(metric, PERCENT_RANGE);
  }

  /** {@value StandardRules#SHARE_OUT_OF_RANGE}. */
  static final class ShareOutOfRange extends MetricRule {
    ShareOutOfRange() {
      super(
          StandardRules.SHARE_OUT_OF_RANGE,
          Severity.ERROR,
          "a share (研发强度, or an indicator coded …-share, measured as a ratio) may lie in"
              + " [0, 100] %; observations and targets");
    }

    @Override
    void check(
        RuleContext context, Indicator indicator, Metric metric, HeldValues<?> held, int k,
        String field) {
      if (isShare(indicator)
          && metric.dimension().equals(Dimension.RATIO)
          && outsidePercentRange(metric)) {
        context.report(
            held.path(k).field(field),
            indicator.chineseName() + "是占比，应在0%到100%之间，但数值为" + zh(metric),
            indicator.englishName() + " is a share and lies between 0% and 100%, but is "
                + zh(metric),
            Figure.of("metric", metric));
      }
    }
  }

  /** {@value StandardRules#SHARES_EXCEED_WHOLE}. */
  static final class SharesExceedWhole extends BuiltInRule {
    SharesExceedWhole() {
      super(
          StandardRules.SHARES_EXCEED_WHOLE,
          Severity.WARNING,
          "the shares of one whole (one share indicator, subject and period, given by industry) do"
              + " not sum to more than 100 %");
    }

    @Override
    public void check(RuleContext context) {
      HeldValues<Observation> observations = context.heldObservations();
      // the numbers of the shares of each whole (subject, indicator, period)
      Map<List<Object>, List<Integer>> wholes = new LinkedHashMap<>();
      for (int k = 0; k < observations.size(); k++) {
        Observation v = observations.get(k);
        if (v.industry().isPresent()
            && isShare(v.indicator())
            && v.metric().dimension().equals(Dimension.RATIO)) {
          wholes
              .computeIfAbsent(List.of(v.subject(), v.indicator(), v.period()), w -> new ArrayList<>(2))
              .add(k);
        }
      }
      for (List<Integer> parts : wholes.values()) {
        if (parts.size() < 2) {
          continue;
        }
        Map<Object, Observation> byIndustry = new LinkedHashMap<>();
        for (int k : parts) {
          Observation p = observations.get(k);
          byIndustry.putIfAbsent(p.industry().orElseThrow(), p);
        }
        if (byIndustry.size() < 2) {
          continue;
        }
        Rational least = Rational.ZERO;
        List<Figure> figures = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (Observation p : byIndustry.values()) {
          Range<Rational> r = reference(p.metric());
          if (r.hasLowerBound() && r.lowerEndpoint().signum() > 0) {
            least = least.add(r.lowerEndpoint());
          }
          String industry = p.industry().orElseThrow().toString();
          figures.add(Figure.of(industry, p.metric()));
          listed.add(industry + zh(p.metric()));
        }
        if (least.compareTo(HUNDRED_PERCENT) > 0) {
          Observation first = observations.get(parts.get(0));
          Metric sum = inUnit(least, Units.PERCENT, Qualifier.EXACT);
          figures.add(Figure.of("sum", sum));
          context.report(
              observations.path(parts.get(0)),
              first.subject() + "各行业" + first.indicator().chineseName() + "（" + first.period()
                  + "）" + String.join("、", listed) + "合计" + zh(sum) + "，超过100%",
              "the shares by industry of " + first.indicator().englishName() + " of "
                  + first.subject() + " (" + first.period() + "), " + String.join(", ", listed)
                  + ", sum to " + zh(sum) + ", more than 100%",
              figures.toArray(new Figure[0]));
        }
      }
    }
  }

  /**
   * Looks at each figure stated more than once (same subject, indicator, period and industry),
   * one dimension at a time, and reports what {@link #group} finds there. Each group is seen
   * once and the rules below do linear work in it, so that 500 observations of one figure cost
   * 500 steps and give at most one violation per rule, not one per pair.
   */
  private abstract static class GroupRule extends BuiltInRule {
    GroupRule(String code, Severity severity, String description) {
      super(code, severity, description);
    }

    @Override
    public final void check(RuleContext context) {
      FigureIndex index = context.figureIndex();
      HeldValues<Observation> observations = index.observations();
      for (int first = 0; first < observations.size(); first++) {
        if (!index.isFirstOfSeveral(first)) {
          continue;
        }
        // by dimension, in order of first appearance: figures of two dimensions are not compared
        Map<Dimension, List<Located<Observation>>> byDimension = new LinkedHashMap<>(2);
        for (int k = first; k >= 0; k = index.next(k)) {
          Observation o = observations.get(k);
          byDimension
              .computeIfAbsent(o.metric().dimension(), d -> new ArrayList<>(2))
              .add(Located.of(o, observations.path(k)));
        }
        for (List<Located<Observation>> group : byDimension.values()) {
          if (group.size() > 1) {
            group(context, group);
          }
        }
      }
    }

    /** Checks the observations of one figure and dimension, at least two, in order. */
    abstract void group(RuleContext context, List<Located<Observation>> group);

    static String what(Observation o) {
      return o.subject() + " " + o.indicator().chineseName()
          + o.industry().map(i -> "（" + i + "）").orElse("") + " " + o.period();
    }

    static String whatEnglish(Observation o) {
      return o.indicator().englishName() + o.industry().map(i -> " (" + i + ")").orElse("")
          + " of " + o.subject() + " in " + o.period();
    }

    /** Each member's metric, labelled by its path, then each member's source. */
    static Figure[] figures(List<Located<Observation>> members) {
      Figure[] figures = new Figure[2 * members.size()];
      for (int i = 0; i < members.size(); i++) {
        Located<Observation> m = members.get(i);
        figures[i] = Figure.of(m.path().toString(), m.value().metric());
        figures[members.size() + i] = Figure.of("source of " + m.path(), source(m.value()));
      }
      return figures;
    }

    /** {@code 12亿元（某日报，parks[A].observations[0]）}, for every member after {@code from}. */
    static String listed(List<Located<Observation>> members, int from, String separator, boolean chinese) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i < members.size(); i++) {
        Located<Observation> m = members.get(i);
        if (i > from) {
          sb.append(separator);
        }
        sb.append(zh(m.value().metric()))
            .append(chinese ? "（" : " (")
            .append(m.path())
            .append(chinese ? "，" : ", ")
            .append(source(m.value()))
            .append(chinese ? "）" : ")");
      }
      return sb.toString();
    }
  }

  private static boolean exact(Observation o) {
    return o.metric().qualifier() == Qualifier.EXACT;
  }

  /**
   * What {@link Metric#isSameQuantity} compares, as a value to hash: qualifier, nominal values
   * and bounds in the reference unit. Two metrics of one dimension have equal keys exactly when
   * they are the same quantity.
   */
  private static Object quantityKey(Metric m) {
    Rational f = m.unit().factor();
    return Arrays.asList(
        m.qualifier(),
        Rational.of(m.value()).multiply(f),
        Rational.of(m.max()).multiply(f),
        m.qualifier() == Qualifier.EXACT ? null : reference(m));
  }

  /** The members grouped by quantity, groups in order of their first member. */
  private static List<List<Located<Observation>>> byQuantity(List<Located<Observation>> members) {
    Map<Object, List<Located<Observation>>> classes = new LinkedHashMap<>();
    for (Located<Observation> m : members) {
      classes.computeIfAbsent(quantityKey(m.value().metric()), k -> new ArrayList<>(2)).add(m);
    }
    return new ArrayList<>(classes.values());
  }

  /** {@value StandardRules#BOUNDS_CONTRADICTION}. */
  static final class BoundsContradiction extends GroupRule {
    BoundsContradiction() {
      super(
          StandardRules.BOUNDS_CONTRADICTION,
          Severity.ERROR,
          "two figures of the same subject, indicator, period and industry, at least one of them"
              + " qualified (2万余家, 超过300家, 最高…), allow a common value");
    }

    /**
     * Finds one pair that allows no common value, if there is one, in linear time: such a pair
     * exists exactly when one of three candidates is one. Intervals that pairwise intersect
     * share a point (Helly, in one dimension), so a disjoint pair shows between the qualified
     * figure with the highest lower bound and the one with the lowest upper bound, or between
     * one of those and the least or the greatest exact figure.
     */
    @Override
    void group(RuleContext context, List<Located<Observation>> group) {
      int highestLower = -1;
      int lowestUpper = -1;
      int leastExact = -1;
      int greatestExact = -1;
      List<Range<Rational>> bounds = new ArrayList<>(group.size());
      for (int i = 0; i < group.size(); i++) {
        Metric m = group.get(i).value().metric();
        Range<Rational> r = reference(m);
        bounds.add(r);
        if (m.qualifier() == Qualifier.EXACT) {
          if (leastExact < 0 || r.lowerEndpoint().compareTo(bounds.get(leastExact).lowerEndpoint()) < 0) {
            leastExact = i;
          }
          if (greatestExact < 0 || r.lowerEndpoint().compareTo(bounds.get(greatestExact).lowerEndpoint()) > 0) {
            greatestExact = i;
          }
          continue;
        }
        if (r.hasLowerBound() && (highestLower < 0 || higherLower(r, bounds.get(highestLower)))) {
          highestLower = i;
        }
        if (r.hasUpperBound() && (lowestUpper < 0 || lowerUpper(r, bounds.get(lowestUpper)))) {
          lowestUpper = i;
        }
      }
      int[][] candidates = {{highestLower, lowestUpper}, {highestLower, leastExact}, {greatestExact, lowestUpper}};
      for (int[] pair : candidates) {
        int i = Math.min(pair[0], pair[1]);
        int j = Math.max(pair[0], pair[1]);
        if (i >= 0 && i != j && disjoint(bounds.get(i), bounds.get(j))) {
          report(context, group.get(i), group.get(j));
          return;
        }
      }
    }

    /** Whether {@code a}'s lower bound admits less than {@code b}'s: higher, or equal and open. */
    private static boolean higherLower(Range<Rational> a, Range<Rational> b) {
      int c = a.lowerEndpoint().compareTo(b.lowerEndpoint());
      return c > 0 || c == 0 && a.lowerBoundType() == BoundType.OPEN;
    }

    /** Whether {@code a}'s upper bound admits less than {@code b}'s: lower, or equal and open. */
    private static boolean lowerUpper(Range<Rational> a, Range<Rational> b) {
      int c = a.upperEndpoint().compareTo(b.upperEndpoint());
      return c < 0 || c == 0 && a.upperBoundType() == BoundType.OPEN;
    }

    private static void report(RuleContext context, Located<Observation> a, Located<Observation> b) {
      Observation x = a.value();
      Observation y = b.value();
      context.report(
          b.path(),
          what(y) + "为" + zh(y.metric()) + "（" + source(y) + "），与" + a.path() + "的"
              + zh(x.metric()) + "（" + source(x) + "）相矛盾",
          whatEnglish(y) + " is " + zh(y.metric()) + " (" + source(y) + "), which contradicts "
              + zh(x.metric()) + " at " + a.path() + " (" + source(x) + ")",
          figures(List.of(a, b)));
    }
  }

  /** {@value StandardRules#CONFLICTING_DUPLICATE}. */
  static final class ConflictingDuplicate extends GroupRule {
    ConflictingDuplicate() {
      super(
          StandardRules.CONFLICTING_DUPLICATE,
          Severity.ERROR,
          "two exact figures of the same subject, indicator, period and industry are the same"
              + " quantity; a conflict names every exact figure and its source");
    }

    @Override
    void group(RuleContext context, List<Located<Observation>> group) {
      List<Located<Observation>> exacts = new ArrayList<>(group.size());
      for (Located<Observation> m : group) {
        if (exact(m.value())) {
          exacts.add(m);
        }
      }
      List<List<Located<Observation>>> quantities = byQuantity(exacts);
      if (quantities.size() < 2) {
        return;
      }
      Located<Observation> firstOther = quantities.get(1).get(0);
      Observation y = firstOther.value();
      if (exacts.size() == 2) {
        Observation x = exacts.get(0).value();
        context.report(
            firstOther.path(),
            what(y) + "有两个不同的数值：" + zh(x.metric()) + "（" + source(x) + "）与"
                + zh(y.metric()) + "（" + source(y) + "）",
            whatEnglish(y) + " has two different values: " + zh(x.metric()) + " (" + source(x)
                + ") and " + zh(y.metric()) + " (" + source(y) + ")",
            figures(exacts));
        return;
      }
      context.report(
          firstOther.path(),
          what(y) + "有" + quantities.size() + "个不同的数值，共" + exacts.size() + "条记录："
              + listed(exacts, 0, "、", true),
          whatEnglish(y) + " has " + quantities.size() + " different values in " + exacts.size()
              + " records: " + listed(exacts, 0, "; ", false),
          figures(exacts));
    }
  }

  /** {@value StandardRules#REPEATED}. */
  static final class Repeated extends GroupRule {
    Repeated() {
      super(
          StandardRules.REPEATED,
          Severity.INFO,
          "the same figure (subject, indicator, period, industry and quantity) is recorded once;"
              + " a repetition names every record of it");
    }

    @Override
    void group(RuleContext context, List<Located<Observation>> group) {
      for (List<Located<Observation>> same : byQuantity(group)) {
        if (same.size() < 2) {
          continue;
        }
        Located<Observation> a = same.get(0);
        Located<Observation> b = same.get(1);
        Observation x = a.value();
        Observation y = b.value();
        if (same.size() == 2) {
          context.report(
              b.path(),
              what(y) + "的数值" + zh(x.metric()) + "（" + a.path() + "）重复记录为" + zh(y.metric()),
              whatEnglish(y) + " " + zh(x.metric()) + " (" + a.path() + ") is recorded again as "
                  + zh(y.metric()),
              figures(same));
        } else {
          context.report(
              b.path(),
              what(y) + "的数值" + zh(x.metric()) + "（" + a.path() + "）又重复记录了" + (same.size() - 1)
                  + "次：" + listed(same, 1, "、", true),
              whatEnglish(y) + " " + zh(x.metric()) + " (" + a.path() + ") is recorded "
                  + (same.size() - 1) + " more times: " + listed(same, 1, "; ", false),
              figures(same));
        }
      }
    }
  }
}
