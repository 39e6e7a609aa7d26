package dev.parkdata.validation;

import static dev.parkdata.validation.Quantities.above;
import static dev.parkdata.validation.Quantities.disjoint;
import static dev.parkdata.validation.Quantities.inUnit;
import static dev.parkdata.validation.Quantities.reference;
import static dev.parkdata.validation.Quantities.source;
import static dev.parkdata.validation.Quantities.zh;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules over observations: dimensions, counts, shares, bounds and duplicates. */
final class ObservationRules {
  private ObservationRules() {}

  /** {@value StandardRules#DIMENSION_MISMATCH}. */
  static final class DimensionMismatch extends BuiltInRule {
    DimensionMismatch() {
      super(
          StandardRules.DIMENSION_MISMATCH,
          Severity.ERROR,
          "an observation's metric and a target's threshold have the dimension their indicator"
              + " expects (any currency for money)");
    }

    @Override
    public void check(RuleContext context) {
      for (Located<Observation> o : context.observations()) {
        check(context, o.value().indicator(), o.value().metric(), o.path().field("metric"));
      }
      for (Located<Target> t : context.targets()) {
        check(context, t.value().indicator(), t.value().threshold(), t.path().field("threshold"));
      }
    }

    private void check(RuleContext context, Indicator indicator, Metric metric, Path path) {
      Dimension dimension = metric.dimension();
      if (!indicator.accepts(dimension)) {
        context.report(
            path,
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
            Indicators.UNICORN_ENTERPRISES);

    CountExceedsTotal() {
      super(
          StandardRules.COUNT_EXCEEDS_TOTAL,
          Severity.ERROR,
          "counts of enterprises above designated size, of high-tech enterprises and of unicorns"
              + " do not exceed the count of enterprises of the same subject, period and"
              + " industry");
    }

    @Override
    public void check(RuleContext context) {
      for (Located<Observation> part : context.observations()) {
        Observation p = part.value();
        if (!PARTS.contains(p.indicator()) || !p.metric().dimension().isCount()) {
          continue;
        }
        for (Located<Observation> whole :
            context.observations(p.subject(), Indicators.ENTERPRISES, p.period(), p.industry())) {
          Metric total = whole.value().metric();
          if (!total.dimension().equals(p.metric().dimension())) {
            continue;
          }
          if (above(p.metric(), total)) {
            context.report(
                part.path(),
                p.indicator().chineseName() + zh(p.metric()) + "超过企业数" + zh(total)
                    + "（" + whole.path() + "）",
                p.indicator().englishName() + " " + zh(p.metric())
                    + " exceeds the count of enterprises " + zh(total) + " (" + whole.path() + ")",
                Figure.of(p.indicator().code(), p.metric()),
                Figure.of(whole.path().toString(), total));
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

  private static final Metric PERCENT_RANGE =
      Metric.range(BigDecimal.ZERO, BigDecimal.valueOf(100), Units.PERCENT);

  /** {@value StandardRules#SHARE_OUT_OF_RANGE}. */
  static final class ShareOutOfRange extends BuiltInRule {
    ShareOutOfRange() {
      super(
          StandardRules.SHARE_OUT_OF_RANGE,
          Severity.ERROR,
          "a share (研发强度, or an indicator coded …-share, measured as a ratio) may lie in"
              + " [0, 100] %; observations and targets");
    }

    @Override
    public void check(RuleContext context) {
      for (Located<Observation> o : context.observations()) {
        check(context, o.value().indicator(), o.value().metric(), o.path().field("metric"));
      }
      for (Located<Target> t : context.targets()) {
        check(context, t.value().indicator(), t.value().threshold(), t.path().field("threshold"));
      }
    }

    private void check(RuleContext context, Indicator indicator, Metric metric, Path path) {
      if (isShare(indicator)
          && metric.dimension().equals(Dimension.RATIO)
          && disjoint(metric, PERCENT_RANGE)) {
        context.report(
            path,
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
      Map<List<Object>, List<Located<Observation>>> wholes = new LinkedHashMap<>();
      for (Located<Observation> o : context.observations()) {
        Observation v = o.value();
        if (isShare(v.indicator())
            && v.industry().isPresent()
            && v.metric().dimension().equals(Dimension.RATIO)) {
          wholes
              .computeIfAbsent(List.of(v.subject(), v.indicator(), v.period()), k -> new ArrayList<>())
              .add(o);
        }
      }
      for (List<Located<Observation>> parts : wholes.values()) {
        Map<Object, Located<Observation>> byIndustry = new LinkedHashMap<>();
        parts.forEach(p -> byIndustry.putIfAbsent(p.value().industry().orElseThrow(), p));
        if (byIndustry.size() < 2) {
          continue;
        }
        Rational least = Rational.ZERO;
        List<Figure> figures = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (Located<Observation> p : byIndustry.values()) {
          Range<Rational> r = reference(p.value().metric());
          if (r.hasLowerBound() && r.lowerEndpoint().signum() > 0) {
            least = least.add(r.lowerEndpoint());
          }
          String industry = p.value().industry().orElseThrow().toString();
          figures.add(Figure.of(industry, p.value().metric()));
          listed.add(industry + zh(p.value().metric()));
        }
        if (least.compareTo(reference(PERCENT_RANGE).upperEndpoint()) > 0) {
          Observation first = parts.get(0).value();
          Metric sum = inUnit(least, Units.PERCENT, Qualifier.EXACT);
          figures.add(Figure.of("sum", sum));
          context.report(
              parts.get(0).path(),
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
   * Reports, for each pair of observations of the same figure (subject, indicator, period and
   * industry), what {@link #pair} finds.
   */
  private abstract static class PairRule extends BuiltInRule {
    PairRule(String code, Severity severity, String description) {
      super(code, severity, description);
    }

    @Override
    public final void check(RuleContext context) {
      for (List<Located<Observation>> group : context.observationGroups()) {
        for (int j = 1; j < group.size(); j++) {
          for (int i = 0; i < j; i++) {
            Located<Observation> a = group.get(i);
            Located<Observation> b = group.get(j);
            if (a.value().metric().dimension().equals(b.value().metric().dimension())) {
              pair(context, a, b);
            }
          }
        }
      }
    }

    abstract void pair(RuleContext context, Located<Observation> first, Located<Observation> second);

    static String what(Observation o) {
      return o.subject() + " " + o.indicator().chineseName()
          + o.industry().map(i -> "（" + i + "）").orElse("") + " " + o.period();
    }

    static String whatEnglish(Observation o) {
      return o.indicator().englishName() + o.industry().map(i -> " (" + i + ")").orElse("")
          + " of " + o.subject() + " in " + o.period();
    }

    static Figure[] figures(Located<Observation> a, Located<Observation> b) {
      return new Figure[] {
        Figure.of(a.path().toString(), a.value().metric()),
        Figure.of(b.path().toString(), b.value().metric()),
        Figure.of("source of " + a.path(), source(a.value())),
        Figure.of("source of " + b.path(), source(b.value()))
      };
    }
  }

  private static boolean exact(Observation o) {
    return o.metric().qualifier() == Qualifier.EXACT;
  }

  /** {@value StandardRules#BOUNDS_CONTRADICTION}. */
  static final class BoundsContradiction extends PairRule {
    BoundsContradiction() {
      super(
          StandardRules.BOUNDS_CONTRADICTION,
          Severity.ERROR,
          "two figures of the same subject, indicator, period and industry, at least one of them"
              + " qualified (2万余家, 超过300家, 最高…), allow a common value");
    }

    @Override
    void pair(RuleContext context, Located<Observation> a, Located<Observation> b) {
      Observation x = a.value();
      Observation y = b.value();
      if ((!exact(x) || !exact(y)) && disjoint(x.metric(), y.metric())) {
        context.report(
            b.path(),
            what(y) + "为" + zh(y.metric()) + "（" + source(y) + "），与" + a.path() + "的"
                + zh(x.metric()) + "（" + source(x) + "）相矛盾",
            whatEnglish(y) + " is " + zh(y.metric()) + " (" + source(y) + "), which contradicts "
                + zh(x.metric()) + " at " + a.path() + " (" + source(x) + ")",
            figures(a, b));
      }
    }
  }

  /** {@value StandardRules#CONFLICTING_DUPLICATE}. */
  static final class ConflictingDuplicate extends PairRule {
    ConflictingDuplicate() {
      super(
          StandardRules.CONFLICTING_DUPLICATE,
          Severity.ERROR,
          "two exact figures of the same subject, indicator, period and industry are the same"
              + " quantity; a conflict names both sources");
    }

    @Override
    void pair(RuleContext context, Located<Observation> a, Located<Observation> b) {
      Observation x = a.value();
      Observation y = b.value();
      if (exact(x) && exact(y) && !x.metric().isSameQuantity(y.metric())) {
        context.report(
            b.path(),
            what(y) + "有两个不同的数值：" + zh(x.metric()) + "（" + source(x) + "）与"
                + zh(y.metric()) + "（" + source(y) + "）",
            whatEnglish(y) + " has two different values: " + zh(x.metric()) + " (" + source(x)
                + ") and " + zh(y.metric()) + " (" + source(y) + ")",
            figures(a, b));
      }
    }
  }

  /** {@value StandardRules#REPEATED}. */
  static final class Repeated extends PairRule {
    Repeated() {
      super(
          StandardRules.REPEATED,
          Severity.INFO,
          "the same figure (subject, indicator, period, industry and quantity) is recorded once");
    }

    @Override
    void pair(RuleContext context, Located<Observation> a, Located<Observation> b) {
      Observation x = a.value();
      Observation y = b.value();
      if (x.metric().isSameQuantity(y.metric())) {
        context.report(
            b.path(),
            what(y) + "的数值" + zh(x.metric()) + "（" + a.path() + "）重复记录为" + zh(y.metric()),
            whatEnglish(y) + " " + zh(x.metric()) + " (" + a.path() + ") is recorded again as "
                + zh(y.metric()),
            figures(a, b));
      }
    }
  }

}
