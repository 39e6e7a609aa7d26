package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.extract.ArticleReader;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.model.Identifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCommandTest {
  private static final String TEXT = "2020年，苏州高新区营收1900亿元，入驻企业2萬餘家。全国企业增长5%。";

  @TempDir
  Path dir;

  private String file(String text) throws IOException {
    Path p = dir.resolve("article.txt");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  @Test
  void printsTheDraftUnplacedFiguresAndValidation() throws IOException {
    CliRun run = CliRun.run("read", file(TEXT), "--source-date", "2021-01-05");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("G322018 苏州高新技术产业开发区", "营业收入", "2020", "1900亿元", "2万余家",
        "NO_PARK", "5%", "ArticleDraft[1 parks, 2 observations, 0 targets, 1 unplaced, no errors]");
  }

  @Test
  void writesTheDraftAsParkdataJson() throws IOException {
    CliRun run = CliRun.run("read", file(TEXT), "--json", "--source-title", "测试", "--publisher", "测试报");
    assertThat(run.exitCode).isZero();
    Dataset draft = ParkDataJson.standard().readDataset(run.out);
    assertThat(draft.parks()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo(Identifier.of("G322018"));
      assertThat(p.observations()).hasSize(2)
          .allSatisfy(o -> assertThat(o.citation().orElseThrow().source().title()).isEqualTo("测试"));
    });
  }

  @Test
  void aBadDateIsAUsageErrorAndAMissingFileAFailure() throws IOException {
    CliRun bad = CliRun.run("read", file(TEXT), "--source-date", "2021-13-01");
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err).contains("--source-date").doesNotContain("Exception");
    CliRun missing = CliRun.run("read", dir.resolve("nosuch.txt").toString());
    assertThat(missing.exitCode).isEqualTo(1);
    assertThat(missing.err.lines()).singleElement().asString().startsWith("parkdata read: cannot read ");
  }

  @Test
  void aTextLongerThanAnArticleMayBeIsRefusedNotHeld() throws IOException {
    String atTheLimit = "园区".repeat(ArticleReader.MAX_LENGTH / 2);
    CliRun ok = CliRun.run("read", file(atTheLimit));
    assertThat(ok.exitCode).isZero();
    CliRun tooLong = CliRun.run("read", file(atTheLimit + "。"));
    assertThat(tooLong.exitCode).isEqualTo(1);
    assertThat(tooLong.err.lines()).singleElement().asString()
        .startsWith("parkdata read: cannot read ").contains("longer than 2000000 characters", "parkdata extract");
  }
}
