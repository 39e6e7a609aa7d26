package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.location.Province;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.UnitCatalog;
import dev.parkdata.validation.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Laws of the name readers: every declared spelling in any dress reads back; the rest is refused, typed. */
class VocabularyProperties {

  private static final Gen<String> CASES = Generate.pick(List.of("upper", "lower", "as is"));
  private static final Gen<String> SPACES = Generate.pick(List.of(" ", "_", "-", "  "));

  /** {@code text} as users dress it: in upper, lower or its own case, spaces as _ or -, padded. */
  private static String dress(String text, String caseOf, String space) {
    String t = caseOf.equals("upper") ? text.toUpperCase(Locale.ROOT)
        : caseOf.equals("lower") ? text.toLowerCase(Locale.ROOT) : text;
    return " " + t.replace(" ", space) + "\t";
  }

  @Test
  void everyProvinceReadsBackFromEachOfItsDeclaredNamesInAnyDress() {
    qt().forAll(Generate.enumValues(Province.class), Generate.range(0, 4), CASES, SPACES).checkAssert((p, which, caseOf, space) -> {
      String name = List.of(p.chineseName(), p.englishName(), p.name(), p.code(), p.code() + "0000").get(which);
      assertThat(Vocabularies.provinces().resolve(dress(name, caseOf, space))).as(name).isEqualTo(p);
    });
  }

  @Test
  void everyLevelAndSeverityReadsBackInAnyDress() {
    qt().forAll(Generate.enumValues(ApprovalLevel.class), Generate.range(0, 2), CASES, SPACES)
        .checkAssert((level, which, caseOf, space) -> {
          String name = List.of(level.chineseName(), level.englishName(), level.name()).get(which);
          assertThat(Vocabularies.levels().resolve(dress(name, caseOf, space))).as(name).isEqualTo(level);
        });
    qt().forAll(Generate.enumValues(Severity.class), Generate.range(0, 2), CASES, SPACES)
        .checkAssert((severity, which, caseOf, space) -> {
          String name = List.of(severity.chineseName(), severity.englishName(), severity.name()).get(which);
          assertThat(Vocabularies.severities().resolve(dress(name, caseOf, space))).as(name).isEqualTo(severity);
        });
  }

  @Test
  void everyStandardUnitReadsBackFromItsEnglishNounsAndCode() {
    qt().forAll(Generate.pick(UnitCatalog.standard().baseUnits()), Generate.range(0, 3)).checkAssert((unit, which) -> {
      String name = List.of(unit.englishName(), unit.englishSingular(), unit.englishPlural(), unit.code().orElse(unit.name()))
          .get(which);
      if (UnitCatalog.standard().baseUnits().stream().filter(other -> sharesName(other, name)).count() == 1) {
        assertThat(UnitNames.resolve(name.toUpperCase(Locale.ROOT))).as(name).isEqualTo(dev.parkdata.unit.Unit.of(unit));
      } else {
        assertThatThrownBy(() -> UnitNames.resolve(name)).as(name).isInstanceOf(Vocabulary.Unknown.class)
            .hasMessageStartingWith("ambiguous unit");
      }
    });
  }

  private static boolean sharesName(BaseUnit unit, String name) {
    String key = Vocabulary.key(name);
    return List.of(unit.englishName(), unit.englishSingular(), unit.englishPlural(), unit.englishSymbol().orElse(""),
            unit.code().orElse(""), unit.name()).stream().anyMatch(n -> Vocabulary.key(n).equals(key))
        || unit.spellings().contains(name);
  }

  @Test
  void aLineBreakTypedIsShownEscapedAndTheErrorStaysOneLine() {
    // found by the property below: an unknown name with a line break in it broke the message in two
    assertThatThrownBy(() -> Vocabularies.provinces().resolve("!!!\n"))
        .isInstanceOf(Vocabulary.Unknown.class)
        .hasMessage("unknown province '!!!\\u000A'");
  }

  @Test
  void aUnitNameWithALineBreakIsShownEscapedToo() {
    // the unit parser's own message names the text as given: the error escapes it as the others do
    assertThatThrownBy(() -> UnitNames.resolve("亩\n亩"))
        .isInstanceOf(Vocabulary.Unknown.class)
        .hasMessageContaining("\\u000A")
        .hasMessageNotContaining("\n");
  }

  @Test
  void anyTextIsReadOrRefusedWithATypedOneLineError() {
    Gen<String> texts = SourceDSL.strings().allPossible().ofLengthBetween(0, 80);
    qt().withExamples(500).forAll(texts).checkAssert(text -> {
      for (Vocabulary<?> v : List.of(Vocabularies.provinces(), Vocabularies.zoneTypes(), Vocabularies.levels(),
          Vocabularies.severities(), Vocabularies.indicators(), Vocabularies.groupings())) {
        try {
          assertThat(v.resolve(text)).isNotNull();
        } catch (Vocabulary.Unknown e) {
          assertThat(e.getMessage()).doesNotContain("\n").isNotBlank();
        }
      }
      try {
        assertThat(UnitNames.resolve(text)).isNotNull();
      } catch (Vocabulary.Unknown e) {
        assertThat(e.getMessage()).doesNotContain("\n", "\r", "\u2028", "\u2029").isNotBlank();
      }
    });
  }

  @Test
  void editDistanceIsAMetricAndThePrefixDistanceNoMore() {
    Gen<String> words = SourceDSL.strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 8);
    qt().forAll(words, words, words).checkAssert((a, b, c) -> {
      int cap = 100;
      int ab = Vocabulary.editDistance(a, b, cap, false);
      assertThat(ab).isEqualTo(Vocabulary.editDistance(b, a, cap, false));
      assertThat(ab == 0).isEqualTo(a.equals(b));
      assertThat(ab).isLessThanOrEqualTo(Vocabulary.editDistance(a, c, cap, false) + Vocabulary.editDistance(c, b, cap, false));
      assertThat(ab).isLessThanOrEqualTo(Math.max(a.length(), b.length()));
      assertThat(Vocabulary.editDistance(a, b, cap, true)).isLessThanOrEqualTo(ab);
      assertThat(Vocabulary.editDistance(a, a + b, cap, true)).isZero();
      assertThat(Vocabulary.editDistance(a, b, 1, false)).isEqualTo(Math.min(ab, 1));
    });
  }
}
