package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvertCommandTest {

  @ParameterizedTest(name = "{0} {1} → {3} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          31.85   | 平方公里 | 亩            | 47775
          48.51   | 亩       | 平方米        | 32340
          1       | 万元/亩  | 亿元/平方公里 | 0.15
          1900    | 亿元     | 万元          | 19000000
          1,900   | 億元     | 萬元          | 19000000
          ３１．８５ | ｋｍ２  | 公顷          | 3185
          -2.5    | 亿元     | 万元          | -25000
          1e3     | 平方米   | 亩            | 1.5
          """)
  void printsTheExactResult(String value, String from, String to, String expected) {
    CliRun run = CliRun.run("convert", value, from, to);

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).isEqualTo(expected + "\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void roundsANonTerminatingResultAndSaysSo() {
    CliRun run = CliRun.run("convert", "1", "亩", "平方米");

    BigDecimal expected = Unit.parse("亩").convert(BigDecimal.ONE, Unit.parse("平方米"), new MathContext(20));
    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo("≈" + expected.toPlainString() + "\n");
    assertThat(run.out.strip().substring(1).replace(".", "")).hasSize(20);
  }

  @Test
  void digitsOptionSetsThePrecisionOfARoundedResult() {
    assertThat(CliRun.run("convert", "--digits", "30", "1", "亩", "平方米").out)
        .isEqualTo("≈666.666666666666666666666666667\n");
    assertThat(CliRun.run("convert", "--digits", "5", "1", "亩", "平方米").out).isEqualTo("≈666.67\n");
    assertThat(CliRun.run("convert", "--digits", "5", "3", "亩", "平方米").out).isEqualTo("2000\n");
  }

  @Test
  void incompatibleUnitsAreAOneLineUsageError() {
    CliRun run = CliRun.run("convert", "1", "元", "美元");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).startsWith("parkdata convert: Cannot convert 元 [money(CNY)] to 美元 [money(USD)]");
  }

  @Test
  void unknownUnitIsAOneLineUsageErrorNamingIt() {
    CliRun run = CliRun.run("convert", "1", "斤", "千克");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).startsWith("parkdata convert: ").contains("Unknown unit '斤'").doesNotContain("Exception");
  }

  @Test
  void badNumberIsAOneLineUsageError() {
    CliRun run = CliRun.run("convert", "三十", "亩", "平方米");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).contains("'三十' is not a decimal number");
  }

  @Test
  void missingArgumentsAndBadDigitsAreUsageErrors() {
    CliRun missing = CliRun.run("convert", "1", "亩");
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.err.lines()).hasSize(1);
    assertThat(missing.err).contains("TO");

    CliRun digits = CliRun.run("convert", "--digits", "0", "1", "亩", "平方米");
    assertThat(digits.exitCode).isEqualTo(2);
    assertThat(digits.err).isEqualTo("parkdata convert: --digits must be at least 1, got 0 (see 'parkdata convert --help')\n");
  }

  @Test
  void usageErrorsExitWithTwoEvenWithoutTheOneLineHandler() {
    String[] args = {"convert", "1", "家", "个"};
    CliRun run = CliRun.run(ParkdataCommand.forArguments(args), args);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("Cannot convert 家 [count(家)] to 个 [count(个)]");
  }
}
