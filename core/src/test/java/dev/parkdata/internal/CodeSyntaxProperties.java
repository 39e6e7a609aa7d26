package dev.parkdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.TestGenerators;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The hand-written code checks agree with the regular expressions they document. */
class CodeSyntaxProperties {
  private static final Pattern WORD_CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern DOTTED_WORD_CODE =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)*");

  @Test
  void wordCodesAreExactlyTheDocumentedSyntax() {
    qt().withExamples(3000)
        .forAll(candidates())
        .checkAssert(
            text -> assertThat(Checks.isWordCode(text)).isEqualTo(WORD_CODE.matcher(text).matches()));
  }

  @Test
  void dottedWordCodesAreExactlyTheDocumentedSyntax() {
    qt().withExamples(3000)
        .forAll(candidates())
        .checkAssert(
            text ->
                assertThat(Checks.isDottedWordCode(text))
                    .isEqualTo(DOTTED_WORD_CODE.matcher(text).matches()));
  }

  @Test
  void examples() {
    assertThat(Checks.isWordCode("approved-area")).isTrue();
    assertThat(Checks.isWordCode("gdp-2")).isTrue();
    assertThat(Checks.isWordCode("2gdp")).isFalse();
    assertThat(Checks.isWordCode("a--b")).isFalse();
    assertThat(Checks.isWordCode("a-")).isFalse();
    assertThat(Checks.isWordCode("")).isFalse();
    assertThat(Checks.isDottedWordCode("area.subzones-exceed-parent")).isTrue();
    assertThat(Checks.isDottedWordCode("catalog.duplicate-code")).isTrue();
    assertThat(Checks.isDottedWordCode("catalog.")).isFalse();
    assertThat(Checks.isDottedWordCode(".catalog")).isFalse();
    assertThat(Checks.isDottedWordCode("a..b")).isFalse();
    assertThat(Checks.isDottedWordCode("a.2b")).isFalse();
  }

  /**
   * The characters of the syntax and a few outside it (upper case, _, space, 一), as before; one
   * time in four words of the syntax joined by - and . (which random strings seldom form); and
   * the empty string, lone and doubled separators.
   */
  static Gen<String> candidates() {
    Gen<String> word = TestGenerators.stringsOf("ab09", 1, 3);
    Gen<String> shaped =
        TestGenerators.wordsOf(List.of("a", "b", "ab", "a0", "9", "-", ".", "-a", ".b", "A"), 1, 6);
    return Generate.frequency(
            Pair.of(6, TestGenerators.stringsOf("ab09-.A_ 一", 0, 10)),
            Pair.of(1, word.zip(word, (x, y) -> x + "-" + y)),
            Pair.of(1, shaped),
            Pair.of(
                1,
                Generate.pick(
                    List.of("", "a", "-", ".", "a-", "a.", ".a", "-a", "a--b", "a..b", "a.-b", "a-.b"))))
        .describedAs(TestGenerators::quote);
  }
}
