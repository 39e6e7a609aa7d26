package dev.parkdata.spark.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.extract.Mention;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.observation.Observation;
import dev.parkdata.spark.ParkdataFunctions;
import dev.parkdata.testing.ArticleCorpus;
import dev.parkdata.unit.Dimension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job over 1,200 articles of real sentences ({@link ArticleCorpus}) against the extractor run in this JVM, article by article. */
class FigureTotalsJobTest {
  private static final int ARTICLES = 1200;

  @TempDir
  static Path dir;
  private static Path articles;
  private static Path out;
  private static FigureTotalsJob.Summary summary;

  @BeforeAll
  static void runTheJob() throws IOException {
    articles = Files.createDirectory(dir.resolve("articles"));
    ArticleCorpus.write(articles, ARTICLES);
    Files.write(articles.resolve("utf16.txt"), "园区企业2000家".getBytes(StandardCharsets.UTF_16LE));
    out = dir.resolve("out");
    SparkSession spark = dev.parkdata.spark.TestSessions.session();
    summary = FigureTotalsJob.run(spark, articles.toString(), out.toString());
  }

  /** The mentions of every article as the extractor finds them in this JVM, one line each, sorted. */
  private static List<String> expectedMentions() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String name = ArticleCorpus.fileName(i);
      String text = Files.readString(articles.resolve(name));
      List<Mention> mentions = ParkdataFunctions.extractor().extract(text);
      for (int k = 0; k < mentions.size(); k++) {
        Mention m = mentions.get(k);
        rows.add(line(name, k, m.start(), m.end(), m.text(), m.metric().toString(), m.metric().qualifier().name(),
            m.indicator().orElse(null), m.period().orElse(null), m.park().flatMap(p -> p.code()).orElse(null),
            m.park().flatMap(p -> p.zoneName()).orElse(null), m.park().map(p -> p.text()).orElse(null)));
      }
    }
    rows.sort(null);
    return rows;
  }

  private static String line(Object... fields) {
    return Stream.of(fields).map(String::valueOf).collect(Collectors.joining("|"));
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Test
  void findsTheSameMentionsAsTheExtractorInOneJvmRowForRow() throws IOException {
    // the parks too: the articles name catalogue zones, and the extractor attributes figures to them
    SparkSession spark = dev.parkdata.spark.TestSessions.session();
    List<String> actual = spark.read().parquet(out.resolve("mentions").toString()).filter("problem IS NULL")
        .collectAsList().stream()
        .map(r -> line(fileName(r.getAs("article")), r.<Integer>getAs("ordinal"), r.<Integer>getAs("start"),
            r.<Integer>getAs("end"), r.<String>getAs("surface"), r.<Row>getAs("metric").<String>getAs("text"),
            r.<Row>getAs("metric").<String>getAs("qualifier"), r.<String>getAs("indicator"), r.<String>getAs("period"),
            r.<String>getAs("park_code"), r.<String>getAs("park_name"), r.<String>getAs("park_written")))
        .sorted().collect(Collectors.toList());
    List<String> expected = expectedMentions();
    assertThat(expected).hasSizeGreaterThan(5 * ARTICLES);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void pdExtractOverTheArticlesColumnGivesTheJobsMentions() {
    SparkSession spark = dev.parkdata.spark.TestSessions.session();
    Dataset<Row> viaFunction = FigureTotalsJob.mentions(FigureTotalsJob.articles(spark, articles.toString()));
    Dataset<Row> written = spark.read().parquet(out.resolve("mentions").toString());
    assertThat(viaFunction.schema().simpleString()).isEqualTo(written.schema().simpleString());
    assertThat(viaFunction.count()).isEqualTo(written.count()).isGreaterThan(5 * ARTICLES);
    assertThat(viaFunction.exceptAll(written).isEmpty()).isTrue();
    assertThat(written.exceptAll(viaFunction).isEmpty()).isTrue();
  }

  @Test
  void totalsAreTheExactSumsOfTheFiguresThatAdd() throws IOException {
    Map<String, List<Metric>> groups = new TreeMap<>();
    for (int i = 0; i < ARTICLES; i++) {
      String text = Files.readString(articles.resolve(ArticleCorpus.fileName(i)));
      for (Mention m : ParkdataFunctions.extractor().extract(text)) {
        Integer year = m.calendarPeriod().filter(p -> p.label().isEmpty()).map(p -> p.end().getYear()).orElse(null);
        if (m.indicator().isEmpty() || year == null || !adds(m.metric().dimension())) {
          continue;
        }
        String code = m.park().flatMap(p -> p.code()).map(Object::toString).orElse(null);
        String written = code == null ? m.park().map(p -> p.text()).orElse(null) : null;
        groups.computeIfAbsent(line(code, written, m.indicator().get(), year, m.metric().unit().name()), k -> new ArrayList<>())
            .add(m.metric());
      }
    }
    List<String> expected = groups.entrySet().stream()
        .map(e -> e.getKey() + "|" + e.getValue().size() + "|" + comparable(Metric.total(e.getValue())))
        .sorted().collect(Collectors.toList());
    SparkSession spark = dev.parkdata.spark.TestSessions.session();
    List<String> actual = spark.read().parquet(out.resolve("totals").toString()).collectAsList().stream()
        .map(r -> line(r.<String>getAs("park_code"), r.<String>getAs("park_written"), r.<String>getAs("indicator"),
            r.<Integer>getAs("year"),
            r.<String>getAs("unit")) + "|" + r.<Long>getAs("mentions") + "|" + comparable(ParkdataFunctions.toMetric(r.getAs("total"))))
        .sorted().collect(Collectors.toList());
    assertThat(expected).hasSizeGreaterThan(40);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  /**
   * A total as both sides give it whatever the order its figures were added in: its text where it
   * is one exact figure; else its value, unit and the ends of its bounds. A sum of figures bounded open (余)
   * is written with 余 in one grouping and as a range in another (100 × 2.2万余人: 220万余人 added
   * one by one, 2200000-2300000人 from two partial totals), the same ends either way: only whether
   * an end is included differs, which a range's text cannot say.
   */
  private static String comparable(Metric total) {
    if (total.qualifier() == Qualifier.EXACT && !total.isRange()) {
      return total.toString();
    }
    Interval b = total.bounds();
    return total.value().stripTrailingZeros().toPlainString() + " " + total.unit().name() + " "
        + (b.hasLowerBound() ? b.lowerEndpoint().stripTrailingZeros().toPlainString() : "") + ".."
        + (b.hasUpperBound() ? b.upperEndpoint().stripTrailingZeros().toPlainString() : "");
  }

  private static boolean adds(Dimension d) {
    switch (d.kind()) {
      case MONEY: case COUNT: case AREA: case ENERGY: case POWER: case MASS: case COMPUTE:
        return true;
      default:
        return false;
    }
  }

  @Test
  void writesTheTotalsOfAttributedParksAsObservationsIoReads() throws IOException {
    SparkSession spark = dev.parkdata.spark.TestSessions.session();
    long attributed = spark.read().parquet(out.resolve("totals").toString())
        .filter("park_code IS NOT NULL AND total.problem IS NULL").count();
    assertThat(attributed).isPositive();
    long read = 0;
    try (Stream<Path> parts = Files.list(out.resolve("totals-ndjson"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).collect(Collectors.toList())) {
        try (Stream<Object> records = ParkDataJson.standard().readNdjson(part)) {
          read += records.map(Observation.class::cast).count();
        }
      }
    }
    assertThat(read).isEqualTo(attributed);
  }

  @Test
  void reportsAFileThatIsNotUtf8() {
    SparkSession spark = dev.parkdata.spark.TestSessions.session();
    List<Row> unreadable = spark.read().parquet(out.resolve("unreadable").toString()).collectAsList();
    assertThat(unreadable).hasSize(1);
    assertThat(unreadable.get(0).<String>getAs("article")).endsWith("utf16.txt");
    assertThat(unreadable.get(0).<String>getAs("problem")).startsWith("not UTF-8: a bad byte at offset ");
    assertThat(summary.toString()).startsWith((ARTICLES + 1) + " articles (1 unreadable)");
  }
}
