package dev.parkdata.spark.example;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode_outer;
import static org.apache.spark.sql.functions.when;

import dev.parkdata.extract.Mention;
import dev.parkdata.spark.InternalRows;
import dev.parkdata.spark.ParkdataFunctions;
import dev.parkdata.spark.ParkdataNdjson;
import dev.parkdata.spark.ParkdataTypes;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * An example job: a directory of articles (text files in UTF-8, one article each) → every figure
 * with its park, indicator and period → yearly totals by park and indicator, written as Parquet
 * and as parkdata/1 NDJSON.
 *
 * <pre>
 * FigureTotalsJob ARTICLES OUT
 *   OUT/mentions         Parquet: article, ordinal, start, end, surface, metric, indicator, period,
 *                        park_code, park_name, park_written, problem, year: every figure pd_extract
 *                        finds, in order, and a row with the problem of each file that could not be read
 *   OUT/totals           Parquet: park_code, park_name, park_written (for a park the catalogue
 *                        lacks), indicator, year, unit, mentions, total
 *   OUT/totals-ndjson    the totals of attributed parks as OBSERVATION records (subject = the park,
 *                        period = the year), which ParkDataJson reads
 *   OUT/unreadable       Parquet: article, problem: files that are not UTF-8 (with the byte offset
 *                        of the first bad byte), longer than 4 MiB or that could not be read
 * </pre>
 *
 * <p>The year of a figure is the calendar year its period ends in, the {@code year} of {@code
 * pd_extract} ({@code 截至2021年底} is 2021, {@code 1997-2017 年} is 2017); a figure whose period
 * names no one year (十四五, 今年) or that has no period stays in the mentions and is in no total. Totals add the figures of one park, indicator, year
 * and unit exactly ({@code pd_total}: 2万余家 + 440多家 is 20440-30450家) and only where adding
 * means something: money, counts, areas, energy, power, mass and compute, not percentages,
 * multiples, durations or per-unit ratios. A figure reported by two articles is counted twice:
 * this is what the articles say, not a deduplicated statistic.
 *
 * <p>Work and shuffles: reading and extraction run where the files are read, a task per group
 * of files ({@code spark.sql.files.maxPartitionBytes}) of the data source {@link
 * ArticleMentions}, whose tasks give Spark's internal rows, and the files are read once; only the
 * totals shuffle, one partial total per group and task, made before the exchange.
 */
public final class FigureTotalsJob {
  /** The dimensions whose figures are added: see the class documentation. */
  static final Column ADDITIVE = col("metric.dimension").startsWith("money(")
      .or(col("metric.dimension").startsWith("count("))
      .or(col("metric.dimension").isin("area", "energy", "power", "mass", "compute"));

  /** The columns of {@link #articles}. */
  private static final StructType ARTICLE = new StructType()
      .add("article", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, true)
      .add("problem", DataTypes.StringType, true);

  /** Where a column of the mentions comes from: the article's own values, or a field of the mention's row. */
  private enum From {
    ARTICLE(DataTypes.StringType), ORDINAL(DataTypes.IntegerType), PROBLEM(DataTypes.StringType), MENTION(null);

    /** The column's type; for MENTION, the field's in {@link ParkdataTypes#MENTION}. */
    final DataType type;

    From(DataType type) {
      this.type = type;
    }
  }

  /**
   * A column of the mentions: its name, where it comes from, its type, and for one from the
   * mention the field indexes of its path in a {@link ParkdataTypes#MENTION} row ({@code
   * park.code}: the park's, then the code's in it) with the number of fields of each struct on
   * the way.
   */
  private record MentionColumn(String name, From from, DataType type, String field, int[] path, int[] widths) {
    static MentionColumn own(String name, From from) {
      return new MentionColumn(name, from, from.type, null, null, null);
    }

    static MentionColumn mention(String name, String field) {
      String[] names = field.split("\\.");
      int[] path = new int[names.length];
      int[] widths = new int[names.length];
      DataType type = ParkdataTypes.MENTION;
      for (int i = 0; i < names.length; i++) {
        StructType struct = (StructType) type;
        path[i] = struct.fieldIndex(names[i]);
        type = struct.fields()[path[i]].dataType();
        widths[i] = type instanceof StructType nested ? nested.size() : 0;
      }
      return new MentionColumn(name, From.MENTION, type, field, path, widths);
    }

    /**
     * The column's value, in Spark's internal form, in the row of a mention ({@code mention} null
     * for an article with no figure).
     */
    Object value(UTF8String article, Integer ordinal, InternalRow mention, UTF8String problem) {
      switch (from) {
        case ARTICLE:
          return article;
        case ORDINAL:
          return ordinal;
        case PROBLEM:
          return problem;
        default:
          InternalRow row = mention;
          for (int k = 0; k < path.length - 1 && row != null; k++) {
            row = row.isNullAt(path[k]) ? null : row.getStruct(path[k], widths[k]);
          }
          return row == null ? null : row.get(path[path.length - 1], type);
      }
    }
  }

