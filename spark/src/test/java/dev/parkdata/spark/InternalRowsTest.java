package dev.parkdata.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.extract.Mention;
import dev.parkdata.metric.Metric;
import dev.parkdata.testing.ArticleCorpus;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/** Mentions' rows in Spark's internal form are the external rows Spark would encode, byte for byte. */
class InternalRowsTest {
  /** What Spark stores of a row: its unsafe form, bytes that equal only for equal values. */
  private static final UnsafeProjection UNSAFE = UnsafeProjection.create(ParkdataTypes.MENTION);

  /** The external row of {@code m} in Spark's internal form, as Spark's converters make it. */
  private static InternalRow converted(Mention m) {
    return (InternalRow) CatalystTypeConverters.createToCatalystConverter(ParkdataTypes.MENTION)
        .apply(ParkdataFunctions.toRow(m));
  }

  private static void assertSameRow(InternalRows rows, Mention m) {
    assertThat(UNSAFE.apply(rows.mention(m)).copy()).as("%s", m).isEqualTo(UNSAFE.apply(converted(m)).copy());
  }

  @Test
  void theRowOfEveryMentionOfACorpusIsTheExternalRowConverted() {
    InternalRows rows = new InternalRows();
    int mentions = 0;
    int parks = 0;
    int years = 0;
    for (int i = 0; i < 300; i++) {
      for (Mention m : ParkdataFunctions.extractor().extract(ArticleCorpus.article(i))) {
        assertSameRow(rows, m);
        mentions++;
        parks += m.park().isPresent() ? 1 : 0;
        years += ParkdataFunctions.year(m) != null ? 1 : 0;
      }
    }
    // the corpus has parks and years, so the nested park and the cached years are compared too
    assertThat(mentions).isGreaterThan(1000);
    assertThat(parks).isGreaterThan(100);
    assertThat(years).isGreaterThan(100);
  }

  @Test
  void figuresBeyondTheDecimalColumnsRangesAndPlansAreTheExternalRowsConverted() {
    InternalRows rows = new InternalRows();
    for (String figure : List.of("123456789012345678901234567890元", "0.0000000000000000001元",
        "12345678901234567890.123456789012345678元", "400-600个", "2万余家", "最高2000万元", "约1吉瓦",
        "30%")) {
      for (String period : new String[] {null, "十四五", "截至2021年底", "今年", "1997-2017年"}) {
        assertSameRow(rows, Mention.of(0, 1, "X", Metric.parse(figure), "营业收入", period));
      }
    }
  }

  @Test
  void theYearsKeptStayWithinTheirBoundAndRowsStayRight() {
    InternalRows rows = new InternalRows();
    Metric figure = Metric.parse("2万余家");
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < 3 * InternalRows.PERIODS; i++) {
      // each mention a new period: a year, a year's end, or no one year
      String period = i % 3 == 0 ? (1000 + i) + "年" : i % 3 == 1 ? "截至" + (1000 + i) + "年底" : "第" + i + "天";
      mentions.add(Mention.of(0, 1, "X", figure, "营业收入", period));
    }
    int most = 0;
    for (Mention m : mentions) {
      InternalRow row = rows.mention(m);
      assertThat(row.get(ParkdataTypes.MENTION.fieldIndex("year"), DataTypes.IntegerType))
          .isEqualTo(ParkdataFunctions.year(m));
      assertThat(rows.keptYears()).isLessThanOrEqualTo(InternalRows.PERIODS);
      most = Math.max(most, rows.keptYears());
    }
    // the bound was reached, and the cache went on working after it forgot what it held
    assertThat(most).isEqualTo(InternalRows.PERIODS);
    assertThat(mentions).filteredOn(m -> ParkdataFunctions.year(m) != null).hasSizeGreaterThan(InternalRows.PERIODS);
    for (Mention m : mentions.subList(0, 50)) {
      assertSameRow(rows, m);
    }
  }
}
