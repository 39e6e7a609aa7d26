package dev.parkdata.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.catalog.ParkNameResolution;
import dev.parkdata.catalog.ParkNameResolver;
import dev.parkdata.extract.Mention;
import dev.parkdata.extract.MetricExtractor;
import dev.parkdata.extract.ParkMention;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricParser;
import dev.parkdata.park.Park;
import dev.parkdata.unit.Unit;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * parkdata's Spark SQL functions, registered in a session by one call:
 *
 * <pre>{@code
 * ParkdataFunctions.register(spark);
 * spark.sql("SELECT pd_metric('2万余家').value");                         -- 20000
 * spark.sql("SELECT pd_to(pd_metric('31.85平方公里'), '亩').text");          -- 47775亩
 * spark.sql("SELECT pd_bounds(pd_metric('2万余家'))");                     -- (20000, 30000) 家
 * spark.sql("SELECT m.* FROM articles LATERAL VIEW explode(pd_extract(text)) AS m");
 * spark.sql("SELECT pd_resolve('蕪湖經開區').code");                       -- G341023
 * spark.sql("SELECT indicator, pd_total(metric) FROM mentions GROUP BY indicator");
 * }</pre>
 *
 * <table>
 *   <caption>The functions</caption>
 *   <tr><th>function</th><th>returns</th><th>what it does</th></tr>
 *   <tr><td>{@code pd_metric(text)}</td><td>{@link ParkdataTypes#METRIC}</td><td>reads one figure,
 *       {@code Metric.parse}: 2万余家, 最高2000万元, 400-600个, simplified or traditional</td></tr>
 *   <tr><td>{@code pd_to(metric, unit)}</td><td>{@link ParkdataTypes#METRIC}</td><td>the figure in
 *       another unit of its dimension, exactly ({@code Metric.to}); no result where that does not
 *       terminate (1亩 in 平方米): the problem says so, nothing is rounded</td></tr>
 *   <tr><td>{@code pd_bounds(metric)}</td><td>{@link ParkdataTypes#BOUNDS}</td><td>the values the
 *       figure allows ({@code Metric.bounds}), in the reference unit of its dimension, exactly</td></tr>
 *   <tr><td>{@code pd_extract(text)}</td><td>{@code array<}{@link ParkdataTypes#MENTION}{@code >}</td>
 *       <td>every figure in a Chinese text with its span, indicator, period and park, as
 *       {@link #extractor()} finds them, in order</td></tr>
 *   <tr><td>{@code pd_resolve(name[, near])}</td><td>{@link ParkdataTypes#RESOLUTION}</td><td>a park
 *       name as people write it resolved to a zone of the national catalogue ({@code
 *       ParkNameResolver.standard()}); {@code near}, a place named nearby, chooses among equals</td></tr>
 *   <tr><td>{@code pd_total(metric)}</td><td>{@link ParkdataTypes#METRIC}</td><td>an aggregate: the
 *       exact total of a group's figures ({@code Metric.total}) in the unit of the first, with
 *       bounds that hold every total the figures allow (2万余家 + 440多家 is 20440-30450家)</td></tr>
 * </table>
 *
 * <p>No function fails a query over bad data: a text that is no figure, an unknown unit, units of
 * different dimensions or a conversion that does not terminate give a {@link ParkdataTypes#METRIC}
 * whose only field is {@code problem}, saying why; a function given such a row passes its problem
 * on. A null argument gives null. The extractor, parser and resolver are made once per executor
 * JVM (the catalogue is read on the first {@code pd_resolve}).
 */
public final class ParkdataFunctions {
  /** The name of the function that reads a figure. */
  public static final String METRIC = "pd_metric";
  /** The name of the function that converts a figure. */
  public static final String TO = "pd_to";
  /** The name of the function that gives a figure's bounds in its base unit. */
  public static final String BOUNDS = "pd_bounds";
  /** The name of the function that extracts every figure from a text. */
  public static final String EXTRACT = "pd_extract";
  /** The name of the function that resolves a park name. */
  public static final String RESOLVE = "pd_resolve";
  /** The name of the aggregate that totals figures. */
  public static final String TOTAL = "pd_total";
  /** The two-argument form of {@link #RESOLVE}, which {@code pd_resolve(name, near)} calls. */
  static final String RESOLVE_NEAR = "pd_resolve_near";

  private ParkdataFunctions() {}

  /**
   * Registers every function in {@code spark}'s session, as temporary functions (they last as
   * long as the session); registering again replaces them.
   */
  public static void register(SparkSession spark) {
    checkNotNull(spark, "spark");
    spark.udf().register(METRIC, (UDF1<String, Row>) ParkdataFunctions::metric, ParkdataTypes.METRIC);
    spark.udf().register(TO, (UDF2<Row, String, Row>) ParkdataFunctions::to, ParkdataTypes.METRIC);
    spark.udf().register(BOUNDS, (UDF1<Row, Row>) ParkdataFunctions::bounds, ParkdataTypes.BOUNDS);
    spark.udf().register(EXTRACT, (UDF1<String, List<Row>>) ParkdataFunctions::extract,
        DataTypes.createArrayType(ParkdataTypes.MENTION, false));
    spark.udf().register(RESOLVE_NEAR, (UDF2<String, String, Row>) ParkdataFunctions::resolve, ParkdataTypes.RESOLUTION);
    // a SQL function with a default parameter gives pd_resolve its optional second argument
    spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION " + RESOLVE + "(name STRING, near STRING DEFAULT NULL) RETURNS "
        + ParkdataTypes.RESOLUTION.sql() + " RETURN " + RESOLVE_NEAR + "(name, near)");
    spark.udf().register(TOTAL, functions.udaf(new MetricTotal(), Encoders.row(MetricTotal.INPUT)));
  }

  static Row metric(String text) {
    if (text == null) {
      return null;
    }
    try {
      return MetricRows.row(MetricParser.standard().parse(text));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return MetricRows.problem(e.getMessage());
    }
  }

  static Row to(Row metric, String unit) {
    if (metric == null || unit == null) {
      return null;
    }
    String problem = MetricRows.problemOf(metric);
    if (problem != null) {
      return MetricRows.problem(problem);
    }
    try {
      return MetricRows.row(MetricRows.metric(metric).to(Unit.parse(unit)));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return MetricRows.problem(e.getMessage());
    }
  }

  static Row bounds(Row metric) {
    if (metric == null) {
      return null;
    }
    String problem = MetricRows.problemOf(metric);
    if (problem != null) {
      return boundsProblem(problem);
    }
    try {
      return MetricRows.bounds(MetricRows.metric(metric));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return boundsProblem(e.getMessage());
    }
  }

  private static Row boundsProblem(String problem) {
    Object[] fields = new Object[ParkdataTypes.BOUNDS.size()];
    fields[fields.length - 1] = problem;
    return RowFactory.create(fields);
  }

  static List<Row> extract(String text) {
    if (text == null) {
      return null;
    }
    List<Row> rows = new ArrayList<>();
    extractor().extract(text, m -> rows.add(mention(m)));
    return rows;
  }

  /**
   * The extractor of {@code pd_extract}: the standard one with the park names of the national
   * catalogue ({@code ParkNameResolver.standard()}), made once per JVM on first use.
   */
  public static MetricExtractor extractor() {
    return Extractor.WITH_PARK_NAMES;
  }

  private static final class Extractor {
    static final MetricExtractor WITH_PARK_NAMES = MetricExtractor.standard().withParkNames(ParkNameResolver.standard());
  }

  /** The row of a mention: see {@link ParkdataTypes#MENTION}. */
  static Row mention(Mention m) {
    return mention(m, RowForm.EXTERNAL);
  }

  /** The row of a mention in {@code form}: its fields, declared once for both forms. */
  static <R> R mention(Mention m, RowForm<R> form) {
    ParkMention p = m.park().orElse(null);
    R park = p == null ? null : form.row(form.text(p.code().map(Object::toString).orElse(null)),
        form.text(p.zoneName().orElse(null)), form.text(p.text()), form.text(p.status().name()));
    return form.row(m.start(), m.end(), form.text(m.text()), MetricRows.row(m.metric(), form),
        form.text(m.indicator().orElse(null)), form.text(m.period().orElse(null)), form.year(m), park);
  }

  /** The {@code year} of a mention's row: see {@link ParkdataTypes#MENTION}. */
  static Integer year(Mention m) {
    // a labelled span is a five-year plan (十四五): five years, not one
    return m.calendarPeriod().filter(p -> p.label().isEmpty()).map(p -> p.end().getYear()).orElse(null);
  }

  static Row resolve(String name, String near) {
    if (name == null) {
      return null;
    }
    ParkNameResolution r = ParkNameResolver.standard().resolve(name, near);
    List<Row> candidates = new ArrayList<>(r.candidates().size());
    for (ParkNameResolution.Candidate c : r.candidates()) {
      candidates.add(RowFactory.create(c.park().id().toString(), c.park().names().official(), c.match().name(),
          c.score(), c.why()));
    }
    Park park = r.park().orElse(null);
    return RowFactory.create(r.status().name(),
        park == null ? null : park.id().toString(),
        park == null ? null : park.names().official(),
        r.match().map(Enum::name).orElse(null),
        candidates);
  }

  /** The figure of a {@link ParkdataTypes#METRIC} row, for Java code over these columns; null for null or a problem row. */
  public static Metric toMetric(Row metric) {
    return MetricRows.metric(metric);
  }

  /**
   * The {@link ParkdataTypes#MENTION} row of {@code mention}, as {@code pd_extract} gives it, for
   * Java code that extracts in its own tasks and makes such columns.
   */
  public static Row toRow(Mention mention) {
    return mention(checkNotNull(mention, "mention"));
  }

  /** The {@link ParkdataTypes#METRIC} row of {@code metric}, for Java code that makes such columns. */
  public static Row toRow(Metric metric) {
    return MetricRows.row(checkNotNull(metric, "metric"));
  }
}
