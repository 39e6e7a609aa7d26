package dev.parkdata.spark.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.spark.TestSessions;
import dev.parkdata.testing.ArticleCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's pass as a data source of Spark's internal rows: the rows external rows gave, in their order. */
class ArticleMentionsTest {
  @TempDir
  Path dir;

  @Test
  void givesTheRowsOfTheExternalRowPathInOrderProblemsIncluded() throws IOException {
    ArticleCorpus.write(dir, 60);
    Files.write(dir.resolve("utf16.txt"), "园区企业2000家".getBytes(StandardCharsets.UTF_16LE));
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(dir.resolve("too-long.txt"), "园区企业2000家。".repeat(300_000).getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
    // a long article, some 3 MB of figures
    StringBuilder longer = new StringBuilder();
    for (int i = 0; longer.length() < 1_000_000; i++) {
      longer.append(ArticleCorpus.article(1000 + i)).append('\n');
    }
    Files.writeString(dir.resolve("long.txt"), longer);
    SparkSession spark = TestSessions.session();

    Dataset<Row> source = FigureTotalsJob.mentions(spark, dir.toString());
    // the external rows of pd_extract (ParkdataFunctions.toRow), over the articles read as a column
    Dataset<Row> external = FigureTotalsJob.mentions(FigureTotalsJob.articles(spark, dir.toString()));
    List<Row> rows = source.collectAsList();
    assertThat(source.schema()).isEqualTo(FigureTotalsJob.MENTIONS);
    assertThat(external.schema().simpleString()).isEqualTo(source.schema().simpleString());
    assertThat(rows).isEqualTo(external.collectAsList());

    assertThat(rows.stream().filter(r -> r.getAs("problem") != null)
            .map(r -> name(r) + ": " + r.getAs("problem")).collect(Collectors.toList()))
        .containsExactly("dangling.txt: cannot read: a link to no file",
            "too-long.txt: too long: more than 4194304 bytes, the most read",
            "utf16.txt: not UTF-8: a bad byte at offset 0");
    assertThat(rows).noneMatch(r -> name(r).equals("empty.txt"));
    assertThat(rows.stream().filter(r -> name(r).equals("long.txt")).count()).isGreaterThan(2000);
    assertThat(rows.stream().map(ArticleMentionsTest::name).distinct().count()).isGreaterThan(55);
  }

  private static String name(Row r) {
    String article = r.getAs("article");
    return article.substring(article.lastIndexOf('/') + 1);
  }

  @Test
  void aFrameListsItsFilesOnceHoweverManyQueriesReadIt() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "园区企业2000家");
    SparkSession spark = TestSessions.session();
    Dataset<Row> mentions = FigureTotalsJob.mentions(spark, dir.toString());
    Files.writeString(dir.resolve("b.txt"), "营业收入约300亿元");
    assertThat(mentions.count()).isEqualTo(1);
    assertThat(mentions.select("surface").collectAsList()).extracting(r -> r.getString(0)).containsExactly("2000家");
    assertThat(ArticleMentions.files(mentions)).isEqualTo(1);
    Dataset<Row> again = spark.read().format(ArticleMentions.class.getName()).load(dir.toString());
    assertThat(again.select("surface").collectAsList()).extracting(r -> r.getString(0))
        .containsExactly("2000家", "约300亿元");
  }

  @Test
  void noPathIsAnError() {
    SparkSession spark = TestSessions.session();
    assertThatThrownBy(() -> spark.read().format(ArticleMentions.class.getName()).load())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ArticleMentions reads one path");
  }
}
