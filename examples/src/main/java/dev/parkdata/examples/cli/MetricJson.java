package dev.parkdata.examples.cli;

import dev.parkdata.metric.Metric;
import dev.parkdata.unit.NonTerminatingConversionException;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON fields of a metric shared by the commands: {@code value} (or {@code min} and {@code
 * max} for a range), {@code unit}, {@code qualifier} and {@code base}, the figure in the
 * reference unit of its dimension. Decimals are JSON strings in plain notation without trailing
 * zeros; a base value that does not terminate (亩) is given to 34 significant digits marked
 * {@code ≈}, with the exact fraction beside it ({@code exact}: {@code 2000/3}).
 */
final class MetricJson {
  /** Precision of base values that do not terminate: at least 20 significant digits are promised. */
  private static final MathContext BASE_PRECISION = MathContext.DECIMAL128;

  static final JsonMapper JSON = JsonMapper.builder().build();

  private MetricJson() {}

  /** Adds the fields of {@code m} to {@code node}, in the documented order. */
  static void putMetric(ObjectNode node, Metric m) {
    Unit reference = m.unit().reference();
    ObjectNode base = JSON.createObjectNode();
    base.put("unit", reference.name());
    if (m.isRange()) {
      node.put("min", plain(m.value()));
      node.put("max", plain(m.max()));
      base.put("min", inBase(m.value(), m.unit(), reference));
      base.put("max", inBase(m.max(), m.unit(), reference));
      putExact(base, "exactMin", exactInBase(m.value(), m.unit(), reference));
      putExact(base, "exactMax", exactInBase(m.max(), m.unit(), reference));
    } else {
      node.put("value", plain(m.value()));
      base.put("value", inBase(m.value(), m.unit(), reference));
      putExact(base, "exact", exactInBase(m.value(), m.unit(), reference));
    }
    node.put("unit", m.unit().name());
    node.put("qualifier", m.qualifier().name());
    node.set("base", base);
  }

  private static void putExact(ObjectNode base, String field, String fraction) {
    if (fraction != null) {
      base.put(field, fraction);
    }
  }

  /** The figure of {@code m} in the reference unit: {@code 190000000000} or {@code 400-600}. */
  static String baseValue(Metric m) {
    Unit reference = m.unit().reference();
    return m.isRange()
        ? inBase(m.value(), m.unit(), reference) + "-" + inBase(m.max(), m.unit(), reference)
        : inBase(m.value(), m.unit(), reference);
  }

  /**
   * {@code value} in {@code reference}: exact, or, where it does not terminate (1亩 in 平方米),
   * rounded and marked {@code ≈} as {@code convert} marks it, never a rounded figure that looks
   * exact. {@link #exactInBase} gives the exact fraction then.
   */
  private static String inBase(BigDecimal value, Unit unit, Unit reference) {
    try {
      return plain(unit.convertExact(value, reference));
    } catch (NonTerminatingConversionException e) {
      return ConvertCommand.APPROXIMATELY + plain(unit.convert(value, reference, BASE_PRECISION));
    }
  }

  /** {@code value} in {@code reference} as an exact fraction, {@code 2000/3}, if it does not terminate; else null. */
  private static String exactInBase(BigDecimal value, Unit unit, Unit reference) {
    Rational exact = Rational.of(value).multiply(unit.factorTo(reference));
    return exact.isTerminating() ? null : exact.toString();
  }

  /**
   * {@code value} in plain notation without trailing zeros: {@code 1.9E+3} is {@code 1900}; core's
   * formatter, the one {@code MetricFormat} uses.
   */
  static String plain(BigDecimal value) {
    return dev.parkdata.internal.Decimals.toPlainString(value);
  }
}
