package dev.parkdata.validation;

import com.google.common.collect.Range;
import dev.parkdata.internal.Ranges;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricFormat;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.observation.Observation;
import dev.parkdata.source.Citation;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** Exact bounds, tolerances and Chinese text of figures, shared by the standard rules. */
final class Quantities {
  private static final MathContext DISPLAY = MathContext.DECIMAL64;

  private Quantities() {}

  /** The metric in simplified Chinese, {@code 2万余家}. */
  static String zh(Metric metric) {
    return MetricFormat.SIMPLIFIED.format(metric);
  }

  /** The bounds of {@code metric} in its dimension's reference unit, exactly. */
  static Range<Rational> reference(Metric metric) {
    return Ranges.reference(metric);
  }

  /** Whether two ranges share no value. */
  static <C extends Comparable<?>> boolean disjoint(Range<C> a, Range<C> b) {
    return !a.isConnected(b) || a.intersection(b).isEmpty();
  }

  /**
   * Whether the bounds of {@code a} and {@code b}, of one dimension, share no value; compared in
   * the stated unit when both share it, exactly in the reference unit otherwise.
   */
  static boolean disjoint(Metric a, Metric b) {
    if (a.unit().equals(b.unit())) {
      return disjoint(Ranges.range(a.bounds()), Ranges.range(b.bounds()));
    }
    return disjoint(reference(a), reference(b));
  }

  /** Whether every value {@code part} allows is above every value {@code whole} allows. */
  static boolean above(Metric part, Metric whole) {
    if (part.unit().equals(whole.unit())) {
      if (part.qualifier() == Qualifier.EXACT && whole.qualifier() == Qualifier.EXACT) {
        return part.value().compareTo(whole.value()) > 0; // no bounds to build
      }
      return above(Ranges.range(part.bounds()), Ranges.range(whole.bounds()));
    }
    return above(reference(part), reference(whole));
  }

  private static <C extends Comparable<? super C>> boolean above(Range<C> part, Range<C> whole) {
    return part.hasLowerBound()
        && whole.hasUpperBound()
        && part.lowerEndpoint().compareTo(whole.upperEndpoint()) >= 0
        && disjoint(part, whole);
  }

  /** One unit in the last stated decimal place of {@code metric}, in the reference unit. */
  static Rational lastPlace(Metric metric) {
    return Rational.of(metric.value().ulp()).multiply(metric.unit().factor());
  }

  /** The exact metric of {@code reference} (in reference units) in {@code unit}, for display. */
  static Metric inUnit(Rational reference, Unit unit, Qualifier qualifier) {
    Rational value = reference.divide(unit.factor());
    BigDecimal decimal =
        value.isTerminating() ? value.toBigDecimalExact() : value.toBigDecimal(DISPLAY);
    return Metric.of(decimal, unit, qualifier);
  }

  /** The source of an observation in text, or {@code 未注明来源}. */
  static String source(Optional<Citation> citation) {
    return citation.map(c -> c.source().toString()).orElse("未注明来源");
  }

  /** The source of an observation in text, or {@code 未注明来源}. */
  static String source(Observation observation) {
    return source(observation.citation());
  }

}