  /**
   * The columns of the mentions, in order, declared once: the mentions {@code pd_extract} gives
   * ({@link #mentions(Dataset)}) and those the job's pass makes ({@link #mentions(SparkSession,
   * String)}) both read them.
   */
  private static final List<MentionColumn> COLUMNS = List.of(
      MentionColumn.own("article", From.ARTICLE), MentionColumn.own("ordinal", From.ORDINAL),
      MentionColumn.mention("start", "start"), MentionColumn.mention("end", "end"),
      MentionColumn.mention("surface", "surface"), MentionColumn.mention("metric", "metric"),
      MentionColumn.mention("indicator", "indicator"), MentionColumn.mention("period", "period"),
      MentionColumn.mention("park_code", "park.code"), MentionColumn.mention("park_name", "park.name"),
      MentionColumn.mention("park_written", "park.written"), MentionColumn.own("problem", From.PROBLEM),
      MentionColumn.mention("year", "year"));

  /** The columns of {@link #mentions(SparkSession, String)} and {@link #mentions(Dataset)}. */
  static final StructType MENTIONS = mentionColumns();

  private static StructType mentionColumns() {
    StructType columns = new StructType();
    for (MentionColumn c : COLUMNS) {
      columns = columns.add(c.name(), c.type(), c.from() != From.ARTICLE);
    }
    return columns;
  }

  private FigureTotalsJob() {}

  /**
   * Runs the job: {@code FigureTotalsJob ARTICLES OUT}. The master comes from {@code
   * spark-submit} or {@code -Dspark.master}, else {@code local[*]}. Exit status 2 for a usage
   * error, 1 if the job fails, with one line on standard error and no stack trace.
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: FigureTotalsJob ARTICLES OUT  (a directory of UTF-8 text files, one article each;"
          + " OUT must not exist)");
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("parkdata figure totals");
    if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    int status = 0;
    try {
      System.out.println(run(spark, args[0], args[1]));
    } catch (RuntimeException e) {
      System.err.println("FigureTotalsJob failed: " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** What a run wrote. */
  public static final class Summary {
    private final long articles;
    private final long unreadable;
    private final long mentions;
    private final long totals;

    Summary(long articles, long unreadable, long mentions, long totals) {
      this.articles = articles;
      this.unreadable = unreadable;
      this.mentions = mentions;
      this.totals = totals;
    }

    @Override
    public String toString() {
      return articles + " articles (" + unreadable + " unreadable), " + mentions + " figures, " + totals + " totals";
    }
  }

  /**
   * Reads the articles under {@code articles}, writes the outputs under {@code out} (which must
   * not exist) and says how many of each it wrote. Registers parkdata's functions in {@code
   * spark}. The files are read once, by the pass that writes the mentions; the other outputs are
   * made from what it wrote, so nothing of the corpus is cached.
   */
  public static Summary run(SparkSession spark, String articles, String out) {
    ParkdataFunctions.register(spark);
    Dataset<Row> mentions = mentions(spark, articles);
    mentions.write().parquet(out + "/mentions");
    Dataset<Row> written = spark.read().parquet(out + "/mentions");
    Dataset<Row> unreadable = written.filter(col("problem").isNotNull()).select("article", "problem");
    unreadable.write().parquet(out + "/unreadable");
    Dataset<Row> figures = written.filter(col("problem").isNull());
    totals(figures).write().parquet(out + "/totals");
    Dataset<Row> totals = spark.read().parquet(out + "/totals");
    ParkdataNdjson.write(observations(totals), out + "/totals-ndjson");
    return new Summary(ArticleMentions.files(mentions), spark.read().parquet(out + "/unreadable").count(),
        figures.count(), totals.count());
  }

  /**
   * The articles under {@code dir}: {@code article} (the file's path), {@code text}, and {@code
   * problem} (null, or why the file has no text: where it stops being UTF-8, that it is longer
   * than 4 MiB, is no regular file or cannot be read; then {@code text} is null).
   *
   * <p>{@code dir} is a directory, a file or a glob ({@code articles/2023-*}) of any file system
   * Hadoop reaches (a local path is listed and read with {@code java.nio}). Every file below it
   * is an article, but those Spark's file sources leave out too: names starting with {@code .},
   * or with {@code _} and holding no {@code =}, and files still being copied ({@code
   * ._COPYING_}). The driver lists them once; tasks read them in order of path, in groups of
   * about equal bytes, a task per {@code spark.sql.files.maxPartitionBytes} of text, their number
   * a multiple of the session's parallelism. Tasks are not placed near the files' blocks: on
   * HDFS most reads cross the network.
   *
   * @throws IllegalArgumentException if nothing exists at {@code dir}
   * @throws java.io.UncheckedIOException if {@code dir} cannot be listed
   */
  public static Dataset<Row> articles(SparkSession spark, String dir) {
    JavaRDD<Row> rows = ArticleFiles.list(spark, dir)
        .map((article, out) -> out.add(RowFactory.create(article.path(), article.text(), article.problem())));
    return spark.createDataFrame(rows, ARTICLE);
  }

