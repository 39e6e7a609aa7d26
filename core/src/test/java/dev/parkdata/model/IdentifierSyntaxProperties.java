package dev.parkdata.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Identifiers are checked by hand; these laws pin the checks to the documented syntax, {@code
 * [A-Za-z0-9]+(?:[-._:][A-Za-z0-9]+)*}, and catalogue codes to {@code [GS][0-9]{6}}.
 */
class IdentifierSyntaxProperties {
  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9]+(?:[-._:][A-Za-z0-9]+)*");
  private static final Pattern CATALOGUE_CODE = Pattern.compile("[GS][0-9]{6}");

  @Property(tries = 2000)
  void acceptedExactlyWhenTheSyntaxMatches(@ForAll("candidates") String text) {
    if (SYNTAX.matcher(text).matches()) {
      assertThat(Identifier.of(text).value()).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> Identifier.of(text)).isInstanceOf(ModelConstraintException.class);
    }
  }

  @Property(tries = 2000)
  void catalogueCodeExactlyWhenTheCodeSyntaxMatches(@ForAll("codes") String text) {
    assertThat(Identifier.of(text).isCatalogueCode()).isEqualTo(CATALOGUE_CODE.matcher(text).matches());
  }

  @Provide
  Arbitrary<String> candidates() {
    // Letters, digits, separators and a few characters outside the syntax (é, space, /, 一, ０).
    return Arbitraries.strings().withChars("aZ09-._:é /一０").ofMinLength(0).ofMaxLength(8);
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.strings().withChars("GSX059a").ofMinLength(1).ofMaxLength(9);
  }
}
