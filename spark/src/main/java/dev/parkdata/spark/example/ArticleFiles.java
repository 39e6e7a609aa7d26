package dev.parkdata.spark.example;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.FileNotFoundException;
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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The article files under a path, listed once by the driver and read by tasks: through Hadoop's
 * file system for HDFS, object stores and whatever else the path's scheme names, and with
 * {@code java.nio} where the path is local (Hadoop's local file system stats each file as it
 * lists it and again as it opens it: it listed and read small files three times slower).
 *
 * <p>Why not Spark's {@code binaryFile} source: for files of a few KB it spends more per file
 * than the extractor spends per article (a row of path, time, length and bytes, then the text
 * encoded to Spark's UTF-8 and decoded back for each function). Here a task reads its files one
 * after another and hands each text to the work as a Java string.
 *
 * <p>What is read: every file under the path, in its subdirectories too (following symbolic
 * links), but those whose name or whose directories' names (below the path) Spark's file sources
 * hide ({@link #isHidden}: {@code .crc}, {@code _SUCCESS}, {@code ._COPYING_}); the path may also
 * be one file, or a glob that matches files and directories ({@code
 * articles/2023-*}, as Hadoop reads globs; a file two globs match is read once). Files go to
 * tasks in order of their paths, in contiguous groups of about equal bytes: a task per {@code
 * spark.sql.files.maxPartitionBytes} of text (128 MB by default), and the number of tasks a
 * multiple of the session's parallelism, so that no core idles in the last round (one task a
 * file where there are fewer files than that). A file that cannot be read, or that is no
 * regular file (a pipe, a device), is an article with a problem and no text; so is a directory
 * below the path that cannot be listed. A file is named as Hadoop names it ({@code
 * file:/data/articles/a.txt}, {@code hdfs://nn/articles/a.txt}).
 */
final class ArticleFiles {
  /**
   * The largest file read, in bytes (4 MiB, some 1.4 million Chinese characters, a book rather
   * than an article): a larger one is not read, and its article has a problem instead of a text.
   * A task holds one file at a time: its bytes, its text (two bytes a character) and the rows of
   * its figures, a few hundred KB for a news article and at most some hundreds of MB for a file
   * of this size written densely with figures.
   */
  static final long MAX_FILE_BYTES = 4L << 20;

  /** The buffer a file is read with through Hadoop, in bytes: InputStream.readNBytes reads in pieces of 8 KB. */
  private static final int READ_BUFFER = 8192;

  /** An article as a task reads it: a file's path, and its text or why there is none. */
  record Article(String path, String text, String problem) {}

  /**
   * A file to read: its path as Hadoop names it (the {@code article} column), its path on this
   * machine's file system when it is local (else null), its length when it was listed, and why
   * it cannot be read where the listing found that already (else null).
   */
  record FileRef(String path, String local, long length, String problem) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A file that the listing found readable. */
    FileRef(String path, String local, long length) {
      this(path, local, length, null);
    }
  }

  /** What a task does with each article of its files. */
  @FunctionalInterface
  interface Work<T> extends Serializable {
    /** Adds what the article gives to {@code out}. */
    void accept(Article article, List<T> out);
  }

  private final SparkContext context;
  private final String root;
  private final Broadcast<SerializableConfiguration> conf; // null where every file is local
  private final List<List<FileRef>> groups;

  private ArticleFiles(SparkContext context, String root, Broadcast<SerializableConfiguration> conf,
      List<List<FileRef>> groups) {
    this.context = context;
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
    List<FileRef> files;
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      FileStatus[] matched = fs.globStatus(root);
      if (matched == null || matched.length == 0) {
        throw new IllegalArgumentException("no such file or directory: " + path);
      }
      files = list(fs, matched);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
    }
    long maxTaskBytes = JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.maxPartitionBytes", "128m"));
    // tasks need Hadoop's configuration only to reach a file system that is not local
    boolean allLocal = files.stream().allMatch(f -> f.local() != null);
    SparkContext context = spark.sparkContext();
    return new ArticleFiles(context, root.toString(), allLocal ? null : SerializableConfiguration.broadcast(context),
        groups(files, context.defaultParallelism(), maxTaskBytes));
  }

  /** The files of {@code matched} and below them, sorted by path. */
  static List<FileRef> list(FileSystem fs, FileStatus[] matched) throws IOException {
    List<FileRef> files = new ArrayList<>();
    for (FileStatus top : matched) {
      if (fs instanceof LocalFileSystem) {
        collectLocal(top, files);
      } else {
        collect(fs, top, files, true);
      }
    }
    files.sort(Comparator.comparing(FileRef::path));
    // globs that overlap ({2023,2023/05}) name a file twice: it is one article
    List<FileRef> once = new ArrayList<>(files.size());
    for (FileRef f : files) {
      if (once.isEmpty() || !once.get(once.size() - 1).path().equals(f.path())) {
        once.add(f);
      }
    }
    return once;
  }

  /**
   * Hadoop's listing, for any file system. A directory below the path that cannot be listed is
   * listed as a file that cannot be read, saying why.
   */
  static void collect(FileSystem fs, FileStatus status, List<FileRef> files, boolean top) throws IOException {
    String path = status.getPath().toString();
    if (status.isFile()) {
      files.add(new FileRef(path, null, status.getLen()));
      return;
    }
    if (!status.isDirectory()) {
      files.add(new FileRef(path, null, 0, NOT_A_FILE));
      return;
    }
    FileStatus[] children;
    try {
      children = fs.listStatus(status.getPath());
    } catch (IOException e) {
      if (top) {
        throw e;
      }
      files.add(new FileRef(path, null, 0, problem(e)));
      return;
    }
    for (FileStatus child : children) {
      if (!isHidden(child.getPath().getName())) {
        collect(fs, child, files, false);
      }
    }
  }

  /**
   * The same listing of a local file or directory, by java.nio, each file named as Hadoop names
   * it. What cannot be read below the path (a dangling link, a directory that may not be listed,
   * a loop of links) is listed as a file, which its task then reports as unreadable.
   */
  private static void collectLocal(FileStatus top, List<FileRef> files) throws IOException {
    java.nio.file.Path start = Paths.get(top.getPath().toUri());
    String named = top.getPath().toString();
    Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<java.nio.file.Path>() {
          @Override
          public FileVisitResult preVisitDirectory(java.nio.file.Path dir, BasicFileAttributes attrs) {
            return dir.equals(start) || !isHidden(dir.getFileName().toString())
                ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs) {
            if (!attrs.isDirectory() && (file.equals(start) || !isHidden(file.getFileName().toString()))) {
              // a pipe or a device is no article, and reading one may never end
              // (the walk follows links: one it could not follow is seen as the link itself)
              files.add(ref(file, attrs.size(),
                  attrs.isRegularFile() ? null : attrs.isSymbolicLink() ? DANGLING_LINK : NOT_A_FILE));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) throws IOException {
            if (file.equals(start)) {
              throw e;
            }
            if (!isHidden(file.getFileName().toString())) {
              files.add(ref(file, 0, problem(e)));
            }
            return FileVisitResult.CONTINUE;
          }

          private FileRef ref(java.nio.file.Path file, long length, String problem) {
            if (file.equals(start)) {
              return new FileRef(named, file.toString(), length, problem);
            }
            String relative = start.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            return new FileRef(named + "/" + relative, file.toString(), length, problem);
          }
        });
  }

  /**
   * Spark's rule for hidden and metadata files and directories (its file index's): a name that
   * starts with {@code .}, or with {@code _} but holds no {@code =} (a partition directory, {@code
   * _year=2023}, is read), or a file still being copied ({@code ._COPYING_}).
   */
  static boolean isHidden(String name) {
    return name.startsWith(".") || name.startsWith("_") && name.indexOf('=') < 0 || name.endsWith("._COPYING_");
  }

  /** The problem of a file that is no regular file: a pipe, a socket, a device. */
  private static final String NOT_A_FILE = "cannot read: not a regular file";

  /** The problem of a link to no file. */
  private static final String DANGLING_LINK = "cannot read: a link to no file";

  /**
   * The problem of a file that could not be read or listed, alike whichever file system said
   * it: no such file, permission denied, a loop of links, or the file system's own message.
   */
  static String problem(IOException e) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof NoSuchFileException || e instanceof FileNotFoundException && !message.contains("ermission denied")) {
      return "cannot read: no such file";
    }
    if (e instanceof AccessDeniedException || message.contains("ermission denied")
        || e instanceof org.apache.hadoop.security.AccessControlException) {
      return "cannot read: permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "cannot read: a loop of links";
    }
    return "cannot read: " + message;
  }

  /** {@code files} cut, in order, into groups of about equal bytes: see the class documentation. */
  static List<List<FileRef>> groups(List<FileRef> files, int parallelism, long maxTaskBytes) {
    checkArgument(parallelism > 0, "parallelism %s is not positive", parallelism);
    checkArgument(maxTaskBytes > 0, "maxTaskBytes %s is not positive", maxTaskBytes);
    long total = 0;
    for (FileRef f : files) {
      total += f.length();
    }
    long byBytes = Math.max(1, (total + maxTaskBytes - 1) / maxTaskBytes);
    long rounded = (byBytes + parallelism - 1) / parallelism * parallelism;
    int tasks = (int) Math.max(1, Math.min(rounded, files.size()));
    List<List<FileRef>> groups = new ArrayList<>(tasks);
    List<FileRef> group = new ArrayList<>();
    long done = 0;
    for (int i = 0; i < files.size(); i++) {
      group.add(files.get(i));
      done += files.get(i).length();
      int filesAfter = files.size() - i - 1;
      int groupsAfter = tasks - groups.size() - 1;
      // group k (from 1) closes once the bytes so far reach k / tasks of the total, or when the
      // files left are just enough to give each group after it one
      if (groupsAfter > 0 && (filesAfter == groupsAfter || atLeast(done, tasks, total, groups.size() + 1))) {
        groups.add(group);
        group = new ArrayList<>();
      }
    }
    groups.add(group);
    return groups;
  }

  /** Whether {@code a × b ≥ c × d}, for non-negative longs, without overflow (bytes × tasks pass 2^63 at some 10^19). */
  static boolean atLeast(long a, long b, long c, long d) {
    long high = Math.multiplyHigh(a, b);
    long otherHigh = Math.multiplyHigh(c, d);
    return high != otherHigh ? high > otherHigh : Long.compareUnsigned(a * b, c * d) >= 0;
  }

  /** How many files were listed. */
  int files() {
    int n = 0;
    for (List<FileRef> g : groups) {
      n += g.size();
    }
    return n;
  }

  /** The root the files were listed under, as given. */
  String root() {
    return root;
  }

  /** How many groups, and so tasks, the files are read in. */
  int groups() {
    return groups.size();
  }

  /**
   * What tasks need to read the groups: the list of files goes to each executor once, and a task
   * gets only its group's number (sent in the tasks, 40,000 names made tasks of more than the
   * 1,000 KiB Spark warns of). Each call broadcasts the list anew.
   */
  Tasks tasks() {
    return new Tasks(root, conf, JavaSparkContext.fromSparkContext(context).broadcast(groups));
  }

  /**
   * A task per group of files, each reading its files in order and giving each article to
   * {@code work}; the RDD of what the work gives (see {@link Tasks#results}).
   */
  <T> JavaRDD<T> map(Work<T> work) {
    Tasks tasks = tasks();
    List<Integer> numbers = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      numbers.add(i);
    }
    return JavaSparkContext.fromSparkContext(context).parallelize(numbers, groups.size())
        .mapPartitions(mine -> tasks.results(mine, work));
  }

  /** What a task needs to read its groups of files, sent with it: see {@link #tasks()}. */
  static final class Tasks implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String root;
    private final Broadcast<SerializableConfiguration> conf;
    private final Broadcast<List<List<FileRef>>> groups;

    private Tasks(String root, Broadcast<SerializableConfiguration> conf, Broadcast<List<List<FileRef>>> groups) {
      this.root = root;
      this.conf = conf;
      this.groups = groups;
    }

    /**
     * What {@code work} gives for the articles of the groups numbered {@code numbers}, file by
     * file: a file is read only once what the work gave for the one before has been taken, so
     * the task holds one article's results at a time.
     */
    <T> Iterator<T> results(Iterator<Integer> numbers, Work<T> work) {
      List<List<FileRef>> all = groups.value();
      List<List<FileRef>> mine = new ArrayList<>();
      numbers.forEachRemaining(i -> mine.add(all.get(i)));
      return new Results<>(root, conf, mine.iterator(), work);
    }
  }

  /** What a task's work gives, file by file. */
  private static final class Results<T> implements Iterator<T> {
    private final String root;
    private final Broadcast<SerializableConfiguration> conf;
    private final Iterator<List<FileRef>> groups;
    private final Work<T> work;
    private FileSystem fs; // made on the first file that is not local
    private Iterator<FileRef> files = Collections.emptyIterator();
    private final List<T> buffer = new ArrayList<>();
    private int next;

    Results(String root, Broadcast<SerializableConfiguration> conf, Iterator<List<FileRef>> groups, Work<T> work) {
      this.root = root;
      this.conf = conf;
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
        FileRef file = files.next();
        if (file.local() == null && fs == null) {
          try {
            fs = new Path(root).getFileSystem(conf.value().value());
          } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the file system of " + root + ": " + e.getMessage(), e);
          }
        }
        work.accept(read(fs, file), buffer);
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

  /**
   * The article of one file: its text, or why it has none. A local file is read by java.nio,
   * any other through {@code fs} (a local one without its checksum layer).
   */
  static Article read(FileSystem fs, FileRef file) {
    if (file.problem() != null) {
      return new Article(file.path(), null, file.problem());
    }
    try {
      byte[] bytes;
      // Hadoop's default buffer is Spark's 64 KB, more than most articles: allocating and clearing
      // it for each file cost more than reading the file
      try (InputStream in = file.local() != null ? Files.newInputStream(Paths.get(file.local()))
          : (fs instanceof ChecksumFileSystem checked ? checked.getRawFileSystem() : fs)
              .open(new Path(file.path()), READ_BUFFER)) {
        bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      }
      if (bytes.length > MAX_FILE_BYTES) {
        return new Article(file.path(), null, "too long: more than " + MAX_FILE_BYTES + " bytes, the most read");
      }
      return decode(file.path(), bytes);
    } catch (IOException e) {
      return new Article(file.path(), null, problem(e));
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
