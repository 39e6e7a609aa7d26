package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One example per row of the base-unit tables of {@code units.md}. */
class StandardCatalogTest {
  private static final UnitCatalog CATALOG = UnitCatalog.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          # name | spellings (simplified, traditional, symbols, full-width) | traditional | English | dimension | factor | code | scalable
          元       | 元 人民币 元人民币 块 人民幣 CNY ＣＮＹ RMB       | 元       | yuan (CNY)                | money(CNY) | 1 | CNY | true
          美元     | 美元 USD ＵＳＤ                                  | 美元     | US dollar                 | money(USD) | 1 | USD | true
          欧元     | 欧元 歐元 EUR                                    | 歐元     | euro                      | money(EUR) | 1 | EUR | true
          日元     | 日元 JPY                                         | 日元     | Japanese yen              | money(JPY) | 1 | JPY | true
          港元     | 港元 港币 HKD                                    | 港元     | Hong Kong dollar          | money(HKD) | 1 | HKD | true
          英镑     | 英镑 英鎊 GBP                                    | 英鎊     | pound sterling            | money(GBP) | 1 | GBP | true
          平方米   | 平方米 平米 ㎡ m² m2 ｍ２ ｍ² 平方公尺             | 平方公尺 | square metre              | area | 1 | MTK | true
          公顷     | 公顷 公頃 ha ｈａ ㏊                              | 公頃     | hectare                   | area | 10000 | HAR | true
          亩       | 亩 市亩 畝 市畝                                   | 畝       | mu                        | area | 2000/3 | - | true
          平方公里 | 平方公里 平方千米 平方公裡 km² km2 ㎢ ｋｍ２       | 平方公里 | square kilometre          | area | 1000000 | KMK | true
          千瓦时   | 千瓦时 千瓦時 度 kWh ｋＷｈ                       | 千瓦時   | kilowatt hour             | energy | 1 | KWH | true
          兆瓦时   | 兆瓦时 兆瓦時 MWh                                 | 兆瓦時   | megawatt hour             | energy | 1000 | MWH | true
          吉瓦时   | 吉瓦时 吉瓦時 GWh                                 | 吉瓦時   | gigawatt hour             | energy | 1000000 | GWH | true
          瓦       | 瓦 W Ｗ                                          | 瓦       | watt                      | power | 1 | WTT | true
          千瓦     | 千瓦 kW ㎾ ｋＷ                                   | 千瓦     | kilowatt                  | power | 1000 | KWT | true
          兆瓦     | 兆瓦 MW ㎿                                        | 兆瓦     | megawatt                  | power | 1000000 | MAW | true
          吉瓦     | 吉瓦 GW                                          | 吉瓦     | gigawatt                  | power | 1000000000 | A90 | true
          千克     | 千克 公斤 kg ㎏ ｋｇ                               | 公斤     | kilogram                  | mass | 1 | KGM | true
          吨       | 吨 噸 公吨 t ｔ                                   | 噸       | tonne                     | mass | 1000 | TNE | true
          FLOPS    | FLOPS ＦＬＯＰＳ                                  | FLOPS    | floating-point operations per second | compute | 1 | - | true
          TFLOPS   | TFLOPS                                           | TFLOPS   | TFLOPS                    | compute | 1000000000000 | - | true
          PFLOPS   | PFLOPS                                           | PFLOPS   | PFLOPS                    | compute | 1000000000000000 | - | true
          EFLOPS   | EFLOPS                                           | EFLOPS   | EFLOPS                    | compute | 1000000000000000000 | - | true
          %        | % ％ ﹪ 百分之                                     | %        | percent                   | ratio | 1 | P1 | false
          ‰        | ‰ 千分之                                          | ‰        | per mille                 | ratio | 1/10 | NX | false
          个百分点 | 个百分点 百分点 個百分點 百分點 pp ｐｐ           | 個百分點 | percentage point          | ratio-difference | 1 | - | false
          倍       | 倍                                               | 倍       | times                     | multiple | 1 | - | false
          年       | 年                                               | 年       | year                      | duration(年) | 1 | ANN | false
          个月     | 个月 個月                                         | 個月     | month                     | duration(个月) | 1 | MON | false
          天       | 天                                               | 天       | day                       | duration(天) | 1 | DAY | false
          个工作日 | 个工作日 個工作日                                 | 個工作日 | working day               | duration(个工作日) | 1 | E49 | false
          """)
  void everyBaseUnitRow(
      String name,
      String spellings,
      String traditional,
      String english,
      String dimension,
      String factor,
      String code,
      boolean scalable) {
    BaseUnit unit = CATALOG.baseUnit(name).orElseThrow();

    assertThat(unit.name()).isEqualTo(name);
    assertThat(unit.traditionalName()).isEqualTo(traditional);
    assertThat(unit.englishName()).isEqualTo(english);
    assertThat(unit.dimension()).hasToString(dimension);
    assertThat(unit.factor()).isEqualTo(Rational.parse(factor));
    assertThat(unit.code()).isEqualTo(Optional.ofNullable(code));
    assertThat(unit.isScalable()).isEqualTo(scalable);
    assertThat(unit.reference().factor()).isEqualTo(Rational.ONE);
    assertThat(unit.isReference()).isEqualTo(unit.factor().equals(Rational.ONE));
    for (String spelling : spellings.split(" +")) {
      assertThat(CATALOG.baseUnit(spelling)).as(spelling).contains(unit);
      assertThat(Unit.parse(spelling)).as(spelling).isEqualTo(Unit.of(unit));
      assertThat(Unit.parse(" " + spelling + "\t")).as("padded %s", spelling).isEqualTo(Unit.of(unit));
    }
    if (code != null) {
      assertThat(CATALOG.fromCode(code)).contains(Unit.of(unit));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          家 | 家 | 家 | -
          个 | 個 | 个 個 | C62
          项 | 項 | 项 項 | -
          件 | 件 | 件 | H87
          名 | 名 | 名 | -
          人 | 人 | 人 | IE
          位 | 位 | 位 | -
          套 | 套 | 套 | -
          张 | 張 | 张 張 | -
          批次 | 批次 | 批次 | -
          场 | 場 | 场 場 | -
          期 | 期 | 期 | -
          只 | 隻 | 只 隻 | -
          支 | 支 | 支 | -
          所 | 所 | 所 | -
          台 | 臺 | 台 臺 | -
          辆 | 輛 | 辆 輛 | -
          剂 | 劑 | 剂 劑 | -
          """)
  void everyClassifierIsItsOwnCountDimension(String name, String traditional, String spellings, String code) {
    BaseUnit unit = CATALOG.baseUnit(name).orElseThrow();

    assertThat(unit.dimension()).isEqualTo(Dimension.count(name));
    assertThat(unit.dimension()).hasToString("count(" + name + ")");
    assertThat(unit.dimension().isCount()).isTrue();
    assertThat(unit.isReference()).isTrue();
    assertThat(unit.isScalable()).isTrue();
    assertThat(unit.traditionalName()).isEqualTo(traditional);
    assertThat(unit.code()).isEqualTo(Optional.ofNullable(code));
    for (String spelling : spellings.split(" ")) {
      assertThat(Unit.parse(spelling)).isEqualTo(Unit.of(unit));
    }
    assertThat(Unit.parse("万" + name).factor()).isEqualTo(Rational.of(10_000));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          # name | English singular | plural | symbol
          元       | yuan             | yuan              | -
          美元     | US dollar        | US dollars        | US$
          英镑     | pound sterling   | pounds sterling   | £
          日元     | yen              | yen               | -
          平方公里 | square kilometre | square kilometres | -
          平方英尺 | square foot      | square feet       | -
          亩       | mu               | mu                | -
          公顷     | hectare          | hectares          | -
          千瓦时   | kilowatt hour    | kilowatt hours    | -
          PFLOPS   | PFLOPS           | PFLOPS            | -
          %        | percent          | percent           | %
          个百分点 | percentage point | percentage points | -
          倍       | times            | times             | -
          个工作日 | working day      | working days      | -
          家       | enterprise       | enterprises       | -
          个       | unit             | units             | -
          人       | person           | people            | -
          名       | person           | people            | -
          批次     | batch            | batches           | -
          份       | copy             | copies            | -
          架       | aircraft         | aircraft          | -
          """)
  void everyUnitHasTheEnglishNounsAReaderWrites(String name, String singular, String plural, String symbol) {
    BaseUnit unit = CATALOG.baseUnit(name).orElseThrow();

    assertThat(unit.englishSingular()).isEqualTo(singular);
    assertThat(unit.englishPlural()).isEqualTo(plural);
    assertThat(unit.englishSymbol()).isEqualTo(Optional.ofNullable(symbol));
  }

  @Test
  void aUnitOfOneOwnDeclaresItsNounsOrTakesTheRegularOnes() {
    assertThat(BaseUnit.classifier("棵", "棵", "tree").englishPlural()).isEqualTo("trees");
    assertThat(BaseUnit.classifier("箱", "箱", "box").englishPlural()).isEqualTo("boxes");
    assertThat(BaseUnit.classifier("株", "株", "plant (seedling)").englishSingular()).isEqualTo("plant");
    assertThat(BaseUnit.classifier("株", "株", "plant (seedling)").englishPlural()).isEqualTo("plants");
    assertThat(BaseUnit.classifier("斤", "斤", "斤").englishPlural()).as("not English: as it is").isEqualTo("斤");
    assertThat(BaseUnit.referenceOf("头", Dimension.count("头")).englishName("head").englishNoun("head", "head").build().englishPlural())
        .isEqualTo("head");
  }

  @Test
  void classifiersDoNotConvertIntoEachOther() {
    long countDimensions =
        CATALOG.baseUnits().stream().filter(u -> u.dimension().isCount()).map(BaseUnit::dimension).distinct().count();
    long classifiers = CATALOG.baseUnits().stream().filter(u -> u.dimension().isCount()).count();
    assertThat(countDimensions).isEqualTo(classifiers).isGreaterThanOrEqualTo(15);
  }

  @Test
  void everyCurrencyIsItsOwnDimensionNamedByItsIso4217Code() {
    for (BaseUnit unit : CATALOG.baseUnits()) {
      if (unit.dimension().isMoney()) {
        assertThat(unit.isReference()).as("%s", unit).isTrue();
        assertThat(unit.dimension()).isEqualTo(Dimension.money(unit.code().orElseThrow()));
      }
    }
  }

  @Test
  void everyDimensionHasExactlyOneReferenceUnit() {
    CATALOG.baseUnits().stream()
        .map(BaseUnit::dimension)
        .distinct()
        .forEach(d -> assertThat(CATALOG.baseUnits().stream().filter(u -> u.dimension().equals(d) && u.isReference()))
            .as("%s", d)
            .hasSize(1));
  }

  @Test
  void everySpellingOfEveryUnitReadsBackAsThatUnit() {
    for (BaseUnit unit : CATALOG.baseUnits()) {
      for (String spelling : unit.spellings()) {
        assertThat(CATALOG.baseUnit(spelling)).as(spelling).contains(unit);
        assertThat(CATALOG.matchBaseUnit(spelling, 0).map(UnitCatalog.Match::unit)).as(spelling).contains(Unit.of(unit));
      }
    }
  }

  @Test
  void magnitudeTimesBaseFoldsExactlyWhenTheCatalogueNamesTheCombinedWord() {
    for (Magnitude m : Magnitude.values()) {
      for (BaseUnit base : CATALOG.baseUnits()) {
        if (m == Magnitude.ONE || !base.isScalable()) {
          continue;
        }
        Optional<BaseUnit> combined = CATALOG.baseUnit(m.word() + base.name())
            .filter(c -> c.dimension().equals(base.dimension()))
            .filter(c -> c.factor().equals(m.factor().multiply(base.factor())));
        Unit unit = Unit.of(m, base);
        if (combined.isPresent()) {
          assertThat(unit).as("%s × %s", m, base).isEqualTo(Unit.of(combined.get()));
          assertThat(unit.magnitude()).isEqualTo(Magnitude.ONE);
        } else {
          assertThat(unit.magnitude()).as("%s × %s", m, base).isEqualTo(m);
          assertThat(unit.base()).contains(base);
        }
      }
    }
  }

  @Test
  void everySpellingBeginningWithAMagnitudeWordFoldsFromAnyBaseOfTheRightFactor() {
    int folds = 0;
    for (BaseUnit unit : CATALOG.baseUnits()) {
      for (String spelling : unit.spellings()) {
        for (Magnitude m : Magnitude.values()) {
          if (m == Magnitude.ONE || !spelling.startsWith(m.word())) {
            continue;
          }
          String rest = spelling.substring(m.word().length());
          if (rest.isBlank() || rest.contains("/")) {
            continue;
          }
          BaseUnit base = BaseUnit.derivedFrom(rest, unit.reference(), unit.factor().divide(m.factor())).build();
          assertThat(Unit.of(m, base)).as("%s × %s", m, rest).isEqualTo(Unit.of(unit));
          folds++;
        }
      }
    }
    assertThat(folds).as("千瓦, 兆瓦 … are folded").isGreaterThan(3);
  }

  @Test
  void bareZhaoIsNeverAMagnitude() {
    assertThat(Magnitude.ofWord("兆")).isEmpty();
    assertThatThrownBy(() -> Unit.parse("兆元")).isInstanceOf(UnknownUnitException.class).hasMessageContaining("兆元");
    assertThat(Unit.parse("兆瓦").factor()).isEqualTo(Rational.of(1_000_000));
  }

  @Test
  void percentAndPercentagePointTakeNoMagnitude() {
    for (String text : new String[] {"万%", "万个百分点", "万倍", "万年"}) {
      assertThatThrownBy(() -> Unit.parse(text))
          .isInstanceOf(UnknownUnitException.class)
          .hasMessageContaining(text)
          .hasMessageContaining("takes no magnitude word");
    }
  }

  @Test
  void catalogueListsUnitsOnce() {
    assertThat(CATALOG.baseUnits()).doesNotHaveDuplicates();
    assertThat(Arrays.asList(CATALOG.baseUnits().stream().map(BaseUnit::name).toArray()))
        .doesNotHaveDuplicates();
  }

  /** The units issue 16 adds (docs/figures.md), one row each, as {@link #everyBaseUnitRow} reads them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          米         | 米 公尺 m ｍ                          | 公尺       | metre                                | length | 1 | MTR | true
          公里       | 公里 千米 公裡 km ｋｍ                 | 公里       | kilometre                            | length | 1000 | KMT | true
          立方米     | 立方米 立方 立方公尺 m³ m3 ㎥          | 立方公尺   | cubic metre                          | volume | 1 | MTQ | true
          千克标准煤 | 千克标准煤 千克标煤 公斤标准煤 公斤標準煤 kgce | 公斤標準煤 | kilogram of standard coal equivalent | standard-coal | 1 | - | true
          吨标准煤   | 吨标准煤 吨标煤 噸標準煤 噸標煤 tce     | 噸標準煤   | tonne of standard coal equivalent    | standard-coal | 1000 | - | true
          分钟       | 分钟 分鐘                             | 分鐘       | minute                               | duration(秒) | 60 | MIN | false
          小时       | 小时 小時 个小时 個小時                | 小時       | hour                                 | duration(秒) | 3600 | HUR | false
          1          | 1 １                                  | 1          | (no unit)                            | number | 1 | - | true
          平方米     | 平方 平米                              | 平方公尺   | square metre                         | area | 1 | MTK | true
          平方英尺   | 平方呎 呎                              | 平方呎     | square foot                          | area | 580644/6250000 | FTK | true
          美元       | 美金 美圆 美圓                         | 美元       | US dollar                            | money(USD) | 1 | USD | true
          新加坡元   | 新元 新币 新幣 SGD                     | 新加坡元   | Singapore dollar                     | money(SGD) | 1 | SGD | true
          标准箱     | 标准箱 标箱 標準箱 TEU                 | 標準箱     | twenty-foot equivalent unit (container) | count(标准箱) | 1 | - | true
          """)
  void everyUnitOfIssue16(
      String name, String spellings, String traditional, String english, String dimension, String factor,
      String code, boolean scalable) {
    everyBaseUnitRow(name, spellings, traditional, english, dimension, factor, code, scalable);
  }

  @Test
  void theUnitsEveryCatalogueReads() {
    UnitCatalog empty = UnitCatalog.builder().build();
    for (UnitCatalog catalog : new UnitCatalog[] {CATALOG, empty}) {
      assertThat(catalog.parse("亿")).isEqualTo(Units.NUMBER.withMagnitude(Magnitude.YI));
      assertThat(catalog.parse("萬億")).hasToString("万亿");
      assertThat(catalog.parse("1")).isEqualTo(Units.NUMBER);
      assertThat(catalog.parse("三分之一").factor()).isEqualTo(Rational.of(100, 3));
      assertThat(catalog.parse("3分之1")).isEqualTo(catalog.parse("三分之一"));
      assertThat(catalog.parse("十二分之一")).hasToString("十二分之一");
      assertThat(catalog.parse("一千五百分之一").factor()).isEqualTo(Rational.of(1, 15));
      assertThat(catalog.parse("萬分之一")).hasToString("万分之一");
      assertThat(catalog.parse("万分之一").traditionalName()).isEqualTo("萬分之一");
      assertThat(catalog.parse("棵").dimension()).isEqualTo(Dimension.count("棵"));
      assertThat(catalog.parse("萬頭")).isEqualTo(catalog.parse("万头"));
      assertThat(catalog.parse("棵次").dimension()).isEqualTo(Dimension.count("棵次"));
    }
    assertThat(CATALOG.parse("艘次").dimension()).isEqualTo(Dimension.count("艘次")); // 艘 is the catalogue's
    assertThatThrownBy(() -> empty.parse("艘次")).isInstanceOf(UnknownUnitException.class);
    assertThat(CATALOG.parse("百分之一")).isEqualTo(Units.PERCENT);
    assertThat(CATALOG.parse("五分之一").dimension()).isEqualTo(Dimension.RATIO);
    assertThatThrownBy(() -> CATALOG.parse("万三分之一x")).isInstanceOf(UnknownUnitException.class);
    assertThatThrownBy(() -> CATALOG.parse("万棵次次")).isInstanceOf(UnknownUnitException.class);
  }
}