  /**
   * Every figure of the articles under {@code dir}, as {@link #mentions(Dataset)} gives them from
   * {@link #articles}, made in one step: a task reads each of its files and extracts its figures
   * ({@link ParkdataFunctions#extractor()}) before it reads the next, and the text never becomes
   * a column. This is the job's pass over the files, the data source {@link ArticleMentions}:
   * its tasks make Spark's internal rows directly. Which files, as {@link #articles}; they are
   * listed now, once for the frame however many queries read it.
   *
   * @throws IllegalArgumentException if nothing exists at {@code dir}
   * @throws java.io.UncheckedIOException if {@code dir} cannot be listed
   */
  public static Dataset<Row> mentions(SparkSession spark, String dir) {
    return spark.read().format(ArticleMentions.class.getName()).load(dir);
  }

  /** The rows of {@link #MENTIONS} of one article, in Spark's internal form, made by {@code rows}. */
  static void mentionRows(ArticleFiles.Article article, List<InternalRow> out, InternalRows rows) {
    UTF8String path = UTF8String.fromString(article.path());
    if (article.text() == null) {
      out.add(mentionRow(path, null, null, UTF8String.fromString(article.problem())));
      return;
    }
    int ordinal = 0;
    for (Mention m : ParkdataFunctions.extractor().extract(article.text())) {
      out.add(mentionRow(path, ordinal++, rows.mention(m), null));
    }
  }

  private static InternalRow mentionRow(UTF8String article, Integer ordinal, InternalRow mention, UTF8String problem) {
    Object[] fields = new Object[COLUMNS.size()];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = COLUMNS.get(i).value(article, ordinal, mention, problem);
    }
    return new GenericInternalRow(fields);
  }

  /**
   * Every figure of the articles ({@code article}, {@code text}, {@code problem}), in order:
   * {@code article, ordinal} (from 0 within the article), the fields of {@link
   * ParkdataTypes#MENTION} with the park as {@code park_code}, {@code park_name} and {@code
   * park_written}, {@code year}
   * (see the class documentation) and {@code problem}, null but in the one row of an article that
   * could not be read, which has no figure.
   */
  public static Dataset<Row> mentions(Dataset<Row> articles) {
    Dataset<Row> exploded = articles
        .select(col("article"), col("problem"),
            posexplode_outer(call_function(ParkdataFunctions.EXTRACT, col("text"))).as(new String[] {"ordinal", "m"}))
        .filter(col("ordinal").isNotNull().or(col("problem").isNotNull()));
    Column[] columns = new Column[COLUMNS.size()];
    for (int i = 0; i < columns.length; i++) {
      MentionColumn c = COLUMNS.get(i);
      columns[i] = c.from() == From.MENTION ? col("m." + c.field()).as(c.name()) : col(c.name());
    }
    return exploded.select(columns);
  }

  /**
   * The yearly totals of {@code mentions}: {@code park_code, park_name, park_written} (the name
   * as written of a park that is no catalogue zone, which groups its figures), {@code indicator,
   * year, unit},
   * {@code mentions} (how many figures) and {@code total} ({@link ParkdataTypes#METRIC}), of the
   * figures with an indicator and a year, in a dimension that adds.
   */
  public static Dataset<Row> totals(Dataset<Row> mentions) {
    return mentions
        .filter(col("indicator").isNotNull().and(col("year").isNotNull()).and(ADDITIVE))
        .groupBy(col("park_code"), col("park_name"), when(col("park_code").isNull(), col("park_written")).as("park_written"),
            col("indicator"), col("year"), col("metric.unit").as("unit"))
        .agg(count(lit(1)).as("mentions"), call_function(ParkdataFunctions.TOTAL, col("metric")).as("total"));
  }

  /** The totals of attributed parks that are figures, as observation columns {@link ParkdataNdjson} writes. */
  static Dataset<Row> observations(Dataset<Row> totals) {
    return totals
        .filter(col("park_code").isNotNull().and(col("total.problem").isNull()))
        .select(col("park_code").as("subject"), col("indicator"), col("year").cast(DataTypes.StringType).as("period"),
            col("total").as("metric"));
  }
}
