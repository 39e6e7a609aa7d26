package dev.parkdata.spark.example;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The article files under a path, listed once by the driver and read by tasks through Hadoop's
 * file system (a local directory, HDFS, an object store: whatever the path's scheme names).
 *
 * <p>Why not Spark's {@code binaryFile} source: for files of a few KB it spends more per file
 * than the extractor spends per article (a row of path, time, length and bytes, then the text
 * encoded to Spark's UTF-8 and decoded back for each function). Here a task reads its files one
 * after another and hands each text to the work as a Java string.
 *
 * <p>What is read: every file under the path, in its subdirectories too, whose name and whose
 * directories' names (below the path) start with neither {@code .} nor {@code _} (Spark's rule
 * for hidden and metadata files: {@code .crc}, {@code _SUCCESS}); the path may also be one file,
 * or a glob that matches files and directories ({@code articles/2023-*}, as Hadoop reads globs).
 * Files go to tasks in order of their paths, in contiguous groups of about equal bytes: a task
 * per {@code spark.sql.files.maxPartitionBytes} of text (128 MB by default), and the number of
 * tasks a multiple of the session's parallelism, so that no core idles in the last round. A
 * local file system is read without its checksum layer (the {@code .crc} files that Hadoop
 * writes beside its own output; articles have none).
 */
final class ArticleFiles {
  /**
   * The largest file read, in bytes (32 MiB, some ten million Chinese characters): a larger one
   * is not read, and its article has a problem instead of a text. A task holds one file at a
   * time, its bytes and its text (two bytes a character).
   */
  static final long MAX_FILE_BYTES = 32L << 20;

  /** An article as a task reads it: a file's path, and its text or why there is none. */
  record Article(String path, String text, String problem) {}

  /** What a task does with each article of its files. */
  @FunctionalInterface
  interface Work<T> extends Serializable {
    /** Adds what the article gives to {@code out}. */
    void accept(Article article, List<T> out);
  }

  private final String root;
  private final Broadcast<SerializableConfiguration> conf;
  private final List<List<String>> groups;

  private ArticleFiles(String root, Broadcast<SerializableConfiguration> conf, List<List<String>> groups) {
    this.root = root;
    this.conf = conf;
    this.groups = groups;
  }

  /**
   * Lists the files under {@code path} and groups them into tasks.
   *
   * @throws IllegalArgumentException if nothing exists at {@code path}
   * @throws UncheckedIOException if it cannot be listed
   */
  static ArticleFiles list(SparkSession spark, String path) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Path root = new Path(path);
    List<FileStatus> files = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      FileStatus[] matched = fs.globStatus(root);
      if (matched == null || matched.length == 0) {
        throw new IllegalArgumentException("no such file or directory: " + path);
      }
      for (FileStatus top : matched) {
        collect(fs, top, files);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
    }
    files.sort(Comparator.comparing(FileStatus::getPath));
    long maxTaskBytes = JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.maxPartitionBytes", "128m"));
    return new ArticleFiles(root.toString(), SerializableConfiguration.broadcast(spark.sparkContext()),
        groups(files, spark.sparkContext().defaultParallelism(), maxTaskBytes));
  }

  private static void collect(FileSystem fs, FileStatus status, List<FileStatus> files) throws IOException {
    if (!status.isDirectory()) {
      files.add(status);
      return;
    }
    for (FileStatus child : fs.listStatus(status.getPath())) {
      String name = child.getPath().getName();
      if (!name.startsWith(".") && !name.startsWith("_")) {
        collect(fs, child, files);
      }
    }
  }

  /** The paths of {@code files} cut, in order, into groups of about equal bytes: see the class documentation. */
  static List<List<String>> groups(List<FileStatus> files, int parallelism, long maxTaskBytes) {
    checkArgument(parallelism > 0, "parallelism %s is not positive", parallelism);
    checkArgument(maxTaskBytes > 0, "maxTaskBytes %s is not positive", maxTaskBytes);
    long total = 0;
    for (FileStatus f : files) {
      total += f.getLen();
    }
    long byBytes = Math.max(1, (total + maxTaskBytes - 1) / maxTaskBytes);
    long rounded = (byBytes + parallelism - 1) / parallelism * parallelism;
    int tasks = (int) Math.max(1, Math.min(rounded, files.size()));
    List<List<String>> groups = new ArrayList<>(tasks);
    List<String> group = new ArrayList<>();
    long done = 0;
    for (int i = 0; i < files.size(); i++) {
      group.add(files.get(i).getPath().toString());
      done += files.get(i).getLen();
      int filesAfter = files.size() - i - 1;
      int groupsAfter = tasks - groups.size() - 1;
      // group k (from 1) closes once the bytes so far reach k / tasks of the total, or when the
      // files left are just enough to give each group after it one
      if (groupsAfter > 0 && (filesAfter == groupsAfter || done * tasks >= total * (groups.size() + 1))) {
        groups.add(group);
        group = new ArrayList<>();
      }
    }
    groups.add(group);
    return groups;
  }

  /** How many files were listed. */
  int files() {
    int n = 0;
    for (List<String> g : groups) {
      n += g.size();
    }
    return n;
  }

  /** How many tasks read them. */
  int tasks() {
    return groups.size();
  }

  /**
   * A task per group of files, each reading its files in order and giving each article to
   * {@code work}; the RDD of what the work gives. A task reads a file only once what the work
   * gave for the one before has been taken, so it holds one article's results at a time.
   */
  <T> JavaRDD<T> map(SparkSession spark, Work<T> work) {
    String r = root;
    Broadcast<SerializableConfiguration> c = conf;
    return JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(groups, groups.size())
        .mapPartitions(tasks -> new Results<>(fileSystem(r, c.value().value()), tasks, work));
  }

  /** What a task's work gives, file by file. */
  private static final class Results<T> implements Iterator<T> {
    private final FileSystem fs;
    private final Iterator<List<String>> groups;
    private final Work<T> work;
    private Iterator<String> files = Collections.emptyIterator();
    private final List<T> buffer = new ArrayList<>();
    private int next;

    Results(FileSystem fs, Iterator<List<String>> groups, Work<T> work) {
      this.fs = fs;
      this.groups = groups;
      this.work = work;
    }

    @Override
    public boolean hasNext() {
      while (next == buffer.size()) {
        buffer.clear();
        next = 0;
        while (!files.hasNext()) {
          if (!groups.hasNext()) {
            return false;
          }
          files = groups.next().iterator();
        }
        work.accept(read(fs, files.next()), buffer);
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return buffer.get(next++);
    }
  }

  /** The file system of the files under {@code root}; a local one without its checksums. */
  static FileSystem fileSystem(String root, Configuration hadoop) throws IOException {
    FileSystem fs = new Path(root).getFileSystem(hadoop);
    return fs instanceof ChecksumFileSystem checked ? checked.getRawFileSystem() : fs;
  }

  /** The article of one file: its text, or why it has none. */
  static Article read(FileSystem fs, String file) {
    try {
      byte[] bytes;
      try (InputStream in = fs.open(new Path(file))) {
        bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      }
      if (bytes.length > MAX_FILE_BYTES) {
        return new Article(file, null, "too long: more than " + MAX_FILE_BYTES + " bytes, the most read");
      }
      return decode(file, bytes);
    } catch (IOException e) {
      return new Article(file, null, "cannot read: " + e.getMessage());
    }
  }

  /**
   * The article of a file's bytes: its text, or the byte offset where they stop being UTF-8. The
   * JDK's decoder reads valid text fastest; only a text with U+FFFD in it, a replacement for a
   * bad byte or one written in the file, is decoded again, strictly, to tell which.
   */
  static Article decode(String file, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return new Article(file, text, null);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
    return result.isError()
        ? new Article(file, null, "not UTF-8: a bad byte at offset " + in.position())
        : new Article(file, text, null);
  }
}
