package dev.parkdata.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.internal.Traditional;
import dev.parkdata.unit.Dimension;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class IndicatorNameProperties {

  /** Every declared name of every standard indicator, with the indicator it names. */
  private static final List<Map.Entry<String, Indicator>> NAMES = Indicators.standard().stream()
      .flatMap(i -> Indicators.namesOf(i).stream().map(n -> Map.entry(n, i)))
      .collect(Collectors.toList());

  private static Gen<Map.Entry<String, Indicator>> names() {
    return Generate.pick(NAMES).describedAs(e -> e.getKey() + " → " + e.getValue());
  }

  @Test
  void byNameFindsEveryDeclaredNameOfEveryIndicator() {
    // exhaustive: the list is small, and a missed name is what this property is about
    for (Map.Entry<String, Indicator> e : NAMES) {
      assertThat(Indicators.byName(e.getKey())).as(e.getKey()).contains(e.getValue());
    }
  }

  @Test
  void namesAreFoundWhateverTheCaseAndSurroundingSpace() {
    qt().forAll(names(), SourceDSL.integers().between(0, 3), SourceDSL.booleans().all())
        .checkAssert((e, pad, upper) -> {
          String name = upper ? e.getKey().toUpperCase(java.util.Locale.ROOT) : e.getKey();
          String padded = " ".repeat(pad) + name + "\t".repeat(pad);
          assertThat(Indicators.byName(padded)).contains(e.getValue());
        });
  }

  @Test
  void everyNameWithAGrowthWordIsTheGrowthOfItsIndicator() {
    qt().forAll(names(), Generate.pick(List.of("同比增长", "增长", "增速", "同比下降", "較上年增長")))
        .checkAssert((e, word) -> assertThat(Indicators.byName(e.getKey() + word))
            .contains(Indicators.growthOf(e.getValue())));
  }

  /** Measures no standard indicator names, as real reports write them before their growth. */
  private static final List<String> OTHER_MEASURES = List.of("房地产投资", "工业技改投资", "批发业销售额", "原煤消费量",
      "规上科技服务业营收", "实际利用内资", "精密機械產業", "高端装备制造产业收入");

  @Test
  void aGrowthOfAMeasureNoStandardNamesIsOneIndicatorHoweverWritten() {
    qt().forAll(Generate.pick(OTHER_MEASURES), Generate.pick(List.of("", "同比", "较上年", "比去年同期", "較去年同期", "按年")),
            Generate.pick(List.of("增长", "增速", "增幅", "增长率", "下降", "成長", "衰退", "上升")))
        .checkAssert((measure, connective, word) -> {
          Indicator growth = Indicators.named(measure + connective + word, Dimension.RATIO);
          assertThat(growth).isEqualTo(Indicators.growthOf(Indicators.custom(measure, Dimension.RATIO)));
          assertThat(Indicators.isDerived(growth)).isTrue();
        });
  }

  @Test
  void everyIndicatorHasItsChineseTraditionalAndEnglishNames() {
    for (Indicator i : Indicators.standard()) {
      assertThat(Indicators.namesOf(i))
          .contains(i.chineseName(), Traditional.of(i.chineseName()), i.englishName());
    }
  }
}
