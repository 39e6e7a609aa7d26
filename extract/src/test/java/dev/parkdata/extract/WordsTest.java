package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The extractor's word lists in both scripts. */
class WordsTest {
  /** The two classified industries in which ICU keeps 制 (制鞋, 精制茶) where the table writes 製. */
  private static final Set<String> MAKING = Set.of("皮革、毛皮、羽毛及其制品和制鞋业", "酒、饮料和精制茶制造业");

  /**
   * Every word of every list is found in its traditional form too, exactly as ICU's {@code
   * Hans-Hant} transform writes it word by word (制造业 製造業, 占比 佔比, 主导产业 主導產業, 实施范围 實施範圍),
   * but for the forms {@link dev.parkdata.internal.Traditional} writes as Taiwan's and Hong Kong's
   * text does: 啟 for ICU's 啓, 家具 for ICU's 傢具, and 製 in the two classified industries where
   * ICU keeps 制 ({@link #MAKING}). Until the twentieth session the table held 83 characters and 240
   * words of the lists had no traditional form (實施範圍 among them: the five articles' traditional
   * page gave none of its zones' areas an indicator).
   */
  @Test
  void everyWordIsFoundInItsTraditionalForm() throws ReflectiveOperationException {
    Transliterator hant = Transliterator.getInstance("Hans-Hant");
    Field wordsOf = Words.class.getDeclaredField("words");
    wordsOf.setAccessible(true);
    List<String> missing = new ArrayList<>();
    int lists = 0;
    for (Field f : Words.class.getDeclaredFields()) {
      if (f.getType() != Words.class || !Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      f.setAccessible(true);
      Words list = (Words) f.get(null);
      lists++;
      for (String w : (String[]) wordsOf.get(list)) {
        String icu = hant.transliterate(w).replace('啓', '啟').replace('傢', '家');
        String traditional = MAKING.contains(w) ? icu.replace('制', '製') : icu;
        if (!list.isWord(traditional)) {
          missing.add(f.getName() + ": " + w + " → " + traditional);
        }
      }
    }
    assertThat(lists).isGreaterThan(20);
    assertThat(missing).isEmpty();
  }

  @Test
  void theTraditionalFormOfAWordChangesOnlyTheCharactersThatDiffer() {
    assertThat(Words.traditional("实施范围")).isEqualTo("實施範圍");
    assertThat(Words.traditional("规上工业总产值")).isEqualTo("規上工業總產值");
    assertThat(Words.traditional("GDP")).isEqualTo("GDP");
    assertThat(Words.traditional("面积")).isEqualTo("面積");
  }
}
