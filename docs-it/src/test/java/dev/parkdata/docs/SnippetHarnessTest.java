package dev.parkdata.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The harness itself: what passes, and that each kind of wrong snippet fails where it is wrong. */
class SnippetHarnessTest {
  private static SnippetRunner runner;

  @BeforeAll
  static void compiler() {
    runner = new SnippetRunner(System.getProperty("java.class.path"), Duration.ofSeconds(2));
  }

  @AfterAll
  static void close() throws Exception {
    runner.close();
  }

  /** The one snippet of a page of these lines. */
  private static Snippet snippet(String... lines) {
    List<Snippet> snippets = Snippet.parse("page.md", List.of(lines));
    assertThat(snippets).hasSize(1);
    return snippets.get(0);
  }

  private static String check(String... lines) {
    return runner.check(snippet(lines));
  }

  @Test
  void claimsOfValuesDeclarationsOutputAndExceptionsAreChecked() {
    String printed = check(
        "Some text.",
        "",
        "```java",
        "Metric m = Metric.parse(\"2萬餘家\");        // → 2万余家 — prose after the dash",
        "m.bounds();                                // → (20000..30000)",
        "Units.MU.convertExact(BigDecimal.ONE, Units.SQUARE_METRE);  // throws NonTerminatingConversionException",
        "List.of(\"a\", \"b\").forEach(System.out::println);",
        "// → a",
        "// → b",
        "int n = 1;",
        "n += 2;                                    // → 3",
        "for (int i = 0; i < 2; i++) { System.out.print(i); }  // → 01",
        "System.out.println(\"unclaimed\");         // prose, not checked",
        "```");
    assertThat(printed).isEqualTo("2万余家\n(20000..30000)\na\nb\n3\n01unclaimed\n");
  }

