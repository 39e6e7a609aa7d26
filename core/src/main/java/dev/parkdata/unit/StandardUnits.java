package dev.parkdata.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The base units of {@code units.md}, in the order the catalogue lists them. */
final class StandardUnits {
  private StandardUnits() {}

  // Money: each currency is its own dimension. English writes a symbol where readers know one.
  static final BaseUnit YUAN = currency("元", "元", "yuan (CNY)", "CNY", "人民币", "元人民币", "块", "人民幣", "元人民幣", "RMB")
      .englishNoun("yuan", "yuan").build();
  static final BaseUnit US_DOLLAR = currency("美元", "美元", "US dollar", "USD", "美金", "美圆", "美圓").englishSymbol("US$").build();
  static final BaseUnit EURO = currency("欧元", "歐元", "euro", "EUR").englishSymbol("€").build();
  static final BaseUnit YEN = currency("日元", "日元", "Japanese yen", "JPY", "日圆", "日圓").englishNoun("yen", "yen").build();
  static final BaseUnit HK_DOLLAR = currency("港元", "港元", "Hong Kong dollar", "HKD", "港币", "港幣").englishSymbol("HK$").build();
  static final BaseUnit POUND = currency("英镑", "英鎊", "pound sterling", "GBP")
      .englishNoun("pound sterling", "pounds sterling").englishSymbol("£").build();
  static final BaseUnit MACAU_PATACA = currency("澳门元", "澳門元", "Macanese pataca", "MOP", "澳门币", "澳門幣").build();
  static final BaseUnit TAIWAN_DOLLAR =
      currency("新台币", "新臺幣", "New Taiwan dollar", "TWD", "新台幣", "台币", "台幣", "臺幣").englishSymbol("NT$").build();
  static final BaseUnit WON = currency("韩元", "韓元", "South Korean won", "KRW").englishNoun("won", "won").build();
  static final BaseUnit AUSTRALIAN_DOLLAR = currency("澳元", "澳元", "Australian dollar", "AUD").englishSymbol("A$").build();
  static final BaseUnit CANADIAN_DOLLAR = currency("加元", "加元", "Canadian dollar", "CAD").englishSymbol("C$").build();
  static final BaseUnit SINGAPORE_DOLLAR = currency("新加坡元", "新加坡元", "Singapore dollar", "SGD", "新元", "新币", "新幣").englishSymbol("S$").build();
  static final BaseUnit SWISS_FRANC = currency("瑞士法郎", "瑞士法郎", "Swiss franc", "CHF").build();
  static final BaseUnit ROUBLE = currency("卢布", "盧布", "Russian rouble", "RUB").build();

  // Length.
  static final BaseUnit METRE =
      BaseUnit.referenceOf("米", Dimension.LENGTH).traditionalName("公尺").englishName("metre").code("MTR").aliases("m").build();
  static final BaseUnit KILOMETRE =
      BaseUnit.derivedFrom("公里", METRE, Rational.of(1_000))
          .englishName("kilometre")
          .code("KMT")
          .aliases("千米", "km", "公裡", "公裏")
          .build();

  // Area. 平方 and 平米 are the colloquial 平方米 (10萬平方以下, 1萬平米); 方米 is Macao's (40萬方米).
  static final BaseUnit SQUARE_METRE =
      BaseUnit.referenceOf("平方米", Dimension.AREA)
          .traditionalName("平方公尺")
          .englishName("square metre")
          .code("MTK")
          .aliases("平米", "平方", "方米", "㎡", "m²", "m2")
          .build();
  static final BaseUnit HECTARE =
      BaseUnit.derivedFrom("公顷", SQUARE_METRE, Rational.of(10_000))
          .traditionalName("公頃")
          .englishName("hectare")
          .code("HAR")
          .aliases("ha", "㏊")
          .build();
  static final BaseUnit MU =
      BaseUnit.derivedFrom("亩", SQUARE_METRE, Rational.of(10_000, 15))
          .traditionalName("畝")
          .englishName("mu")
          .englishNoun("mu", "mu")
          .aliases("市亩", "市畝")
          .build();
  static final BaseUnit SQUARE_FOOT =
      BaseUnit.derivedFrom("平方英尺", SQUARE_METRE, Rational.of(9_290_304, 100_000_000))
          .traditionalName("平方呎")
          .englishName("square foot")
          .englishNoun("square foot", "square feet")
          .code("FTK")
          // 呎 alone is floor area in Hong Kong reporting (約7,500萬呎), never a length there; 方呎 its
          // short form (約66萬方呎).
          .aliases("平方呎", "ft²", "呎", "方呎")
          .build();
  static final BaseUnit PING =
      BaseUnit.derivedFrom("坪", SQUARE_METRE, Rational.of(400, 121))
          .traditionalName("坪")
          .englishName("ping (Taiwan)")
          .englishNoun("ping", "ping")
          .build();
  static final BaseUnit SQUARE_KILOMETRE =
      BaseUnit.derivedFrom("平方公里", SQUARE_METRE, Rational.of(1_000_000))
          .traditionalName("平方公里")
          .englishName("square kilometre")
          .code("KMK")
          .aliases("平方千米", "km²", "km2", "㎢", "平方公裡", "平方公裏")
          .build();

