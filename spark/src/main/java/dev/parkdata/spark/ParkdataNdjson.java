package dev.parkdata.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.industry.Industry;
import dev.parkdata.io.JsonProblem;
import dev.parkdata.io.NdjsonWriter;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Policy;
import dev.parkdata.source.Citation;
import dev.parkdata.unit.Dimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code parkdata/1} NDJSON ({@code docs/json-format.md}) as Spark DataFrames, read in parallel
 * and written back, every record read and written by parkdata-io's own codecs.
 *
 * <pre>{@code
 * ParkdataFrames frames = ParkdataNdjson.read(spark, "hdfs:///parks/*.ndjson");
 * frames.parks().filter("province = 'JIANGSU'").show();
 * frames.errors().show();                                  // file, line, column, problem: never dropped
 * ParkdataNdjson.write(frames.observations().filter("metric.unit = '亿元'"), "hdfs:///out/yi-yuan");
 * }</pre>
 *
 * <h2>Reading</h2>
 * A path names a file, a directory (its files, not those whose names start with {@code _} or
 * {@code .}) or a glob. Each file is cut into pieces of {@link #PIECE_BYTES} bytes, one task reads
 * a piece: it owns the lines that start in it, and reads them with {@code ParkDataJson}'s lenient
 * NDJSON reader, one record at a time, in the memory of one piece's rows. To number lines in the
 * whole file, {@code read} first counts the line ends of every piece but the last of each file
 * (a scan of the bytes, no parsing: one Spark job, run when {@code read} is called; a file of
 * one piece needs none). A record that cannot be read, a line longer than io's 16 MiB record
 * limit, or bytes that are not UTF-8 are rows of {@link ParkdataFrames#errors()}, with the file,
 * the line and what is wrong, and reading goes on at the next line; an unknown field fails its
 * record, as {@code ParkDataJson.standard()} reads. The frames are lazy: each action reads the
 * files again unless you {@link ParkdataFrames#cache() cache} them.
 *
 * <h2>Writing</h2>
 * {@link #lines(Dataset)} turns a frame into NDJSON lines, each written by io's {@code
 * NdjsonWriter}, so that {@code ParkDataJson.readNdjson} reads them back: a frame with a {@code
 * record} column (every frame {@code read} gives) writes each record after reading it back
 * with io, so a record edited into something the format does not allow fails the write, naming
 * it; a frame of observations without one (columns {@code subject}, {@code indicator}, {@code
 * period}, {@code metric} of {@link ParkdataTypes#METRIC}, and optionally those of {@link
 * ParkdataFrames#observations()}: {@code industry}, the indicator's names and dimension, {@code
 * citation}) is made into {@code Observation}s; an indicator that is neither a standard code
 * nor given with its names and dimension is taken as a name ({@code Indicators.named}: 营业收入
 * is {@code revenue}). {@link #write} saves the lines as text files, one per partition.
 */
public final class ParkdataNdjson {
  /** The size of the pieces a file is read in, one task each: {@value} bytes (8 MiB). */
  public static final long PIECE_BYTES = 8L * 1024 * 1024;

  static final StructType PARK = ParkdataTypes.struct(
      "id", DataTypes.StringType,
      "name", DataTypes.StringType,
      "kind", DataTypes.StringType,
      "province", DataTypes.StringType,
      "city", DataTypes.StringType,
      "parent", DataTypes.StringType,
      "approval_level", DataTypes.StringType,
      "approval_date", DataTypes.StringType,
      "approved_area", ParkdataTypes.METRIC,
      "leading_industries", DataTypes.createArrayType(DataTypes.StringType, false),
      "sub_zones", DataTypes.IntegerType);

  static final StructType OBSERVATION = ParkdataTypes.struct(
      "subject", DataTypes.StringType,
      "indicator", DataTypes.StringType,
      "indicator_name", DataTypes.StringType,
      "indicator_english_name", DataTypes.StringType,
      "indicator_dimension", DataTypes.StringType,
      "period", DataTypes.StringType,
      "metric", ParkdataTypes.METRIC,
      "industry", DataTypes.StringType,
      "citation", DataTypes.StringType);

  /** The observation columns {@link #lines} reads, in this order; the first four are required. */
  private static final List<String> OBSERVATION_COLUMNS = List.of("subject", "indicator", "period", "metric",
      "industry", "indicator_name", "indicator_english_name", "indicator_dimension", "citation");

  static final StructType PROBLEM = ParkdataTypes.struct(
      "column", DataTypes.IntegerType,
      "severity", DataTypes.StringType,
      "kind", DataTypes.StringType,
      "pointer", DataTypes.StringType,
      "message", DataTypes.StringType);

  /** One row per record or problem; {@link ParkdataFrames} selects the frames from it. */
  static final StructType RAW = ParkdataTypes.struct(
      "entity", DataTypes.StringType,
      "file", DataTypes.StringType,
      "line", DataTypes.LongType,
      "id", DataTypes.StringType,
      "name", DataTypes.StringType,
      "record", DataTypes.StringType,
      "park", PARK,
      "observation", OBSERVATION,
      "problem", PROBLEM);

  private ParkdataNdjson() {}

  /**
   * The records of the NDJSON files at {@code path}, as frames by entity, with the records that
   * could not be read in {@link ParkdataFrames#errors()}.
   *
   * @throws UncheckedIOException if the files cannot be listed or their line ends counted
   * @throws IllegalArgumentException if {@code path} names no file
   */
  public static ParkdataFrames read(SparkSession spark, String path) {
    return read(spark, path, PIECE_BYTES);
  }

  /** {@link #read(SparkSession, String)} in pieces of {@code pieceBytes}; for tests of the cutting. */
  static ParkdataFrames read(SparkSession spark, String path, long pieceBytes) {
    checkNotNull(spark, "spark");
    checkNotNull(path, "path");
    checkArgument(pieceBytes > 0, "pieceBytes %s is not positive", pieceBytes);
    Map<String, String> hadoop = hadoopSettings(spark.sparkContext().hadoopConfiguration());
    List<NdjsonPiece> pieces = pieces(spark.sparkContext().hadoopConfiguration(), path, pieceBytes);
    checkArgument(!pieces.isEmpty(), "no NDJSON file at %s", path);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    pieces = numberLines(jsc, pieces, pieceBytes, hadoop);
    JavaRDD<Row> rows = jsc.parallelize(pieces, slices(jsc, pieces, pieceBytes))
        .mapPartitions(part -> {
          Configuration conf = NdjsonPiece.configuration(hadoop);
          return flatten(part, piece -> read(piece, conf).iterator());
        });
    return new ParkdataFrames(spark.createDataFrame(rows, RAW));
  }

  /** A task per {@link #PIECE_BYTES} of input, and at least as many as the cluster runs at once (pieces allowing). */
  private static int slices(JavaSparkContext jsc, List<NdjsonPiece> pieces, long pieceBytes) {
    long perTask = Math.max(1, PIECE_BYTES / pieceBytes);
    long tasks = Math.max(jsc.defaultParallelism(), (pieces.size() + perTask - 1) / perTask);
    return (int) Math.min(pieces.size(), Math.min(tasks, Integer.MAX_VALUE));
  }

  private static Map<String, String> hadoopSettings(Configuration conf) {
    Map<String, String> settings = new HashMap<>();
    conf.iterator().forEachRemaining(e -> settings.put(e.getKey(), e.getValue()));
    return settings;
  }

  private static List<NdjsonPiece> pieces(Configuration conf, String path, long pieceBytes) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(p);
      List<FileStatus> files = new ArrayList<>();
      if (matched != null) {
        for (FileStatus status : matched) {
          if (status.isDirectory()) {
            for (FileStatus child : fs.listStatus(status.getPath())) {
              String name = child.getPath().getName();
              if (child.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                files.add(child);
              }
            }
          } else {
            files.add(status);
          }
        }
      }
      files.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
      List<NdjsonPiece> pieces = new ArrayList<>();
      for (FileStatus file : files) {
        long length = file.getLen();
        for (long start = 0; start < Math.max(length, 1); start += pieceBytes) {
          pieces.add(new NdjsonPiece(file.getPath().toString(), start, Math.min(start + pieceBytes, length), 0));
        }
      }
      return pieces;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }

  /** The pieces with the line ends before each counted: a job over the pieces that follow another of their file. */
  private static List<NdjsonPiece> numberLines(
      JavaSparkContext jsc, List<NdjsonPiece> pieces, long pieceBytes, Map<String, String> hadoop) {
    List<NdjsonPiece> counted = new ArrayList<>();
    for (int i = 0; i + 1 < pieces.size(); i++) {
      if (pieces.get(i + 1).file.equals(pieces.get(i).file)) {
        counted.add(pieces.get(i));
      }
    }
    if (counted.isEmpty()) {
      return pieces;
    }
    List<Long> ends = jsc.parallelize(counted, slices(jsc, counted, pieceBytes))
        .mapPartitions(part -> {
          Configuration conf = NdjsonPiece.configuration(hadoop);
          return map(part, piece -> piece.countLineEnds(conf));
        }).collect();
    Map<String, Long> endsByPiece = new HashMap<>();
    for (int i = 0; i < counted.size(); i++) {
      endsByPiece.put(counted.get(i).toString(), ends.get(i));
    }
    List<NdjsonPiece> numbered = new ArrayList<>(pieces.size());
    long before = 0;
    String file = null;
    for (NdjsonPiece piece : pieces) {
      if (!piece.file.equals(file)) {
        file = piece.file;
        before = 0;
      }
      numbered.add(piece.after(before));
      before += endsByPiece.getOrDefault(piece.toString(), 0L);
    }
    return numbered;
  }

  /** The rows of one piece: a row per record read and per problem found. */
  private static List<Row> read(NdjsonPiece piece, Configuration hadoop) {
    List<Row> rows = new ArrayList<>();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    try (NdjsonPiece.Lines lines = piece.lines(hadoop); NdjsonWriter writer = ParkDataJson.standard().ndjsonWriter(buffer)) {
      if (lines.firstByte < 0) {
        return rows;
      }
      ParkDataJson.standard().readNdjsonPiece(lines.in, piece.file, lines.linesBefore, lines.firstByte,
          (record, line) -> rows.add(recordRow(piece.file, line, record, write(writer, buffer, record))),
          problem -> rows.add(problemRow(piece.file, problem)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + piece, e);
    }
    return rows;
  }

  /** The NDJSON line io writes for {@code entity}, without its line end. */
  private static String write(NdjsonWriter writer, ByteArrayOutputStream buffer, Object entity) {
    buffer.reset();
    writer.write(entity).flush();
    return new String(buffer.toByteArray(), 0, buffer.size() - 1, StandardCharsets.UTF_8);
  }

  private static Row recordRow(String file, long line, Object entity, String record) {
    Row park = null;
    Row observation = null;
    String tag;
    String id;
    String name;
    if (entity instanceof Park) {
      Park p = (Park) entity;
      tag = "PARK";
      id = p.id().toString();
      name = p.names().official();
      park = parkRow(p);
    } else if (entity instanceof Observation) {
      Observation o = (Observation) entity;
      tag = "OBSERVATION";
      id = null;
      name = null;
      Indicator i = o.indicator();
      observation = RowFactory.create(o.subject().toString(), i.code(), i.chineseName(), i.englishName(),
          i.dimension().toString(), o.period().toString(), MetricRows.row(o.metric()),
          o.industry().map(Industry::name).orElse(null),
          o.citation().map(c -> ParkDataJson.standard().write(c)).orElse(null));
    } else if (entity instanceof Cluster) {
      tag = "CLUSTER";
      id = ((Cluster) entity).id().toString();
      name = ((Cluster) entity).name();
    } else if (entity instanceof IndustrialChain) {
      tag = "CHAIN";
      id = ((IndustrialChain) entity).id().toString();
      name = ((IndustrialChain) entity).name();
    } else if (entity instanceof Policy) {
      tag = "POLICY";
      id = ((Policy) entity).id().toString();
      name = ((Policy) entity).title();
    } else if (entity instanceof Organisation) {
      tag = "ORGANISATION";
      id = ((Organisation) entity).id().toString();
      name = ((Organisation) entity).names().official();
    } else if (entity instanceof Indicator) {
      tag = "INDICATOR";
      id = ((Indicator) entity).code();
      name = ((Indicator) entity).chineseName();
    } else {
      tag = "EXTERNAL";
      id = ((ExternalReference) entity).id().toString();
      name = ((ExternalReference) entity).name().orElse(null);
    }
    return RowFactory.create(tag, file, line, id, name, record, park, observation, null);
  }

  private static Row parkRow(Park p) {
    return RowFactory.create(p.id().toString(), p.names().official(), p.kind().name(),
        p.location().flatMap(l -> l.province()).map(Enum::name).orElse(null),
        p.location().flatMap(l -> l.city()).orElse(null),
        p.parent().map(Identifier::toString).orElse(null),
        p.approvalLevel().map(Enum::name).orElse(null),
        p.approvalDate().map(Object::toString).orElse(null),
        p.area(dev.parkdata.park.AreaKind.APPROVED).map(MetricRows::row).orElse(null),
        p.leadingIndustries().stream().map(Industry::name).toArray(String[]::new),
        p.subZones().size());
  }

  private static Row problemRow(String file, JsonProblem problem) {
    Row p = RowFactory.create(problem.column() < 0 ? null : problem.column(), problem.severity().name(),
        problem.kind().name(), problem.jsonPointer(), problem.message());
    return RowFactory.create(null, file, problem.line() < 0 ? null : (long) problem.line(), null, null, null, null, null, p);
  }

  // ---- writing

  /**
   * The NDJSON lines of {@code frame}, one per row, each written by io: from its {@code record}
   * column, read back with io first, or else from its observation columns (see the class
   * documentation). The action that computes them fails, naming the row, on a row io does not
   * accept.
   *
   * @throws IllegalArgumentException if the frame has neither a {@code record} column nor the
   *     columns of an observation
   */
  public static Dataset<String> lines(Dataset<Row> frame) {
    checkNotNull(frame, "frame");
    List<String> columns = Arrays.asList(frame.columns());
    if (columns.contains("record")) {
      return frame.select("record").mapPartitions(
          (org.apache.spark.api.java.function.MapPartitionsFunction<Row, String>) ParkdataNdjson::rewrite, Encoders.STRING());
    }
    for (String needed : OBSERVATION_COLUMNS.subList(0, 4)) {
      checkArgument(columns.contains(needed),
          "a frame to write as NDJSON needs a record column, or the observation columns subject, indicator, period"
              + " and metric; %s has %s", frame, columns);
    }
    Column[] selected = OBSERVATION_COLUMNS.stream()
        .map(c -> columns.contains(c) ? functions.col(c) : functions.lit(null).cast(DataTypes.StringType).as(c))
        .toArray(Column[]::new);
    return frame.select(selected).mapPartitions(
        (org.apache.spark.api.java.function.MapPartitionsFunction<Row, String>) ParkdataNdjson::observations, Encoders.STRING());
  }

  /**
   * Writes the NDJSON {@linkplain #lines(Dataset) lines} of {@code frame} as text files in the
   * directory {@code path}, one per partition, which must not exist. Each file is an NDJSON
   * stream {@code ParkDataJson} reads.
   */
  public static void write(Dataset<Row> frame, String path) {
    checkNotNull(path, "path");
    lines(frame).write().text(path);
  }

  private static Iterator<String> rewrite(Iterator<Row> rows) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    NdjsonWriter writer = ParkDataJson.standard().ndjsonWriter(buffer);
    List<Object> one = new ArrayList<>(1);
    return map(rows, row -> {
      String record = row.getString(0);
      checkArgument(record != null, "a row to write has no record: %s", row);
      one.clear();
      List<JsonProblem> problems = new ArrayList<>(1);
      ParkDataJson.standard().readNdjsonPiece(new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8)), null,
          0, 0, (entity, line) -> one.add(entity), problems::add);
      if (!problems.isEmpty() || one.size() != 1) {
        throw new IllegalArgumentException("not one parkdata/1 NDJSON record: " + abbreviate(record)
            + (problems.isEmpty() ? "" : ": " + problems.get(0).message()));
      }
      return write(writer, buffer, one.get(0));
    });
  }

  private static Iterator<String> observations(Iterator<Row> rows) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    NdjsonWriter writer = ParkDataJson.standard().ndjsonWriter(buffer);
    return map(rows, row -> {
      Observation o;
      try {
        o = observation(row);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not an observation: " + row + ": " + e.getMessage(), e);
      }
      return write(writer, buffer, o);
    });
  }

  /**
   * The observation of a row of {@link #OBSERVATION_COLUMNS}: the indicator a standard code, a
   * code with its names and dimension, or else a name ({@code Indicators.named}).
   */
  static Observation observation(Row row) {
    Metric metric = MetricRows.metric(row.getStruct(3));
    checkArgument(metric != null, "no figure: %s", MetricRows.problemOf(row.getStruct(3)));
    String indicator = row.getString(1);
    checkArgument(indicator != null, "no indicator");
    Indicator i = Indicators.byCode(indicator).orElse(null);
    if (i == null && !row.isNullAt(5) && !row.isNullAt(6) && !row.isNullAt(7)) {
      i = Indicator.of(indicator, row.getString(5), row.getString(6), Dimension.parse(row.getString(7)));
    } else if (i == null) {
      i = Indicators.named(indicator, metric.dimension());
    }
    Observation.Builder b = Observation.builder()
        .subject(Identifier.of(row.getString(0)))
        .indicator(i)
        .period(Period.parse(row.getString(2)))
        .metric(metric);
    if (!row.isNullAt(4)) {
      b.industry(Industry.of(row.getString(4)));
    }
    if (!row.isNullAt(8)) {
      b.citation(ParkDataJson.standard().read(row.getString(8), Citation.class));
    }
    return b.build();
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  /** The elements of the iterators {@code f} gives for each of {@code in}, one after another, lazily. */
  private static <A, B> Iterator<B> flatten(Iterator<A> in, java.util.function.Function<A, Iterator<B>> f) {
    return new Iterator<>() {
      private Iterator<B> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && in.hasNext()) {
          current = f.apply(in.next());
        }
        return current.hasNext();
      }

      @Override
      public B next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static <A, B> Iterator<B> map(Iterator<A> in, java.util.function.Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public B next() {
        return f.apply(in.next());
      }
    };
  }
}
