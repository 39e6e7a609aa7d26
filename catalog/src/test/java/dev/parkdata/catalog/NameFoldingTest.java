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
  void leavesCharactersTheCatalogueWritesAsTheyAre() {
    assertThat(NameFolding.fold("乾县")).isEqualTo("乾县");
    assertThat(NameFolding.fold("Zhongguancun")).isEqualTo("Zhongguancun");
  }
}
