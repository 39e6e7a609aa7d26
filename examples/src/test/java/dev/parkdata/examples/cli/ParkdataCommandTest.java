package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

class ParkdataCommandTest {

  @Test
  void versionComesFromTheBuild() {
    CliRun run = CliRun.run("--version");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo("parkdata " + VersionProvider.version() + "\n");
    assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run.err).isEmpty();
  }

  @Test
  void noArgumentsSummarisesTheEmbeddedCatalogue() {
    CliRun run = CliRun.run();

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).startsWith("中国开发区审核公告目录 (2018年版): 2543 zones, approved area (核准面积) 17973.886 平方公里\n")
        .contains("LEVEL", "TYPE", "TOP 10 BY ZONES", "TOP 10 BY AREA", "VALIDATION  1 error, 0 warnings, 2 info")
        .doesNotContain("\u001B[");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "units", "convert", "parse", "extract", "validate", "catalog", "convert-format", "help"})
  void everyCommandHasHelpWithAnExample(String command) {
    CliRun run = command.isEmpty() ? CliRun.run("--help") : CliRun.run(command, "--help");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).contains("Usage: parkdata " + command);
    if (!command.equals("help")) {
      assertThat(run.out).contains("Examples:").containsPattern("\\n {2}(\\$ )?parkdata " + command);
    }
  }

  @Test
  void parseIsRegistered() {
    CliRun run = CliRun.run("parse", "1900亿元", "--json");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).isEqualTo("{\"input\":\"1900亿元\",\"value\":\"1900\",\"unit\":\"亿元\",\"qualifier\":\"EXACT\","
        + "\"base\":{\"unit\":\"元\",\"value\":\"190000000000\"}}\n");
  }

  @Test
  void helpSubcommandShowsSubcommandHelp() {
    CliRun run = CliRun.run("help", "convert");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("Usage: parkdata convert");
  }

  @Test
  void unknownOptionIsAOneLineUsageError() {
    CliRun run = CliRun.run("--frobnicate");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("parkdata: Unknown option: '--frobnicate' (see 'parkdata --help')\n");
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    CliRun run = CliRun.run("frobnicate");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).contains("frobnicate");
  }

  @Test
  void everySubcommandIsRegisteredUnderTheNameItsClassGives() {
    for (Map.Entry<String, Class<?>> subcommand : ParkdataCommand.SUBCOMMANDS.entrySet()) {
      assertThat(subcommand.getValue().getAnnotation(Command.class).name()).isEqualTo(subcommand.getKey());
    }
    assertThat(ParkdataCommand.newCommandLine().getSubcommands().keySet())
        .containsExactlyElementsOf(ParkdataCommand.SUBCOMMANDS.keySet());
  }

  /** Main registers only the subcommands the arguments need: nothing a user sees changes. */
  @ParameterizedTest
  @ValueSource(strings = {"", "--version", "-V", "--help", "-h", "-hV", "units", "units --help", "units --version",
      "convert 31.85 平方公里 亩", "convert 1 家 个", "convert --digits", "help", "help convert", "help frobnicate",
      "frobnicate", "--frobnicate", "unit", "db", "db --help", "db query --help", "--version units", "parse 2万家 --json"})
  void aCommandLineForTheArgumentsDoesWhatTheFullOneDoes(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    CliRun full = CliRun.run(ParkdataCommand.newCommandLine(), args);
    CliRun forArgs = CliRun.run(ParkdataCommand.newCommandLine(args), args);

    assertThat(forArgs).as(line).usingRecursiveComparison().isEqualTo(full);
  }

  @Test
  void theSummaryAndTheVersionNeedNoSubcommand() {
    assertThat(ParkdataCommand.newCommandLine().getSubcommands()).hasSize(ParkdataCommand.SUBCOMMANDS.size());
    assertThat(ParkdataCommand.newCommandLine(new String[0]).getSubcommands()).isEmpty();
    assertThat(ParkdataCommand.newCommandLine("--version").getSubcommands()).isEmpty();
    assertThat(ParkdataCommand.newCommandLine("convert", "1", "亩", "平方米").getSubcommands()).containsOnlyKeys("convert");
    assertThat(ParkdataCommand.newCommandLine("help", "convert").getSubcommands()).hasSize(ParkdataCommand.SUBCOMMANDS.size());
  }
}