  // Volume.
  static final BaseUnit CUBIC_METRE =
      BaseUnit.referenceOf("立方米", Dimension.VOLUME)
          .traditionalName("立方公尺")
          .englishName("cubic metre")
          .code("MTQ")
          .aliases("立方", "m³", "m3", "㎥")
          .build();

  // Energy.
  static final BaseUnit KILOWATT_HOUR =
      BaseUnit.referenceOf("千瓦时", Dimension.ENERGY)
          .traditionalName("千瓦時")
          .englishName("kilowatt hour")
          .code("KWH")
          .aliases("度", "kWh", "kW·h")
          .build();
  static final BaseUnit MEGAWATT_HOUR =
      BaseUnit.derivedFrom("兆瓦时", KILOWATT_HOUR, Rational.of(1_000))
          .traditionalName("兆瓦時")
          .englishName("megawatt hour")
          .code("MWH")
          .aliases("MWh")
          .build();
  static final BaseUnit GIGAWATT_HOUR =
      BaseUnit.derivedFrom("吉瓦时", KILOWATT_HOUR, Rational.of(1_000_000))
          .traditionalName("吉瓦時")
          .englishName("gigawatt hour")
          .code("GWH")
          .aliases("GWh")
          .build();

  // Energy as standard coal (tce): not converted to 千瓦时, see Dimension.Kind.STANDARD_COAL.
  static final BaseUnit KILOGRAM_STANDARD_COAL =
      BaseUnit.referenceOf("千克标准煤", Dimension.STANDARD_COAL)
          .traditionalName("公斤標準煤")
          .englishName("kilogram of standard coal equivalent")
          .englishNoun("kilogram of standard coal equivalent", "kilograms of standard coal equivalent")
          .aliases("千克标煤", "公斤标准煤", "公斤标煤", "公斤標煤", "kgce")
          .build();
  static final BaseUnit TONNE_STANDARD_COAL =
      BaseUnit.derivedFrom("吨标准煤", KILOGRAM_STANDARD_COAL, Rational.of(1_000))
          .traditionalName("噸標準煤")
          .englishName("tonne of standard coal equivalent")
          .englishNoun("tonne of standard coal equivalent", "tonnes of standard coal equivalent")
          .aliases("吨标煤", "噸標煤", "tce")
          .build();

  // Power.
  static final BaseUnit WATT =
      BaseUnit.referenceOf("瓦", Dimension.POWER).englishName("watt").code("WTT").aliases("W").build();
  static final BaseUnit KILOWATT =
      BaseUnit.derivedFrom("千瓦", WATT, Rational.of(1_000)).englishName("kilowatt").code("KWT").aliases("kW", "㎾").build();
  static final BaseUnit MEGAWATT =
      BaseUnit.derivedFrom("兆瓦", WATT, Rational.of(1_000_000)).englishName("megawatt").code("MAW").aliases("MW", "㎿").build();
  static final BaseUnit GIGAWATT =
      BaseUnit.derivedFrom("吉瓦", WATT, Rational.of(1_000_000_000)).englishName("gigawatt").code("A90").aliases("GW").build();

