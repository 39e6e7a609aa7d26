package dev.parkdata.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.ParsePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms of real reporting that issue 16 adds to the parser, one row each as {@code
 * docs/figures.md} states them: read, then written back by {@link MetricFormat} in a form that
 * reads back to an equal metric.
 */
class FigureFormsTest {

  private static Metric parse(String text) {
    return Metric.parse(text);
  }

  private static void readsAs(String text, String value, String unit, Qualifier qualifier) {
    Metric m = parse(text);
    assertThat(m).as(text).isEqualTo(Metric.of(new BigDecimal(value), Unit.parse(unit), qualifier));
    assertThat(parse(MetricFormat.SIMPLIFIED.format(m))).as("%s written as %s", text, m).isEqualTo(m);
    assertThat(parse(MetricFormat.TRADITIONAL.format(m))).as("%s in traditional", text).isEqualTo(m);
  }

  /** The metric {@code text} reads as, read from the middle of a longer text; null if none. */
  private static Metric inText(String before, String text, String after) {
    ParsePosition p = new ParsePosition(before.length());
    Metric m = MetricParser.standard().parse(before + text + after, p);
    if (m != null) {
      assertThat(p.getIndex()).as("the end of %s", text).isEqualTo(before.length() + text.length());
    }
    return m;
  }

