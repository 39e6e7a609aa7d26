package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.observation.Period;
import dev.parkdata.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricExtractorTest {
  private static final MetricExtractor X = MetricExtractor.standard();

  private static List<String> texts(String text) {
    return X.extract(text).stream().map(Mention::text).toList();
  }

  private static Mention only(String text) {
    List<Mention> mentions = X.extract(text);
    assertThat(mentions).as("mentions of %s", text).hasSize(1);
    return mentions.get(0);
  }

  @Test
  void ratesAreIndicatorsAndAGrowthRateTakesItsBase() {
    // the occupancy and vacancy rates parks report (园区出租率, 入驻率), in either script
    assertThat(only("水上與新市園區出租率達100%。").indicator()).contains("出租率");
    assertThat(only("孵化器的入驻率约为九成。").indicator()).contains("入驻率");
    assertThat(only("写字楼空置率降至12%。").indicator()).contains("写字楼空置率");
    // a growth rate is a word of change: it keeps the measure before it
    assertThat(only("园区营收增长率为20%。").indicator()).contains("营收增长率");
    assertThat(only("竹科營業額成長率12.3%。").indicator()).contains("營業額成長率");
    assertThat(only("增长率为7.4%。").indicator()).contains("增长率");
  }

  @Test
  void aFigureWithNoIndicatorBeforeItTakesTheMeasureAfterIt() {
    List<Mention> ms = X.extract("园区总建筑面积19.5万平方米，可以提供大约10万平方米的办公空间。");
    assertThat(ms.get(1).indicator()).contains("办公空间");
    assertThat(only("带动全市实现806亿元产值规模。").indicator()).contains("产值规模");
    // only right after it or after 的, in its clause, and not for a count, which counts something
    assertThat(only("实现806亿元，产值再创新高。").indicator()).isEmpty();
    assertThat(X.extract("正在建设两个总面积约10000平方米的车间。").get(0).indicator()).isEmpty();
  }

  @Test
  void aListOfFiguresSharesTheMeasureOfItsFirst() {
    List<Mention> ms = X.extract("科學園區營業額達1兆2,498億元，其中，竹科5,135.13億元，成長6.77%，中科3,501.38億元。");
    assertThat(ms).extracting(m -> m.indicator().orElse(null))
        .containsExactly("營業額", "營業額", "營業額成長", "營業額");
    assertThat(X.extract("出口4.1万亿元，进口3.9万亿元。")).extracting(m -> m.indicator().orElse(null))
        .containsExactly("出口", "进口");
    // only a measure, only within the sentence, only to a figure in the same unit
    assertThat(X.extract("入驻企业300家，其中50家来自香港。").get(1).indicator()).isEmpty();
    assertThat(X.extract("营业收入100亿元。去年80亿元。").get(1).indicator()).isEmpty();
    assertThat(X.extract("营业收入100亿元，其中20万元来自外地。").get(1).indicator()).isEmpty();
  }

  @Test
  void aCountOfParksNamesThemAfterIt() {
    assertThat(only("中国有2,000多个产业集群，大部分位于东部。").indicator()).contains("产业集群");
    assertThat(X.extract("三个科学园区的营业额逼近2兆元。").get(0).indicator()).contains("科学园区");
    assertThat(only("全国共有230家国家级经开区。").indicator()).contains("国家级经开区");
    // only up to punctuation or a function word, and only things ending in a word for parks
    assertThat(only("八大处山脚下的园子。").indicator()).isEmpty();
    assertThat(only("完成了400个临床试验。").indicator()).isEmpty();
    assertThat(only("园区新建3个幼儿园。").indicator()).isEmpty(); // 园 alone is no park
    assertThat(only("中国有2,000多个位于东部沿海的产业集群。").indicator()).isEmpty(); // beyond eight characters
    assertThat(only("台湾有三個科學園區。").indicator()).contains("科學園區");
  }

  @Test
  void anIndicatorKeepsTheWordsThatNarrowWhatItCountsOrMeasures() {
    assertThat(only("苏州高新区集聚省级循环经济试点企业6家。").indicator()).contains("省级循环经济试点企业");
    assertThat(only("全区规上工业增加值达300亿元。").indicator()).contains("规上工业增加值");
    assertThat(only("2021年规上工业增加值300亿元。").indicator()).contains("规上工业增加值");
    assertThat(only("园区规上科技服务业营收同比增长21.6%。").indicator()).contains("规上科技服务业营收同比增长");
    // verbs, periods, places and parks' short names say what happened, when or where: not what
    assertThat(only("园区实现营业收入300亿元。").indicator()).contains("营业收入");
    assertThat(only("上半年产值100亿元。").indicator()).contains("产值");
    assertThat(only("去年深圳营收300亿元。").indicator()).contains("营收");
    assertThat(only("2021年外竹科營業額1.5兆元。").indicator()).contains("營業額");
    assertThat(only("年底出租率88%。").indicator()).contains("出租率"); // 底 is cut from 年底
    assertThat(only("园区从业员工16万人。").indicator()).contains("员工");
    // none where they stop at a character that may begin a word running into them, or run on
    // past ten characters: where they start is not known
    assertThat(only("全球医药市场规模1.5万亿美元。").indicator()).contains("市场规模");
    assertThat(only("一二三四五六七八九十甲乙企业6家。").indicator()).contains("企业");
    assertThat(only("北鬥星通等科技創新企業2萬餘家。").indicator()).contains("科技創新企業");
  }

  @Test
  void anAdverbOfDegreeBeforeAChangeIsNoPartOfWhatChanged() {
    // after 科學園區's reports (the sentence sets): 較去年同期大幅增長, 略微衰退, 稳步增长
    assertThat(only("营业收入大幅增长42%。").indicator()).contains("营业收入增长");
    assertThat(only("营业收入同比稳步增长4.2%。").indicator()).contains("营业收入同比增长");
    assertThat(only("營業額較去年同期大幅增長42%。").indicator()).contains("營業額較去年同期增長");
    assertThat(only("營業額較去年同期略微衰退3.36%。").indicator()).contains("營業額較去年同期衰退");
  }

  @Test
  void aChangeOpeningItsClauseChangesTheFigureBefore() {
    assertThat(X.extract("园区实现营业收入300亿元，同比增长10%。").get(1).indicator()).contains("营业收入同比增长");
    // what the clause says of the base stays: 比上年 (the year before), 比2019年, 年均 (another growth)
    assertThat(X.extract("总产值121.7亿元，比上年增长12.77%。").get(1).indicator()).contains("总产值比上年增长");
    assertThat(X.extract("营业收入300亿元，比2019年增长20%。").get(1).indicator()).contains("营业收入比2019年增长");
    assertThat(X.extract("营业收入300亿元，年均增长14.9%。").get(1).indicator()).contains("营业收入年均增长");
    // not for listed figures, which the reader pairs, nor after a change from one figure to another
    assertThat(X.extract("营业收入717亿元、产值281亿元，同比增长22%、31.5%。").get(2).indicator()).contains("同比增长");
    assertThat(X.extract("营收从50亿元增长到100亿元，增长了100%。").get(2).indicator()).contains("增长了");
    // the clause's own word wins, and a clause that names something else before the change takes none
    assertThat(X.extract("营业收入300亿元，企业同比增长5%。").get(1).indicator()).contains("企业同比增长");
    assertThat(X.extract("营业收入300亿元，园区同比增长5%。").get(1).indicator()).contains("同比增长");
    // a share in between is passed over by a growth, not by a change in percentage points
    List<Mention> shares = X.extract("营收300亿元，占全市的50%，同比增长20%；占比提高2个百分点。");
    assertThat(shares).extracting(m -> m.indicator().orElse(null))
        .containsExactly("营收", "营收占比", "营收同比增长", "占比提高");
  }

  @Test
  void aMultipleOfABaseYearIsNoPeriodAndAGrowthAfterItIsTheFigures() {
    List<Mention> ms = X.extract("2010年，开发区实现业务总收入420亿元，是2005年的5.2倍，年均增长38%；实现财政收入15亿元。");
    assertThat(ms).extracting(Mention::text).containsExactly("420亿元", "5.2倍", "38%", "15亿元");
    assertThat(ms.get(1).base()).contains("2005年");
    assertThat(ms.get(1).period()).contains("2010年");
    assertThat(ms.get(2).indicator()).contains("业务总收入年均增长");
    assertThat(ms.get(3).period()).contains("2010年"); // not 2005年, the multiple's base
  }

  @Test
  void aSentenceOfWhichKeepsThePeriodBeforeThroughItsSemicolons() {
    List<Mention> ms = X.extract("今年1至7月，进出口总额3131亿元。其中，出口额为1604亿元；进口额为1527亿元。");
    assertThat(ms).extracting(m -> m.period().orElse(null)).containsExactly("今年1至7月", "今年1至7月", "今年1至7月");
    // and no further than its sentence
    assertThat(X.extract("今年1至7月，进出口总额3131亿元。其中，出口额为1604亿元。进口额为1527亿元。").get(2).period())
        .isEmpty();
  }

  @Test
  void aSentenceOfWhichTakesThePeriodReportedOnInASentenceBeforeWithNoFigure() {
    assertThat(X.extract("彭山经开区一季度主要经济指标稳健开局。其中，工业投资完成9.4亿元，同比增长16%。"))
        .extracting(m -> m.period().orElse(null)).containsExactly("一季度", "一季度");
    // not the date of an event, nor a year alone, nor past a sentence with no 其中
    assertThat(X.extract("园区成立于2006年6月。其中，入驻企业200家。").get(0).period()).isEmpty();
    assertThat(X.extract("2019年园区经济平稳。其中，入驻企业200家。").get(0).period()).isEmpty();
    assertThat(X.extract("园区一季度经济平稳。入驻企业200家。").get(0).period()).isEmpty();
  }

  @Test
  void theYearOfAParksFoundingOrUpgradingIsNoPeriodOfTheFactsAfterIt() {
    // a profile (星沙时报, 2017-12-05, real-articles-unseen-9, J3): the upgrade's year, not the area's
    assertThat(X.extract("长沙经开区成立于1992年，2000年升格为国家级经济技术开发区，规划面积105平方公里，拥有规模以上工业企业165家。"))
        .extracting(m -> m.period().orElse(null)).containsExactly(null, null);
    assertThat(X.extract("邯郸经济开发区是2000年9月经河北省政府批准设立的省级开发区，规划面积19.1平方公里。")) // -25, Z2
        .extracting(m -> m.period().orElse(null)).containsExactly((String) null);
    // the year's own figures keep it: in the date's clause, or where their clause says they are the year's
    assertThat(X.extract("2020年新成立企业300家，实现营收600亿元。")).extracting(m -> m.period().orElse(null))
        .containsExactly("2020年", "2020年");
    assertThat(X.extract("2019年升格为国家级经开区，全年实现营收500亿元，同比增长10%。"))
        .extracting(m -> m.period().orElse(null)).containsExactly("2019年", "2019年");
    assertThat(X.extract("2019年，园区升格为国家级经开区，实现营收500亿元。")).extracting(m -> m.period().orElse(null))
        .containsExactly("2019年");
    // 成立 alone, of anything set up, is no founding; a flow (实现, 完成) is the year's; the period before
    // a founding's date is the figure's; a colon ends the founding's clause
    assertThat(X.extract("2023年园区成立了招商工作专班，引进项目32个。")).extracting(m -> m.period().orElse(null))
        .containsExactly("2023年");
    assertThat(X.extract("2019年园区获批设立国家级经开区，实现地区生产总值120亿元。"))
        .extracting(m -> m.period().orElse(null)).containsExactly("2019年");
    assertThat(X.extract("2023年，园区在2010年升格为国家级后，规划面积100平方公里。"))
        .extracting(m -> m.period().orElse(null)).containsExactly("2023年");
    assertThat(X.extract("2023年园区实现营收100亿元；2000年升格为国家级开发区，规划面积105平方公里。"))
        .extracting(m -> m.period().orElse(null)).containsExactly("2023年", null);
    assertThat(X.extract("开发区是2000年9月经省政府批准设立的省级开发区：规划面积19.1平方公里。"))
        .extracting(m -> m.period().orElse(null)).containsExactly((String) null);
    // nor where the date begins a span (corpus.txt, line 72)
    assertThat(X.extract("自2000年成立以来，公司研发团队扩大了一倍。")).extracting(m -> m.period().orElse(null))
        .containsExactly("自2000年");
  }

  @Test
  void aShareAfterItsWholeIsTheShareOfItsPart() {
    // 占 names the whole: the share is of the word before 占, or of the figure before
    assertThat(X.extract("进出口值5021亿元，占四川省进出口总值的48%。").get(1).indicator()).contains("进出口值占比");
    assertThat(only("绿色产业增加值占全区工业增加值30%以上。").indicator()).contains("绿色产业增加值占比");
    // a share written with its whole (占…比重) is the part's too, past a growth between them
    assertThat(X.extract("营业收入300亿元，占全市比重50.04%。").get(1).indicator()).contains("营业收入占比");
    assertThat(X.extract("电子信息产业实现产值142.6亿元，同比增长46.6%，占规上工业总产值比重达66%、提升8.5个百分点。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("电子信息产业产值", "电子信息产业产值同比增长", "电子信息产业产值占比", "电子信息产业产值占比提升");
    assertThat(only("高新技术产业产值占规模以上工业总产值的比重为47.5%。").indicator()).contains("高新技术产业产值占比");
    // a clause that names a share with no part to give it keeps its word
    assertThat(only("占全市比重50.04%。").indicator()).contains("比重");
    // 占 in another word (占地, 占主导, 抢占) names no whole, nor does a growth or a rate after it
    assertThat(X.extract("营收300亿元，占地较大的企业利润增长20%。").get(1).indicator()).contains("企业利润增长");
    assertThat(X.extract("营收300亿元，其中占主导地位的电子信息产业增加值增长15%。").get(1).indicator())
        .contains("电子信息产业增加值增长");
    assertThat(X.extract("营收300亿元，绿化率35%。").get(1).indicator()).isNotEqualTo(java.util.Optional.of("营收占比"));
    // a growth after a share with no figure before it is the part's
    assertThat(X.extract("出口额占全市的40%，增长15%。")).extracting(m -> m.indicator().orElse(null))
        .containsExactly("出口额占比", "出口额增长");
  }

  @Test
  void aYearRunningIntoAnotherWordIsNoGrowthOnTheYear() {
    assertThat(only("營收年增11.47%。").indicator()).contains("營收年增");
    // 增资, a capital increase, is what the figure is (the words right before an amount), not 年增
    assertThat(only("2023年增资5亿元。").indicator()).contains("增资");
    assertThat(only("园区今年增设企业服务站5个。").indicator()).isNotEqualTo(java.util.Optional.of("年增"));
  }

  @Test
  void aFigureWhoseClauseNamesNothingTakesAMeasureNamedEarlierInItsSentence() {
    assertThat(X.extract("3大科學園區營收創新高，其中竹科0.82兆元。").get(1).indicator()).contains("營收");
    // only a standard indicator that can take the figure, and not for a count
    assertThat(X.extract("3大科學園區營收創新高，其中竹科5家。").get(1).indicator()).isEmpty();
    assertThat(X.extract("园区营收创新高，达到30平方公里。").get(0).indicator()).isEmpty();
  }

  @Test
  void aMeasureKeepsTheNarrowedSubjectThatAchievedIt() {
    assertThat(only("园区规模以上工业企业实现利润5.48亿元。").indicator()).contains("规模以上工业企业利润");
    assertThat(only("高新技术企业完成营业收入300亿元。").indicator()).contains("高新技术企业营业收入");
    // a bare subject is all the park's firms; a subject is no measure's when the word is a count's
    assertThat(only("园区企业实现营业收入300亿元。").indicator()).contains("营业收入");
    assertThat(only("高新技术企业实现新增专利300件。").indicator()).contains("新增专利");
    // an industry narrows the measure it achieved, and names the growth written right after it
    assertThat(only("电子信息产业实现产值142.6亿元。").indicator()).contains("电子信息产业产值");
    assertThat(only("生物医药产业增长8.4%。").indicator()).contains("生物医药产业增长");
    assertThat(only("精密機械產業衰退21.71%。").indicator()).contains("精密機械產業衰退");
    // but not a bare one: the park's industry, all of it
    assertThat(only("工业实现增加值30亿元。").indicator()).contains("增加值");
    assertThat(only("园区工业增长8.4%。").indicator()).contains("增长");
  }

  @Test
  void wordsWithAFunctionCharacterInThemNarrowAsAWhole() {
    // 共 of 公共 and 到 of 实到, 到位 begin no function word there
    assertThat(only("完成一般公共预算收入18.58亿元。").indicator()).contains("一般公共预算收入");
    assertThat(only("实现公共财政总收入24.16亿元。").indicator()).contains("公共财政总收入");
    assertThat(only("今年实到外资1.8亿美元。").indicator()).contains("实到外资");
    assertThat(only("全年实际到位资金10亿元。").indicator()).contains("实际到位资金");
    // 新培育 counts the new ones, as 新增 does; 培育 alone says what happened to them
    assertThat(only("全年新培育高新技术企业8家。").indicator()).contains("新培育高新技术企业");
    assertThat(only("园区培育高新技术企业8家。").indicator()).contains("高新技术企业");
  }

  @Test
  void twoThingsJoinedBy和及与AreOneThingNamedByBoth() {
    assertThat(only("批发和零售业增加值增长9.7%。").indicator()).contains("批发和零售业增加值增长");
    assertThat(only("现有科技及创新型企业713家。").indicator()).contains("科技及创新型企业");
    assertThat(only("各类高层次人才及留学归国人员超过5000人。").indicator()).contains("高层次人才及留学归国人员");
    assertThat(only("境内外上市及新三板挂牌企业19家。").indicator()).contains("境内外上市及新三板挂牌企业");
    // two measures are two figures' words; a verb ending in 及 ends the modifiers
    assertThat(only("重点建设项目和总投资241亿元。").indicator()).contains("总投资");
    assertThat(only("涉及土地总面积2345.24平方公里。").indicator()).contains("土地总面积");
    // each of the two things has a reach of its own
    assertThat(only("高端汽车和新能源智能汽车产业实现产值1559.9亿元。").indicator()).contains("高端汽车和新能源智能汽车产业产值");
  }

  @Test
  void wordsOfPlaceThatNarrowWhatIsCountedStayInItsModifiers() {
    assertThat(only("实现省外到位产业资金75.96亿元。").indicator()).contains("省外到位产业资金");
    assertThat(only("实到市外内资完成10.53亿元。").indicator()).contains("实到市外内资");
    assertThat(only("内资企业工业总产值下降14.8%。").indicator()).contains("内资企业工业总产值下降");
    assertThat(only("世界500强投资企业31家。").indicator()).contains("世界500强投资企业");
    assertThat(only("上市后备企业8家。").indicator()).contains("上市后备企业");
    assertThat(X.extract("年产值过亿元企业85家。").get(1).indicator()).contains("年产值过亿元企业");
    assertThat(only("东湖高新区月均投资额超百亿元。").indicator()).contains("月均投资额");
    // but 外商 and 外资 are words of their own, and 全年 says when
    assertThat(only("全市外商投资企业120家。").indicator()).contains("外商投资企业");
    assertThat(only("2016年全年产值增幅达到34%。").indicator()).contains("产值增幅");
    // 各类 says how many kinds, not which
    assertThat(only("园区共有各类装备制造业企业76户。").indicator()).contains("装备制造业企业");
    // a place's 外 only before where money comes from: 外贸, 外来 are words of their own; 内资 only of firms
    assertThat(only("全市外贸进出口总额达50亿元。").indicator()).contains("外贸进出口总额");
    assertThat(only("全省外来投资达20亿元。").indicator()).contains("外来投资");
    assertThat(only("招商引资省外国内到位资金55.2亿元。").indicator()).contains("招商引资省外国内到位资金");
    assertThat(only("今年以来，区内资源开发项目投资额5亿元。").indicator()).contains("开发项目投资额");
  }

  @Test
  void twoThingsJoinedOnceAndNoFurtherThanTheirWordsCanBeRead() {
    // a longer chain is a list, of which the last two are read; a verb before the first ends it
    assertThat(only("今年以来，电子信息和装备制造和新材料和生物医药和新能源汽车和现代物流产业产值300亿元。").indicator())
        .contains("新能源汽车和现代物流产业产值");
    assertThat(only("今年以来，园区依托龙头企业和配套企业产值达20亿元。").indicator()).contains("龙头企业和配套企业产值");
  }

  @Test
  void aMeasureListedAfterOneANarrowedSubjectAchievedIsItsToo() {
    List<Mention> found = X.extract("2021年医药健康产业实现收入717亿元、产值281亿元。");
    assertThat(found.get(1).indicator()).contains("医药健康产业产值");
    // not after a measure no subject achieved
    assertThat(X.extract("2021年园区实现收入717亿元、产值281亿元。").get(1).indicator()).contains("产值");
  }

  @Test
  void theFirstOfTheDecadesIsNoCountOfYears() {
    assertThat(X.extract("生产总值从第一个十年2003年的2亿元左右发展到77.6亿元。"))
        .extracting(Mention::text).containsExactly("2亿元左右", "77.6亿元");
    assertThat(X.extract("建区十年来，园区企业增至300家。")).extracting(Mention::text).containsExactly("十年来", "300家");
  }

  @Test
  void aSubjectNarrowsAMeasureAcrossAYearAndAWordOfAddingUp() {
    assertThat(only("园区光伏产业2021年累计完成产值86亿元。").indicator()).contains("光伏产业产值");
    assertThat(only("规模以上工业企业共实现营业收入52亿元。").indicator()).contains("规模以上工业企业营业收入");
    assertThat(only("全区2021年累计完成产值86亿元。").indicator()).contains("产值");
  }

  @Test
  void whatCountedFirmsAchieveAfterAddingUpOrTheWholeYearIsTheirs() {
    List<Mention> found = X.extract("1-4月，亿元以上企业16家，累计实现工业总产值37.2亿元。");
    assertThat(found.get(1).indicator()).contains("亿元以上企业工业总产值");
    assertThat(only("新区规模以上工业企业全年实现工业总产值646亿元。").indicator()).contains("规模以上工业企业工业总产值");
  }

  @Test
  void itemsListedBeforeASubjectOpeningItsClauseAreTheSubject() {
    assertThat(only("1-6月，纺织、服装和皮革制造业累计实现产值5.6亿元。").indicator())
        .contains("纺织、服装和皮革制造业产值");
    assertThat(only("上半年，无人机和航空航天产业实现产值31.2亿元。").indicator()).contains("无人机和航空航天产业产值");
    // not after a verb or a place: they do not open the clause with the subject (but two things
    // joined by 和 are still one named by both)
    assertThat(only("园区推动纺织和服装制造业实现产值5.6亿元。").indicator()).contains("纺织和服装制造业产值");
    assertThat(only("高新区和生物医药产业实现产值5.6亿元。").indicator()).contains("生物医药产业产值");
  }

  @Test
  void aClauseOpeningWithWhatWasAchievedKeepsTheSubjectOfTheClauseBefore() {
    List<Mention> found = X.extract("高新技术企业累计实现营业收入1200亿元，同比增长8%；实现利润总额96亿元。");
    assertThat(found.get(1).indicator()).contains("高新技术企业营业收入同比增长");
    assertThat(found.get(2).indicator()).contains("高新技术企业利润总额");
    // not across a sentence, nor where the clause names its own subject or none was narrowed
    assertThat(X.extract("高新技术企业实现营业收入1200亿元。实现利润总额96亿元。").get(1).indicator()).contains("利润总额");
    assertThat(X.extract("园区企业实现营业收入1200亿元，实现利润总额96亿元。").get(1).indicator()).contains("利润总额");
    assertThat(X.extract("高新技术企业实现营业收入1200亿元，园区实现利润总额96亿元。").get(1).indicator())
        .contains("利润总额");
    // words that narrow the measure before are no subject: 规模以上工业 achieved nothing
    assertThat(X.extract("完成规模以上工业增加值80亿元；实现利润9亿元。").get(1).indicator()).contains("利润");
  }

  @Test
  void aYearGlossedInBracketsIsLeftOutOfAChangesWord() {
    // Taiwan's press writes 去(2019)年: the same connective as 去年
    assertThat(X.extract("竹科2020年營業額較去(2019)年成長13.95%。").get(0).indicator()).contains("營業額較去年成長");
    assertThat(X.extract("進口額5,374.76億元，較去年成長34.32﹪。").get(1).metric()).isEqualTo(Metric.parse("34.32%"));
  }

  @Test
  void aMeasureOpeningTheClauseAfterACountOfFirmsIsTheirs() {
    assertThat(X.extract("园区集聚200多家生物医药企业，实现年产值200亿元以上。").get(1).indicator()).contains("生物医药企业产值");
    assertThat(X.extract("已集聚医疗器械相关企业超过300家，产值达200亿元。").get(1).indicator()).contains("医疗器械相关企业产值");
    // not a bare 企业 (the park's firms, all of them), nor projects (签约项目…，总投资: the sentence sets'
    // annotators write the usual 总投资, the article sets' 签约项目总投资; tried, it lost 11 of the one for 3 of the other)
    assertThat(X.extract("园区集聚企业300家，实现产值200亿元。").get(1).indicator()).contains("产值");
    assertThat(X.extract("签约项目33个，总投资64.1亿元。").get(1).indicator()).contains("总投资");
  }


  @Test
  void aShareIsNamedByWhatItIsTheShareOf() {
    // 占比 alone opening its clause: the figure's before it
    assertThat(X.extract("战新项目总投资463.6亿元，占比69.9%。").get(1).indicator()).contains("战新项目总投资占比");
    // 占比 after a measure: its share, narrowed as the measure is
    assertThat(only("高技术产业实际利用外资占比超40%。").indicator()).contains("高技术产业实际利用外资占比");
    // the words before 占 where no word of the lists names the part, and the share's change
    assertThat(X.extract("天然气占一次能源消费量比重为11.1%，同比提高2.0%。")).extracting(m -> m.indicator().orElse(null))
        .containsExactly("天然气占比", "天然气占比同比提高");
    assertThat(only("数字经济核心产业占GDP比重超10%。").indicator()).contains("数字经济核心产业占比");
    assertThat(only("战略新兴产业工业总产值占规模以上工业总产值比重同比提高4.5%。").indicator())
        .contains("战略新兴产业工业总产值占比同比提高");
    // but not an adverb (分别占) nor a place alone (全市占)
    assertThat(X.extract("出口额300亿元、进口额200亿元，分别占全市总量的63.6%、20%。").get(2).indicator())
        .isNotEqualTo(java.util.Optional.of("分别占比"));
    // and 比重 or 比例 after a measure names the whole: R&D占GDP比例 is no share of GDP's
    assertThat(only("R&D占GDP比例始终保持10%左右。").indicator()).isNotEqualTo(java.util.Optional.of("GDP比例"));
    // 在建 narrows what it counts
    assertThat(only("在建项目超过300个。").indicator()).contains("在建项目");
  }

  @Test
  void modifiersStopAtTheirWordsInEitherScriptButNotInsideAnotherWord() {
    assertThat(only("新签约亿元以上项目78个。").indicator()).contains("新签约亿元以上项目");
    assertThat(only("園區1-4月累計營業額達新台幣1,116.5億元。").indicator()).contains("營業額");
    assertThat(X.extract("其中光電廠商14家、半導體廠商4家。")).extracting(m -> m.indicator().orElse(null))
        .containsExactly("光電廠商", "半導體廠商");
    // 新增 before a word of coming in counts the new firms; the word of coming in alone says how
    assertThat(only("2016年新增入园企业23家。").indicator()).contains("新增企业");
    assertThat(only("全年新引進入駐企業15家。").indicator()).contains("新引進企業");
    assertThat(only("园区入驻企业150家。").indicator()).contains("企业");
  }

  @Test
  void aCountRightAfterAThingCountsIt() {
    assertThat(X.extract("建成垃圾处理厂1座、污水处理厂2座，安装路灯2149盏，现有标准化厂房35栋。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("垃圾处理厂", "污水处理厂", "路灯", "标准化厂房");
    assertThat(only("上半年共开展招商引资活动15次。").indicator()).contains("招商引资活动");
    assertThat(only("園區現有標準廠房35棟。").indicator()).contains("標準廠房");
    // a verb before a count names nothing it counts
    assertThat(only("新开工项目实现开工30个。").indicator()).isEmpty();
    assertThat(only("专精特新中小企业净增114户。").indicator()).isNotEqualTo(java.util.Optional.of("净增"));
  }

  @Test
  void aDistrictsOwnFirmsAreAModifier() {
    assertThat(only("区属规模以上工业产值完成60.8亿元。").indicator()).contains("区属规模以上工业产值");
  }

  @Test
  void aPercentageOfAWholeBeforeAThingIsThatThingsShare() {
    assertThat(X.extract("培育了全市35%的创新龙头企业、63%的创新型(试点)企业，拥有全市50%的国家级孵化器。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("创新龙头企业占比", "创新型(试点)企业占比", "国家级孵化器占比");
    // no whole named in its clause: a percentage before 的 is no share
    assertThat(only("今年已完成50%的建设任务。").indicator()).isNotEqualTo(java.util.Optional.of("建设任务占比"));
    assertThat(only("今年已完成全年50%的建设任务。").indicator()).isNotEqualTo(java.util.Optional.of("建设任务占比"));
  }

  @Test
  void anIndustryThatAchievedAChangeKeepsIt() {
    assertThat(X.extract("高科技纺织服装产业实现主营业务收入同比增长20%；高端装备制造产业实现收入同比增长39.3%。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("高科技纺织服装产业主营业务收入同比增长", "高端装备制造产业收入同比增长");
    // the park's firms, all of them, narrow nothing
    assertThat(only("企业实现主营业务收入同比增长20%。").indicator()).contains("主营业务收入同比增长");
  }

  @Test
  void aBudgetsSpendingIsAMeasureAndSoIsMoneyBroughtIn() {
    assertThat(only("公共财政预算支出完成24360万元。").indicator()).contains("公共财政预算支出");
    assertThat(only("协议引资119.8亿元。").indicator()).contains("协议引资");
    // 支出 alone is none: 用于民生项目的支出 would be read 支出
    assertThat(only("民生项目的支出达到7.49亿元。").indicator()).isEmpty();
    // the budget's own kinds of spending are (real-articles-unseen-11: 一般支出133.55亿元，基金支出28.84亿元)
    assertThat(only("全年财政总支出162.89亿元。").indicator()).contains("财政总支出");
    assertThat(only("基金支出28.84亿元。").indicator()).contains("基金支出");
  }

  @Test
  void aGrowthAtComparablePricesIsAGrowth() {
    // 可比增长 (real-articles-unseen-11: 第二产业增加值可比增长1.7%)
    assertThat(only("全区第二产业增加值可比增长1.7%。").indicator()).contains("第二产业增加值可比增长");
  }

  @Test
  void aProjectsStageStaysInItsIndicator() {
    assertThat(X.extract("累计落地项目92个，平果工业区入园项目累计22个，成功引进生物医药产业类项目7个，新开工项目15个，在库项目26个。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("落地项目", "入园项目", "引进生物医药产业类项目", "新开工项目", "在库项目");
    // 新建 is a stage before 项目 (before other words it ends the modifiers), not the place 新建区
    assertThat(X.extract("其中新建项目19个；续建项目12个；意向项目10个，洽谈项目40个。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("新建项目", "续建项目", "意向项目", "洽谈项目");
    // 本次 says which occasion, not what
    assertThat(only("本次集中开工项目31个。").indicator()).contains("集中开工项目");
    // 目前 says when, not what
    assertThat(only("园区目前实际管辖面积48平方公里。").indicator()).contains("实际管辖面积");
    // before firms, 入驻 and 落地 say what happened to them: the park's firms
    assertThat(only("入驻企业300家。").indicator()).contains("企业");
    assertThat(only("入驻优质项目15个。").indicator()).contains("优质项目");
  }

  @Test
  void theMeasuresOfStatisticalCommuniquesAreKnown() {
    assertThat(X.extract("社会消费品零售总额75.32亿元，全社会用电量12.5亿千瓦时，货物吞吐量3700万吨，"
        + "技术合同成交额8.6亿元，城镇居民人均可支配收入4.2万元，新增市场主体13000家。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("社会消费品零售总额", "全社会用电量", "货物吞吐量", "技术合同成交额", "城镇居民人均可支配收入",
            "新增市场主体");
  }

  @Test
  void aGrowthNamedAloneAfterAFigureIsItsGrowth() {
    assertThat(X.extract("规上工业产值91亿元，增幅17.3%；规上工业增加值30亿元，增幅16.4%。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("规上工业产值", "规上工业产值增幅", "规上工业增加值", "规上工业增加值增幅");
    // 比增, 福建's 比上年增长
    assertThat(only("地区生产总值比增11.8%。").indicator()).contains("地区生产总值比增");
    // a quarter or a year before a measure says when, not what
    assertThat(only("一季度固定资产投资同比增长38%。").indicator()).contains("固定资产投资同比增长");
    assertThat(only("实际引进内资601.8亿元。").indicator()).contains("实际引进内资");
  }

  @Test
  void aQuotedNameBeforeAThingSaysWhichThings() {
    // real-articles-unseen-9 (“四上”企业), -20 (「雙百雙新」產業項目), -34 (市级“两型”工业企业)
    assertThat(only("该区“四上”企业达271家。").indicator()).contains("“四上”企业");
    assertThat(only("园区拥有国家级“专精特新”小巨人企业12家。").indicator()).contains("国家级“专精特新”小巨人企业");
    assertThat(only("全区「雙百雙新」產業項目總投資達到120億元。").indicator()).contains("「雙百雙新」產業項目總投資");
    // a quotation that is not a name before the thing, or one too long to be one, is not taken
    assertThat(only("他说“园区发展很快”，企业12家。").indicator()).contains("企业");
    assertThat(only("园区“推动高质量发展示范工程建设行动”企业12家。").indicator()).contains("企业");
    // nor a five-year plan (when, not which), a park, or a name between straight marks (they open as well)
    assertThat(only("苏州高新区“十三五”固定资产投资累计500亿元。").indicator()).contains("固定资产投资");
    assertThat(only("他说“园区”企业12家。").indicator()).contains("企业");
    assertThat(only("他说\"园区\"企业12家。").indicator()).contains("企业");
  }

  @Test
  void aDivisionOfTheIndustryClassificationAchievingAMeasureNamesIt() {
    // real-articles-unseen-33 (六安经开区): 橡胶和塑料制品业累计实现产值7.5亿元
    assertThat(only("1-4月，橡胶和塑料制品业累计实现产值7.5亿元。").indicator()).contains("橡胶和塑料制品业产值");
    assertThat(only("纺织业实现产值7.5亿元。").indicator()).contains("纺织业产值");
    // an industry the lists know, as before
    assertThat(only("电子信息产业实现产值120亿元。").indicator()).contains("电子信息产业产值");
    // the last of a list of divisions is not the only one that achieved it
    assertThat(only("纺织业、橡胶和塑料制品业累计实现产值12亿元。").indicator()).contains("产值");
  }

  @Test
  void aPhaseBeforeAMeasureSaysWhichPhase() {
    // the five articles (银川科技服务产业园): 一期占地面积3500平方米
    assertThat(only("一期占地面积48.51亩。").indicator()).contains("一期占地面积");
    assertThat(only("二期项目总投资5亿元。").indicator()).contains("二期项目总投资");
    // 同期 and 上一期 say when: not a phase; nor is one before another word than the measure's
    assertThat(only("去年同期产值5亿元。").indicator()).contains("产值");
    assertThat(only("上一期产值5亿元。").indicator()).contains("产值");
    assertThat(only("三期叠加产值5亿元。").indicator()).contains("产值");
    assertThat(only("一期工程投资2.3亿元。").indicator()).contains("一期工程投资");
    // a phase before a part of the park (海南生态软件园's 二期起步区, real-articles-unseen-66 BX1), and
    // a part as the subject of 实现 (泸州高新区's 核心区, real-articles-unseen-20 U1): the part's measure
    assertThat(only("园区二期起步区规划面积为6.95平方公里。").indicator()).contains("二期起步区规划面积");
    assertThat(only("核心区实现主营业务收入405.7亿元。").indicator()).contains("核心区主营业务收入");
    // not the last part of a list, nor a part denied
    assertThat(only("起步区和核心区实现主营业务收入405.7亿元。").indicator()).contains("主营业务收入");
    assertThat(only("园区非核心区实现产值40亿元。").indicator()).contains("产值");
  }

  @Test
  void aRateWrittenAfterItsMeasureIsTheMeasuresRate() {
    assertThat(only("营收完成率105%。").indicator()).contains("营收完成率");
    assertThat(only("固定资产投资完成率达到105%。").indicator()).contains("固定资产投资完成率");
    assertThat(only("项目开工率达到90%。").indicator()).contains("项目开工率");
    // a longer gap is no rate of the measure: 营收 (the lists' word) as before
    assertThat(only("营收同比增长率为20%。").indicator()).contains("营收同比增长率");
    // nor is an amount written after it the measure alone (雄安新区, real-articles-unseen-66 BX6; a
    // paper's 发明专利量, real-articles-unseen-32 AG4)
    assertThat(only("累计完成投资工作量超万亿元。").indicator()).contains("完成投资工作量");
    assertThat(only("累计完成投资额超万亿元。").indicator()).contains("完成投资额");
    assertThat(only("每万人口高价值发明专利量达15.5件。").indicator()).contains("每万人口高价值发明专利量");
  }

  @Test
  void aChangeToANewLevelIsTheLevel() {
    assertThat(only("厂房出租率上升至92%。").indicator()).contains("厂房出租率");
    assertThat(only("空置率下降至1.5%。").indicator()).contains("空置率");
    // a rate of growth is one, after 为 too
    assertThat(only("园区营收增长率为20%。").indicator()).contains("营收增长率");
    // a growth is no level a figure rises from (营收同比增长15%，增至120亿元)
    assertThat(X.extract("园区营收同比增长15%，增至120亿元。").get(1).indicator()).isEmpty();
    // but the figure it rises to is the level of what grew (real-sentences s040: 前海稅收按年升78%至136億元)
    assertThat(X.extract("前海稅收按年升78%至136億元人民幣。")).extracting(m -> m.indicator().orElse(null))
        .containsExactly("稅收按年升", "稅收");
    assertThat(X.extract("园区税收同比增长78%至136亿元。")).extracting(m -> m.indicator().orElse(null))
        .containsExactly("税收同比增长", "税收");
    // 升 is a growth only after 按年 or 同比, before its figure (转型升级…32家 is no growth)
    assertThat(X.extract("转型升级专项行动公布了32家化工园区。")).extracting(m -> m.indicator().orElse(""))
        .allSatisfy(w -> assertThat(w).doesNotEndWith("升"));
  }

  @Test
  void aShareIsNotOfAFigurePastAnotherMeasuresGrowth() {
    // the growth between names another measure: the share is not 营业收入's
    assertThat(X.extract("实现营业收入500亿元，规上工业增加值同比增长12%，占全市的35%。").get(2).indicator())
        .isNotEqualTo(java.util.Optional.of("营业收入占比"));
    // a time before 占 names no part: the share is the figure's before it
    assertThat(X.extract("园区全年实现营收200亿元，上半年占全年的比重为45%。").get(1).indicator()).contains("营收占比");
    // what places achieve stays the park's after a count of firms
    assertThat(X.extract("全年新增规上工业企业25家，完成固定资产投资85亿元。").get(1).indicator()).contains("固定资产投资");
    // an industry's growth written with 同比
    assertThat(only("电子信息产业同比增长12.3%。").indicator()).contains("电子信息产业同比增长");
  }

  @Test
  void aFigureThatSaysTheLastAgainMeasuresWhatItDid() {
    assertThat(X.extract("第三产业增加值占全区生产总值比重首次突破30%，达到31.6%，同比提高2.8%。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("第三产业增加值占比", "第三产业增加值占比", "第三产业增加值占比同比提高");
  }

  @Test
  void aFigureReachedAfterAChangeIsTheLevelOfWhatChanged() {
    assertThat(X.extract("2019年，工业总产值比上年增长10%，达到780亿元。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("工业总产值比上年增长", "工业总产值");
    assertThat(X.extract("江北新区地区生产总值净增300亿元，达到2780亿元。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("地区生产总值净增", "地区生产总值");
    // also where the clause opens with the year it was reached (江北新区's five years, real-articles-unseen-20 U6)
    assertThat(X.extract("江北新区地区生产总值净增1300亿元，2019年达到2780亿元。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("地区生产总值净增", "地区生产总值");
    assertThat(X.extract("江北新区地区生产总值净增1300亿元，2019年底达到2780亿元。").get(1).indicator())
        .contains("地区生产总值");
    assertThat(X.extract("竹科2020年營業額較去(2019)年成長13.95%，達新台幣1兆2,439.15億元。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("營業額較去年成長", "營業額");
    // not where the clause says more than that it reached it, nor after a mean growth
    assertThat(X.extract("工业总产值比上年增长10%，带动全县780亿元。").get(1).indicator()).isNotEqualTo(java.util.Optional.of("工业总产值"));
    assertThat(X.extract("工业总产值年均增长10%，达到780亿元。").get(1).indicator()).isNotEqualTo(java.util.Optional.of("工业总产值"));
    // nor a measure that cannot take the figure, nor past a clause between
    assertThat(X.extract("出口额比上年增长10%，达到80万吨。").get(1).indicator()).isNotEqualTo(java.util.Optional.of("出口额"));
    assertThat(X.extract("营业收入比上年增长10%，其中，达到100亿元。").get(1).indicator())
        .isNotEqualTo(java.util.Optional.of("营业收入"));
    assertThat(Words.measureChanged("工业总产值与上年相比增长")).isEqualTo("工业总产值");
    assertThat(Words.measureChanged("增长")).isNull();
    assertThat(Words.measureChanged("工业总产值")).isNull();
  }

  @Test
  void aChangeOfAMeasureTheListsDoNotKnowIsNamedByItsLastCharacter() {
    assertThat(X.extract("规模以上工业企业能源消费总量同比下降1.8%，其中，原煤消费量下降5.9%，天然气消费量增长3.1%。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("规模以上工业企业能源消费总量同比下降", "原煤消费量下降", "天然气消费量增长");
  }

  @Test
  void aRateInAWordTheListsDoNotKnowIsNamedByIt() {
    assertThat(only("城镇化率超过50%。").indicator()).contains("城镇化率");
    assertThat(only("科技成果转化率达到30%。").indicator()).contains("科技成果转化率");
    // not 率 with no word of its own before it
    assertThat(only("其率为50%。").indicator()).isEmpty();
  }

  @Test
  void aFigureReachedFromAnotherAfterACommaMeasuresWhatItDoes() {
    assertThat(X.extract("由初期财政收入275万元，攀升至2014年的12.86亿元，增长了400多倍。"))
        .extracting(m -> m.indicator().orElse(null))
        .containsExactly("财政收入", "财政收入", "财政收入增长了");
    // 至 in another word (截至) says no rise
    assertThat(X.extract("营收100亿元，截至2020年的企业有300家。").get(1).indicator()).contains("企业");
  }

  @Test
  void hongKongsYearOnYearAndARiseAreWordsOfGrowth() {
    assertThat(X.extract("融資金額逾155億元，按年上升1.76倍。").get(1).indicator()).contains("融資金額按年上升");
    assertThat(only("营收同比上升12%。").indicator()).contains("营收同比上升");
  }

  @Test
  void aGrowthAfterAFigureAndAListMarkIsThatFiguresGrowth() {
    assertThat(X.extract("实现规上工业总产值216.3亿元、增长28%。").get(1).indicator()).contains("规上工业总产值增长");
    // but figures listed on both sides of 、 are not
    assertThat(X.extract("营收717亿元、产值281亿元，同比增长22%、31.5%。").get(2).indicator()).contains("同比增长");
  }

  @Test
  void modifiersWithAFunctionCharacterInThemAreTakenWhole() {
    assertThat(only("规模以上工业增加值同比增长10.3%。").indicator()).contains("规模以上工业增加值同比增长");
    assertThat(only("新签约亿元以上项目8个。").indicator()).contains("新签约亿元以上项目");
    // 共 (in all) ends the modifiers as a word of its own, as 的 does
    assertThat(only("全区共引进亿元以上项目26个。").indicator()).contains("引进亿元以上项目");
  }

  @Test
  void aCountsThingsKeepTheSumThatBoundsThem() {
    // the sums themselves keep the measure carried to them: ArticleReader leaves them unplaced
    assertThat(X.extract("总投资160.5亿元，其中50亿元项目1个，20亿元以上的项目3个。"))
        .extracting(m -> m.indicator().orElse("-"))
        .containsExactly("总投资", "总投资", "50亿元项目", "总投资", "20亿元以上的项目");
    assertThat(X.extract("产值超亿元企业达131家，纳税过亿元企业3家。"))
        .extracting(m -> m.indicator().orElse("-"))
        .containsExactly("产值", "产值超亿元企业", "产值", "纳税过亿元企业");
    // a comma before the digits is no part of the sum: 10亿元以上项目, not ，10亿元以上项目
    assertThat(X.extract("新开工项目8个，10亿元以上项目30个。").get(2).indicator()).contains("10亿元以上项目");
  }

  @Test
  void aCountWithNoIndicatorBeforeItCountsTheNounAfterIt() {
    assertThat(only("园区入驻了440多家创新型医药健康企业。").indicator()).contains("创新型医药健康企业");
    // a stage written before the count stays, as before the noun (签约项目 are a count of their own)
    assertThat(only("會議期間共簽約26個重磅項目。").indicator()).contains("簽約重磅項目");
    // the indicator before it wins; a noun that goes on into another word (企业家) counts nothing
    assertThat(only("集聚企业2万余家创新型机构。").indicator()).contains("企业");
    assertThat(only("现场来了800多位企业家。").indicator()).isEmpty();
    // only in its clause, within twelve characters, and not for what is not a count
    assertThat(only("签约26个，涉及重磅项目。").indicator()).isEmpty();
    assertThat(only("投资300亿元建设新型工业项目。").indicator()).contains("投资");
    // a noun followed by what the things counted do still ends its phrase, as does one followed by a
    // measure of theirs (after 经开区's 66户规上工业企业产值同比…, real-articles-unseen-27 AB1; 苏州高新区's
    // 21只基金投资…, the five articles' 004), unless a bound follows the measure (the things above it are
    // counted: 17个项目总投资超1亿元, real-articles-unseen-64 BV1) or the count names a group (五大)
    assertThat(only("产业空间扩展后，86家企业竞相入驻。").indicator()).contains("企业");
    // 以及 ends the noun as 及 does, and a noun written right after the last count of a list is that
    // count's, not the next one's (after 武汉开发区's parts makers, real-articles-unseen-84 CP2)
    assertThat(X.extract("集聚了160多家零部件企业以及30多家研发机构。")).extracting(m -> m.indicator().orElse("-"))
        .containsExactly("零部件企业", "研发机构");
    assertThat(X.extract("集聚了160多家零部件企业及30多家研发中心。")).extracting(m -> m.indicator().orElse("-"))
        .containsExactly("零部件企业", "-");
    assertThat(only("今年以来，园区25个重点项目按时间节点推进。").indicator()).contains("重点项目");
    assertThat(only("全区66户规上工业企业产值增长较快。").indicator()).contains("规上工业企业");
    assertThat(X.extract("高新区已有21只基金投资共计117个医疗项目。").get(0).indicator()).contains("基金");
    assertThat(X.extract("全区有247家企业工业产值超亿元。").get(0).indicator()).isEmpty();
    assertThat(X.extract("17个项目总投资超过1亿元。").get(0).indicator()).isEmpty();
    assertThat(X.extract("全区247家企业产值均超亿元。").get(0).indicator()).isEmpty();
    assertThat(X.extract("12家企业产值达到1亿元以上。").get(0).indicator()).isEmpty();
    assertThat(X.extract("30家企業產值10億元以上。").get(0).indicator()).isEmpty();
    assertThat(X.extract("五大主导产业产值增长10%。").get(0).indicator()).isEmpty();
    // words, not single characters, and not after examples and 等: those are counted for what they
    // did, the stage they reached (aCountOfProjectsOrFirmsFollowedByTheirStageCountsThatStage)
    assertThat(X.extract("成功帮助9家澳门企业共12款产品完成注册。").get(0).indicator()).isEmpty();
    assertThat(only("已有盛品天火锅食材等17个项目签约。").indicator()).contains("签约项目");
    // firms of a place are those from it, not all firms
    assertThat(only("截至去年底，共有1,022家香港企业入驻前海。").indicator()).contains("香港企业");
    // the count of a park's leading industries: 三大主导产业
    Mention leading = only("园区形成了电子信息、装备制造、新材料三大主导产业。");
    assertThat(leading.indicator()).contains("主导产业");
    assertThat(leading.metric().value()).isEqualByComparingTo("3");
  }

  @Test
  void aCountOfProjectsOrFirmsFollowedByTheirStageCountsThatStage() {
    // 36个项目开工 counts 开工项目, as 开工项目36个 does; the noun's modifiers stay after the stage
    assertThat(X.extract("全年共有36个项目开工，24个项目竣工，27个工业项目建成投产。"))
        .extracting(m -> m.indicator().orElse(null)).containsExactly("开工项目", "竣工项目", "建成投产工业项目");
    // after examples and 等 too; an adverb between is left out, 集中 (a mass groundbreaking) kept
    assertThat(only("茂森OA等12个项目已经投产。").indicator()).contains("投产项目");
    assertThat(only("一季度26个重大产业项目集中开工。").indicator()).contains("集中开工重大产业项目");
    // a word of settling only first: 签约落户 are projects signed
    assertThat(only("目前已有20个项目签约落户。").indicator()).contains("签约项目");
    assertThat(only("兴荣新能源等8个项目进驻。").indicator()).contains("进驻项目");
    // firms: the stages of their plants, not settling in (入驻企业 are the park's firms), and not
    // what they built (建成智能工厂)
    assertThat(only("已有37家企业竣工投产。").indicator()).contains("竣工投产企业");
    assertThat(only("全区10家企业建成智能工厂。").indicator().orElse("")).doesNotContain("建成");
    // not a time to come: 投产后
    assertThat(only("这5个项目投产后可新增就业岗位。").indicator().orElse("")).doesNotContain("投产");
    // the longest adverb, in either script
    assertThat(only("12個項目已經投產。").indicator()).contains("投產項目");
    assertThat(only("产业空间扩展后，86家企业竞相入驻。").indicator()).contains("企业");
    assertThat(only("目前86家企业入驻。").indicator()).contains("企业");
    // no stage where its characters run on into another word: 签约额, 开工率
    assertThat(X.extract("5个项目签约额达10亿元。").get(0).indicator()).isEmpty();
    assertThat(X.extract("12個項目開工。").get(0).indicator()).contains("開工項目");
  }

  @Test
  void aCountReachedCountsTheThingsNamedBeforeItsVerb() {
    // the things, a word of their total and 累计 before a verb of reaching: the count is of them
    assertThat(X.extract("高新区国家级“专精特新”企业累计达40家，碳化硅企业总数达到27户，企业总数发展到4650家。"))
        .extracting(m -> m.indicator().orElse(null)).containsExactly("国家级“专精特新”企业", "碳化硅企业总数", "企业总数");
    // a sum bounding them is no measure of the count (nor an observation: ArticleReaderTest)
    List<Mention> bounded = X.extract("开发区年产值过100亿元企业累计达6家。");
    assertThat(bounded.get(1).indicator()).contains("产值过100亿元企业");
    // a verb of reaching is needed, and a count: a measure of the things is theirs, not a count
    // a noun of what is counted is needed before the verb, in the clause
    assertThat(only("企业培育工作取得成效，累计达40家。").indicator()).isEmpty();
    assertThat(only("截至目前，园区累计达40家。").indicator()).isEmpty();
  }

  @Test
  void landSoldIsNotAllTheLand() {
    // 出让 (让 no function word there), with 已 or 未 before it, narrows 土地面积: not the zone's land area
    assertThat(X.extract("目前已出让土地面积0.94平方公里，未出让土地面积0.99平方公里，出让土地面积共1.93平方公里。"))
        .extracting(m -> m.indicator().orElse(null)).containsExactly("已出让土地面积", "未出让土地面积", "出让土地面积");
    assertThat(only("园区转让土地面积120亩。").indicator()).contains("转让土地面积");
  }

  @Test
  void aMeasureOpeningItsClauseAfterAPeriodIsTheCountedFirmsToo() {
    // a period (1-5月份, 全年) and 形成 may open the clause before the measure the counted firms achieved
    assertThat(X.extract("经开区现有26户规上企业，1-5月份形成产值40.5亿元。").get(1).indicator()).contains("规上企业产值");
    assertThat(X.extract("园区集聚生物医药企业200多家，全年实现产值200亿元。").get(1).indicator()).contains("生物医药企业产值");
    // not the firms of an aside in brackets, but a bracket after the count is no aside
    assertThat(X.extract("共有规上工业企业227家(其中上市公司5家),1-9月累计完成规上工业产值224.18亿元。").get(2).indicator())
        .contains("规上工业产值");
    assertThat(X.extract("集聚生物医药企业200多家（全省第一），全年实现产值200亿元。").get(1).indicator())
        .contains("生物医药企业产值");
    // nor firms only planned: their output is a projection's
    assertThat(X.extract("计划引进企业50家，形成产值20亿元。").get(1).indicator()).contains("产值");
  }

  @Test
  void aShareOfAGoalMetIsNamedByTheMeasureAndTheGoal() {
    // not the measure's own figure: the share of its goal reached, named as written
    assertThat(only("实际利用外资完成年度目标的100%。").indicator()).contains("实际利用外资完成年度目标");
    assertThat(only("市级重点项目投资占年度计划的93.3%。").indicator()).contains("市级重点项目投资占年度计划");
    // the measure of the figure before, where the verb opens the next clause; of a growth, what grew
    assertThat(X.extract("全区实际利用外资47.24亿元，完成全年目标的100.49%。").get(1).indicator())
        .contains("实际利用外资完成全年目标");
    assertThat(X.extract("实际利用外资5亿元，同比增长20%，完成全年任务的63.3%。").get(2).indicator())
        .contains("实际利用外资完成全年任务");
    // up to four characters between the verb and the goal's word; 完成了 names what 完成 does
    assertThat(only("市级重点项目投资占年度投资计划的93.3%。").indicator()).contains("市级重点项目投资占年度投资计划");
    assertThat(only("实际利用外资完成了全年目标的100%。").indicator()).contains("实际利用外资完成全年目标");
    // no 的 before the figure: no goal met
    assertThat(only("工业投资完成全市下达的年度目标任务，占比20%。").indicator().orElse("")).doesNotEndWith("目标任务");
  }

  @Test
  void 税金IsAMeasureAndAMeasureCarriesOnPastAVerbOrAPeriod() {
    // 税金 names its figure (a name of 税收), not the 工业增加值 before it
    assertThat(X.extract("2007年，园区实现销售收入538489万元，工业增加值115629万元，税金28846万元。"))
        .extracting(m -> m.indicator().orElse(null)).containsExactly("销售收入", "工业增加值", "税金");
    // a verb alone or a period leaves the measure of the figure before to carry on
    assertThat(X.extract("园区工业总产值突破100亿元，完成101.2亿元。"))
        .extracting(m -> m.indicator().orElse(null)).containsExactly("工业总产值", "工业总产值");
    assertThat(X.extract("园区营业收入538489万元，上半年413515万元。"))
        .extracting(m -> m.indicator().orElse(null)).containsExactly("营业收入", "营业收入");
    assertThat(X.extract("出租率达88%，目前仍接近90%。"))
        .extracting(m -> m.indicator().orElse(null)).containsExactly("出租率", "出租率");
  }

  @Test
  void theClassExampleHolds() {
    List<Mention> m = X.extract("截至2021年底，园区营业收入超过300亿元，集聚企业2万余家，同比增长21.6%。");
    assertThat(m).extracting(Mention::toString).containsExactly(
        "[15,22) \"超过300亿元\" 超过300亿元 MORE_THAN indicator=营业收入 period=截至2021年底",
        "[27,31) \"2万余家\" 2万余家 OVER indicator=企业 period=截至2021年底",
        "[36,41) \"21.6%\" 21.6% EXACT indicator=企业同比增长 period=截至2021年底");
  }

  @Test
  void readsQualifiersBeforeAndAfter() {
    assertThat(only("营收超过300家").metric()).isEqualTo(Metric.parse("超过300家"));
    assertThat(only("产值200亿元以上").metric().qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(only("企业2万余家").metric()).isEqualTo(Metric.parse("2万余家"));
    assertThat(only("项目近1000个").metric().qualifier()).isEqualTo(Qualifier.NEARLY);
    assertThat(only("每年最高可获2000万元支持").text()).isEqualTo("最高可获2000万元");
    assertThat(only("每年最高可获2000万元支持").metric()).isEqualTo(Metric.parse("最高2000万元"));
  }

  @Test
  void readsRangesPercentsPointsMultiplesAndChineseNumerals() {
    assertThat(only("可完成400-600个试验").metric()).isEqualTo(Metric.parse("400-600个"));
    assertThat(only("营收同比增长21.6%").metric()).isEqualTo(Metric.parse("21.6%"));
    assertThat(only("占比提高12个百分点").metric()).isEqualTo(Metric.parse("12个百分点"));
    assertThat(only("产值增长5.2倍").metric()).isEqualTo(Metric.parse("5.2倍"));
    assertThat(only("历经三十多年的发展").metric()).isEqualTo(Metric.parse("30余年"));
    assertThat(only("用了一年多时间").metric()).isEqualTo(Metric.parse("1余年"));
    assertThat(only("提前了三个多月").metric()).isEqualTo(Metric.parse("3余个月"));
  }

  @Test
  void aQualifierBeforeARangeStaysOutOfTheSpan() {
    Mention m = only("每年约400-600个临床试验");
    assertThat(m.text()).isEqualTo("400-600个");
    assertThat(m.metric().isRange()).isTrue();
  }

  @Test
  void takesTheCurrencyWordOnlyBeforeYuan() {
    Mention m = only("募集资金约人民币5.08亿元");
    assertThat(m.text()).isEqualTo("约人民币5.08亿元");
    assertThat(m.metric()).isEqualTo(Metric.parse("约5.08亿元"));
    assertThat(only("人民币5亿美元").text()).isEqualTo("5亿美元");
  }

  @Test
  void readsTraditionalText() {
    Mention m = only("總面積31.85平方公裡的片區");
    assertThat(m.metric()).isEqualTo(Metric.parse("31.85平方公里"));
    assertThat(m.indicator()).contains("總面積");
    assertThat(only("已聚集企業2萬餘家").indicator()).contains("企業");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2022年", "1997-2017 年", "2018 年度", // dates
    "“十四五”期间", "第四届", "第20年", "二期和三期", // plan periods, ordinals
    "排名提升了38个名次", // rank change
    "百公斤级量产", "千亿级集群", // scale classes
    "国发〔2020〕7号", "13价肺炎球菌结合疫苗", "GLP-1受体", "2型糖尿病", "5+2天", "世界500强", // codes, names
    "数百公斤", "几十家", "一家企业", "一批项目", "万人拥有", "千家万户", "三位一体", // vague, idioms
    "五年前", "前一年", // adverbials, units outside the catalogue
    // issue 16: fiscal years, ranks, 最好的一年, phases, slogans, vague numbers, years of the Republic of China
    "2025至26年度", "前20家电子公司", "名列前100名", "名列第3", "头部1-30名中", "第一至三座", "最好的一年",
    "一期工程", "实施1+3+N工程", "三免两减半", "数百家企业", "自99年至103年", "从2011年左右起", "保持两位数增长",
    "累计了“三个万”", "「投資臺灣三大方案」", "截至二○一二年九月", "今年首5個月",
  })
  void doesNotReportWhatIsNotAParkMetric(String text) {
    assertThat(X.extract(text)).as(text).isEmpty();
  }

  @Test
  void figuresOfAListShareTheUnitOfTheLast() {
    assertThat(X.extract("分别低于全市平均水平19.9、22.8个百分点")).extracting(Mention::text, Mention::metric)
        .containsExactly(tuple("19.9", Metric.parse("19.9个百分点")), tuple("22.8个百分点", Metric.parse("22.8个百分点")));
    assertThat(X.extract("分别增长1.2和3.4个百分点")).extracting(Mention::metric)
        .containsExactly(Metric.parse("1.2个百分点"), Metric.parse("3.4个百分点"));
    assertThat(X.extract("入围园区数量分别为57、21、15、7家")).extracting(Mention::metric)
        .containsExactly(Metric.parse("57家"), Metric.parse("21家"), Metric.parse("15家"), Metric.parse("7家"));
    // The first member has the first part of the unit (个 of 个百分点), the magnitude (万 of 万元).
    assertThat(X.extract("分别高出八点九个和 五点六个百分点")).extracting(Mention::text, Mention::metric)
        .containsExactly(tuple("八点九个", Metric.parse("8.9个百分点")), tuple("五点六个百分点", Metric.parse("5.6个百分点")));
    assertThat(X.extract("你投资五万、十万元都欢迎")).extracting(Mention::metric)
        .containsExactly(Metric.parse("5万元"), Metric.parse("10万元"));
    // A qualifier before the first member of a list in one unit stands for every member.
    assertThat(X.extract("约2.2、4.6亿元")).extracting(Mention::text, Mention::metric)
        .containsExactly(tuple("约2.2", Metric.parse("约2.2亿元")), tuple("4.6亿元", Metric.parse("约4.6亿元")));
    assertThat(X.extract("分别同比增长约81.7%、68.1%和172.4%")).extracting(Mention::metric)
        .containsExactly(Metric.parse("约81.7%"), Metric.parse("约68.1%"), Metric.parse("约172.4%"));
    assertThat(X.extract("超过100家、企业200家")).extracting(Mention::metric)
        .containsExactly(Metric.parse("超过100家"), Metric.parse("200家")); // 企业 stands between: no list
    // Two adjacent numerals across 、 are an approximate range.
    assertThat(only("经验已有二、三十年").metric()).isEqualTo(Metric.range(new BigDecimal(20), new BigDecimal(30), Units.YEAR));
    assertThat(only("未来一、兩年相继落成").text()).isEqualTo("一、兩年");
    // 45 is not 4 × 10ⁿ: no range, but a list of two durations.
    assertThat(X.extract("已有三、四十五年")).extracting(Mention::text).containsExactly("三", "四十五年");
    // A list member whose unit never comes is no mention; nor is a number in a list of labels.
    assertThat(X.extract("1、园区概况；2、企业20家")).extracting(Mention::text).containsExactly("20家");
    // A member with a magnitude word that is not the next unit's stays a figure with no unit.
    assertThat(X.extract("3万、5亿元")).extracting(Mention::metric).containsExactly(Metric.parse("3万"), Metric.parse("5亿元"));
  }

  @Test
  void aCurrencyDeclaredInABracketHoldsForTheFiguresAfterIt() {
    assertThat(X.extract("註冊資本接近70億(美元,下同),投資總額90.7億,另有企業20家"))
        .extracting(Mention::text, Mention::metric)
        .containsExactly(tuple("接近70億", Metric.parse("近70亿美元")), tuple("90.7億", Metric.parse("90.7亿美元")),
            tuple("20家", Metric.parse("20家")));
    assertThat(X.extract("实际使用外资1763.8亿元（人民币，下同），另投资600亿")).extracting(Mention::metric)
        .containsExactly(Metric.parse("1763.8亿元"), Metric.parse("600亿元"));
    assertThat(X.extract("投资600亿。")).extracting(Mention::metric).containsExactly(Metric.parse("600亿")); // none declared
    // 下同, "the same below": for the rest of the text, also where the bare 元 is written
    assertThat(X.extract("接近70億(美元,下同)。投資總額90.7億")).extracting(Mention::metric)
        .containsExactly(Metric.parse("近70亿美元"), Metric.parse("90.7亿美元"));
    assertThat(X.extract("投資額超過4億元(美元,下同)。另一方面，投資總額32.6億元，其中人民币5亿元、3億元人民幣。"))
        .extracting(Mention::metric)
        .containsExactly(Metric.parse("超过4亿美元"), Metric.parse("32.6亿美元"), Metric.parse("5亿元"), Metric.parse("3亿元"));
    // each text on its own: a declaration does not reach into the next one
    assertThat(X.extract("投资总额90.7亿元")).extracting(Mention::metric).containsExactly(Metric.parse("90.7亿元"));
    // the currency written right before the figure with (下同) after it: this figure and those after it
    assertThat(X.extract("總投增資額達新台幣(下同)1,822.232億元，全年突破2,500億元"))
        .extracting(Mention::text, Mention::metric)
        .containsExactly(tuple("1,822.232億元", Metric.parse("1822.232亿新台币")),
            tuple("突破2,500億元", Metric.parse("超过2500亿新台币")));
  }

  @Test
  void aCountNounEndingIn数IsFollowedByItsFigure() {
    assertThat(X.extract("拥有区内注册企业数97868家、同比增长24.5%，10月底從業員工數55,546人"))
        .extracting(Mention::text).containsExactly("97868家", "24.5%", "55,546人");
    // 数 before a Chinese numeral, or before 10, 100 …, is "several": 数百公斤, 数十家, 数10亿元
    assertThat(X.extract("引进数十家企业，年产数百公斤，投资数10亿元")).isEmpty();
  }

  @Test
  void 几AfterAHundredOrAThousandIsNoFigure() {
    // 十几 is ten-odd; 两千几百 and 一百几十 are not read, rather than read 10 or 100 times too large
    assertThat(X.extract("员工十几人，两千几百名员工，一百几十家企业")).extracting(Mention::metric)
        .containsExactly(Metric.parse("10余人"));
  }

  @Test
  void aMagnitudeWordAloneAfterABoundIsAFigure() {
    assertThat(X.extract("投资过亿，营收突破百亿，产值超千万")).extracting(Mention::text, Mention::metric)
        .containsExactly(tuple("过亿", Metric.parse("超过1亿")), tuple("突破百亿", Metric.parse("超过100亿")),
            tuple("超千万", Metric.parse("超过1000万")));
    assertThat(X.extract("千万不要，亿万富翁")).isEmpty(); // no bound before them
    assertThat(X.extract("过百亿园区5个")).extracting(Mention::text).containsExactly("过百亿", "5个");
    assertThat(X.extract("位于近亿利广场，超亿航智能总部")).isEmpty(); // names made with 亿
  }

  @Test
  void aHundredOrAThousandWithOverAfterItIsAFigure() {
    assertThat(X.extract("已進駐百余家生技公司，千余人就业")).extracting(Mention::metric)
        .containsExactly(Metric.parse("100余家"), Metric.parse("1000余人"));
    assertThat(X.extract("千家万户")).isEmpty();
    // 零部件 and 零件 (components, parts) hold no 0 部 nor 0 件; 零元 is a figure
    assertThat(X.extract("建设汽车零部件产业园，引进精密零件公司")).isEmpty();
    assertThat(X.extract("净利润零元")).extracting(Mention::metric).containsExactly(Metric.parse("0元"));
  }

  @Test
  void twoArabicDigitsOneApartAcross顿号AreAnApproximateRange() {
    assertThat(X.extract("建设周期约5、6年，回收期3、5年")).extracting(Mention::text, Mention::metric)
        .containsExactly(tuple("5、6年", Metric.parse("5-6年")), tuple("3、5年", Metric.parse("3-5年")));
    assertThat(X.extract("5、8家企业")).extracting(Mention::text).doesNotContain("5、8家");
    // a list, and classifiers that number things: phases 1, 2 and 3, not 2–3 phases
    assertThat(X.extract("项目分1、2、3期建设")).extracting(Mention::metric).doesNotContain(Metric.parse("2-3期"));
    assertThat(X.extract("园区1、2期共投资5亿元")).extracting(Mention::metric).doesNotContain(Metric.parse("1-2期"));
  }

  @Test
  void aMeasureInLatinLettersIsFollowedByItsFigure() {
    assertThat(X.extract("西安高新區GDP占城市GDP27%")).extracting(Mention::text).containsExactly("27%");
    assertThat(X.extract("研发GLP-1药物，建设A5厂房")).isEmpty(); // codes, not figures
  }

  @Test
  void chineseDigitsWithTheDotsAndCirclesOfTaiwanesePrintAreFigures() {
    assertThat(X.extract("一至九月營業額較去年同期成長九.六四%，吸引近一九○億元民間投資，增加六萬三四九二個就業機會"))
        .extracting(Mention::text, Mention::metric)
        .containsExactly(tuple("九.六四%", Metric.parse("9.64%")), tuple("近一九○億元", Metric.parse("近190亿元")),
            tuple("六萬三四九二個", Metric.parse("63492个")));
    assertThat(X.extract("釋出二‧二五公頃周轉用地")).extracting(Mention::metric).containsExactly(Metric.parse("2.25公顷"));
    // a year written with a circle for zero is still a year; a circle alone begins no figure
    assertThat(X.extract("二○一二年九月，○○公司進駐")).isEmpty();
  }

  @Test
  void aQualifierScopesOverAFigureThroughAVerbOrANoun() {
    assertThat(only("园区约有120家企业").metric()).isEqualTo(Metric.parse("约120家"));
    assertThat(only("约占40%").metric()).isEqualTo(Metric.parse("约40%"));
    assertThat(only("约占全区的40%").text()).isEqualTo("约占全区的40%");
    assertThat(only("约占全区的40%").metric()).isEqualTo(Metric.parse("约40%"));
    // a share of a whole after 占 and 全, written without 的
    assertThat(only("出口额约占全国12%").text()).isEqualTo("约占全国12%");
    assertThat(only("出口额约占全国12%").metric()).isEqualTo(Metric.parse("约12%"));
    assertThat(only("约有企业占12%").metric()).isEqualTo(Metric.parse("12%"));
    assertThat(only("消化超過集體空置廠房總量的三成").metric()).isEqualTo(Metric.parse("超过30%"));
    assertThat(only("租金可能突破每平方米70元").text()).isEqualTo("突破每平方米70元");
    assertThat(only("租金可能突破每平方米70元").metric()).isEqualTo(Metric.parse("超过70元"));
    assertThat(only("最高奖励100万元").metric()).isEqualTo(Metric.parse("最高100万元"));
    assertThat(only("最多可获50万元").metric()).isEqualTo(Metric.parse("最高50万元"));
    // Only a share after 的, and not across a clause, another figure or an EXACT word.
    assertThat(X.extract("超过一半的企业有3家")).extracting(Mention::metric)
        .containsExactly(Metric.parse("超过50%"), Metric.parse("3家"));
    assertThat(only("约占全区，其中的40%").metric()).isEqualTo(Metric.parse("40%"));
  }

  @Test
  void aComparisonBaseIsNotThePeriod() {
    Mention m = only("2024年园区占比比2020年提高6.4个百分点");
    assertThat(m.period()).contains("2024年");
    assertThat(m.base()).contains("2020年");
    assertThat(m.calendarBase()).contains(Period.year(2020));
    assertThat(only("比2020年提高6.4个百分点").period()).isEmpty();
    assertThat(X.extract("企业6家，较上年增长3家，产值5亿元")).extracting(x -> x.base().orElse(null))
        .containsExactly(null, "上年", null); // a base in a clause of its figure is the base of that clause
    // 相比2022年， standing alone is the base of the rest of the sentence.
    assertThat(X.extract("2023年入围57家，相比2022年，东部减少2席，中部增加1席。"))
        .extracting(x -> x.period().orElse(null), x -> x.base().orElse(null))
        .containsExactly(tuple("2023年", null), tuple("2023年", "2022年"), tuple("2023年", "2022年"));
    assertThat(only("与2020年相比，营收增长5%").base()).contains("2020年");
    // 比前年的1兆7510亿元: the base's own figure, of that period and compared with nothing.
    List<Mention> own = X.extract("去年总营业额为1兆9664亿元，比前年的1兆7510亿元多出2153亿元");
    assertThat(own).extracting(x -> x.period().orElse(null), x -> x.base().orElse(null))
        .containsExactly(tuple("去年", null), tuple("前年", null), tuple("去年", "前年"));
    // 去年同期 is the period's part of the year before.
    Mention same = only("2024年上半年，营收较去年同期增长5%");
    assertThat(same.base()).contains("去年同期");
    assertThat(same.calendarBase()).contains(Period.halfYear(2023, 1));
    assertThat(only("今年上半年营收较去年同期增长5%").calendarBase()).isEmpty(); // no calendar year to count from
  }

  @Test
  void 上BeforeAMagnitudeWordIsReaching() {
    assertThat(only("园区已吸引了上万家企业入驻").metric()).isEqualTo(Metric.parse("1万家以上"));
    assertThat(only("，上千人参加了活动").text()).isEqualTo("上千人");
    assertThat(only("累计引进企业上万家，去年产值增长").text()).isEqualTo("上万家");
    // the 上 of a place: 市场上, 网上
    assertThat(X.extract("市场上万家企业竞争，网上千家店铺")).isEmpty();
  }

  @Test
  void aDurationAheadIsAFigure() {
    assertThat(only("提前两年完成目标").text()).isEqualTo("两年");
    assertThat(X.extract("前两年营收平稳")).isEmpty(); // the two years before: a time
  }

  @Test
  void wordsMadeWith部AreNoFigures() {
    assertThat(X.extract("国家六部委联合发文，六部门共同推进，分为兩部分。")).isEmpty();
    assertThat(only("已拍摄三部纪录片").text()).isEqualTo("三部");
  }

  @Test
  void periodsAreReadAsCalendarPeriods() {
    assertThat(only("2024年1-6月，营收100亿元").calendarPeriod()).contains(Period.halfYear(2024, 1));
    assertThat(only("2024年1月至5月，营收100亿元").calendarPeriod())
        .contains(Period.months(YearMonth.of(2024, 1), YearMonth.of(2024, 5)));
    assertThat(only("2024年4-6月，营收100亿元").calendarPeriod()).contains(Period.quarter(2024, 2));
    assertThat(only("2023年前三季度，产值100亿元").calendarPeriod())
        .contains(Period.months(YearMonth.of(2023, 1), YearMonth.of(2023, 9)));
    assertThat(only("截至2021年底，企业20家").calendarPeriod()).contains(Period.endOf(Year.of(2021)));
    assertThat(only("截至2017年12月底，企业20家").calendarPeriod()).contains(Period.asOf(LocalDate.of(2017, 12, 31)));
    assertThat(only("107年上半年營業額達1兆元").calendarPeriod()).contains(Period.halfYear(2018, 1));
    // a year of the Republic of China with spaces around its digits is a year, not a duration
    assertThat(only("108 年已開發完成的工業區有 55 處").text()).isEqualTo("55 處");
    assertThat(only("於民國 73 年 1 月開發，面積 100 公頃").text()).isEqualTo("100 公頃");
    assertThat(only("截至二○一二年九月，共有約390家").calendarPeriod()).contains(Period.asOf(LocalDate.of(2012, 9, 30)));
    assertThat(only("“十四五”期间新增装机规模约1GW").calendarPeriod()).contains(Period.fiveYearPlan(14));
    assertThat(only("自99年至103年活化面積達12萬坪").period()).contains("自99年至103年");
    assertThat(only("自99年至103年活化面積達12萬坪").calendarPeriod()).isEmpty(); // 自: where a span starts
    assertThat(only("今年上半年营收100亿元").calendarPeriod()).isEmpty(); // relative to the text's date
    assertThat(only("今年前10个月营收100亿元").period()).contains("今年前10个月");
  }

  @Test
  void aPeriodCarriesAcrossASemicolonNotAFullStopNorALine() {
    assertThat(X.extract("2024年1-6月，营收100亿元；利润5亿元。企业20家"))
        .extracting(m -> m.period().orElse(null))
        .containsExactly("2024年1-6月", "2024年1-6月", null);
    assertThat(X.extract("2024年上半年；营收100亿元；利润5亿元")).extracting(m -> m.period().orElse(null))
        .containsExactly("2024年上半年", "2024年上半年");
    assertThat(X.extract("2024年上半年；营收100亿元\n利润5亿元")).extracting(m -> m.period().orElse(null))
        .containsExactly("2024年上半年", null);
    assertThat(X.extract("2024年上半年；\n营收100亿元")).extracting(m -> m.period().orElse(null))
        .containsExactly((String) null);
    assertThat(X.extract("2023年营收100亿元；2024年利润5亿元；企业20家")).extracting(m -> m.period().orElse(null))
        .containsExactly("2023年", "2024年", "2024年");
  }

  @Test
  void aByteOrderMarkIsSkippedAndShiftsNoOffset() throws IOException {
    List<Mention> plain = X.extract("截至2021年底，企业20家");
    assertThat(plain).extracting(Mention::start).containsExactly(11);
    assertThat(X.extract("\uFEFF截至2021年底，企业20家")).isEqualTo(plain);
    assertThat(X.extract(new StringReader("\uFEFF截至2021年底，企业20家"))).isEqualTo(plain);
    assertThat(X.extract("企业\uFEFF20家")).extracting(Mention::start).containsExactly(3); // only at the start
  }

  @Test
  void aMagnitudeWordAloneIsAFigureAfterAQualifier() {
    assertThat(only("营业收入超亿元").metric()).isEqualTo(Metric.parse("超亿元"));
    assertThat(only("年产值超过百亿元").metric()).isEqualTo(Metric.parse("超过100亿元"));
  }

  @Test
  void singleCharacterQualifiersAreNotReadInsideOtherWords() {
    assertThat(only("经过20多年发展").metric().qualifier()).isEqualTo(Qualifier.OVER);
    assertThat(only("通过5个平台").metric().qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(only("最近3家企业").text()).isEqualTo("3家");
    assertThat(only("节约33万吨").metric().qualifier()).isEqualTo(Qualifier.EXACT);
  }

  @Test
  void findsThePeriodEarlierInTheSentenceAndLine() {
    assertThat(only("2024年1月至5月，营收同比增长21.6%。").period()).contains("2024年1月至5月");
    assertThat(only("截至 2017 年年底，共有 152 家园区").period()).contains("截至 2017 年年底");
    assertThat(only("在“十四五”期间新增装机规模约1GW").period()).contains("十四五");
    assertThat(X.extract("2021年。园区有企业20家。").get(0).period()).isEmpty();
    assertThat(X.extract("2021年\n园区有企业20家").get(0).period()).isEmpty();
  }

  @Test
  void takesTheIndicatorOfTheFigureBeforeAcrossTo() {
    List<Mention> m = X.extract("生产总值从3.83亿元增加到141.27亿元");
    assertThat(m).extracting(x -> x.indicator().orElse(null)).containsExactly("生产总值", "生产总值");
  }

  @Test
  void countsOffsetsInCodePoints() {
    String text = "𠀀𠀀企业20家";
    Mention m = only(text);
    assertThat(m.start()).isEqualTo(4);
    assertThat(m.end()).isEqualTo(7);
    assertThat(text.substring(text.offsetByCodePoints(0, m.start()), text.offsetByCodePoints(0, m.end())))
        .isEqualTo(m.text());
  }

  @Test
  void readsAReaderLikeAString() throws IOException {
    String text = "园区总面积31.85平方公里。".repeat(1000) + "企业2万余家";
    assertThat(X.extract(new StringReader(text))).isEqualTo(X.extract(text)).hasSize(1001);
  }

  @Test
  void cutsOverlongSentencesAtWhiteSpace() {
    MetricExtractor small = MetricExtractor.withMaxSentence(8);
    assertThat(small.extract("企业 20家 企业 30家 企业 40家")).extracting(Mention::text).containsExactly("20家", "30家", "40家");
  }

  @Test
  void findsNothingInAnEmptyText() {
    assertThat(X.extract("")).isEmpty();
    assertThat(texts("没有数字的句子。")).isEmpty();
  }

  @Test
  void checksItsArguments() {
    assertThatThrownBy(() -> X.extract((CharSequence) null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> MetricExtractor.using(null)).isInstanceOf(NullPointerException.class).hasMessage("parser");
    assertThatThrownBy(() -> Mention.of(3, 5, "2万余家", Metric.parse("2万余家"), null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not hold 2 code points");
    assertThatThrownBy(() -> Mention.of(0, 1, "2", Metric.parse("2家"), "", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mentionEqualityCoversEveryField() {
    Mention a = Mention.of(0, 4, "2万余家", Metric.parse("2万余家"), "企业", null);
    assertThat(a).isEqualTo(Mention.of(0, 4, "2万余家", Metric.parse("2万余家"), "企业", null))
        .hasSameHashCodeAs(Mention.of(0, 4, "2万余家", Metric.parse("2万余家"), "企业", null))
        .isEqualTo(Mention.of(0, 4, "2万余家", Metric.parse("2万余家"), "企业", null, null))
        .isNotEqualTo(Mention.of(0, 4, "2万余家", Metric.parse("2万余家"), null, null))
        .isNotEqualTo(Mention.of(1, 5, "2万余家", Metric.parse("2万余家"), "企业", null))
        .isNotEqualTo(Mention.of(0, 4, "2万余家", Metric.parse("2万余家"), "企业", null, "上年"));
    assertThat(a.toString()).isEqualTo("[0,4) \"2万余家\" 2万余家 OVER indicator=企业");
    assertThat(Mention.of(0, 4, "2万余家", Metric.parse("2万余家"), "企业", "2024年", "上年").toString())
        .isEqualTo("[0,4) \"2万余家\" 2万余家 OVER indicator=企业 period=2024年 base=上年");
    assertThatThrownBy(() -> Mention.of(0, 1, "2", Metric.parse("2家"), null, null, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("base is empty: use null");
  }

  @Test
  void readsNoOverFromZero() {
    assertThat(MetricExtractor.standard().extract("他工作了0个多月。"))
        .extracting(mention -> mention.metric().qualifier())
        .containsExactly(Qualifier.EXACT);
    assertThat(MetricExtractor.standard().extract("他工作了0年多，后来3个多月。"))
        .extracting(mention -> mention.metric().qualifier())
        .containsExactly(Qualifier.EXACT, Qualifier.OVER);
  }

  @Test
  void mentionsRoundTripThroughJavaSerialization() throws Exception {
    List<Mention> mentions = MetricExtractor.standard()
        .extract("2023年园区实现营业收入约1900亿元，比2022年增长12.5%，入驻企业2萬餘家，规划面积31.85平方公里。");
    assertThat(mentions).hasSize(4).anyMatch(m -> m.base().isPresent());
    for (Mention m : mentions) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(m);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        assertThat(in.readObject()).isEqualTo(m);
      }
    }
  }
  @Test
  void kuaiAloneCountsPiecesNotYuan() {
    // after 新闻联播 on 霍尔果斯 (real-articles-unseen-83 CO2) and 荆州开发区's battery maker (-78 CJ3); figures ours
    assertThat(MetricExtractor.standard().extract("霍尔果斯就像一块磁石，日产能7000块，门票3块钱。"))
        .extracting(m -> m.metric().toString()).containsExactly("3元");
  }

  @Test
  void yiDuAloneIsOnceNotAKilowattHour() {
    // after 新闻联播 on 西安高新区 (real-articles-unseen-85 CQ3); figures ours
    assertThat(MetricExtractor.standard().extract("这个项目的研发一度停滞，每户每天节约一度电。"))
        .extracting(m -> m.metric().toString()).containsExactly("1千瓦时");
  }

}
