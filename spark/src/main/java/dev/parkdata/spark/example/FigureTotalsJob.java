package dev.parkdata.spark.example;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode_outer;
import static org.apache.spark.sql.functions.when;

import dev.parkdata.extract.Mention;
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
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

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
 *                        of the first bad byte), longer than 32 MiB or that could not be read
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
 * of files ({@code spark.sql.files.maxPartitionBytes}), and the files are read once; only the
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

  /**
   * The columns of the mentions, each with where it comes from: the article's own ({@code
   * article}, {@code ordinal}, {@code problem}: null), or a field of the mention's {@link
   * ParkdataTypes#MENTION} row ({@code park.code}: a field of its park). The mentions {@code
   * pd_extract} gives and those the job's pass makes both read this one declaration.
   */
  private static final String[][] COLUMNS = {
    {"article", null}, {"ordinal", null}, {"start", "start"}, {"end", "end"}, {"surface", "surface"},
    {"metric", "metric"}, {"indicator", "indicator"}, {"period", "period"}, {"park_code", "park.code"},
    {"park_name", "park.name"}, {"park_written", "park.written"}, {"problem", null}, {"year", "year"},
  };

  /** The columns of {@link #mentions(SparkSession, String)} and {@link #mentions(Dataset)}, from {@link #COLUMNS}. */
  static final StructType MENTIONS = mentionColumns();

  /** For each of {@link #COLUMNS} from the mention, the field indexes of its path in a mention row. */
  private static final int[][] FROM_MENTION = fieldIndexes();

  private static StructType mentionColumns() {
    StructType columns = new StructType();
    for (String[] c : COLUMNS) {
      DataType type = c[0].equals("ordinal") ? DataTypes.IntegerType : DataTypes.StringType;
      if (c[1] != null) {
        StructType struct = ParkdataTypes.MENTION;
        for (int i : path(c[1])) {
          type = struct.fields()[i].dataType();
          struct = type instanceof StructType nested ? nested : null;
        }
      }
      columns = columns.add(c[0], type, !c[0].equals("article"));
    }
    return columns;
  }

  private static int[][] fieldIndexes() {
    int[][] indexes = new int[COLUMNS.length][];
    for (int i = 0; i < COLUMNS.length; i++) {
      indexes[i] = COLUMNS[i][1] == null ? null : path(COLUMNS[i][1]);
    }
    return indexes;
  }

  /** The field indexes of a dotted path in a mention row: park.code is park's, then code's in it. */
  private static int[] path(String dotted) {
    String[] names = dotted.split("\\.");
    int[] path = new int[names.length];
    StructType struct = ParkdataTypes.MENTION;
    for (int i = 0; i < names.length; i++) {
      path[i] = struct.fieldIndex(names[i]);
      if (struct.fields()[path[i]].dataType() instanceof StructType nested) {
        struct = nested;
      }
    }
    return path;
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
    ArticleFiles files = ArticleFiles.list(spark, articles);
    mentions(spark, files).write().parquet(out + "/mentions");
    Dataset<Row> written = spark.read().parquet(out + "/mentions");
    Dataset<Row> unreadable = written.filter(col("problem").isNotNull()).select("article", "problem");
    unreadable.write().parquet(out + "/unreadable");
    Dataset<Row> figures = written.filter(col("problem").isNull());
    totals(figures).write().parquet(out + "/totals");
    Dataset<Row> totals = spark.read().parquet(out + "/totals");
    ParkdataNdjson.write(observations(totals), out + "/totals-ndjson");
    return new Summary(files.files(), spark.read().parquet(out + "/unreadable").count(),
        figures.count(), totals.count());
  }

  /**
   * The articles under {@code dir}: {@code article} (the file's path), {@code text}, and {@code
   * problem} (null, or why the file has no text: where it stops being UTF-8, that it is too
   * long or cannot be read; then {@code text} is null). Which files, and how they are grouped
   * into tasks: {@link ArticleFiles}.
   *
   * @throws IllegalArgumentException if nothing exists at {@code dir}
   */
  public static Dataset<Row> articles(SparkSession spark, String dir) {
    JavaRDD<Row> rows = ArticleFiles.list(spark, dir)
        .map(spark, (article, out) -> out.add(RowFactory.create(article.path(), article.text(), article.problem())));
    return spark.createDataFrame(rows, ARTICLE);
  }

  /**
   * Every figure of the articles under {@code dir}, as {@link #mentions(Dataset)} gives them from
   * {@link #articles}, made in one step: a task reads each of its files and extracts its figures
   * ({@link ParkdataFunctions#extractor()}) before it reads the next, and the text never becomes
   * a column. This is the job's pass over the files.
   *
   * @throws IllegalArgumentException if nothing exists at {@code dir}
   */
  public static Dataset<Row> mentions(SparkSession spark, String dir) {
    return mentions(spark, ArticleFiles.list(spark, dir));
  }

  private static Dataset<Row> mentions(SparkSession spark, ArticleFiles files) {
    return spark.createDataFrame(files.map(spark, FigureTotalsJob::mentionRows), MENTIONS);
  }

  /** The rows of {@link #MENTIONS} of one article. */
  private static void mentionRows(ArticleFiles.Article article, List<Row> out) {
    if (article.text() == null) {
      out.add(mentionRow(article.path(), null, null, article.problem()));
      return;
    }
    int ordinal = 0;
    for (Mention m : ParkdataFunctions.extractor().extract(article.text())) {
      out.add(mentionRow(article.path(), ordinal++, ParkdataFunctions.toRow(m), null));
    }
  }

  private static Row mentionRow(String article, Integer ordinal, Row mention, String problem) {
    Object[] fields = new Object[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      int[] path = FROM_MENTION[i];
      if (path == null) {
        fields[i] = switch (COLUMNS[i][0]) {
          case "article" -> article;
          case "ordinal" -> ordinal;
          default -> problem;
        };
      } else {
        Row row = mention;
        for (int k = 0; k < path.length - 1 && row != null; k++) {
          row = row.isNullAt(path[k]) ? null : row.getStruct(path[k]);
        }
        fields[i] = row == null ? null : row.get(path[path.length - 1]);
      }
    }
    return RowFactory.create(fields);
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
    Column[] columns = new Column[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      columns[i] = COLUMNS[i][1] == null ? col(COLUMNS[i][0]) : col("m." + COLUMNS[i][1]).as(COLUMNS[i][0]);
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
