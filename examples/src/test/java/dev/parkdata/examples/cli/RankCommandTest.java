package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankCommandTest {
  @TempDir Path dir;

  @Test
  void ranksOnlyWhereBoundsAllow() {
    CliRun run = CliRun.run("rank", SeriesCommandTest.parks(dir).toString(), "--indicator", "企业数", "--period", "2023");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("企业数[enterprises] 2023");
    assertThat(run.out).containsPattern("1–2 +G322052 +苏州工业园区 +3\\.5万家");
    assertThat(run.out).containsPattern("1–3 +G622052 +兰州高新技术产业开发区 +约2万家");
    assertThat(run.out).containsPattern("2–3 +G110001 +中关村科技园区 +2\\.1万家");
    assertThat(run.out).contains("Not a total order");
  }

  @Test
  void aTotalOrderHasPlainRanks() {
    CliRun run = CliRun.run("rank", SeriesCommandTest.parks(dir).toString(), "--indicator", "revenue", "--period", "2021");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).containsPattern("1 +G322052 +苏州工业园区 +110亿元");
    assertThat(run.out).doesNotContain("Not a total order");
  }

  @Test
  void aBadPeriodIsAUsageError() {
    CliRun run = CliRun.run("rank", SeriesCommandTest.parks(dir).toString(), "--indicator", "revenue", "--period", "去年");
    assertThat(run.exitCode).isEqualTo(ParkdataCommand.EXIT_USAGE);
    assertThat(run.err).contains("--period must be 2023");
  }
}
