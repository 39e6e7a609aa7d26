package dev.parkdata.spark;

import dev.parkdata.extract.Mention;
import java.math.BigDecimal;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The form the rows of {@link ParkdataTypes} are made in: Spark's external {@link Row}s of Java
 * values, which functions return and Spark encodes ({@link #EXTERNAL}), or its internal rows,
 * which a data source gives as they are ({@link InternalRows}). What each field holds is written
 * once, by the writers that take a form ({@link MetricRows#row(dev.parkdata.metric.Metric,
 * RowForm)}, {@link ParkdataFunctions#mention(Mention, RowForm)}); a form says only how a value
 * is held.
 *
 * @param <R> the rows this form makes
 */
abstract class RowForm<R> {
  /** External rows: strings, {@link BigDecimal}s and {@link Row}s, as Spark's Java API takes them. */
  static final RowForm<Row> EXTERNAL = new RowForm<>() {
    @Override
    Row row(Object... fields) {
      return RowFactory.create(fields);
    }

    @Override
    Object text(String s) {
      return s;
    }

    @Override
    Object decimal(BigDecimal d) {
      return d;
    }

    @Override
    Integer year(Mention m) {
      return ParkdataFunctions.year(m);
    }
  };

  /** A row of {@code fields}, each made by this form, in the order of the row's struct. */
  abstract R row(Object... fields);

  /** A string, or null. */
  abstract Object text(String s);

  /** A {@link ParkdataTypes#NUMERIC} value at its scale, or null. */
  abstract Object decimal(BigDecimal d);

  /** The {@code year} of {@code m}'s row, {@link ParkdataFunctions#year(Mention)}. */
  abstract Integer year(Mention m);
}
