package dev.parkdata.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark SQL types of parkdata's values, as the functions of {@link ParkdataFunctions} return
 * them and {@link ParkdataNdjson} reads them. Every figure keeps its exact decimal text; the
 * numeric columns beside it are {@link #NUMERIC} and are null, never rounded, where a number does
 * not fit, with the reason in {@code problem}.
 *
 * <h2>{@link #METRIC}: a figure</h2>
 * <pre>
 * struct&lt;
 *   text: string,             -- the figure as parkdata writes it: "2万余家", "最高2000万元", "400-600个";
 *                             --   pd_metric(text) reads it back to the same figure
 *   value: string,            -- the stated value, exact, in plain notation: "20000"; null for a RANGE
 *   min: string,              -- a RANGE's lower end, exact; null otherwise
 *   max: string,              -- a RANGE's upper end, exact; null otherwise
 *   unit: string,             -- the unit as stated: "家", "亿元", "平方公里", "万元/亩"
 *   qualifier: string,        -- EXACT, APPROXIMATELY, MORE_THAN, AT_LEAST, OVER, NEARLY, LESS_THAN, AT_MOST, RANGE
 *   dimension: string,        -- the unit's dimension key: "count(家)", "money(CNY)", "area"
 *   value_decimal: decimal(38,18),  -- value as a number, or null (see problem)
 *   min_decimal: decimal(38,18),    -- min as a number, or null
 *   max_decimal: decimal(38,18),    -- max as a number, or null
 *   problem: string           -- null, or why a numeric column is null although its text is present,
 *                             --   or why there is no figure at all (then every other field is null)
 * &gt;
 * </pre>
 * The text fields are those of the {@code parkdata/1} JSON format ({@code docs/json-format.md}):
 * value, or min and max with the qualifier RANGE. A Spark decimal holds at most 38 digits; a
 * {@code decimal(38,18)} at most 20 before the point and 18 after it. A figure with more
 * (a figure may have up to 1,000 significant digits) gets null numeric columns and a problem
 * such as {@code value 0.0000000000000000001 has 19 digits after the point; decimal(38,18) holds
 * 18}: the text columns hold it exactly.
 *
 * <h2>{@link #BOUNDS}: the values a figure allows, in its base unit</h2>
 * <pre>
 * struct&lt;
 *   unit: string,             -- the reference unit of the figure's dimension: 元, 平方米, 家
 *   lower: string,            -- the lower bound, exact: a decimal, or a fraction "2000/3" where the
 *                             --   decimal does not terminate (1亩 is 2000/3 平方米); null if unbounded
 *   lower_closed: boolean,    -- whether lower itself is allowed; null if unbounded
 *   upper: string,            -- the upper bound, as lower
 *   upper_closed: boolean,
 *   lower_decimal: decimal(38,18),  -- lower as a number, or null (see problem)
 *   upper_decimal: decimal(38,18),
 *   problem: string           -- null, or why a numeric column is null although its bound exists
 * &gt;
 * </pre>
 * 2万余家 is (20000, 30000) 家; 最高2000万元 is (-∞, 20000000] 元; 约1吉瓦 has no bounds.
 *
 * <h2>{@link #MENTION}: a figure found in a text</h2>
 * <pre>
 * struct&lt;
 *   start: int, end: int,     -- offsets in Unicode code points, end exclusive
 *   surface: string,          -- the text as written, qualifier words included: "超过300亿元"
 *   metric: METRIC,
 *   indicator: string,        -- the indicator written before it (营业收入), or null
 *   period: string,           -- the time it refers to as written (截至2021年底), or null
 *   year: int,                -- the calendar year that period ends in (Mention.calendarPeriod():
 *                             --   截至2021年底 and 1997-2017年 are 2021, 2017); null where it names
 *                             --   none (今年), or names a five-year plan (十四五), no one year
 *   park: struct&lt;           -- the park the figure is about, by the extractor's rule (MetricExtractor,
 *                             --   "Parks"); null when the text does not say
 *     code: string,           --   the catalogue zone's code, G322018; null for a park the catalogue
 *                             --   lacks (银川科技服务产业园) or a name that names several zones
 *     name: string,           --   the zone's official name, 苏州高新技术产业开发区; null as code
 *     written: string,        --   the park's name as the text writes it, 苏州高新区
 *     status: string          --   RESOLVED (one zone), AMBIGUOUS or NONE (no catalogue zone)
 *   &gt;
 * &gt;
 * </pre>
 *
 * <h2>{@link #RESOLUTION}: a park name resolved against the national catalogue</h2>
 * <pre>
 * struct&lt;
 *   status: string,           -- RESOLVED, AMBIGUOUS or NONE
 *   code: string, name: string, match: string,   -- the zone and how it matched; null unless RESOLVED
 *   candidates: array&lt;struct&lt;code: string, name: string, match: string, score: int, why: string&gt;&gt;
 * &gt;
 * </pre>
 */
public final class ParkdataTypes {
  /** The numeric type of figures: {@code decimal(38,18)}, Spark's widest, 20 digits before the point and 18 after. */
  public static final DecimalType NUMERIC = DataTypes.createDecimalType(38, 18);

  /** A figure: see the class documentation. */
  public static final StructType METRIC = struct(
      "text", DataTypes.StringType,
      "value", DataTypes.StringType,
      "min", DataTypes.StringType,
      "max", DataTypes.StringType,
      "unit", DataTypes.StringType,
      "qualifier", DataTypes.StringType,
      "dimension", DataTypes.StringType,
      "value_decimal", NUMERIC,
      "min_decimal", NUMERIC,
      "max_decimal", NUMERIC,
      "problem", DataTypes.StringType);

  /** A figure's bounds in the reference unit of its dimension: see the class documentation. */
  public static final StructType BOUNDS = struct(
      "unit", DataTypes.StringType,
      "lower", DataTypes.StringType,
      "lower_closed", DataTypes.BooleanType,
      "upper", DataTypes.StringType,
      "upper_closed", DataTypes.BooleanType,
      "lower_decimal", NUMERIC,
      "upper_decimal", NUMERIC,
      "problem", DataTypes.StringType);

  /** The park a mention is about: see {@link #MENTION}. */
  public static final StructType PARK = struct(
      "code", DataTypes.StringType,
      "name", DataTypes.StringType,
      "written", DataTypes.StringType,
      "status", DataTypes.StringType);

  /** A figure found in a text: see the class documentation. */
  public static final StructType MENTION = struct(
      "start", DataTypes.IntegerType,
      "end", DataTypes.IntegerType,
      "surface", DataTypes.StringType,
      "metric", METRIC,
      "indicator", DataTypes.StringType,
      "period", DataTypes.StringType,
      "year", DataTypes.IntegerType,
      "park", PARK);

  /** One candidate zone of a resolution. */
  public static final StructType CANDIDATE = struct(
      "code", DataTypes.StringType,
      "name", DataTypes.StringType,
      "match", DataTypes.StringType,
      "score", DataTypes.IntegerType,
      "why", DataTypes.StringType);

  /** A park name resolved against the catalogue: see the class documentation. */
  public static final StructType RESOLUTION = struct(
      "status", DataTypes.StringType,
      "code", DataTypes.StringType,
      "name", DataTypes.StringType,
      "match", DataTypes.StringType,
      "candidates", DataTypes.createArrayType(CANDIDATE, false));

  private ParkdataTypes() {}

  /** A struct of nullable fields, given as name, type, name, type … */
  static StructType struct(Object... namesAndTypes) {
    StructField[] fields = new StructField[namesAndTypes.length / 2];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = DataTypes.createStructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1], true);
    }
    return DataTypes.createStructType(fields);
  }
}
