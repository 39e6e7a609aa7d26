package dev.parkdata.catalog;

/** The three levels of GB/T 2260 divisions: 省级, 地级 and 县级. */
public enum DivisionLevel {
  /** 省级: provinces, autonomous regions, municipalities and special administrative regions. */
  PROVINCE("省级"),
  /** 地级: prefecture-level cities, prefectures, autonomous prefectures and leagues. */
  PREFECTURE("地级"),
  /** 县级: districts, counties, county-level cities, banners and the like. */
  COUNTY("县级");

  private final String chineseName;

  DivisionLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The level as the code lists write it: {@code 省级}, {@code 地级} or {@code 县级}. */
  public String chineseName() {
    return chineseName;
  }

  /** The level written {@code text} ({@code 地级}), or null. */
  static DivisionLevel ofChineseName(String text) {
    for (DivisionLevel level : values()) {
      if (level.chineseName.equals(text)) {
        return level;
      }
    }
    return null;
  }
}