  // Mass.
  static final BaseUnit KILOGRAM =
      BaseUnit.referenceOf("千克", Dimension.MASS)
          .traditionalName("公斤")
          .englishName("kilogram")
          .code("KGM")
          .aliases("公斤", "kg", "㎏")
          .build();
  static final BaseUnit TONNE =
      BaseUnit.derivedFrom("吨", KILOGRAM, Rational.of(1_000))
          .traditionalName("噸")
          .englishName("tonne")
          .code("TNE")
          .aliases("公吨", "公噸", "t")
          .build();

  // Computing power.
  static final BaseUnit FLOPS =
      BaseUnit.referenceOf("FLOPS", Dimension.COMPUTE)
          .englishName("floating-point operations per second")
          .englishNoun("FLOPS", "FLOPS")
          .build();
  static final BaseUnit GFLOPS = flops("GFLOPS", 9);
  static final BaseUnit TFLOPS = flops("TFLOPS", 12);
  static final BaseUnit PFLOPS = flops("PFLOPS", 15);
  static final BaseUnit EFLOPS = flops("EFLOPS", 18);

  // Ratios, their differences, multiples.
  static final BaseUnit PERCENT =
      BaseUnit.referenceOf("%", Dimension.RATIO)
          .englishName("percent")
          .englishNoun("percent", "percent")
          .englishSymbol("%")
          .code("P1")
          .aliases("％", "﹪", "百分之")
          .notScalable()
          .build();
  static final BaseUnit PER_MILLE =
      BaseUnit.derivedFrom("‰", PERCENT, Rational.of(1, 10))
          .englishName("per mille")
          .englishNoun("per mille", "per mille")
          .englishSymbol("‰")
          .code("NX")
          .aliases("千分之")
          .notScalable()
          .build();
  static final BaseUnit PERCENTAGE_POINT =
      BaseUnit.referenceOf("个百分点", Dimension.RATIO_DIFFERENCE)
          .traditionalName("個百分點")
          .englishName("percentage point")
          .aliases("百分点", "百分點", "pp")
          .notScalable()
          .build();
  static final BaseUnit TIMES =
      BaseUnit.referenceOf("倍", Dimension.MULTIPLE).englishName("times").englishNoun("times", "times").notScalable().build();

  // Calendar durations: each its own dimension.
  static final BaseUnit YEAR = duration("年", "年", "year", "ANN", "个年头", "個年頭");
  static final BaseUnit MONTH = duration("个月", "個月", "month", "MON");
  static final BaseUnit DAY = duration("天", "天", "day", "DAY");
  static final BaseUnit WORKING_DAY = duration("个工作日", "個工作日", "working day", "E49");
  static final BaseUnit SECOND = duration("秒", "秒", "second", "SEC");
  static final BaseUnit MINUTE = clockDuration("分钟", "分鐘", "minute", "MIN", 60);
  static final BaseUnit HOUR = clockDuration("小时", "小時", "hour", "HUR", 3_600, "个小时", "個小時");

  // A figure with no unit stated (300, 600亿): named 1 alone, and by its magnitude word once scaled.
  static final BaseUnit NUMBER =
      BaseUnit.referenceOf("1", Dimension.NUMBER).englishName("(no unit)").build();

  static List<BaseUnit> all() {
    List<BaseUnit> all = new ArrayList<>(List.of(
        YUAN, US_DOLLAR, EURO, YEN, HK_DOLLAR, POUND, MACAU_PATACA, TAIWAN_DOLLAR, WON,
        AUSTRALIAN_DOLLAR, CANADIAN_DOLLAR, SINGAPORE_DOLLAR, SWISS_FRANC, ROUBLE,
        METRE, KILOMETRE,
        SQUARE_METRE, HECTARE, MU, SQUARE_KILOMETRE, SQUARE_FOOT, PING, CUBIC_METRE,
        KILOWATT_HOUR, MEGAWATT_HOUR, GIGAWATT_HOUR, KILOGRAM_STANDARD_COAL, TONNE_STANDARD_COAL,
        WATT, KILOWATT, MEGAWATT, GIGAWATT,
        KILOGRAM, TONNE,
        FLOPS, GFLOPS, TFLOPS, PFLOPS, EFLOPS,
        PERCENT, PER_MILLE, PERCENTAGE_POINT, TIMES,
        YEAR, MONTH, DAY, WORKING_DAY, SECOND, MINUTE, HOUR, NUMBER));
    all.addAll(CLASSIFIERS);
    return all;
  }

