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
 * ParkdataTypes#NUMERIC} a {@link Decimal}. Spark then has nothing to convert: an external row is
 * encoded field by field, every string anew.
 *
 * <p>Strings that recur from mention to mention (units, qualifiers, dimensions, indicators,
 * periods, a park's code, name, text and status) are encoded once and kept, up to {@value
 * #RECURRING} of them of at most {@value #LONGEST_RECURRING} characters (some 2 MB at most);
 * when that many are kept they are all forgotten and kept anew. The {@code year} of a period is
 * worked out once per period text, up to {@value #PERIODS} of them, alike. One instance per
 * task: it is not thread-safe.
 */
public final class InternalRows {
  /** How many recurring strings are kept encoded. */
  static final int RECURRING = 4096;
  /** The longest string, in chars, that is kept encoded: longer ones are rarely written twice. */
  static final int LONGEST_RECURRING = 64;
  /** How many periods' years are kept. */
  static final int PERIODS = 1024;

  private final BoundedCache<String, UTF8String> recurring = new BoundedCache<>(RECURRING);
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
    Object recurring(String s) {
      if (s == null) {
        return null;
      }
      return s.length() > LONGEST_RECURRING ? UTF8String.fromString(s) : recurring.get(s, UTF8String::fromString);
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

  /** A writer of rows with nothing kept yet. */
  public InternalRows() {}

  /** The {@link ParkdataTypes#MENTION} row of {@code mention}, in Spark's internal form. */
  public InternalRow mention(Mention mention) {
    return ParkdataFunctions.mention(checkNotNull(mention, "mention"), form);
  }

  /** How many recurring strings are kept, for tests of the bound. */
  int keptStrings() {
    return recurring.size();
  }

  /** How many periods' years are kept, for tests of the bound. */
  int keptYears() {
    return years.size();
  }
}
