package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFoldingTest {
  @Test
  void foldsTraditionalFullWidthAndVariantCharacters() {
    assertThat(NameFolding.fold("蘇州工業園區")).isEqualTo("苏州工业园区");
    assertThat(NameFolding.fold("中德（瀋陽）高端裝備製造產業園")).isEqualTo("中德(沈阳)高端装备制造产业园");
    assertThat(NameFolding.fold("湽博 高新區")).isEqualTo("淄博高新区");
  }

  @Test
  void foldsTheTraditionalNamesOfProvincesZoneTypesLevelsAndSeverities() {
    assertThat(NameFolding.fold("廣西壯族自治區")).isEqualTo("广西壮族自治区");
    assertThat(NameFolding.fold("內蒙古")).isEqualTo("内蒙古");
    assertThat(NameFolding.fold("其他類型開發區")).isEqualTo("其他类型开发区");
    assertThat(NameFolding.fold("海關特殊監管區域")).isEqualTo("海关特殊监管区域");
    assertThat(NameFolding.fold("國務院")).isEqualTo("国务院");
    assertThat(NameFolding.fold("錯誤")).isEqualTo("错误");
  }

  @Test
  void foldsTheTraditionalFormsOfTheDivisionsNames() {
    // real-park-names-unseen-40 (ap010): 澄邁縣老城經濟開發區, 澄迈县's 海南老城经济开发区
    assertThat(NameFolding.fold("澄邁縣老城經濟開發區")).isEqualTo("澄迈县老城经济开发区");
    assertThat(NameFolding.fold("嶗山區")).isEqualTo("崂山区");
    assertThat(NameFolding.fold("瓊海市")).isEqualTo("琼海市");
    // one with two simplified forms in OpenCC's table is left as written
    assertThat(NameFolding.fold("昇")).isEqualTo("昇");
  }

  @Test
  void foldsTheJapaneseFormsOfZoneNames() {
    assertThat(NameFolding.fold("昆山経済技術開発区")).isEqualTo("昆山经济技术开发区");
    assertThat(NameFolding.fold("蘇州新技術産業開発区")).isEqualTo("苏州新技术产业开发区");
    assertThat(NameFolding.fold("大連経済技術開発区")).isEqualTo("大连经济技术开发区");
  }

  @Test
  void leavesCharactersTheCatalogueWritesAsTheyAre() {
    assertThat(NameFolding.fold("乾县")).isEqualTo("乾县");
    assertThat(NameFolding.fold("沙家浜")).isEqualTo("沙家浜");
    assertThat(NameFolding.fold("Zhongguancun")).isEqualTo("Zhongguancun");
  }
}
