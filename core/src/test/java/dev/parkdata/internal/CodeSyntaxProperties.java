package dev.parkdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written code checks agree with the regular expressions they document. */
class CodeSyntaxProperties {
  private static final Pattern WORD_CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern DOTTED_WORD_CODE =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)*");

  @Property(tries = 3000)
  void wordCodesAreExactlyTheDocumentedSyntax(@ForAll("candidates") String text) {
    assertThat(Checks.isWordCode(text)).isEqualTo(WORD_CODE.matcher(text).matches());
  }

  @Property(tries = 3000)
  void dottedWordCodesAreExactlyTheDocumentedSyntax(@ForAll("candidates") String text) {
    assertThat(Checks.isDottedWordCode(text)).isEqualTo(DOTTED_WORD_CODE.matcher(text).matches());
  }

  @Example
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

  @Provide
  Arbitrary<String> candidates() {
    // The characters of the syntax and a few outside it (upper case, _, space, 一).
    return Arbitraries.strings().withChars("ab09-.A_ 一").ofMinLength(0).ofMaxLength(10);
  }
}
