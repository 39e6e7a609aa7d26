package dev.parkdata.hibernate;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.unit.Unit;
import jakarta.persistence.Column;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.hibernate.metamodel.spi.ValueAccess;
import org.hibernate.usertype.CompositeUserType;

/**
 * Maps a {@link Metric} to four columns, so that an entity's figure is stored as stated, exactly:
 *
 * <pre>{@code
 * @Entity
 * class ParkFigure {
 *   @Id Long id;
 *
 *   @Embedded
 *   @CompositeType(MetricType.class)
 *   @AttributeOverride(name = "value", column = @Column(name = "revenue_value"))
 *   @AttributeOverride(name = "max", column = @Column(name = "revenue_max"))
 *   @AttributeOverride(name = "unit", column = @Column(name = "revenue_unit"))
 *   @AttributeOverride(name = "qualifier", column = @Column(name = "revenue_qualifier"))
 *   Metric revenue;                 // 超过300亿元 → "300", null, "亿元", "MORE_THAN"
 * }
 * }</pre>
 *
 * <p>The columns: {@code value} (the stated value, the minimum of a range) and {@code max} (a
 * range's maximum, else null) as exact decimal text ({@link BigDecimal#toString()}: every digit and
 * the stated scale survive on every database, where a {@code NUMERIC} column's precision and scale
 * would be the database's choice); {@code unit} as its name ({@link Unit#name()}, read back with
 * {@link Unit#parse}, so units of the standard catalogue only); {@code qualifier} as the
 * {@link Qualifier} constant's name. A null metric is four nulls. Metrics are immutable, so
 * copies are the values themselves. A range with an open end ({@code 200-500万元(不含)}) has no
 * column for it and is refused with an {@link IllegalArgumentException}, never stored closed.
 */
public final class MetricType implements CompositeUserType<Metric> {

  /** Creates the type; Hibernate does, from {@code @CompositeType(MetricType.class)}. */
  public MetricType() {}

  /**
   * The columns, as Hibernate reads them from this class: properties in alphabetical order (max,
   * qualifier, unit, value) are the indexes of {@link #getPropertyValue} and {@link #instantiate}.
   */
  @SuppressWarnings("unused") // read by Hibernate, never by code
  static final class Columns {
    @Column(length = 2000)
    private String max;

    @Column(length = 16)
    private String qualifier;

    @Column(length = 255)
    private String unit;

    @Column(length = 2000)
    private String value;
  }

  private static final int MAX = 0;
  private static final int QUALIFIER = 1;
  private static final int UNIT = 2;
  private static final int VALUE = 3;

  @Override
  public Object getPropertyValue(Metric metric, int property) {
    checkStorable(metric);
    switch (property) {
      case MAX:
        return metric.isRange() ? metric.max().toString() : null;
      case QUALIFIER:
        return metric.qualifier().name();
      case UNIT:
        return metric.unit().name();
      case VALUE:
        return metric.value().toString();
      default:
        throw new IllegalArgumentException("a metric has 4 columns, not column " + property);
    }
  }

  @Override
  public Metric instantiate(ValueAccess values) {
    String value = values.getValue(VALUE, String.class);
    String max = values.getValue(MAX, String.class);
    String unit = values.getValue(UNIT, String.class);
    String qualifier = values.getValue(QUALIFIER, String.class);
    if (value == null && max == null && unit == null && qualifier == null) {
      return null;
    }
    return read(value, max, unit, qualifier);
  }

  /** A metric from its four columns; a column that cannot be read is named in the exception. */
  static Metric read(String value, String max, String unit, String qualifier) {
    Unit u = Unit.parse(Objects.requireNonNull(unit, "the unit column of a metric is null"));
    Qualifier q = Qualifier.valueOf(Objects.requireNonNull(qualifier, "the qualifier column of a metric is null"));
    BigDecimal v = new BigDecimal(Objects.requireNonNull(value, "the value column of a metric is null"));
    if (q == Qualifier.RANGE) {
      return Metric.range(v, new BigDecimal(Objects.requireNonNull(max, "the max column of a range is null")), u);
    }
    return Metric.of(v, u, q);
  }

  @Override
  public Class<?> embeddable() {
    return Columns.class;
  }

  @Override
  public Class<Metric> returnedClass() {
    return Metric.class;
  }

  @Override
  public boolean equals(Metric x, Metric y) {
    return Objects.equals(x, y);
  }

  @Override
  public int hashCode(Metric x) {
    return Objects.hashCode(x);
  }

  @Override
  public Metric deepCopy(Metric value) {
    return value;
  }

  @Override
  public boolean isMutable() {
    return false;
  }

  /**
   * Refuses a range with an open end (200-500万元(不含)): the four columns hold its ends but not
   * that one is left out, and storing it as a closed range would change the figure.
   */
  private static void checkStorable(Metric metric) {
    if (metric != null && metric.isRange() && !(metric.bounds().isLowerClosed() && metric.bounds().isUpperClosed())) {
      throw new IllegalArgumentException("MetricType stores closed ranges only; " + metric
          + " leaves an end out: store it as its text (Metric.toString, read back by Metric.parse)");
    }
  }

  @Override
  public Serializable disassemble(Metric metric) {
    checkStorable(metric);
    return metric == null
        ? null
        : new Cached(
            metric.value().toString(),
            metric.isRange() ? metric.max().toString() : null,
            metric.unit().name(),
            metric.qualifier().name());
  }

  @Override
  public Metric assemble(Serializable cached, Object owner) {
    if (cached == null) {
      return null;
    }
    Cached c = (Cached) cached;
    return read(c.value(), c.max(), c.unit(), c.qualifier());
  }

  @Override
  public Metric replace(Metric detached, Metric managed, Object owner) {
    return detached;
  }

  /** The second-level cache's form: the four column values. */
  private record Cached(String value, String max, String unit, String qualifier) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
