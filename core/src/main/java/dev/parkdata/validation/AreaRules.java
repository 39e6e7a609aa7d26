package dev.parkdata.validation;

import static dev.parkdata.validation.Quantities.inUnit;
import static dev.parkdata.validation.Quantities.lastPlace;
import static dev.parkdata.validation.Quantities.reference;
import static dev.parkdata.validation.Quantities.zh;

import com.google.common.collect.Range;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Composition;
import dev.parkdata.park.Park;
import dev.parkdata.unit.Rational;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sub-zone area rules. For each park and each kind of area the park states, the sub-zones'
 * areas of that kind are summed over their bounds in the reference unit: the least sum adds each
 * figure's lower bound (0 when it has none, or when a sub-zone states no area of that kind), the
 * greatest adds upper bounds (unbounded when one is). The tolerance is one unit in the last
 * stated decimal place of the coarsest figure involved (0.01 km² for 119.68 and 31.85 km²):
 * the scale of a figure as reported is its precision, so 10.00 km² tolerates 0.01 km² and 10
 * km² tolerates 1 km².
 */
final class AreaRules {
  private AreaRules() {}

  /** {@value StandardRules#SUBZONES_EXCEED_PARENT}. */
  static final class ExceedParent extends BuiltInRule {
    ExceedParent() {
      super(
          StandardRules.SUBZONES_EXCEED_PARENT,
          Severity.ERROR,
          "the areas of one kind of a park's sub-zones (nested, or naming it as parent) do not sum"
              + " to more than the park's area of that kind");
    }

    @Override
    public void check(RuleContext context) {
      Map<Identifier, List<Park>> referring = referringChildren(context);
      for (Located<Park> located : context.parks()) {
        Park park = located.value();
        List<Park> referrers = referring.getOrDefault(park.id(), List.of());
        if (park.subZones().isEmpty() && referrers.isEmpty()) {
          continue;
        }
        List<Park> children = new ArrayList<>(park.subZones());
        Set<Identifier> nested = new HashSet<>();
        park.subZones().forEach(p -> nested.add(p.id()));
        for (Park p : referrers) {
          if (nested.add(p.id())) {
            children.add(p);
          }
        }
        if (children.isEmpty()) {
          continue;
        }
        for (Area area : park.areas()) {
          Sum sum = Sum.of(area, children);
          if (sum.count == 0 || !sum.parent.hasUpperBound()) {
            continue;
          }
          Rational limit = sum.parent.upperEndpoint().add(sum.tolerance);
          if (sum.least.compareTo(limit) > 0) {
            Metric least = sum.leastIn(area.metric());
            String kind = area.kind().chineseName();
            context.report(
                Paths.area(located.path(), area.kind()),
                "各子园区" + kind + "合计" + zh(least) + "，超过园区" + kind + zh(area.metric())
                    + "（允许误差" + zh(sum.toleranceIn(area.metric())) + "）",
                "the sub-zones' " + area.kind().indicator().englishName() + " sums to "
                    + zh(least) + ", more than the park's " + zh(area.metric())
                    + " (tolerance " + zh(sum.toleranceIn(area.metric())) + ")",
                sum.figures(area, least));
          }
        }
      }
    }

    private static Map<Identifier, List<Park>> referringChildren(RuleContext context) {
      Map<Identifier, List<Park>> result = new HashMap<>();
      for (Located<Park> p : context.parks()) {
        p.value()
            .parent()
            .ifPresent(id -> result.computeIfAbsent(id, k -> new ArrayList<>()).add(p.value()));
      }
      return result;
    }
  }

  /** {@value StandardRules#SUBZONES_SUM_DIFFERS}. */
  static final class SumDiffers extends BuiltInRule {
    SumDiffers() {
      super(
          StandardRules.SUBZONES_SUM_DIFFERS,
          Severity.ERROR,
          "a park that consists of exactly its sub-zones has, for each kind of area it states, the"
              + " sum of its sub-zones' areas of that kind (a sum above it is reported as "
              + StandardRules.SUBZONES_EXCEED_PARENT + ")");
    }

