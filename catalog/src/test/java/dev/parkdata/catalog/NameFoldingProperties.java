package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.parkdata.park.Park;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class NameFoldingProperties {
  private static final List<Park> PARKS = DevelopmentZoneCatalog.edition2018().parks();

  /**
   * Pieces of text that folding changes or that change around them: white space that NFKC makes or
   * removes, combining marks that compose with a base once the space between them is gone
   * (including half-width katakana and their sound marks), full-width and compatibility forms,
   * traditional characters of zone names, the variant 湽 and the characters the table must leave
   * (乾, 干, 跤), and characters outside the Basic Multilingual Plane, whole or as a lone surrogate.
   */
  private static final List<String> FRAGMENTS = List.of(
      "", " ", "\t", "\n", "\r\n", "\u000B", "\u001C", "\u00A0", "\u2007", "\u202F", "\u2028", "\u3000",
      "\u200B", "\uFEFF", "\u0000", "e", "E", "a", "\u0301", "\u0308", "\u0327", "\u00B4", "\u00E9",
      "\uFF76", "\uFF9E", "\uFF9F", "\u3099", "\u309A", "\u304B", "\u30AB",
      "（", "）", "(", ")", "［", "］", "０", "１", "２", "９", "Ａ", "ｚ", "①", "㈱", "㍿", "ﬁ", "\u212B",
      "\uFA11", "\uF9E9", "\u2F00", "\u3280",
      "蘇州工業園區", "瀋陽", "中德（瀋陽）", "開發區", "高新技術產業開發區", "經濟技術開發區", "湽博", "淄博",
      "乾县", "乾", "干", "幹", "跤", "臺", "台", "後", "后",
      "高新技术产业开发区", "经济技术开发区", "工业园区", "综合保税区", "边境经济合作区",
      "\uD83D\uDE00", "\uD840\uDC00", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uFFFD", "\uFFFE", "\uFFFF");

  /**
   * Up to 255 characters of the whole Basic Multilingual Plane, lone surrogates included; then the
   * same over all code points; then text made of {@link #FRAGMENTS} and pieces of real zone names,
   * so that every branch of folding is reached; and one time in ten the empty string or a single
   * fragment.
   */
  private static Gen<String> texts() {
    Gen<String> anyChars = lists().of(Generate.characters(Character.MIN_VALUE, Character.MAX_VALUE))
        .ofSizeBetween(0, 255)
        .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    Gen<String> anyCodePoints = strings().allPossible().ofLengthBetween(0, 255);
    Gen<String> fragment = Generate.oneOf(
        Generate.pick(FRAGMENTS), Generate.pick(PARKS).map(p -> p.names().official()));
    Gen<String> grammar = lists().of(fragment).ofSizeBetween(0, 12).map(pieces -> String.join("", pieces));
    return Generate.frequency(List.of(
            Pair.of(3, anyChars),
            Pair.of(2, anyCodePoints),
            Pair.of(4, grammar),
            Pair.of(1, Generate.pick(FRAGMENTS))))
        .describedAs(NameFoldingProperties::describe);
  }

  /** The text in quotes, then its UTF-16 units, so that invisible and lone characters show. */
  private static String describe(String text) {
    return "\"" + text + "\" " + text.chars()
        .mapToObj(c -> String.format("%04X", c))
        .collect(Collectors.joining(" ", "[", "]"));
  }

  @Test
  void foldingIsIdempotent() {
    qt().forAll(texts())
        .checkAssert(text -> assertThat(NameFolding.fold(NameFolding.fold(text))).isEqualTo(NameFolding.fold(text)));
  }

  /** A zone and a non-empty substring of its official name. */
  private record NamePiece(Park park, String piece) {}

  /**
   * A zone of the catalogue and any piece of its name, or one time in five the whole name, its
   * first or its last character.
   */
  private static Gen<NamePiece> namePieces() {
    return Generate.pick(PARKS)
        .flatMap(park -> {
          String name = park.names().official();
          Gen<NamePiece> any = integers().between(0, name.length() - 1)
              .flatMap(from -> integers().between(from + 1, name.length())
                  .map(to -> new NamePiece(park, name.substring(from, to))));
          Gen<NamePiece> edges = Generate.pick(List.of(name, name.substring(0, 1), name.substring(name.length() - 1)))
              .map(piece -> new NamePiece(park, piece));
          return Generate.frequency(List.of(Pair.of(4, any), Pair.of(1, edges)));
        })
        .describedAs(p -> "\"" + p.piece() + "\" of " + p.park().id() + " " + p.park().names().official());
  }

  @Test
  void everyPieceOfAZoneNameFindsThatZone() {
    qt().forAll(namePieces())
        .checkAssert(p -> assertThat(DevelopmentZoneCatalog.edition2018().nameContains(p.piece())).contains(p.park()));
  }

  /** Every zone of the catalogue, not a sample of them as before: there are only 2,543. */
  @Test
  void everyZoneIsFoundByItsExactName() {
    DevelopmentZoneCatalog catalog = DevelopmentZoneCatalog.edition2018();
    for (Park park : PARKS) {
      assertThat(catalog.byName(park.names().official())).as("%s %s", park.id(), park.names().official()).contains(park);
    }
  }
}