  @Test
  void aWrongClaimFailsNamingItsLineAndWhatWasPrinted() {
    assertThatThrownBy(() -> check(
        "```java",
        "Metric.parse(\"2萬餘家\").bounds();  // → (20000..30001)",
        "```"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("page.md:2: claims\n    (20000..30001)\n  but printed\n    (20000..30000)");
  }

  @Test
  void aClaimedExceptionThatIsNotThrownFails() {
    assertThatThrownBy(() -> check(
        "```java",
        "Units.MU.convertExact(new BigDecimal(\"3\"), Units.SQUARE_METRE);  // throws NonTerminatingConversionException",
        "```"))
        .hasMessageContaining("page.md:2: claims throws NonTerminatingConversionException, but returned 2000");
  }

  @Test
  void aClaimThatNeverRanFails() {
    assertThatThrownBy(() -> check(
        "```java",
        "if (Units.MU == null) {",
        "  Units.MU.toString();  // → 亩",
        "}",
        "```"))
        .hasMessageContaining("page.md:3: never ran");
  }

  @Test
  void anUnclaimedExceptionFailsAtItsLine() {
    assertThatThrownBy(() -> check(
        "```java",
        "Metric.parse(\"1元\");",
        "Metric.parse(\"no figure\");",
        "```"))
        .hasMessageContaining("page.md:1 failed at page.md:3: dev.parkdata.metric.MetricParseException");
  }

  @Test
  void aSnippetThatDoesNotCompileFailsAtItsLine() {
    assertThatThrownBy(() -> check(
        "```java",
        "Metric m = Metric.parse(\"1元\");",
        "m.noSuchMethod();",
        "```"))
        .hasMessageContaining("page.md:1 does not compile:\npage.md:3: error: cannot find symbol")
        .hasMessageContaining("    m.noSuchMethod();");
  }

  @Test
  void lintWarningsAreErrors() {
    assertThatThrownBy(() -> check(
        "```java",
        "List raw = new ArrayList<String>();",
        "```"))
        .hasMessageContaining("page.md:2: warning: found raw type");
  }

  @Test
  void aSnippetThatRunsTooLongIsStopped() {
    assertThatThrownBy(() -> check(
        "```java",
        "Thread.sleep(60_000);",
        "```"))
        .hasMessageContaining("still running after 2 s");
  }

  @Test
  void aNoRunSnippetIsCompiledButNotRun() {
    assertThat(check(
        "```java no-run",
        "Thread.sleep(60_000);",
        "```")).isEmpty();
    assertThatThrownBy(() -> check(
        "```java no-run",
        "Thread.sleep(\"long\");",
        "```"))
        .hasMessageContaining("does not compile");
    assertThatThrownBy(() -> check(
        "```java no-run",
        "Metric.parse(\"1元\");  // → 1元",
        "```"))
        .hasMessageContaining("page.md:2: a no-run snippet cannot have its claims checked");
  }

  @Test
  void anUnknownInfoWordIsRefused() {
    assertThatThrownBy(() -> snippet("```java norun", "int a = 1;", "```"))
        .hasMessageContaining("page.md:1: unknown word in the info string: norun");
  }

  @Test
  void aClaimMustEndAStatement() {
    assertThatThrownBy(() -> check(
        "```java",
        "Metric.parse(\"5亿元\")   // → 5亿元",
        "    .bounds();",
        "```"))
        .hasMessageContaining("page.md:2: a claim ends the last line of a statement");
    assertThatThrownBy(() -> check(
        "```java",
        "// → 5亿元",
        "Metric.parse(\"5亿元\");",
        "```"))
        .hasMessageContaining("page.md:2: a claim ends the last line of a statement");
  }

  @Test
  void aClaimedStatementMayNotHoldAnother() {
    assertThatThrownBy(() -> check(
        "```java",
        "for (int i = 0; i < 1; i++) {",
        "  System.out.println(i);  // → 0",
        "}  // → 0",
        "```"))
        .hasMessageContaining("page.md:4: a claimed statement holds another claimed statement (line 3)");
  }

  @Test
  void givenCodeRunsFirstAndIsNotPartOfTheClaims() {
    assertThat(check(
        "<!-- given: Metric given = Metric.parse(\"3万家\");",
        "System.out.println(\"given\"); -->",
        "```java",
        "Ranking.compare(given, Metric.parse(\"2万余家\"));  // → ABOVE",
        "```")).isEqualTo("given\nABOVE\n");
    assertThatThrownBy(() -> check(
        "<!-- given: Metric given = Metric.parse(\"3万家\");  // → 3万家 -->",
        "```java",
        "given.bounds();",
        "```"))
        .hasMessageContaining("page.md:1: given code claims nothing");
  }

  @Test
  void parkdataNamesWinOverTheJdksUnlessTheSnippetImportsThem() {
    assertThat(check(
        "```java",
        "Period.year(2023);  // → 2023",
        "Path.root().field(\"parks\");  // → parks",
        "```")).isEqualTo("2023\nparks\n");
    assertThat(check(
        "```java",
        "import java.nio.file.Path;",
        "",
        "Path.of(\"dir\", \"file\").getFileName();  // → file",
        "```")).isEqualTo("file\n");
  }

  @Test
  void aCompilationUnitRunsItsMainMethodOrItsTests() {
    assertThat(check(
        "```java",
        "package com.example;",
        "",
        "public class Hello {",
        "  public static void main(String[] args) {",
        "    System.out.println(\"hello\");  // → hello",
        "  }",
        "}",
        "```")).isEqualTo("hello\n");
    assertThatThrownBy(() -> check(
        "```java",
        "package com.example;",
        "",
        "import static org.assertj.core.api.Assertions.assertThat;",
        "",
        "import org.junit.jupiter.api.Test;",
        "",
        "class FailingTest {",
        "  @Test",
        "  void fails() {",
        "    assertThat(1).isEqualTo(2);",
        "  }",
        "}",
        "```"))
        .hasMessageContaining("its tests fail")
        .hasMessageContaining("expected: 2");
    assertThatThrownBy(() -> check(
        "```java",
        "record Nothing(int x) {}",
        "```"))
        .hasMessageContaining("nothing to run");
  }
}
