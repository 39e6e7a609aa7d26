package dev.parkdata.location;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.EnumLookup;
import java.util.Optional;

/**
 * The provincial-level divisions of China with their GB/T 2260 codes: the 31 of the mainland
 * and Taiwan, Hong Kong and Macao. The code is the first two digits of every division code
 * below it, and of the national catalogue's zone codes ({@code G112001} is in 北京市, 11).
 */
public enum Province {
  /** 北京市. */
  BEIJING("11", "北京市", "Beijing"),
  /** 天津市. */
  TIANJIN("12", "天津市", "Tianjin"),
  /** 河北省. */
  HEBEI("13", "河北省", "Hebei"),
  /** 山西省. */
  SHANXI("14", "山西省", "Shanxi"),
  /** 内蒙古自治区. */
  INNER_MONGOLIA("15", "内蒙古自治区", "Inner Mongolia"),
  /** 辽宁省. */
  LIAONING("21", "辽宁省", "Liaoning"),
  /** 吉林省. */
  JILIN("22", "吉林省", "Jilin"),
  /** 黑龙江省. */
  HEILONGJIANG("23", "黑龙江省", "Heilongjiang"),
  /** 上海市. */
  SHANGHAI("31", "上海市", "Shanghai"),
  /** 江苏省. */
  JIANGSU("32", "江苏省", "Jiangsu"),
  /** 浙江省. */
  ZHEJIANG("33", "浙江省", "Zhejiang"),
  /** 安徽省. */
  ANHUI("34", "安徽省", "Anhui"),
  /** 福建省. */
  FUJIAN("35", "福建省", "Fujian"),
  /** 江西省. */
  JIANGXI("36", "江西省", "Jiangxi"),
  /** 山东省. */
  SHANDONG("37", "山东省", "Shandong"),
  /** 河南省. */
  HENAN("41", "河南省", "Henan"),
  /** 湖北省. */
  HUBEI("42", "湖北省", "Hubei"),
  /** 湖南省. */
  HUNAN("43", "湖南省", "Hunan"),
  /** 广东省. */
  GUANGDONG("44", "广东省", "Guangdong"),
  /** 广西壮族自治区. */
  GUANGXI("45", "广西壮族自治区", "Guangxi"),
  /** 海南省. */
  HAINAN("46", "海南省", "Hainan"),
  /** 重庆市. */
  CHONGQING("50", "重庆市", "Chongqing"),
  /** 四川省. */
  SICHUAN("51", "四川省", "Sichuan"),
  /** 贵州省. */
  GUIZHOU("52", "贵州省", "Guizhou"),
  /** 云南省. */
  YUNNAN("53", "云南省", "Yunnan"),
  /** 西藏自治区. */
  TIBET("54", "西藏自治区", "Tibet"),
  /** 陕西省. */
  SHAANXI("61", "陕西省", "Shaanxi"),
  /** 甘肃省. */
  GANSU("62", "甘肃省", "Gansu"),
  /** 青海省. */
  QINGHAI("63", "青海省", "Qinghai"),
  /** 宁夏回族自治区. */
  NINGXIA("64", "宁夏回族自治区", "Ningxia"),
  /** 新疆维吾尔自治区. */
  XINJIANG("65", "新疆维吾尔自治区", "Xinjiang"),
  /** 台湾省. */
  TAIWAN("71", "台湾省", "Taiwan"),
  /** 香港特别行政区. */
  HONG_KONG("81", "香港特别行政区", "Hong Kong"),
  /** 澳门特别行政区. */
  MACAO("82", "澳门特别行政区", "Macao");

  private static final EnumLookup<Province> BY_CHINESE_NAME;
  private static final EnumLookup<Province> BY_CODE;

  static {
    EnumLookup.Builder<Province> byChineseName = EnumLookup.builder();
    EnumLookup.Builder<Province> byCode = EnumLookup.builder();
    for (Province province : values()) {
      byChineseName.add(province.chineseName, province);
      byCode.add(province.code, province);
    }
    BY_CHINESE_NAME = byChineseName.build();
    BY_CODE = byCode.build();
  }

  private final String code;
  private final String chineseName;
  private final String englishName;

  Province(String code, String chineseName, String englishName) {
    this.code = code;
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** The two-digit GB/T 2260 code, {@code "11"}. */
  public String code() {
    return code;
  }

  /** The full Chinese name, {@code "北京市"}. */
  public String chineseName() {
    return chineseName;
  }

  /** The English name in pinyin or its usual form, {@code "Beijing"}, {@code "Inner Mongolia"}, {@code "Tibet"}. */
  public String englishName() {
    return englishName;
  }

  /**
   * The province whose code starts {@code code}: a GB/T 2260 division code of 2, 4 or 6 digits
   * ({@code "110108"} is in 北京市). Empty for an unknown prefix.
   */
  public static Optional<Province> ofDivisionCode(String code) {
    checkNotNull(code, "code");
    if (code.length() < 2) {
      return Optional.empty();
    }
    return BY_CODE.byName(code.substring(0, 2));
  }

  /** The province with the full Chinese name {@code name} ({@code "甘肃省"}), if any. */
  public static Optional<Province> ofChineseName(String name) {
    return BY_CHINESE_NAME.byName(name);
  }
}
