package dev.parkdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.ibm.icu.text.Transliterator;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraditionalTest {
  /**
   * Every name of every standard indicator, written as ICU's {@code Hans-Hant} transform writes it
   * (實施範圍, 規模以上工業增加值, 核准面積), names that indicator, and {@link Traditional#of} writes it so
   * (but 啟 for ICU's 啓): the table holds each character the names need, in the form ICU gives it there.
   */
  @Test
  void everyIndicatorIsFoundByItsNamesInTraditionalCharactersAsIcuWritesThem() {
    Transliterator hant = Transliterator.getInstance("Hans-Hant");
    List<String> missing = new ArrayList<>();
    List<String> otherwise = new ArrayList<>();
    for (Indicator indicator : Indicators.standard()) {
      for (String name : Indicators.namesOf(indicator)) {
        String traditional = hant.transliterate(name).replace('啓', '啟');
        if (!Indicators.byName(traditional).filter(indicator::equals).isPresent()) {
          missing.add(name + " → " + traditional);
        }
        if (!Traditional.of(name).equals(traditional)) {
          otherwise.add(name + " → " + Traditional.of(name) + ", ICU " + traditional);
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(otherwise).isEmpty();
  }

  @Test
  void aWordGoesToTraditionalAndEachOfItsCharactersBack() {
    assertThat(Traditional.of("复制启动")).isEqualTo("複製啟動");
    assertThat(Traditional.of("核准面积、批复面积、托管面积")).isEqualTo("核准面積、批復面積、托管面積");
    assertThat(Traditional.simplified('復')).isEqualTo('复');
    assertThat(Traditional.simplified('啓')).isEqualTo('启');
    assertThat(Traditional.of("实施范围")).isEqualTo("實施範圍");
    assertThat(Traditional.of("GDP 产值")).isEqualTo("GDP 產值");
    String word = "规模以上工业增加值占比";
    String traditional = Traditional.of(word);
    assertThat(traditional).isEqualTo("規模以上工業增加值佔比");
    assertThat(foldedBack(traditional)).isEqualTo(word);
    assertThat(Traditional.simplified('面')).isEqualTo('面');
  }

  /** Folding each character back undoes {@link Traditional#of} on any text with no traditional character of the table. */
  @Test
  void ofThenSimplifiedIsTheIdentityOnTextWithNoTraditionalCharacterOfTheTable() {
    qt().forAll(strings().betweenCodePoints(0x4E00, 0x9FFF).ofLengthBetween(0, 12)
            .mix(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 6), 20))
        .assuming(s -> s.chars().allMatch(c -> Traditional.simplified((char) c) == c))
        .checkAssert(s -> assertThat(foldedBack(Traditional.of(s))).isEqualTo(s));
  }

  /** {@code text} with each character folded back by {@link Traditional#simplified}. */
  private static String foldedBack(String text) {
    StringBuilder back = new StringBuilder(text.length());
    text.chars().forEach(c -> back.append(Traditional.simplified((char) c)));
    return back.toString();
  }
}
