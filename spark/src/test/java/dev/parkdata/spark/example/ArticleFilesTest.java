package dev.parkdata.spark.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parkdata.spark.TestSessions;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files the job reads, how it groups them into tasks, and what it says of a file it cannot read. */
class ArticleFilesTest {
  @TempDir
  Path dir;

  private static List<ArticleFiles.FileRef> files(List<Integer> lengths) {
    List<ArticleFiles.FileRef> files = new ArrayList<>();
    for (int i = 0; i < lengths.size(); i++) {
      String path = String.format("/a/%05d.txt", i);
      files.add(new ArticleFiles.FileRef("file:" + path, path, lengths.get(i)));
    }
    return files;
  }

  @Test
  void groupsKeepEveryFileOnceInOrderInAMultipleOfTheParallelism() {
    qt().forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 300), integers().between(1, 8),
            integers().between(1, 50_000))
        .checkAssert((lengths, parallelism, maxTaskBytes) -> {
          List<ArticleFiles.FileRef> files = files(lengths);
          List<List<ArticleFiles.FileRef>> groups = ArticleFiles.groups(files, parallelism, maxTaskBytes);
          assertThat(groups.stream().flatMap(List::stream).collect(Collectors.toList())).isEqualTo(files);
          long total = lengths.stream().mapToLong(Integer::longValue).sum();
          long byBytes = Math.max(1, (total + maxTaskBytes - 1) / maxTaskBytes);
          long rounded = (byBytes + parallelism - 1) / parallelism * parallelism;
          assertThat(groups).hasSize((int) Math.max(1, Math.min(rounded, files.size())));
          if (!files.isEmpty()) {
            assertThat(groups).allSatisfy(g -> assertThat(g).isNotEmpty());
          }
        });
  }

  @Test
  void groupsHoldAboutEqualBytes() {
    List<Integer> lengths = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      lengths.add(1000 + (i * 7919) % 9000); // 1,000 to 9,999 bytes, in no order
    }
    List<List<ArticleFiles.FileRef>> groups = ArticleFiles.groups(files(lengths), 2, 1_000_000);
    assertThat(groups).hasSize(6); // 5.5 MB in tasks of at most 1 MB: 6, a multiple of 2
    long total = lengths.stream().mapToLong(Integer::longValue).sum();
    int next = 0;
    for (List<ArticleFiles.FileRef> group : groups) {
      long bytes = 0;
      for (int k = 0; k < group.size(); k++) {
        bytes += lengths.get(next++);
      }
      // a group closes on the first file that reaches its share: over by less than one file
      assertThat(bytes).isBetween(total / 6 - 10_000, total / 6 + 10_000);
    }
  }

  @Test
  void readsEveryFileBelowThePathButHiddenAndMetadataOnes() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "园区企业2000家");
    Files.createDirectories(dir.resolve("2023/05"));
    Files.writeString(dir.resolve("2023/05/b.txt"), "营业收入约300亿元");
    Files.writeString(dir.resolve(".a.txt.crc"), "checksum");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    Files.createDirectories(dir.resolve("_temporary/0"));
    Files.writeString(dir.resolve("_temporary/0/c.txt"), "面积10平方公里");
    Files.createDirectories(dir.resolve(".hidden"));
    Files.writeString(dir.resolve(".hidden/d.txt"), "面积10平方公里");
    SparkSession spark = TestSessions.session();
    List<Row> articles = FigureTotalsJob.articles(spark, dir.toString()).collectAsList();
    assertThat(articles).extracting(r -> relative(r.getString(0)), r -> r.getString(1))
        .containsExactly(tuple("2023/05/b.txt", "营业收入约300亿元"),
            tuple("a.txt", "园区企业2000家"));
    assertThat(FigureTotalsJob.articles(spark, dir.resolve("a.txt").toString()).collectAsList())
        .extracting(r -> r.getString(1)).containsExactly("园区企业2000家");
    assertThat(FigureTotalsJob.articles(spark, dir.resolve("20*/0?").toString()).collectAsList())
        .extracting(r -> r.getString(1)).containsExactly("营业收入约300亿元");
  }

  private String relative(String uri) {
    return dir.toUri().relativize(java.net.URI.create(uri)).toString();
  }

  @Test
  void aPathWhereNothingIsIsAnError() {
    SparkSession spark = TestSessions.session();
    // the job's pass lists when its frame is made, as articles does
    List<BiFunction<SparkSession, String, Dataset<Row>>> reads =
        List.of(FigureTotalsJob::articles, FigureTotalsJob::mentions);
    for (BiFunction<SparkSession, String, Dataset<Row>> read : reads) {
      assertThatThrownBy(() -> read.apply(spark, dir.resolve("nothing").toString()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no such file or directory: " + dir.resolve("nothing"));
    }
  }

  /** What each reader makes of {@code file}: java.nio's (a local file) and Hadoop's (any other). */
  private static List<ArticleFiles.Article> readBothWays(Path file) throws IOException {
    LocalFileSystem local = FileSystem.getLocal(new Configuration());
    String named = new org.apache.hadoop.fs.Path(file.toUri()).toString();
    return List.of(ArticleFiles.read(null, new ArticleFiles.FileRef(named, file.toString(), 0)),
        ArticleFiles.read(local, new ArticleFiles.FileRef(named, null, 0)));
  }

  @Test
  void aFileThatIsNotUtf8OrTooLongOrMissingHasAProblemAndNoText() throws IOException {
    Path utf16 = Files.write(dir.resolve("utf16.txt"), "园区".getBytes(StandardCharsets.UTF_16LE));
    assertThat(readBothWays(utf16)).extracting(ArticleFiles.Article::text, ArticleFiles.Article::problem)
        .containsOnly(tuple(null, "not UTF-8: a bad byte at offset 0"));
    Path big = Files.write(dir.resolve("big.txt"), new byte[(int) ArticleFiles.MAX_FILE_BYTES + 1]);
    assertThat(readBothWays(big)).extracting(ArticleFiles.Article::text, ArticleFiles.Article::problem)
        .containsOnly(tuple(null, "too long: more than 4194304 bytes, the most read"));
    assertThat(readBothWays(dir.resolve("gone.txt"))).extracting(ArticleFiles.Article::problem)
        .containsOnly("cannot read: no such file");
  }

  @Test
  void whatCannotBeReadBelowThePathIsListedWithWhy() throws IOException, InterruptedException {
    Files.writeString(dir.resolve("a.txt"), "园区企业2000家");
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
    Files.createDirectories(dir.resolve("loop"));
    Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
    Process fifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
    assertThat(fifo.waitFor()).as("mkfifo").isZero();
    SparkSession spark = TestSessions.session();
    List<Row> articles = FigureTotalsJob.articles(spark, dir.toString()).collectAsList();
    assertThat(articles).extracting(r -> relative(r.getString(0)), r -> r.getString(1), r -> r.getString(2))
        .containsExactly(
            tuple("a.txt", "园区企业2000家", null),
            tuple("dangling.txt", null, "cannot read: a link to no file"),
            tuple("loop/back", null, "cannot read: a loop of links"),
            tuple("pipe.txt", null, "cannot read: not a regular file"));
  }

  @Test
  void globsThatOverlapReadAFileOnce() throws IOException {
    Files.createDirectories(dir.resolve("2023/05"));
    Files.writeString(dir.resolve("2023/05/a.txt"), "园区企业2000家");
    SparkSession spark = TestSessions.session();
    assertThat(FigureTotalsJob.articles(spark, dir.resolve("{2023,2023/05}").toString()).collectAsList()).hasSize(1);
  }

  @Test
  void hiddenAsSparkHidesThem() {
    assertThat(List.of(".a.txt.crc", "_SUCCESS", "_temporary", "a.txt._COPYING_")).allMatch(ArticleFiles::isHidden);
    assertThat(List.of("a.txt", "_year=2023", "a_b.txt")).noneMatch(ArticleFiles::isHidden);
  }

  @Test
  void comparingProductsNeverOverflows() {
    qt().forAll(longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE),
            longs().between(0, Long.MAX_VALUE))
        .checkAssert((a, b, c, d) -> assertThat(ArticleFiles.atLeast(a, b, c, d))
            .isEqualTo(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(d))) >= 0));
  }

  @Test
  void filesOnAFileSystemThatIsNotLocalAreReadThroughHadoopInTheTasks() throws IOException {
    // Hadoop's raw local file system is no LocalFileSystem: the job lists and reads through
    // Hadoop, and its tasks are given the configuration, as for HDFS
    Files.createDirectories(dir.resolve("2023"));
    Files.writeString(dir.resolve("a.txt"), "园区企业2000家");
    Files.writeString(dir.resolve("2023/b.txt"), "营业收入约300亿元");
    Files.write(dir.resolve("utf16.txt"), "园区".getBytes(StandardCharsets.UTF_16LE));
    SparkSession spark = TestSessions.session();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<Row> local = FigureTotalsJob.articles(spark, dir.toString()).collectAsList();
    List<Row> localMentions = FigureTotalsJob.mentions(spark, dir.toString()).collectAsList();
    hadoop.set("fs.file.impl", RawLocalFileSystem.class.getName());
    hadoop.setBoolean("fs.file.impl.disable.cache", true);
    List<Row> throughHadoop;
    List<Row> mentionsThroughHadoop;
    try {
      throughHadoop = FigureTotalsJob.articles(spark, dir.toString()).collectAsList();
      // the job's pass, its own data source, reads them so too
      mentionsThroughHadoop = FigureTotalsJob.mentions(spark, dir.toString()).collectAsList();
    } finally {
      hadoop.unset("fs.file.impl");
      hadoop.unset("fs.file.impl.disable.cache");
    }
    assertThat(throughHadoop).hasSize(3).isEqualTo(local);
    assertThat(mentionsThroughHadoop).extracting(r -> r.getAs("surface"), r -> r.getAs("problem") != null)
        .containsExactly(tuple("约300亿元", false), tuple("2000家", false), tuple(null, true));
    assertThat(mentionsThroughHadoop).isEqualTo(localMentions);
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsText() throws IOException {
    Path file = Files.writeString(dir.resolve("fffd.txt"), "乱码\uFFFD在原文中");
    assertThat(readBothWays(file)).extracting(ArticleFiles.Article::text, ArticleFiles.Article::problem)
        .containsOnly(tuple("乱码\uFFFD在原文中", null));
  }

  @Test
  void theLocalListingIsHadoopsListing() throws IOException {
    Files.createDirectories(dir.resolve("2023/05"));
    Files.createDirectories(dir.resolve("_temporary"));
    Files.createDirectories(dir.resolve(".hidden"));
    for (String name : List.of("a.txt", "b c.txt", "园区.txt", "2023/05/d.txt", ".e.crc", "_SUCCESS", "_temporary/f.txt",
        ".hidden/g.txt")) {
      Files.writeString(dir.resolve(name), "营业收入约" + name.length() + "亿元");
    }
    LocalFileSystem local = FileSystem.getLocal(new Configuration());
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dir.toUri());
    List<ArticleFiles.FileRef> byNio = ArticleFiles.list(local, local.globStatus(root));
    List<ArticleFiles.FileRef> byHadoop = ArticleFiles.list(local.getRawFileSystem(), local.globStatus(root));
    assertThat(byNio).extracting(ArticleFiles.FileRef::path, ArticleFiles.FileRef::length)
        .hasSize(4)
        .isEqualTo(byHadoop.stream().map(f -> tuple(f.path(), f.length())).collect(Collectors.toList()));
    assertThat(byNio).allSatisfy(f -> assertThat(f.local()).isNotNull());
    assertThat(byHadoop).allSatisfy(f -> assertThat(f.local()).isNull());
  }
}