  /**
   * The standard base unit named by {@code magnitude}'s word followed by {@code base}'s name, if
   * it has the dimension and factor of {@code magnitude × base} (千 × 瓦 is 千瓦). Unlike the
   * standard {@link UnitCatalog}, this needs no spelling index, so creating units stays cheap.
   */
  static BaseUnit fold(Magnitude magnitude, BaseUnit base) {
    BaseUnit combined = Combined.BY_SPELLING.get(magnitude.word() + base.name());
    return combined != null
            && combined.dimension().equals(base.dimension())
            && combined.factor().equals(magnitude.factor().multiply(base.factor()))
        ? combined
        : null;
  }

  /** The standard units whose spellings begin with a magnitude word (千瓦, 兆瓦时 …), by spelling. */
  private static final class Combined {
    static final Map<String, BaseUnit> BY_SPELLING = new HashMap<>();

    // Only given spellings, not their full-width forms as UnitCatalog indexes: those differ only
    // in ASCII letters, and fold() looks up a magnitude word followed by a unit's name, which
    // holds no full-width letters (UnitsTest checks this), so they could never match.
    // Indexed loops, not iterators, and each spelling's first character looked up before its
    // start is compared with every word: this runs in every first load of the catalogue, over
    // some 400 spellings, interpreted.
    static {
      Magnitude[] magnitudes = Magnitude.values();
      StringBuilder firsts = new StringBuilder();
      for (Magnitude m : magnitudes) {
        if (m != Magnitude.ONE) {
          firsts.append(m.word().charAt(0));
        }
      }
      String firstCharacters = firsts.toString();
      List<BaseUnit> all = all();
      for (int i = 0; i < all.size(); i++) {
        BaseUnit unit = all.get(i);
        List<String> spellings = unit.givenSpellings();
        for (int j = 0; j < spellings.size(); j++) {
          String spelling = spellings.get(j);
          if (firstCharacters.indexOf(spelling.charAt(0)) >= 0 && startsWithMagnitudeWord(spelling, magnitudes)) {
            BY_SPELLING.putIfAbsent(spelling, unit);
          }
        }
      }
    }

    private static boolean startsWithMagnitudeWord(String spelling, Magnitude[] magnitudes) {
      for (Magnitude m : magnitudes) {
        if (m != Magnitude.ONE && spelling.startsWith(m.word())) {
          return true;
        }
      }
      return false;
    }
  }

  // Count classifiers (量词): those of the seed articles first, then common ones of statistics.
  // English nouns as reporting writes them: 2万余家 is "over 20,000 enterprises", 近100人 "nearly
  // 100 people". UN/CEFACT codes where Recommendation 20 has the count: C62 one, H87 piece, IE
  // person (人; 名 and 位 count people too, and a code names one unit).
  static final BaseUnit JIA = BaseUnit.classifier("家", "家", "enterprise");
  static final BaseUnit GE = classifier("个", "個", "unit", "generic").code("C62").build();
  static final BaseUnit XIANG = BaseUnit.classifier("项", "項", "item");
  static final BaseUnit JIAN = BaseUnit.referenceOf("件", Dimension.count("件")).englishName("piece").code("H87").build();
  static final BaseUnit MING = people("名", "名").build();
  static final BaseUnit REN = people("人", "人").code("IE").build();
  static final BaseUnit WEI = people("位", "位").build();

