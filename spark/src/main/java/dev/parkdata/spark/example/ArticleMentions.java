package dev.parkdata.spark.example;

import static com.google.common.base.Preconditions.checkArgument;

import dev.parkdata.spark.InternalRows;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.execution.datasources.v2.DataSourceV2Relation;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The figures of a directory of articles as a Spark data source (DataSource V2): the job's pass
 * over the files, {@link FigureTotalsJob#mentions(SparkSession, String)}, is
 *
 * <pre>{@code
 * spark.read().format(ArticleMentions.class.getName()).load("articles/2023-*");
 * }</pre>
 *
 * <p>Its columns are those of {@link FigureTotalsJob#mentions(Dataset)}; which files it reads,
 * how it groups them into tasks and what it says of a file it cannot read are those of {@link
 * FigureTotalsJob#articles}. The path is the one option ({@code load(path)}, a directory, a file
 * or a glob); a schema may not be given. The driver lists the files when the frame is loaded
 * ({@code load} throws {@link IllegalArgumentException} if nothing exists at the path), with the
 * active session's {@code spark.sql.files.maxPartitionBytes}, once for the frame however many
 * queries read it; a partition is a group of files, whose task reads each file, extracts its
 * figures and gives their rows in Spark's internal form ({@link InternalRows}), with nothing for
 * Spark to convert. Every column is read: the figures are made whole whichever are asked for.
 */
public final class ArticleMentions implements TableProvider {
  /** The provider Spark makes from the class name given to {@code format}. */
  public ArticleMentions() {}

  /** The columns of the mentions, whatever the options. */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return FigureTotalsJob.MENTIONS;
  }

  /**
   * The mentions of the files under the {@code path} option, listed now.
   *
   * @throws IllegalArgumentException if there is no one path, or nothing exists at it
   * @throws java.io.UncheckedIOException if it cannot be listed
   */
  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    CaseInsensitiveStringMap options = new CaseInsensitiveStringMap(properties);
    String path = options.get("path");
    checkArgument(path != null, "%s reads one path (a directory, a file or a glob): load(path); options %s",
        ArticleMentions.class.getSimpleName(), properties.keySet());
    return new MentionsTable(ArticleFiles.list(SparkSession.active(), path));
  }

  /** How many files the source of {@code mentions}, a frame loaded from it as it is, listed. */
  static int files(Dataset<Row> mentions) {
    LogicalPlan plan = mentions.queryExecution().analyzed();
    if (plan instanceof DataSourceV2Relation relation && relation.table() instanceof MentionsTable table) {
      return table.files.files();
    }
    throw new IllegalArgumentException("not a frame loaded from " + ArticleMentions.class.getName() + ": " + plan);
  }

  /** The mentions of files listed once. */
  private static final class MentionsTable implements SupportsRead {
    private final ArticleFiles files;

    MentionsTable(ArticleFiles files) {
      this.files = files;
    }

    @Override
    public String name() {
      return "mentions of " + files.root();
    }

    @Override
    @SuppressWarnings("deprecation") // columns(), which Spark reads, is made from it
    public StructType schema() {
      return FigureTotalsJob.MENTIONS;
    }

    @Override
    public Set<TableCapability> capabilities() {
      return Collections.unmodifiableSet(EnumSet.of(TableCapability.BATCH_READ));
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
      return () -> new MentionsScan(files);
    }
  }

  /** A scan of the files: a partition per group. */
  private static final class MentionsScan implements Scan, Batch {
    private final ArticleFiles files;
    private ArticleFiles.Tasks tasks; // made on the first plan, broadcasting the groups

    MentionsScan(ArticleFiles files) {
      this.files = files;
    }

    @Override
    public StructType readSchema() {
      return FigureTotalsJob.MENTIONS;
    }

    @Override
    public String description() {
      return "ArticleMentions " + files.root() + " (" + files.files() + " files in " + files.groups() + " groups)";
    }

    @Override
    public Batch toBatch() {
      return this;
    }

    @Override
    public InputPartition[] planInputPartitions() {
      InputPartition[] groups = new InputPartition[files.groups()];
      for (int i = 0; i < groups.length; i++) {
        groups[i] = new Group(i);
      }
      return groups;
    }

    @Override
    public synchronized PartitionReaderFactory createReaderFactory() {
      if (tasks == null) {
        tasks = files.tasks();
      }
      return new Readers(tasks);
    }
  }

  /** A group of files, by its number. */
  private record Group(int number) implements InputPartition {
    private static final long serialVersionUID = 1L;
  }

  /** Makes a task's reader of its group. */
  private static final class Readers implements PartitionReaderFactory {
    private static final long serialVersionUID = 1L;

    private final ArticleFiles.Tasks tasks;

    Readers(ArticleFiles.Tasks tasks) {
      this.tasks = tasks;
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
      return new Reader(tasks, ((Group) partition).number());
    }
  }

  /** The rows of a group's files, file by file, made by one {@link InternalRows} for the task. */
  private static final class Reader implements PartitionReader<InternalRow> {
    private final Iterator<InternalRow> rows;
    private InternalRow row;

    Reader(ArticleFiles.Tasks tasks, int group) {
      InternalRows writer = new InternalRows();
      this.rows = tasks.results(Collections.singleton(group).iterator(),
          (article, out) -> FigureTotalsJob.mentionRows(article, out, writer));
    }

    @Override
    public boolean next() {
      if (!rows.hasNext()) {
        return false;
      }
      row = rows.next();
      return true;
    }

    @Override
    public InternalRow get() {
      return row;
    }

    @Override
    public void close() {
      // each file is closed as soon as it has been read
    }
  }
}
