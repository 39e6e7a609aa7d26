package dev.parkdata.spark;

import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import java.math.BigDecimal;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Figures as the rows of {@link ParkdataTypes#METRIC} and {@link ParkdataTypes#BOUNDS}, and back. */
final class MetricRows {
  private static final int INTEGER_DIGITS = ParkdataTypes.NUMERIC.precision() - ParkdataTypes.NUMERIC.scale();
  private static final int FRACTION_DIGITS = ParkdataTypes.NUMERIC.scale();

  private static final int TEXT = ParkdataTypes.METRIC.fieldIndex("text");
  private static final int VALUE = ParkdataTypes.METRIC.fieldIndex("value");
  private static final int MIN = ParkdataTypes.METRIC.fieldIndex("min");
  private static final int MAX = ParkdataTypes.METRIC.fieldIndex("max");
  private static final int UNIT = ParkdataTypes.METRIC.fieldIndex("unit");
  private static final int QUALIFIER = ParkdataTypes.METRIC.fieldIndex("qualifier");
  private static final int PROBLEM = ParkdataTypes.METRIC.fieldIndex("problem");

  private MetricRows() {}

  /** The row of {@code m}; its numeric columns null where they cannot hold a number exactly. */
  static Row row(Metric m) {
    return row(m, RowForm.EXTERNAL);
  }

  /** The row of {@code m} in {@code form}: its fields, declared once for both forms. */
  static <R> R row(Metric m, RowForm<R> form) {
    Problems problems = new Problems();
    String value = null;
    String min = null;
    String max = null;
    BigDecimal valueNumber = null;
    BigDecimal minNumber = null;
    BigDecimal maxNumber = null;
    if (m.isRange()) {
      min = m.value().toPlainString();
      max = m.max().toPlainString();
      minNumber = problems.numeric("min", m.value());
      maxNumber = problems.numeric("max", m.max());
    } else {
      value = m.value().toPlainString();
      valueNumber = problems.numeric("value", m.value());
    }
    return form.row(form.text(m.toString()), form.text(value), form.text(min), form.text(max),
        form.text(m.unit().name()), form.text(m.qualifier().name()), form.text(m.dimension().toString()),
        form.decimal(valueNumber), form.decimal(minNumber), form.decimal(maxNumber), form.text(problems.text()));
  }

  /** A row that holds no figure, only why: every field null but {@code problem}. */
  static Row problem(String problem) {
    Object[] fields = new Object[ParkdataTypes.METRIC.size()];
    fields[PROBLEM] = problem;
    return RowFactory.create(fields);
  }

  /**
   * The figure of a row of {@link ParkdataTypes#METRIC}, read from its exact text columns; null if
   * the row is null or holds no figure.
   *
   * @throws IllegalArgumentException if the row's columns do not make a figure
   */
  static Metric metric(Row row) {
    if (row == null || row.isNullAt(UNIT) || row.isNullAt(QUALIFIER)) {
      return null;
    }
    Unit unit = Unit.parse(row.getString(UNIT));
    Qualifier qualifier = Qualifier.valueOf(row.getString(QUALIFIER));
    if (qualifier == Qualifier.RANGE) {
      return Metric.range(decimal(row, MIN), decimal(row, MAX), unit);
    }
    return Metric.of(decimal(row, VALUE), unit, qualifier);
  }

  /** The problem a row carries instead of a figure, or null. */
  static String problemOf(Row row) {
    if (row == null) {
      return null;
    }
    return row.isNullAt(TEXT) ? row.getString(PROBLEM) : null;
  }

  private static BigDecimal decimal(Row row, int field) {
    String text = row.isNullAt(field) ? null : row.getString(field);
    if (text == null) {
      throw new IllegalArgumentException("the figure's " + ParkdataTypes.METRIC.fields()[field].name() + " is null");
    }
    return new BigDecimal(text);
  }

  /** The bounds of {@code m} in the reference unit of its dimension, exactly. */
  static Row bounds(Metric m) {
    Unit base = m.unit().reference();
    Rational factor = m.unit().factor();
    Interval b = m.bounds();
    Problems problems = new Problems();
    Rational lower = b.hasLowerBound() ? Rational.of(b.lowerEndpoint()).multiply(factor) : null;
    Rational upper = b.hasUpperBound() ? Rational.of(b.upperEndpoint()).multiply(factor) : null;
    return RowFactory.create(base.name(),
        text(lower), lower == null ? null : b.isLowerClosed(),
        text(upper), upper == null ? null : b.isUpperClosed(),
        problems.numeric("lower", lower), problems.numeric("upper", upper), problems.text());
  }

  private static String text(Rational r) {
    if (r == null) {
      return null;
    }
    return r.isTerminating() ? r.toBigDecimalExact().toPlainString() : r.toString();
  }

  /** Why numeric columns are null, gathered while a row is made. */
  private static final class Problems {
    private StringBuilder text;

    BigDecimal numeric(String what, Rational r) {
      if (r == null) {
        return null;
      }
      if (!r.isTerminating()) {
        add(what + " " + r + " has no terminating decimal expansion");
        return null;
      }
      return numeric(what, r.toBigDecimalExact());
    }

    /** {@code v} if {@link ParkdataTypes#NUMERIC} holds it exactly, else null and a problem. */
    BigDecimal numeric(String what, BigDecimal v) {
      BigDecimal stripped = v.stripTrailingZeros();
      int fraction = Math.max(stripped.scale(), 0);
      int integer = Math.max(stripped.precision() - stripped.scale(), 0);
      if (fraction > FRACTION_DIGITS) {
        add(what + " has " + fraction + " digits after the point; "
            + ParkdataTypes.NUMERIC.simpleString() + " holds " + FRACTION_DIGITS);
        return null;
      }
      if (integer > INTEGER_DIGITS) {
        add(what + " has " + integer + " digits before the point; "
            + ParkdataTypes.NUMERIC.simpleString() + " holds " + INTEGER_DIGITS);
        return null;
      }
      return stripped.setScale(FRACTION_DIGITS);
    }

    private void add(String problem) {
      if (text == null) {
        text = new StringBuilder(problem);
      } else {
        text.append("; ").append(problem);
      }
    }

    String text() {
      return text == null ? null : text.toString();
    }
  }
}