    @Override
    public void check(RuleContext context) {
      for (Located<Park> located : context.parks()) {
        Park park = located.value();
        if (park.composition() != Composition.EXACT) {
          continue;
        }
        for (Area area : park.areas()) {
          Sum sum = Sum.of(area, park.subZones());
          if (sum.greatest.isEmpty() || !sum.parent.hasLowerBound()) {
            continue;
          }
          Rational floor = sum.parent.lowerEndpoint().subtract(sum.tolerance);
          if (sum.greatest.get().compareTo(floor) < 0) {
            Metric total = sum.greatestIn(area.metric());
            String kind = area.kind().chineseName();
            context.report(
                Paths.area(located.path(), area.kind()),
                "园区由各子园区构成，但子园区" + kind + "合计" + zh(total) + "，少于园区" + kind
                    + zh(area.metric()) + "（允许误差" + zh(sum.toleranceIn(area.metric())) + "）",
                "the park consists of exactly its sub-zones, but their "
                    + area.kind().indicator().englishName() + " sums to " + zh(total)
                    + ", less than the park's " + zh(area.metric()) + " (tolerance "
                    + zh(sum.toleranceIn(area.metric())) + ")",
                sum.figures(area, total));
          }
        }
      }
    }
  }

  /** The bounds of the sum of the sub-zones' areas of one kind, in reference units. */
  private static final class Sum {
    final Range<Rational> parent;
    final Rational least;
    final Optional<Rational> greatest;
    final Rational tolerance;
    final int count;
    final List<Park> children;

    private Sum(Range<Rational> parent, Rational least, Optional<Rational> greatest,
        Rational tolerance, int count, List<Park> children) {
      this.parent = parent;
      this.least = least;
      this.greatest = greatest;
      this.tolerance = tolerance;
      this.count = count;
      this.children = children;
    }

    static Sum of(Area area, List<Park> children) {
      AreaKind kind = area.kind();
      Rational least = Rational.ZERO;
      Rational greatest = Rational.ZERO;
      boolean bounded = true;
      Rational tolerance = lastPlace(area.metric());
      int count = 0;
      for (Park child : children) {
        Optional<Metric> m = child.area(kind);
        if (m.isEmpty()) {
          bounded = false;
          continue;
        }
        count++;
        Range<Rational> r = reference(m.get());
        if (r.hasLowerBound() && r.lowerEndpoint().signum() > 0) {
          least = least.add(r.lowerEndpoint());
        }
        if (r.hasUpperBound()) {
          greatest = greatest.add(r.upperEndpoint());
        } else {
          bounded = false;
        }
        Rational place = lastPlace(m.get());
        if (place.compareTo(tolerance) > 0) {
          tolerance = place;
        }
      }
      return new Sum(reference(area.metric()), least,
          bounded ? Optional.of(greatest) : Optional.empty(), tolerance, count, children);
    }

    Metric leastIn(Metric like) {
      return inUnit(least, like.unit(), Qualifier.EXACT);
    }

    Metric greatestIn(Metric like) {
      return inUnit(greatest.orElseThrow(), like.unit(), Qualifier.EXACT);
    }

    Metric toleranceIn(Metric like) {
      return inUnit(tolerance, like.unit(), Qualifier.EXACT);
    }

    Figure[] figures(Area area, Metric sum) {
      List<Figure> figures = new ArrayList<>();
      figures.add(Figure.of("parent", area.metric()));
      for (Park child : children) {
        child.area(area.kind()).ifPresent(m -> figures.add(Figure.of(child.id().value(), m)));
      }
      figures.add(Figure.of("sum", sum));
      figures.add(Figure.of("tolerance", toleranceIn(area.metric())));
      return figures.toArray(new Figure[0]);
    }
  }
}