  private static final List<BaseUnit> CLASSIFIERS = List.of(
      JIA, GE, XIANG, JIAN, MING, REN, WEI,
      BaseUnit.classifier("套", "套", "set"),
      BaseUnit.classifier("张", "張", "sheet"),
      BaseUnit.classifier("批次", "批次", "batch"),
      BaseUnit.classifier("场", "場", "event"),
      BaseUnit.classifier("期", "期", "edition"),
      classifier("只", "隻", "unit", "funds, animals").build(),
      BaseUnit.classifier("支", "支", "stick"),
      BaseUnit.classifier("所", "所", "institution"),
      BaseUnit.classifier("人次", "人次", "person-time"),
      BaseUnit.classifier("台", "臺", "machine"),
      BaseUnit.classifier("辆", "輛", "vehicle"),
      BaseUnit.classifier("座", "座", "structure"),
      BaseUnit.classifier("栋", "棟", "building"),
      BaseUnit.classifier("条", "條", "line"),
      BaseUnit.classifier("次", "次", "time"),
      BaseUnit.classifier("种", "種", "kind"),
      BaseUnit.classifier("款", "款", "model"),
      BaseUnit.classifier("户", "戶", "household"),
      BaseUnit.classifier("例", "例", "case"),
      BaseUnit.classifier("篇", "篇", "article"),
      BaseUnit.classifier("部", "部", "work"),
      BaseUnit.referenceOf("架", Dimension.count("架")).englishName("aircraft").englishNoun("aircraft", "aircraft").build(),
      BaseUnit.classifier("艘", "艘", "vessel"),
      BaseUnit.classifier("颗", "顆", "grain"),
      BaseUnit.classifier("剂", "劑", "dose"),
      BaseUnit.classifier("处", "處", "site"),
      BaseUnit.classifier("间", "間", "room"),
      BaseUnit.classifier("层", "層", "storey"),
      BaseUnit.classifier("批", "批", "batch"),
      // Classifiers of real reporting (issue 16).
      BaseUnit.referenceOf("宗", Dimension.count("宗")).englishName("case, deal").englishNoun("case", "cases").build(),
      BaseUnit.classifier("席", "席", "seat"),
      BaseUnit.classifier("幢", "幢", "building"),
      BaseUnit.referenceOf("份", Dimension.count("份")).englishName("copy, share").englishNoun("copy", "copies").build(),
      BaseUnit.referenceOf("片", Dimension.count("片")).englishName("area, tract").englishNoun("tract", "tracts").build(),
      BaseUnit.classifier("家次", "家次", "enterprise-time"),
      BaseUnit.classifier("车次", "車次", "vehicle trip"),
      BaseUnit.classifier("辆次", "輛次", "vehicle-time"),
      BaseUnit.classifier("架次", "架次", "flight"),
      BaseUnit.classifier("户次", "戶次", "household-time"),
      BaseUnit.classifier("省", "省", "province"),
      BaseUnit.classifier("锭", "錠", "spindle"), // textile parks' capacity: 10万锭
      classifier("标准箱", "標準箱", "twenty-foot equivalent unit", "container")
          .aliases("标箱", "標箱", "TEU").englishNoun("TEU", "TEU").build());

  private static BaseUnit.Builder currency(String name, String traditional, String english, String code, String... aliases) {
    return BaseUnit.referenceOf(name, Dimension.money(code))
        .traditionalName(traditional)
        .englishName(english)
        .code(code)
        .aliases(code)
        .aliases(aliases);
  }

  private static BaseUnit flops(String name, int exponent) {
    return BaseUnit.derivedFrom(name, FLOPS, Rational.powerOfTen(exponent)).englishName(name).englishNoun(name, name).build();
  }

  private static BaseUnit duration(String name, String traditional, String english, String code, String... aliases) {
    return BaseUnit.referenceOf(name, Dimension.duration(name))
        .traditionalName(traditional)
        .englishName(english)
        .code(code)
        .aliases(aliases)
        .notScalable()
        .build();
  }

  /** 分钟 and 小时: durations of the clock, with fixed factors to 秒 (unlike 年, 个月 and 天). */
  private static BaseUnit clockDuration(
      String name, String traditional, String english, String code, long seconds, String... aliases) {
    return BaseUnit.derivedFrom(name, SECOND, Rational.of(seconds))
        .traditionalName(traditional)
        .englishName(english)
        .code(code)
        .aliases(aliases)
        .notScalable()
        .build();
  }

  private static BaseUnit.Builder classifier(String name, String traditional, String english, String description) {
    return BaseUnit.referenceOf(name, Dimension.count(name))
        .traditionalName(traditional)
        .englishName(english + " (" + description + ")");
  }

  /** A classifier of people: 名, 人, 位 (a person, 100 people). */
  private static BaseUnit.Builder people(String name, String traditional) {
    return BaseUnit.referenceOf(name, Dimension.count(name))
        .traditionalName(traditional)
        .englishName("person")
        .englishNoun("person", "people");
  }
}
