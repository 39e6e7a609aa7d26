package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
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
  void theClassExampleHolds() {
    List<Mention> m = X.extract("截至2021年底，园区营业收入超过300亿元，集聚企业2万余家，同比增长21.6%。");
    assertThat(m).extracting(Mention::toString).containsExactly(
        "[15,22) \"超过300亿元\" 超过300亿元 MORE_THAN indicator=营业收入 period=截至2021年底",
        "[27,31) \"2万余家\" 2万余家 OVER indicator=企业 period=截至2021年底",
        "[36,41) \"21.6%\" 21.6% EXACT indicator=同比增长 period=截至2021年底");
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
  })
  void doesNotReportWhatIsNotAParkMetric(String text) {
    assertThat(X.extract(text)).as(text).isEmpty();
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
        .isNotEqualTo(Mention.of(0, 4, "2万余家", Metric.parse("2万余家"), null, null))
        .isNotEqualTo(Mention.of(1, 5, "2万余家", Metric.parse("2万余家"), "企业", null));
    assertThat(a.toString()).isEqualTo("[0,4) \"2万余家\" 2万余家 OVER indicator=企业");
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
        .extract("2023年园区实现营业收入约1900亿元，同比增长12.5%，入驻企业2萬餘家，规划面积31.85平方公里。");
    assertThat(mentions).hasSize(4);
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
}
