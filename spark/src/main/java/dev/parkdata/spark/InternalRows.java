package dev.parkdata.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.extract.Mention;
import java.math.BigDecimal;
import java.util.Optional;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The rows of {@link ParkdataTypes#MENTION} in Spark's internal form, for a data source that
 * extracts in its own tasks ({@code org.apache.spark.sql.connector.read.PartitionReader}): the
 * values {@link ParkdataFunctions#toRow(Mention)} gives, each struct a {@link
 * GenericInternalRow}, each string a {@link UTF8String}, each number of {@link
 * ParkdataTypes#NUMERIC} a {@link Decimal}. Spark then only copies them into its own rows: an
 * external row it encodes field by field through a generic serializer.
 *
 * <p>The {@code year} of a period is worked out once per period text and kept, for up to
 * {@value #PERIODS} periods (then they are all forgotten and kept anew). Strings are encoded
 * for each row, even those that recur (units, indicators, parks): a cache of their encodings
 * made no measurable difference to the job's pass (JFR on {@code SparkExtractionBenchmark}): a
 * lookup costs about what encoding a short string costs. One instance per task: it is not
 * thread-safe.
 */
public final class InternalRows {
  /** How many periods' years are kept. */
  static final int PERIODS = 1024;

  private final BoundedCache<String, Integer> years = new BoundedCache<>(PERIODS);
  private final RowForm<InternalRow> form = new RowForm<>() {
    @Override
    InternalRow row(Object... fields) {
      return new GenericInternalRow(fields);
    }

    @Override
    Object text(String s) {
      return s == null ? null : UTF8String.fromString(s);
    }

    @Override
    Object decimal(BigDecimal d) {
      return d == null ? null : Decimal.apply(d, ParkdataTypes.NUMERIC.precision(), ParkdataTypes.NUMERIC.scale());
    }

    @Override
    Integer year(Mention m) {
      // the year is a function of the period's text alone (Mention.calendarPeriod reads nothing else)
      Optional<String> period = m.period();
      return period.isEmpty() ? null : years.get(period.get(), p -> ParkdataFunctions.year(m));
    }
  };

  /** A writer of rows with no year kept yet. */
  public InternalRows() {}

  /** The {@link ParkdataTypes#MENTION} row of {@code mention}, in Spark's internal form. */
  public InternalRow mention(Mention mention) {
    return ParkdataFunctions.mention(checkNotNull(mention, "mention"), form);
  }

  /** How many periods' years are kept, for tests of the bound. */
  int keptYears() {
    return years.size();
  }
}
