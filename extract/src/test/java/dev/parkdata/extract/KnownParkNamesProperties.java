package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.catalog.Division;
import dev.parkdata.catalog.DivisionLevel;
import dev.parkdata.catalog.Divisions;
import dev.parkdata.catalog.NameFolding;
import dev.parkdata.catalog.ParkNameResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of the left edge of the known park names ({@code known-park-names.tsv}) in extraction: a
 * name after a character that is no Chinese character is found whatever stands before that, and
 * no name is found beginning inside the name of a province or prefecture (湖南科技 holds no 南科).
 */
class KnownParkNamesProperties {
  private static final MetricExtractor X = MetricExtractor.standard().withParkNames(ParkNameResolver.standard());

  /** CJK punctuation, the ideographic space and a line break: with printable ASCII, the boundaries drawn. */
  private static final String PUNCTUATION = "，。、；：？！“”‘’（）《》【】—…\u3000\n";

  /**
   * What follows the names in real sentences of {@code real-sentences.jsonl} and the articles,
   * none of it making a name another word.
   */
  private static final List<String> AFTER = List.of(
      "註冊的港資背景企業註冊資金合計為3871億元人民幣。", "各產業營業額,積體電路產業成長318%。", "的第一個站點。",
      "實習,預計今年將會有約300名學生參加。", "出租率6成不到還要投資港幣55億元擴建。", "管理局副局长王锦侠说。",
      "23.75%次之。", "、中科、南科三大科学园区96年的营业额。", "");

  /**
   * Text that stands before: nothing or a corpus sentence without its full stop, run on, then, half
   * the time, the start of a place that {@link #placesRunningIntoNames} runs into a name (湖 of 湖南),
   * so that only the boundary keeps them apart.
   */
  private static Gen<String> before() {
    List<String> leads = new ArrayList<>();
    leads.add("");
    for (Corpus.Sentence s : Corpus.sentences()) {
      leads.add(s.text().endsWith("。") ? s.text().substring(0, s.text().length() - 1) : s.text());
    }
    List<String> starts = new ArrayList<>();
    for (String[] placed : placesRunningIntoNames()) {
      starts.add(placed[0].substring(0, placed[0].length() - 1));
    }
    Gen<String> start = Generate.frequency(Pair.of(1, Generate.constant("")), Pair.of(1, Generate.pick(starts)));
    return Generate.pick(leads).zip(start, String::concat);
  }

  /** Characters that end any word before them, being no Chinese character. */
  private static Gen<Character> boundaries() {
    List<Character> chars = new ArrayList<>();
    for (char c = ' '; c <= '~'; c++) {
      chars.add(c);
    }
    for (char c : PUNCTUATION.toCharArray()) {
      chars.add(c);
    }
    return Generate.pick(chars);
  }

  @Test
  void aNameAfterACharacterThatIsNoChineseCharacterIsFound() {
    qt().forAll(before(), boundaries(), Generate.pick(KnownParkNames.names()), Generate.pick(AFTER))
        .checkAssert((lead, boundary, name, after) -> {
          String text = lead + boundary + name + after;
          int at = text.codePointCount(0, lead.length() + 1);
          assertThat(parksStarting(text)).as(HostileTextProperties.show(text)).contains(at);
        });
  }

  @Test
  void noNameBeginsInsideAProvinceOrPrefecture() {
    List<String[]> placed = placesRunningIntoNames();
    // the law is about something: 湖南科技, 河南科技, 济南科技 …
    assertThat(placed).extracting(p -> p[0]).contains("湖南", "济南");
    Gen<String[]> places = Generate.pick(placed).describedAs(p -> p[0] + " into " + p[1]);
    qt().forAll(before(), places, Generate.pick(AFTER))
        .checkAssert((lead, placeAndName, after) -> {
          String place = placeAndName[0];
          String text = lead + place + placeAndName[1].substring(1) + after;
          int inside = text.codePointCount(0, lead.length() + place.length() - 1);
          assertThat(parksStarting(text)).as(HostileTextProperties.show(text)).doesNotContain(inside);
        });
  }

  /** Where the park names of {@code text} start, in code points. */
  private static List<Integer> parksStarting(String text) {
    List<Integer> starts = new ArrayList<>();
    X.extract(text, m -> {}, p -> starts.add(p.start()));
    return starts;
  }

  /**
   * Every name or short name of a province or prefecture of GB/T 2260 that ends with the first
   * character of a known name, with that name: {湖南, 南科}, {济南, 南科}. A county's does not
   * count ({@link ParkScan#startsInPlace}).
   */
  private static List<String[]> placesRunningIntoNames() {
    TreeSet<String> places = new TreeSet<>();
    for (Division d : Divisions.gbt2260().all()) {
      if (d.level() != DivisionLevel.COUNTY) {
        places.add(d.name());
        places.add(d.shortName());
      }
    }
    List<String[]> placed = new ArrayList<>();
    for (String place : places) {
      for (String name : KnownParkNames.names()) {
        if (place.length() >= 2 && place.endsWith(NameFolding.fold(name.substring(0, 1)))) {
          placed.add(new String[] {place, name});
        }
      }
    }
    return placed;
  }
}
