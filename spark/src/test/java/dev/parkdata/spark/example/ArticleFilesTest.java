package dev.parkdata.spark.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parkdata.spark.TestSessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files the job reads, how it groups them into tasks, and what it says of a file it cannot read. */
class ArticleFilesTest {
  @TempDir
  Path dir;

  private static List<FileStatus> files(List<Integer> lengths) {
    List<FileStatus> files = new ArrayList<>();
    for (int i = 0; i < lengths.size(); i++) {
      files.add(new FileStatus(lengths.get(i), false, 1, 1, 0, new org.apache.hadoop.fs.Path(String.format("/a/%05d.txt", i))));
    }
    return files;
  }

  @Test
  void groupsKeepEveryFileOnceInOrderInAMultipleOfTheParallelism() {
    qt().forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 300), integers().between(1, 8),
            integers().between(1, 50_000))
        .checkAssert((lengths, parallelism, maxTaskBytes) -> {
          List<FileStatus> files = files(lengths);
          List<List<String>> groups = ArticleFiles.groups(files, parallelism, maxTaskBytes);
          assertThat(groups.stream().flatMap(List::stream).collect(Collectors.toList()))
              .isEqualTo(files.stream().map(f -> f.getPath().toString()).collect(Collectors.toList()));
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
    List<List<String>> groups = ArticleFiles.groups(files(lengths), 2, 1_000_000);
    assertThat(groups).hasSize(6); // 5.5 MB in tasks of at most 1 MB: 6, a multiple of 2
    long total = lengths.stream().mapToLong(Integer::longValue).sum();
    int next = 0;
    for (List<String> group : groups) {
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
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2023/05/b.txt", "营业收入约300亿元"),
            org.assertj.core.groups.Tuple.tuple("a.txt", "园区企业2000家"));
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
    assertThatThrownBy(() -> FigureTotalsJob.articles(spark, dir.resolve("nothing").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such file or directory: " + dir.resolve("nothing"));
  }

  @Test
  void aFileThatIsNotUtf8OrTooLongHasAProblemAndNoText() throws IOException {
    FileSystem fs = ArticleFiles.fileSystem(dir.toString(), new Configuration());
    Path utf16 = Files.write(dir.resolve("utf16.txt"), "园区".getBytes(StandardCharsets.UTF_16LE));
    assertThat(ArticleFiles.read(fs, utf16.toString()))
        .isEqualTo(new ArticleFiles.Article(utf16.toString(), null, "not UTF-8: a bad byte at offset 0"));
    Path big = Files.write(dir.resolve("big.txt"), new byte[(int) ArticleFiles.MAX_FILE_BYTES + 1]);
    assertThat(ArticleFiles.read(fs, big.toString()))
        .isEqualTo(new ArticleFiles.Article(big.toString(), null, "too long: more than 33554432 bytes, the most read"));
    Path gone = dir.resolve("gone.txt");
    assertThat(ArticleFiles.read(fs, gone.toString()).problem()).startsWith("cannot read: ");
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsText() throws IOException {
    FileSystem fs = ArticleFiles.fileSystem(dir.toString(), new Configuration());
    Path file = Files.writeString(dir.resolve("fffd.txt"), "乱码\uFFFD在原文中");
    assertThat(ArticleFiles.read(fs, file.toString()))
        .isEqualTo(new ArticleFiles.Article(file.toString(), "乱码\uFFFD在原文中", null));
  }
}
