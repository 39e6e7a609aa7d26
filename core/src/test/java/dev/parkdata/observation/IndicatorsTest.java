package dev.parkdata.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.unit.Dimension;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

  @Test
  void findsSynonymsTraditionalAndEnglishNames() {
    assertThat(Indicators.byName("营业收入")).contains(Indicators.REVENUE);
    assertThat(Indicators.byName("營收")).contains(Indicators.REVENUE);
    assertThat(Indicators.byName("營業收入")).contains(Indicators.REVENUE);
    // 産, Hong Kong's and Japan's form of 產
    assertThat(Indicators.byName("工業産值")).contains(Indicators.GROSS_INDUSTRIAL_OUTPUT);
    assertThat(Indicators.byName("年工業產值")).contains(Indicators.GROSS_INDUSTRIAL_OUTPUT);
    // 全部工业: all industry, as against 规模以上工业
    assertThat(Indicators.byName("全部工业增加值")).contains(Indicators.INDUSTRIAL_VALUE_ADDED);
    // customs' value of the goods (新闻联播 on 雄安新区's trade, real-articles-unseen-94 CZ2)
    assertThat(Indicators.byName("进口货值")).contains(Indicators.IMPORTS);
    assertThat(Indicators.byName("出口貨值")).contains(Indicators.EXPORTS);
    assertThat(Indicators.byName("进出口货值")).contains(Indicators.FOREIGN_TRADE);
    assertThat(Indicators.byName("外贸进出口总值")).contains(Indicators.FOREIGN_TRADE);
    assertThat(Indicators.byName("全部工业产值")).contains(Indicators.GROSS_INDUSTRIAL_OUTPUT);
    // 规模工业, industry above designated size, as Hunan's and Hubei's statistics write it
    assertThat(Indicators.byName("规模工业增加值")).contains(Indicators.ABOVE_SIZE_INDUSTRIAL_VALUE_ADDED);
    assertThat(Indicators.byName("規模工業總產值")).contains(Indicators.ABOVE_SIZE_INDUSTRIAL_OUTPUT);
    assertThat(Indicators.byName("规模工业产值")).contains(Indicators.ABOVE_SIZE_INDUSTRIAL_OUTPUT);
    // 总体规划: the overall plan, whose area is the planned area
    assertThat(Indicators.byName("总体规划面积")).contains(Indicators.PLANNED_AREA);
    assertThat(Indicators.byName("總規劃面積")).contains(Indicators.PLANNED_AREA);
    assertThat(Indicators.byName("总体规划用地")).contains(Indicators.PLANNED_AREA);
    // quotation marks set a name apart and name nothing
    assertThat(Indicators.byName("“规上工业增加值”")).contains(Indicators.ABOVE_SIZE_INDUSTRIAL_VALUE_ADDED);
    assertThat(Indicators.byName("「營業收入」")).contains(Indicators.REVENUE);
    // 按年升, Hong Kong's 同比增长, names a growth
    assertThat(Indicators.byName("稅收按年升")).contains(Indicators.growthOf(Indicators.TAX_REVENUE));
    assertThat(Indicators.byName("Operating Revenue")).contains(Indicators.REVENUE);
    assertThat(Indicators.byName("GDP")).contains(Indicators.GDP);
    assertThat(Indicators.byName("ＧＤＰ")).contains(Indicators.GDP);
    assertThat(Indicators.byName("地区生产总值")).contains(Indicators.GDP);
    // 全口径: counted whole, with the taxes passed up to higher governments, which 总 says too
    assertThat(Indicators.byName("全口径财政收入")).contains(Indicators.FISCAL_REVENUE);
    assertThat(Indicators.byName("全口徑財政收入")).contains(Indicators.FISCAL_REVENUE);
    assertThat(Indicators.byName("全口径税收收入")).contains(Indicators.TAX_REVENUE);
    // 可比增长, the growth at comparable prices that statistics report, is the growth
    assertThat(Indicators.byName("工业增加值可比增长")).isPresent().isEqualTo(Indicators.byName("工业增加值增长"));
    assertThat(Indicators.byName(" 入驻企业 ")).contains(Indicators.ENTERPRISES);
    assertThat(Indicators.byName("集聚企业")).contains(Indicators.ENTERPRISES);
    assertThat(Indicators.byName("企业")).contains(Indicators.ENTERPRISES);
    assertThat(Indicators.byName("規上企業")).contains(Indicators.ABOVE_SIZE_ENTERPRISES);
    assertThat(Indicators.byName("地均产值")).contains(Indicators.OUTPUT_PER_MU);
  }

  @Test
  void theIndicatorsOfStatisticalReportingAreStandard() {
    assertThat(Indicators.byName("规模以上工业增加值")).contains(Indicators.ABOVE_SIZE_INDUSTRIAL_VALUE_ADDED);
    assertThat(Indicators.byName("規上工業總產值")).contains(Indicators.ABOVE_SIZE_INDUSTRIAL_OUTPUT);
    assertThat(Indicators.byName("进出口值")).contains(Indicators.FOREIGN_TRADE);
    assertThat(Indicators.byName("出口")).contains(Indicators.EXPORTS);
    assertThat(Indicators.byName("實際利用外資")).contains(Indicators.FOREIGN_INVESTMENT_USED);
    assertThat(Indicators.byName("从業員工")).contains(Indicators.EMPLOYEES);
    assertThat(Indicators.named("利润总额", Dimension.money("CNY"))).isEqualTo(Indicators.PROFIT);
    assertThat(Indicators.byName("年销售收入")).contains(Indicators.REVENUE);
    // 利润 alone may be the net profit, 就业 the jobs created: no standard indicator
    assertThat(Indicators.byName("利润")).isEmpty();
    assertThat(Indicators.byName("就业")).isEmpty();
    // growths as Taiwanese and statistical reporting write them, through the connectives of the year before
    assertThat(Indicators.byName("營收成長")).contains(Indicators.growthOf(Indicators.REVENUE));
    assertThat(Indicators.byName("營業額較去年同期成長")).contains(Indicators.growthOf(Indicators.REVENUE));
    assertThat(Indicators.byName("出口额年增")).contains(Indicators.growthOf(Indicators.EXPORTS));
    // but not a growth against another year or a mean yearly one
    assertThat(Indicators.byName("营收较2019年增长")).isEmpty();
    assertThat(Indicators.byName("营收年均增长")).isEmpty();
  }

  @Test
  void aNameGlossedInBracketsByAnotherOfItsNamesIsThatIndicator() {
    // 全区地区生产总值(GDP)543.62亿元 (a 潍坊高新区 report, real-articles-unseen-22 W1)
    assertThat(Indicators.byName("地区生产总值(GDP)")).contains(Indicators.GDP);
    assertThat(Indicators.byName("營業收入（營收）")).contains(Indicators.REVENUE);
    // a gloss that names another indicator, or none, is no reading of either
    assertThat(Indicators.byName("营业收入(税收)")).isEmpty();
    assertThat(Indicators.byName("营业收入(含税)")).isEmpty();
    assertThat(Indicators.byName("(GDP)")).isEmpty();
  }

  @Test
  void unknownOrAmbiguousWordsAreNotFound() {
    assertThat(Indicators.byName("收入")).isEmpty(); // revenue or fiscal revenue: not guessed
    assertThat(Indicators.byName("利润")).isEmpty();
    assertThat(Indicators.byName("同比增长")).isEmpty(); // a change of nothing named
    assertThat(Indicators.byName("")).isEmpty();
  }

  @Test
  void specialisedEnterprisesAreAStandardCount() {
    assertThat(Indicators.byName("专精特新企业")).contains(Indicators.SPECIALISED_ENTERPRISES);
    assertThat(Indicators.byName("專精特新企業")).contains(Indicators.SPECIALISED_ENTERPRISES);
    assertThat(Indicators.named("专精特新中小企业", Dimension.count("家"))).isEqualTo(Indicators.SPECIALISED_ENTERPRISES);
    // the national 小巨人 are a subset of them, not the same count
    assertThat(Indicators.byName("小巨人企业")).isEmpty();
    assertThat(Indicators.standard()).contains(Indicators.SPECIALISED_ENTERPRISES);
  }

  @Test
  void changesAreTiedToTheirBase() {
    Indicator growth = Indicators.growthOf(Indicators.REVENUE);
    assertThat(growth.code()).isEqualTo("revenue-growth");
    assertThat(growth.dimension()).isEqualTo(Dimension.RATIO);
    assertThat(Indicators.byName("营收同比增长")).contains(growth);
    assertThat(Indicators.byName("營業收入較上年增長")).contains(growth);
    assertThat(Indicators.byName("营业收入下降")).contains(growth);
    // a growth rate, as mainland (增长率) and Taiwanese (成長率) reporting write it
    assertThat(Indicators.byName("营收增长率")).contains(growth);
    assertThat(Indicators.byName("營收成長率")).contains(growth);
    assertThat(Indicators.baseOf(growth)).contains(Indicators.REVENUE);
    assertThat(Indicators.byCode("revenue-growth")).contains(growth);
    assertThat(Indicators.byCode("rd-intensity-change")).contains(Indicators.changeOf(Indicators.RD_INTENSITY));
    assertThat(Indicators.byCode("revenue-growth-growth")).isEmpty();

    Indicator points = Indicators.changeOf(Indicators.RD_INTENSITY);
    assertThat(points.dimension()).isEqualTo(Dimension.RATIO_DIFFERENCE);
    assertThat(Indicators.byName("研发强度提高")).contains(points);
    assertThat(Indicators.byName("企业增加")).contains(Indicators.changeOf(Indicators.ENTERPRISES));
    assertThat(Indicators.baseOf(Indicators.REVENUE)).isEmpty();
    assertThatThrownBy(() -> Indicators.growthOf(growth))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already a growth");

    // a custom base has its growth too, which is derived though its base is not standard
    Indicator profit = Indicators.custom("利润", Indicators.REVENUE.dimension());
    assertThat(Indicators.isDerived(Indicators.growthOf(profit))).isTrue();
    assertThat(Indicators.baseOf(Indicators.growthOf(profit))).isEmpty();
    assertThat(Indicators.isDerived(points)).isTrue();
    assertThat(Indicators.isDerived(growth)).isTrue();
    assertThat(Indicators.isDerived(profit)).isFalse();
    assertThat(Indicators.isDerived(Indicators.REVENUE)).isFalse();
    // a custom name that ends as a derived code does is no growth or change
    assertThat(Indicators.isDerived(Indicators.custom("Climate change", Dimension.RATIO))).isFalse();
    assertThat(Indicators.isDerived(Indicators.custom("Revenue growth", Dimension.RATIO))).isFalse();
    assertThat(Indicators.isDerived(Indicators.growthOf(Indicators.custom("Revenue", Dimension.RATIO)))).isTrue();
  }

  @Test
  void namedDecidesByTheFiguresDimension() {
    Dimension cny = Dimension.money("CNY");
    assertThat(Indicators.named("营收", cny)).isEqualTo(Indicators.REVENUE);
    assertThat(Indicators.named("营收增加", Dimension.RATIO)).isEqualTo(Indicators.growthOf(Indicators.REVENUE));
    assertThat(Indicators.named("营收增加", cny)).isEqualTo(Indicators.changeOf(Indicators.REVENUE));
    // 企业 with a money figure is not the number of enterprises
    Indicator custom = Indicators.named("企业", cny);
    assertThat(custom.code()).isEqualTo("custom-4f01-4e1a");
    assertThat(custom.dimension()).isEqualTo(cny);
  }

  @Test
  void namedGivesAPercentageAfterAMeasureNoStandardNamesItsGrowth() {
    Indicator estate = Indicators.custom("房地产投资", Dimension.RATIO);
    assertThat(Indicators.named("房地产投资同比增长", Dimension.RATIO)).isEqualTo(Indicators.growthOf(estate));
    assertThat(Indicators.named("房地产投资同比增长", Dimension.RATIO).chineseName()).isEqualTo("房地产投资增速");
    assertThat(Indicators.named("工业技改投资同比下降", Dimension.RATIO))
        .isEqualTo(Indicators.growthOf(Indicators.custom("工业技改投资", Dimension.RATIO)));
    // not in another dimension, nor other changes: the mean yearly growth, on the month before,
    // over a year named or another period, at constant prices, a share's rise, past the most
    // connectives, nor a word of growth alone or 提升 (a change)
    for (String other : List.of("房地产投资年均增长", "房地产投资环比增长", "房地产投资比2019年增长", "同比增长", "满意度提升",
        "房地产投资比上月增长", "房地产投资实际增长", "高新技术产业占比上升", "房地产投资与上年同期相比增长")) {
      assertThat(Indicators.named(other, Dimension.RATIO)).as(other).isEqualTo(Indicators.custom(other, Dimension.RATIO));
    }
    assertThat(Indicators.named("房地产投资同比增长", Dimension.money("CNY")))
        .isEqualTo(Indicators.custom("房地产投资同比增长", Dimension.money("CNY")));
  }

  @Test
  void customIndicatorsNeverTakeAStandardCode() {
    assertThat(Indicators.custom("利润", Dimension.money("CNY")).code()).isEqualTo("custom-5229-6da6");
    assertThat(Indicators.custom("Revenue", Dimension.money("CNY")).code()).isEqualTo("custom-revenue");
    assertThat(Indicators.custom("R&D staff", Dimension.count("人")).code()).startsWith("custom-52-26-44");
    assertThatThrownBy(() -> Indicators.custom(" ", Dimension.AREA))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesOfListsDeclaredNamesOnce() {
    List<String> names = Indicators.namesOf(Indicators.REVENUE);
    assertThat(names).startsWith("营业收入", "營業收入", "营收", "營收").contains("operating revenue").doesNotHaveDuplicates();
    assertThat(Indicators.namesOf(Indicators.custom("利润", Dimension.money("CNY")))).isEmpty();
  }
}
