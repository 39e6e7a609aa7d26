package dev.parkdata.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.internal.FigureWords;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.text.ParsePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricParserTest {

  private static Metric m(String value, String unit, Qualifier q) {
    return Metric.of(new BigDecimal(value), Unit.parse(unit), q);
  }

  private static Metric range(String min, String max, String unit) {
    return Metric.range(new BigDecimal(min), new BigDecimal(max), Unit.parse(unit));
  }

  /** Every row of the examples table of quantities.md. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "31.85平方公裡    | 31.85 | 平方公里 | EXACT",
      "2萬餘家          | 20000 | 家       | OVER",
      "440多家          | 440   | 家       | OVER",
      "超亿元           | 1     | 亿元     | MORE_THAN",
      "200亿元以上      | 200   | 亿元     | AT_LEAST",
      "最高2000万元     | 2000  | 万元     | AT_MOST",
      "约1GW            | 1     | 吉瓦     | APPROXIMATELY",
      "不低于500PFLOPS  | 500   | PFLOPS   | AT_LEAST",
      "近1000个         | 1000  | 个       | NEARLY",
      "突破1900亿元     | 1900  | 亿元     | MORE_THAN",
      "48.51亩          | 48.51 | 亩       | EXACT",
      "约11亿度         | 11    | 亿千瓦时 | APPROXIMATELY",
      "1.5万亿美元      | 1.5   | 万亿美元 | EXACT",
      "21.6%            | 21.6  | %        | EXACT",
      "5000余万元       | 5000  | 万元     | OVER",
      "300多名          | 300   | 名       | OVER",
  })
  void readsTheExamplesOfQuantitiesMd(String text, String value, String unit, Qualifier qualifier) {
    assertThat(Metric.parse(text)).isEqualTo(m(value, unit, qualifier));
  }

  @Test
  void readsRangesWithTheUnitAfterTheUpperEnd() {
    assertThat(Metric.parse("400-600個")).isEqualTo(range("400", "600", "个"));
    assertThat(Metric.parse("400-600个")).isEqualTo(range("400", "600", "个"));
    assertThat(Metric.parse("10至20亿元")).isEqualTo(range("10", "20", "亿元"));
    assertThat(Metric.parse("三到五年")).isEqualTo(range("3", "5", "年"));
    assertThat(Metric.parse("10～20%")).isEqualTo(range("10", "20", "%"));
    assertThat(Metric.parse("10~20 %")).isEqualTo(range("10", "20", "%"));
    assertThat(Metric.parse("10—20家")).isEqualTo(range("10", "20", "家"));
    assertThat(Metric.parse("1997-2017年")).isEqualTo(range("1997", "2017", "年"));
  }

  @Test
  void readsAMixedFigureWhoseGroupsAreSpacedApart() {
    // 南科's 2023 turnover as Taiwan's press spaces it: one figure, not 1兆 and 5,855億元
    assertThat(Metric.parse("1 兆 5,855 億元")).isEqualTo(m("15855", "亿元", Qualifier.EXACT));
    assertThat(Metric.parse("1亿 3000万元")).isEqualTo(m("13000", "万元", Qualifier.EXACT));
    // a group after white space with no smaller magnitude word is no part of it
    assertThatThrownBy(() -> Metric.parse("1万 5000人")).isInstanceOf(MetricParseException.class);
    assertThatThrownBy(() -> Metric.parse("3亿 2.5亿")).isInstanceOf(MetricParseException.class);
    // nor one whose magnitude word begins a unit, one not below the larger word, or one after a decimal
    assertThatThrownBy(() -> Metric.parse("1万 5千米")).isInstanceOf(MetricParseException.class);
    assertThatThrownBy(() -> Metric.parse("1亿 20000万元")).isInstanceOf(MetricParseException.class);
    assertThatThrownBy(() -> Metric.parse("1.5亿 3000万元")).isInstanceOf(MetricParseException.class);
  }

  @Test
  void convertsARangesLowerEndThatCarriesItsOwnMagnitudeOrUnit() {
    assertThat(Metric.parse("5000万-1亿元")).isEqualTo(range("0.5", "1", "亿元"));
    assertThat(Metric.parse("1万-2万家")).isEqualTo(range("1", "2", "万家"));
    assertThat(Metric.parse("10亿元至20亿元")).isEqualTo(range("10", "20", "亿元"));
    assertThat(Metric.parse("5000万元到1亿元")).isEqualTo(range("0.5", "1", "亿元"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "十四个           | 14        | 个",
      "二十家           | 20        | 家",
      "一百零五项       | 105       | 项",
      "三千元           | 3000      | 元",
      "两个             | 2         | 个",
      "三千万元         | 3000      | 万元",
      "一千九百亿元     | 1900      | 亿元",
      "一亿五千万元     | 15000     | 万元", // issue 16: the last magnitude word named goes to the unit
      "二万五千人       | 25000     | 人",
      "叁佰伍拾万元     | 350       | 万元",
      "十万元           | 10        | 万元",
      "亿元             | 1         | 亿元",
      "百亿元           | 100       | 亿元",
      "一万亿元         | 1         | 万亿元",
      "五千瓦           | 5         | 千瓦",
      "三千克           | 3         | 千克",
      "3千万元          | 3         | 千万元",
      "1万600家         | 10600     | 家",
      "1万5千家         | 15000     | 家",
      "44,451平米       | 44451     | 平方米",
      "１，２３４．５元 | 1234.5    | 元",
      "４４４５１平方米 | 44451     | 平方米",
      "141.27 亿元      | 141.27    | 亿元",
      "12万元/亩        | 12        | 万元/亩",
      "百分之三十       | 30        | %",
      "百分之3.5        | 3.5       | %",
      "千分之五         | 5         | ‰",
      "-3.2%            | -3.2      | %",
      "500MWh           | 500       | 兆瓦时",
      "2.4个百分点      | 2.4       | 个百分点",
      "7个工作日        | 7         | 个工作日",
  })
  void readsNumbersInEveryNotation(String text, String value, String unit) {
    assertThat(Metric.parse(text)).isEqualTo(m(value, unit, Qualifier.EXACT));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "达200亿元        | EXACT",
      "達到200亿元      | EXACT",
      "为200亿元        | EXACT",
      "实现200亿元      | EXACT",
      "约200亿元        | APPROXIMATELY",
      "大約200亿元      | APPROXIMATELY",
      "近似200亿元      | APPROXIMATELY",
      "200亿元左右      | APPROXIMATELY",
      "200亿元上下      | APPROXIMATELY",
      "约200亿元左右    | APPROXIMATELY",
      "超200亿元        | MORE_THAN",
      "超过200亿元      | MORE_THAN",
      "超過200億元      | MORE_THAN",
      "逾200亿元        | MORE_THAN",
      "高于200亿元      | MORE_THAN",
      "突破200亿元      | MORE_THAN",
      "过200亿元        | MORE_THAN",
      "200亿元以上      | AT_LEAST",
      "200亿元起跳      | AT_LEAST",
      "达200亿元以上    | AT_LEAST",
      "不低于200亿元    | AT_LEAST",
      "不少於200亿元    | AT_LEAST",
      "至少200亿元      | AT_LEAST",
      "近200亿元        | NEARLY",
      "将近200亿元      | NEARLY",
      "接近200亿元      | NEARLY",
      "不到200亿元      | LESS_THAN",
      "不足200亿元      | LESS_THAN",
      "低于200亿元      | LESS_THAN",
      "未满200亿元      | LESS_THAN",
      "最高200亿元      | AT_MOST",
      "最多200亿元      | AT_MOST",
      "不超过200亿元    | AT_MOST",
      "200亿元以下      | AT_MOST",
      "200亿元以内      | AT_MOST",
      "上限200亿元      | AT_MOST",
      "200余亿元        | OVER",
      "200多億元        | OVER",
  })
  void readsEveryQualifierWord(String text, Qualifier qualifier) {
    assertThat(Metric.parse(text)).isEqualTo(m("200", "亿元", qualifier));
  }

  @Test
  void foldsAMagnitudeWordBefore余IntoTheNumber() {
    assertThat(Metric.parse("2万余家")).isEqualTo(m("20000", "家", Qualifier.OVER));
    assertThat(Metric.parse("万余家")).isEqualTo(m("10000", "家", Qualifier.OVER));
    assertThat(Metric.parse("十余家")).isEqualTo(m("10", "家", Qualifier.OVER));
    assertThat(Metric.parse("三千余万元")).isEqualTo(m("3000", "万元", Qualifier.OVER));
    assertThat(Metric.parse("2万多亿元")).isEqualTo(m("20000", "亿元", Qualifier.OVER));
  }

  /** Figures with a unit from the five articles, in test strings of our own. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 000: a zone report with spaces between number and unit
      "141.27 亿元  | 141.27 | 亿元     | EXACT",
      "95 万平方米  | 95     | 万平方米 | EXACT",
      "65 公顷      | 65     | 公顷     | EXACT",
      "65公頃       | 65     | 公顷     | EXACT",
      "超过 50%     | 50     | %        | MORE_THAN",
      "高于 12%     | 12     | %        | MORE_THAN",
      "60 余场      | 60     | 场       | OVER",
      "30 余家      | 30     | 家       | OVER",
      "0.11 亿元    | 0.11   | 亿元     | EXACT",
      "1407 万元    | 1407   | 万元     | EXACT",
      "2158 家      | 2158   | 家       | EXACT",
      "17 期        | 17     | 期       | EXACT",
      // 001: traditional characters
      "20平方公裡   | 20     | 平方公里 | EXACT",
      "3個          | 3      | 个       | EXACT",
      "1000張       | 1000   | 张       | EXACT",
      "44451平米    | 44451  | 平方米   | EXACT",
      "61億元       | 61     | 亿元     | EXACT",
      "超過2.4%     | 2.4    | %        | MORE_THAN",
      "30萬平方米   | 30     | 万平方米 | EXACT",
      "4所          | 4      | 所       | EXACT",
      "15條         | 15     | 条       | EXACT",
      "5.466平方公裡 | 5.466 | 平方公里 | EXACT",
      // 002
      "约10000平方米 | 10000 | 平方米   | APPROXIMATELY",
      "2000万支     | 2000   | 万支     | EXACT",
      "近3万平方米  | 3      | 万平方米 | NEARLY",
      "220多家      | 220    | 家       | OVER",
      "超220家      | 220    | 家       | MORE_THAN",
      "100万元以上  | 100    | 万元     | AT_LEAST",
      "最高500万元  | 500    | 万元     | AT_MOST",
      "不到7个工作日 | 7     | 个工作日 | LESS_THAN",
      "近500套      | 500    | 套       | NEARLY",
      "62.4亿元     | 62.4   | 亿元     | EXACT",
      "约1.9万平方米 | 1.9   | 万平方米 | APPROXIMATELY",
      "62%          | 62     | %        | EXACT",
      // 003
      "33万吨       | 33     | 万吨     | EXACT",
      "约91万吨     | 91     | 万吨     | APPROXIMATELY",
      "800多家      | 800    | 家       | OVER",
      "近28亿元     | 28     | 亿元     | NEARLY",
      "40余家       | 40     | 家       | OVER",
      "500MWh       | 500    | 兆瓦时   | EXACT",
      "约5.08亿元     | 5.08   | 亿元     | APPROXIMATELY",
      "580个        | 580    | 个       | EXACT",
      "14位         | 14     | 位       | EXACT",
      "20余个       | 20     | 个       | OVER",
      "100余家次    | 100    | 家次     | OVER", // issue 16: 家次 is in the catalogue
      "5种          | 5      | 种       | EXACT",
      // 004
      "348天        | 348    | 天       | EXACT",
      "790万元      | 790    | 万元     | EXACT",
      "650余件      | 650    | 件       | OVER",
      "28.49亿元    | 28.49  | 亿元     | EXACT",
      "近2万平方米  | 2      | 万平方米 | NEARLY",
      "约3亿元      | 3      | 亿元     | APPROXIMATELY",
      "3029批次     | 3029   | 批次     | EXACT",
      "100多平方米  | 100    | 平方米   | OVER",
      "4000多位     | 4000   | 位       | OVER",
      "261场        | 261    | 场       | EXACT",
      "21只         | 21     | 只       | EXACT",
      "近50个       | 50     | 个       | NEARLY",
      "突破500亿元  | 500    | 亿元     | MORE_THAN",
      "超过15%      | 15     | %        | MORE_THAN",
      "超过1亿元    | 1      | 亿元     | MORE_THAN",
      "30%以上      | 30     | %        | AT_LEAST",
      "900多万元    | 900    | 万元     | OVER",
      "12.4万平方米 | 12.4   | 万平方米 | EXACT",
      "5个月        | 5      | 个月     | EXACT",
  })
  void readsTheArticlesFigures(String text, String value, String unit, Qualifier qualifier) {
    if (text.contains("家次")) {
      // Issue 16: 家次 is in the catalogue now, so reading goes through 次 (it stopped before it).
      ParsePosition p = new ParsePosition(0);
      assertThat(MetricParser.standard().parse(text, p)).isEqualTo(m(value, unit, qualifier));
      assertThat(p.getIndex()).isEqualTo(text.length());
      return;
    }
    assertThat(Metric.parse(text)).isEqualTo(m(value, unit, qualifier));
  }

  @Test
  void readsFromAnIndexAndReportsWhereItStopped() {
    String text = "园区入驻企业2萬餘家，年产值200亿元以上。";
    ParsePosition p = new ParsePosition(6);
    assertThat(MetricParser.standard().parse(text, p)).isEqualTo(m("20000", "家", Qualifier.OVER));
    assertThat(p.getIndex()).isEqualTo(text.indexOf('，'));
    p = new ParsePosition(text.indexOf("200"));
    assertThat(MetricParser.standard().parse(text, p)).isEqualTo(m("200", "亿元", Qualifier.AT_LEAST));
    assertThat(text.charAt(p.getIndex())).isEqualTo('。');

    ParsePosition bad = new ParsePosition(0);
    assertThat(MetricParser.standard().parse(text, bad)).isNull();
    assertThat(bad.getIndex()).isZero();
    assertThat(bad.getErrorIndex()).isZero();
  }

  @Test
  void stopsBeforeTrailingSpaceWhenNoSuffixFollows() {
    ParsePosition p = new ParsePosition(0);
    assertThat(MetricParser.standard().parse("31.85平方公里 内", p)).isEqualTo(m("31.85", "平方公里", Qualifier.EXACT));
    assertThat(p.getIndex()).isEqualTo(9);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "''              | 0 | a number",
      "abc             | 0 | a number",
      "1900年度        | 5 | the end of the expression",
      "7个亿           | 1 | a unit: 个亿 is 亿元 only where money is evident (40个亿元, 人民币40个亿, 投资40个亿)",
      "200-500万元(不含)以上 | 13 | the end of the expression",
      "500万元(不含)左右 | 5 | 以上 or 以下 after (不含)",
      "500-500万元(不含) | 3 | a range whose lower end is below its upper end, as an end is open",
      "一分之一        | 0 | a whole number from 2 to 1000000000000 before 分之",
      "两三分之一      | 0 | a whole number from 2 to 1000000000000 before 分之",
      "三分之一两      | 3 | one number after 分之",
      "-12元5角        | 4 | the end of the expression",
      "三分之一至二分之一 | 4 | a range whose lower end converts exactly to 二分之一",
      "十四五规划      | 2 | a Chinese numeral",
      "2022年以上以上  | 7 | the end of the expression",
      "超过400-600个   | 0 | no qualifier before a range",
      "600-400个       | 3 | a range whose lower end does not exceed its upper end",
      "3万%            | 2 | a unit that takes a magnitude word (not %)",
      "0余家           | 0 | a positive number before 余/多",
      "400-600余个     | 7 | a unit (a range takes no 余/多)",
      "超过200亿元以下 | 7 | no second qualifier after MORE_THAN",
      "10元-20家       | 3 | a range in units of one dimension",
      "百亿级          | 2 | the end of the expression",
      "百公斤级        | 3 | the end of the expression",
  })
  void failsWithTheInputTheIndexAndWhatWasExpected(String text, int index, String expected) {
    assertThatThrownBy(() -> Metric.parse(text))
        .isInstanceOfSatisfying(MetricParseException.class, e -> {
          assertThat(e.input()).isEqualTo(text);
          assertThat(e.errorIndex()).isEqualTo(index);
          assertThat(e.expected()).isEqualTo(expected);
          assertThat(e.getMessage()).contains("'" + text + "'", "index " + index, expected);
        });
  }

  @Test
  void readsUnitsOfAProjectsOwnCatalogue() {
    var catalog = dev.parkdata.unit.UnitCatalog.standard().toBuilder()
        .add(dev.parkdata.unit.BaseUnit.classifier("艇", "艇", "boat"))
        .build();
    MetricParser parser = MetricParser.using(catalog);
    assertThat(parser.parse("3万余艇").unit().name()).isEqualTo("艇");
    assertThat(parser.catalog()).isSameAs(catalog);
    assertThat(MetricParser.using(dev.parkdata.unit.UnitCatalog.standard())).isSameAs(MetricParser.standard());
    assertThatThrownBy(() -> Metric.parse("3艇")).isInstanceOf(MetricParseException.class);
  }

  @Test
  void keepsTheUnitAsStated() {
    Metric m = Metric.parse("1900亿元");
    assertThat(m.unit()).isEqualTo(Units.YI_YUAN);
    assertThat(m.value()).isEqualByComparingTo("1900");
  }

  @Test
  void tellsTheCharactersAFigureCanBeginWith() {
    assertThat("0９一两十百千万亿萬億壹".chars()).allMatch(c -> FigureWords.isFigureCharacter((char) c.intValue()));
    assertThat("年家.%a第".chars()).noneMatch(c -> FigureWords.isFigureCharacter((char) c.intValue()));
  }

  @Test
  void listsThePrefixWordsItReads() {
    assertThat(FigureWords.prefixWords()).containsEntry("超过", Qualifier.MORE_THAN).containsEntry("約", Qualifier.APPROXIMATELY)
        .containsEntry("达", Qualifier.EXACT);
    FigureWords.prefixWords().forEach((word, q) -> assertThat(Metric.parse(word + "5家").qualifier()).isEqualTo(q));
  }
}
