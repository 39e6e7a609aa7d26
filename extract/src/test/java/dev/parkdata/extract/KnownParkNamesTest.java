package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.catalog.ParkNameResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The short names of parks no rule finds ({@code known-park-names.tsv}), in extraction. */
class KnownParkNamesTest {
  private static final MetricExtractor X = MetricExtractor.standard().withParkNames(ParkNameResolver.standard());

  private static String parkOf(String text) {
    List<Mention> mentions = X.extract(text);
    assertThat(mentions).isNotEmpty();
    return mentions.get(0).park().map(ParkMention::text).orElse(null);
  }

  @Test
  void aShortNameInCommonUseIsAPark() {
    assertThat(parkOf("竹科今年營業額逾新台幣1.3兆元。")).isEqualTo("竹科");
    assertThat(parkOf("數碼港現有800多家企業。")).isEqualTo("數碼港");
    assertThat(parkOf("前海去年实现税收超过300亿元。")).isEqualTo("前海");
    assertThat(X.extract("横琴注册企业5万家。").get(0).park().orElseThrow().status().name()).isEqualTo("NONE");
  }

  @Test
  void notWhereTheNextCharacterMakesItAnotherWord() {
    assertThat(parkOf("南科大今年招生1500人。")).isNull();
    assertThat(parkOf("横琴口岸通关旅客超过1000万人次。")).isNull();
    assertThat(parkOf("前海湾面积约20平方公里。")).isNull();
  }

  @Test
  void aLongerNameTakesItsPlace() {
    assertThat(parkOf("前海合作区去年实现税收超过300亿元。")).isEqualTo("前海合作区");
  }

  @Test
  void everyRowHasASource() {
    // the table refuses a row without a source when read: reading it at all checks every row
    assertThat(KnownParkNames.size()).isGreaterThanOrEqualTo(7);
  }
}
