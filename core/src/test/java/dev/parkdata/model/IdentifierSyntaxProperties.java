package dev.parkdata.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.TestGenerators;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Identifiers are checked by hand; these laws pin the checks to the documented syntax, {@code
 * [A-Za-z0-9]+(?:[-._:][A-Za-z0-9]+)*}, and catalogue codes to {@code [GS][0-9]{6}}.
 */
class IdentifierSyntaxProperties {
  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9]+(?:[-._:][A-Za-z0-9]+)*");
  private static final Pattern CATALOGUE_CODE = Pattern.compile("[GS][0-9]{6}");

  @Test
  void acceptedExactlyWhenTheSyntaxMatches() {
    qt().withExamples(2000)
        .forAll(candidates())
        .checkAssert(
            text -> {
              if (SYNTAX.matcher(text).matches()) {
                assertThat(Identifier.of(text).value()).isEqualTo(text);
              } else {
                assertThatThrownBy(() -> Identifier.of(text)).isInstanceOf(ModelConstraintException.class);
              }
            });
  }

  @Test
  void catalogueCodeExactlyWhenTheCodeSyntaxMatches() {
    qt().withExamples(2000)
        .forAll(codes())
        .checkAssert(
            text ->
                assertThat(Identifier.of(text).isCatalogueCode())
                    .isEqualTo(CATALOGUE_CODE.matcher(text).matches()));
  }

  /**
   * Letters, digits, separators and a few characters outside the syntax (é, space, /, 一, ０);
   * one time in four a well-formed identifier (parts joined by separators), which the random
   * strings seldom are; and the empty string, lone separators, doubled and trailing ones.
   */
  static Gen<String> candidates() {
    Gen<String> part = TestGenerators.stringsOf("aZ09", 1, 3);
    Gen<String> wellFormed =
        part.zip(
            TestGenerators.stringsOf("-._:", 0, 2),
            part,
            (a, separators, b) -> separators.isEmpty() ? a : a + separators.charAt(0) + b);
    return Generate.frequency(
            Pair.of(6, TestGenerators.stringsOf("aZ09-._:é /一０", 0, 8)),
            Pair.of(2, wellFormed),
            Pair.of(
                1,
                Generate.pick(List.of("", "-", "a-", "-a", "a--b", "a.b:c_d", "a\uD800", "０", "Z", "9"))))
        .describedAs(TestGenerators::quote);
  }

  /**
   * Strings of G, S, X, 0, 5, 9 and a, as before; one time in four a near code: G or S or X and
   * five to seven digits (so the length, letter and digits are each right or wrong).
   */
  static Gen<String> codes() {
    Gen<String> nearCodes =
        TestGenerators.stringsOf("GSX", 1, 1)
            .zip(TestGenerators.stringsOf("0123456789", 5, 7), String::concat);
    return Generate.frequency(
            Pair.of(3, TestGenerators.stringsOf("GSX059a", 1, 9)),
            Pair.of(1, nearCodes),
            Pair.of(1, Generate.pick(List.of("G000000", "S999999", "G12345", "S1234567", "g123456"))))
        .describedAs(TestGenerators::quote);
  }
}