  // ---- 分之 fractions ------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      三分之二       | 2   | 三分之一   | EXACT
      五分之一       | 1   | 五分之一   | EXACT
      三分之一       | 1   | 三分之一   | EXACT
      近三分之一     | 1   | 三分之一   | NEARLY
      约三分之一     | 1   | 三分之一   | APPROXIMATELY
      三分之一以上   | 1   | 三分之一   | AT_LEAST
      三分之一多     | 1   | 三分之一   | OVER
      二百分之3      | 3   | 二百分之一 | EXACT
      3分之1         | 1   | 三分之一   | EXACT
      十分之七       | 7   | 十分之一   | EXACT
      十二分之五     | 5   | 十二分之一 | EXACT
      万分之五       | 5   | 万分之一   | EXACT
      萬分之五       | 5   | 万分之一   | EXACT
      約四分一       | 1   | 四分之一   | APPROXIMATELY
      三分二         | 2   | 三分之一   | EXACT
      1/3            | 1   | 三分之一   | EXACT
      2/3            | 2   | 三分之一   | EXACT
      百分之五十     | 50  | %          | EXACT
      一百分之五     | 5   | %          | EXACT
      千分之四       | 4   | ‰          | EXACT
      三分之一点五   | 1.5 | 三分之一   | EXACT
      """)
  void readsFractions(String text, String value, String unit, Qualifier qualifier) {
    readsAs(text, value, unit, qualifier);
  }

  @Test
  void fractionsAreExactRatiosThatConvertToPercentWhereTheyTerminate() {
    Metric twoThirds = parse("三分之二");
    assertThat(twoThirds.dimension()).isEqualTo(Dimension.RATIO);
    assertThat(twoThirds.unit().factor()).isEqualTo(Rational.of(100, 3));
    assertThat(parse("五分之一").to(Units.PERCENT)).isEqualTo(Metric.of(new BigDecimal("20"), Units.PERCENT));
    assertThat(parse("五分之一").isSameQuantity(parse("20%"))).isTrue();
    assertThatThrownBy(() -> twoThirds.to(Units.PERCENT)).isInstanceOf(
        dev.parkdata.unit.NonTerminatingConversionException.class);
    assertThat(twoThirds.to(Units.PERCENT, MathContext.DECIMAL32))
        .isEqualTo(Metric.of(new BigDecimal("66.66667"), Units.PERCENT, Qualifier.APPROXIMATELY));
    assertThat(parse("二百分之3").to(Units.PERCENT)).isEqualTo(Metric.of(new BigDecimal("1.5"), Units.PERCENT));
    assertThat(twoThirds).hasToString("三分之二");
    assertThat(parse("三分之一至三分之二")).isEqualTo(
        Metric.range(BigDecimal.ONE, BigDecimal.valueOf(2), Unit.parse("三分之一")));
    assertThat(parse("三分之一至三分之二")).hasToString("三分之一至三分之二");
    assertThat(MetricFormat.ENGLISH.format(twoThirds)).isEqualTo("2 in 3");
  }

  @Test
  void readsAFractionAfterANumberWhole() {
    // 二百分之3 is 3 in 200, not 3% after a stray 二.
    assertThat(inText("比例为", "二百分之3", "。")).isEqualTo(parse("二百分之3"));
    assertThat(inText("面积佔比计划达到", "1/3", ",")).isEqualTo(parse("三分之一"));
    assertThat(inText("", "6/30", "日")).isNull(); // a date, not a fraction, within a text
    assertThat(inText("", "24/7", "")).isNull();
  }

  // ---- Bare figures --------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      300          | 300   | 1    | EXACT
      1.5万亿      | 1.5   | 万亿 | EXACT
      1万600       | 10600 | 1    | EXACT
      600亿        | 600   | 亿   | EXACT
      五万         | 5     | 万   | EXACT
      十万         | 10    | 万   | EXACT
      超過5千億    | 5     | 千亿 | MORE_THAN
      約1.3兆      | 1.3   | 万亿 | APPROXIMATELY
      超过三万亿   | 3     | 万亿 | MORE_THAN
      2000 万以上  | 2000  | 万   | AT_LEAST
      2万余        | 20000 | 1    | OVER
      5000余万     | 5000  | 万   | OVER
      -12          | -12   | 1    | EXACT
      """)
  void readsFiguresWithNoUnit(String text, String value, String unit, Qualifier qualifier) {
    readsAs(text, value, unit, qualifier);
  }

  @Test
  void aFigureWithNoUnitIsANumberOfItsOwnDimension() {
    Metric m = parse("600亿");
    assertThat(m.unit()).isEqualTo(Units.NUMBER.withMagnitude(dev.parkdata.unit.Magnitude.YI));
    assertThat(m.unit()).hasToString("亿");
    assertThat(m.dimension()).isEqualTo(Dimension.NUMBER);
    assertThat(m.toBase()).isEqualTo(Metric.of(new BigDecimal("60000000000"), Units.NUMBER));
    assertThat(parse("300")).hasToString("300");
    assertThat(parse("300").unit()).hasToString("1");
    assertThat(parse("10-20亿")).isEqualTo(Metric.range(BigDecimal.TEN, BigDecimal.valueOf(20), Unit.parse("亿")));
    assertThat(m.isSameQuantity(parse("600亿元"))).isFalse();
  }

  @Test
  void withinATextABareFigureNeedsADigitAndAMagnitudeOfWanOrMore() {
    assertThat(inText("累计投资", "约13亿", ";")).isEqualTo(parse("约13亿"));
    assertThat(inText("工业总产值首次", "突破了600亿", ",每")).isEqualTo(parse("突破600亿"));
    assertThat(inText("以产值 ", "2000 万以上", "中小企业")).isEqualTo(parse("2000万以上"));
    assertThat(inText("", "300", "，")).isNull();
    assertThat(inText("截至", "2022", "，")).isNull();
    assertThat(inText("", "1万600", "，")).isNull();
    assertThat(inText("", "5-8", "，")).isNull();
    assertThat(inText("", "千万", "不要")).isNull(); // an adverb: no digit
    assertThat(inText("", "3亿", "升")).isNull(); // a unit the catalogue lacks follows
  }

  // ---- Half: 一半, 半数, and 半 alone after a qualifier --------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      一半     | 50  | %    | EXACT
      半数     | 50  | %    | EXACT
      近一半   | 50  | %    | NEARLY
      近半     | 50  | %    | NEARLY
      过半     | 50  | %    | MORE_THAN
      逾半     | 50  | %    | MORE_THAN
      """)
  void readsHalfAsAShareAndBeforeAUnitAsHalfOfIt(String text, String value, String unit, Qualifier qualifier) {
    readsAs(text, value, unit, qualifier);
  }

  @Test
  void halfAloneAfterAQualifierIsAShareOnlyWhereNoWordGoesOn() {
    assertThat(inText("", "过半", "的企业实现盈利")).isEqualTo(parse("超过50%"));
    // 半 opening a word (半导体, 半壁江山) or a unit (半年) is no share
    assertThatThrownBy(() -> parse("近半导体")).isInstanceOf(MetricParseException.class);
    assertThat(parse("过半年").unit()).isNotEqualTo(Units.PERCENT);
  }

  // ---- Multiples with qualifiers, durations with 多 -------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      两倍多     | 2   | 倍   | OVER
      三倍以上   | 3   | 倍   | AT_LEAST
      一倍       | 1   | 倍   | EXACT
      约10倍     | 10  | 倍   | APPROXIMATELY
      1年多      | 1   | 年   | OVER
      五年多来   | 5   | 年   | OVER
      上万家     | 1   | 万家 | AT_LEAST
      上百亿元   | 100 | 亿元 | AT_LEAST
      三个多月   | 3   | 个月 | OVER
      两个多小时 | 2   | 小时 | OVER
      两倍半     | 2.5 | 倍   | EXACT
      两月       | 2   | 个月 | EXACT
      兩月       | 2   | 个月 | EXACT
      约两月     | 2   | 个月 | APPROXIMATELY
      """)
  void readsMultiplesAndDurationsWithQualifiers(String text, String value, String unit, Qualifier qualifier) {
    readsAs(text, value, unit, qualifier);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"二月", "三月", "十二月", "十两月"})
  void aMonthOfTheYearIsNoDuration(String text) {
    // only 两 before 月 counts months: 二月 is February
    assertThatThrownBy(() -> Metric.parse(text)).isInstanceOf(MetricParseException.class);
  }

  @Test
  void 多AfterAUnitThatBeginsAWordIsNotOver() {
    assertThat(inText("", "3年", "多次获奖")).isEqualTo(parse("3年"));
    assertThat(inText("增长", "一倍", "。")).isEqualTo(parse("1倍"));
  }

  // ---- Open range ends ------------------------------------------------------------------------

  @Test
  void anExcludedEndStaysOpenAndTheRangeStaysARange() {
    Metric m = parse("200—500萬元(不含本數)");
    assertThat(m.qualifier()).isEqualTo(Qualifier.RANGE);
    assertThat(m.bounds()).isEqualTo(Interval.closedOpen(BigDecimal.valueOf(200), BigDecimal.valueOf(500)));
    assertThat(m).isEqualTo(Metric.range(Interval.closedOpen(BigDecimal.valueOf(200), BigDecimal.valueOf(500)),
        Units.WAN_YUAN));
    assertThat(m).isNotEqualTo(Metric.range(BigDecimal.valueOf(200), BigDecimal.valueOf(500), Units.WAN_YUAN));
    assertThat(m).hasToString("200-500万元(不含)");
    assertThat(parse(m.toString())).isEqualTo(m);
    assertThat(parse(MetricFormat.TRADITIONAL.format(m))).isEqualTo(m);
    assertThat(MetricFormat.ENGLISH.format(m)).isEqualTo("2 to under 5 million yuan");

    Metric lower = parse("200万元（不含）-500万元");
    assertThat(lower.bounds()).isEqualTo(Interval.openClosed(BigDecimal.valueOf(200), BigDecimal.valueOf(500)));
    assertThat(lower).hasToString("200(不含)-500万元");
    assertThat(parse(lower.toString())).isEqualTo(lower);
    assertThat(parse("200(不含)-500万元(不含)").bounds())
        .isEqualTo(Interval.open(BigDecimal.valueOf(200), BigDecimal.valueOf(500)));
  }

  @Test
  void anIncludedEndIsClosed() {
    Metric closed = Metric.range(BigDecimal.valueOf(500), BigDecimal.valueOf(2000), Units.WAN_YUAN);
    assertThat(parse("500万元(含)-2000万元")).isEqualTo(closed);
    assertThat(parse("500万元(含)-2000万元(含)")).isEqualTo(closed);
    assertThat(parse("15%(含)至30%")).isEqualTo(Metric.range(BigDecimal.valueOf(15), BigDecimal.valueOf(30), Units.PERCENT));
    assertThat(parse("50亿元(含)以上")).isEqualTo(Metric.of(BigDecimal.valueOf(50), Units.YI_YUAN, Qualifier.AT_LEAST));
    assertThat(parse("500万元(不含)以上")).isEqualTo(Metric.of(BigDecimal.valueOf(500), Units.WAN_YUAN, Qualifier.MORE_THAN));
    assertThat(parse("500万元(不含本数)以下")).isEqualTo(Metric.of(BigDecimal.valueOf(500), Units.WAN_YUAN, Qualifier.LESS_THAN));
    assertThat(parse("500万元以下（不含本数）")).isEqualTo(Metric.of(BigDecimal.valueOf(500), Units.WAN_YUAN, Qualifier.LESS_THAN));
    assertThat(parse("50亿元以上(含)")).isEqualTo(Metric.of(BigDecimal.valueOf(50), Units.YI_YUAN, Qualifier.AT_LEAST));
    assertThat(inText("", "500万元以上", "(不含土地款)")).isEqualTo(parse("500万元以上"));
  }

  @Test
  void openRangesConvertAndSerializeWithTheirEnds() throws Exception {
    Metric m = parse("2-5亿元(不含)");
    Metric inWan = m.to(Units.WAN_YUAN);
    assertThat(inWan.bounds()).isEqualTo(Interval.closedOpen(BigDecimal.valueOf(20000), BigDecimal.valueOf(50000)));
    assertThat(inWan.isSameQuantity(m)).isTrue();
    assertThat(m.isSameQuantity(parse("2-5亿元"))).isFalse();
    assertThat(m.compareTo(parse("2-5亿元"))).isNegative();
    assertThat(parse("2(不含)-5亿元").compareTo(parse("2-5亿元"))).isPositive();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(m);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(m);
    }
    assertThatThrownBy(() -> Metric.range(Interval.closedOpen(BigDecimal.ONE, BigDecimal.ONE), Units.YUAN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Metric.range(Interval.atLeast(BigDecimal.ONE), Units.YUAN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- Colloquial units, classifiers -----------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      10萬平方以下   | 10     | 万平方米   | AT_MOST
      1萬平米        | 1      | 万平方米   | EXACT
      3万平          | 3      | 万平方米   | EXACT
      120平方        | 120    | 平方米     | EXACT
      7个亿元        | 7      | 亿元       | EXACT
      人民币7个亿    | 7      | 亿元       | EXACT
      40个亿美元     | 40     | 亿美元     | EXACT
      5亿美金        | 5      | 亿美元     | EXACT
      3亿美圆        | 3      | 亿美元     | EXACT
      70元人民币     | 70     | 元         | EXACT
      55億港幣       | 55     | 亿港元     | EXACT
      4.76兆新台幣   | 4.76   | 万亿新台币 | EXACT
      1855多亿新元   | 1855   | 亿新加坡元 | OVER
      10万千瓦       | 10     | 万千瓦     | EXACT
      300兆瓦        | 300    | 兆瓦       | EXACT
      1.2吉瓦        | 1.2    | 吉瓦       | EXACT
      5万吨标煤      | 5      | 万吨标准煤 | EXACT
      0.5吨标准煤    | 0.5    | 吨标准煤   | EXACT
      4.3公里        | 4.3    | 公里       | EXACT
      800米          | 800    | 米         | EXACT
      12千米         | 12     | 公里       | EXACT
      3亿立方米      | 3      | 亿立方米   | EXACT
      約7,500萬呎    | 7500   | 万平方英尺 | APPROXIMATELY
      約66萬方呎     | 66     | 万平方英尺 | APPROXIMATELY
      24小时         | 24     | 小时       | EXACT
      100万标箱      | 100    | 万标准箱   | EXACT
      1000棵         | 1000   | 棵         | EXACT
      3万头          | 3      | 万头       | EXACT
      100万羽        | 100    | 万羽       | EXACT
      20笔           | 20     | 笔         | EXACT
      500艘次        | 500    | 艘次       | EXACT
      30台次         | 30     | 台次       | EXACT
      100余家次      | 100    | 家次       | OVER
      12元5角3分     | 12.53  | 元         | EXACT
      十二元五角     | 12.5   | 元         | EXACT
      3元5分         | 3.05   | 元         | EXACT
      负2.1%         | -2.1   | %          | EXACT
      负零点八个百分点 | -0.8 | 个百分点   | EXACT
      一七四五億元   | 1745   | 亿元       | EXACT
      一九○億元     | 190    | 亿元       | EXACT
      逾五六○公頃   | 560    | 公顷       | MORE_THAN
      九.六四%      | 9.64   | %          | EXACT
      五十.○八%     | 50.08  | %          | EXACT
      二．二六兆元   | 2.26   | 万亿元     | EXACT
      十九‧九一億元  | 19.91  | 亿元       | EXACT
      十三‧五萬平方公尺 | 13.5 | 万平方米   | EXACT
      一兆一千三百五十五點五二億元 | 11355.52 | 亿元 | EXACT
      5.0万吨/日      | 5.0    | 万吨/天    | EXACT
      40萬方米        | 40     | 万平方米   | EXACT
      27.4万锭        | 27.4   | 万锭       | EXACT
      3亿3千万元     | 33000  | 万元       | EXACT
      十幾年         | 10     | 年         | OVER
      二十几家       | 20     | 家         | OVER
      六萬三四九二個 | 63492  | 个         | EXACT
      衝破4兆元      | 4      | 万亿元     | MORE_THAN
      冲破100亿元    | 100    | 亿元       | MORE_THAN
      一吨           | 1      | 吨         | EXACT
      一美元         | 1      | 美元       | EXACT
      一家           | 1      | 家         | EXACT
      """)
  void readsColloquialUnitsAndOpenClassifiers(String text, String value, String unit, Qualifier qualifier) {
    readsAs(text, value, unit, qualifier);
  }

  @Test
  void anOpenClassifierIsACountOfItsOwnAndReadsBack() {
    Metric trees = parse("1000棵");
    assertThat(trees.dimension()).isEqualTo(Dimension.count("棵"));
    assertThat(parse("3万頭").unit()).isEqualTo(parse("3万头").unit());
    assertThat(parse("3万頭").unit().traditionalName()).isEqualTo("萬頭");
    assertThat(parse("500艘次").dimension()).isEqualTo(Dimension.count("艘次"));
    assertThat(Unit.parse("艘次")).isEqualTo(parse("500艘次").unit());
    assertThat(Unit.parse("棵")).isEqualTo(trees.unit());
    // A classifier character that begins another word is not read as one.
    assertThat(inText("", "10万", "头部企业")).isEqualTo(parse("10万"));
    assertThat(inText("", "3", "类似")).isNull();
    assertThat(inText("", "2个", "次要")).isEqualTo(parse("2个"));
  }

  @Test
  void 个亿IsMoneyOnlyWhereMoneyIsEvident() {
    assertThat(inText("科伦药业投资", "7个亿", "兴建")).isEqualTo(parse("7亿元"));
    assertThat(inText("吸引", "40个亿", "的投资")).isEqualTo(parse("40亿元"));
    assertThat(inText("人口", "1个亿", "，")).isNull();
    assertThat(inText("投资，人口", "1个亿", "，")).isNull(); // the money word is in another clause
    assertThatThrownBy(() -> parse("7个亿"))
        .isInstanceOfSatisfying(MetricParseException.class, e -> assertThat(e.errorIndex()).isEqualTo(1));
  }

  @Test
  void 平AloneIsNotAUnitAndNotBeforeAnotherWord() {
    assertThat(inText("", "3万", "平台")).isEqualTo(parse("3万"));
    assertThatThrownBy(() -> parse("3平")).isInstanceOf(MetricParseException.class);
  }

  // ---- Number forms -----------------------------------------------------------------------------

  @Test
  void readsApproximatePairsApartByADot() {
    assertThat(parse("二、三十年")).isEqualTo(Metric.range(BigDecimal.valueOf(20), BigDecimal.valueOf(30), Units.YEAR));
    assertThat(parse("一、兩年")).isEqualTo(Metric.range(BigDecimal.ONE, BigDecimal.valueOf(2), Units.YEAR));
    assertThat(inText("", "一、", "二")).isNull();
  }

  @Test
  void writesNumbersWithNoUnitAndFractionsBack() {
    assertThat(Metric.of(new BigDecimal("1.5"), Unit.parse("万亿"))).hasToString("1.5万亿");
    assertThat(Metric.of(new BigDecimal("300"), Units.NUMBER, Qualifier.AT_LEAST)).hasToString("300以上");
    assertThat(Metric.of(new BigDecimal("3"), Unit.parse("二百分之一"))).hasToString("二百分之三");
    assertThat(Metric.of(new BigDecimal("-2.5"), Unit.parse("七分之一"))).hasToString("七分之-2.5");
    assertThat(parse("七分之-2.5")).isEqualTo(Metric.of(new BigDecimal("-2.5"), Unit.parse("七分之一")));
    assertThat(MetricFormat.TRADITIONAL.format(parse("万分之三"))).isEqualTo("萬分之三");
  }
}
