package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.catalog.ParkNameResolver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The short names of parks no rule finds ({@code known-park-names.tsv}), in extraction. */
class KnownParkNamesTest {
  private static final MetricExtractor X = MetricExtractor.standard().withParkNames(ParkNameResolver.standard());

  private static String parkOf(String text) {
    List<Mention> mentions = X.extract(text);
    assertThat(mentions).isNotEmpty();
    return mentions.get(0).park().map(ParkMention::text).orElse(null);
  }

  /** The park names found in {@code text}, as written, in order. */
  private static List<String> namesIn(String text) {
    List<String> names = new ArrayList<>();
    X.extract(text, m -> {}, p -> names.add(p.text()));
    return names;
  }

  @Test
  void aShortNameInCommonUseIsAPark() {
    assertThat(parkOf("竹科今年營業額逾新台幣1.3兆元。")).isEqualTo("竹科");
    assertThat(parkOf("數碼港現有800多家企業。")).isEqualTo("數碼港");
    assertThat(parkOf("前海去年实现税收超过300亿元。")).isEqualTo("前海");
    assertThat(X.extract("横琴注册企业5万家。").get(0).park().orElseThrow().status().name()).isEqualTo("NONE");
    // 浦东, 浦东新区's (after 新闻联播 on 浦东's thirty years, real-articles-unseen-87 CS4); not its
    // airport, roads, or 黄浦 and 杨浦's east
    assertThat(parkOf("浦东地区生产总值从1990年的60.24亿元增长到2019年的1.27万亿元。")).isEqualTo("浦东");
    assertThat(parkOf("浦东机场货邮吞吐量超过300万吨。")).isNull();
    assertThat(parkOf("浦东大道沿线聚集企业300家。")).isNull();
  }

  @Test
  void notWhereTheNextCharacterMakesItAnotherWord() {
    assertThat(parkOf("南科大今年招生1500人。")).isNull();
    assertThat(parkOf("横琴口岸通关旅客超过1000万人次。")).isNull();
    assertThat(parkOf("前海湾面积约20平方公里。")).isNull();
  }

  @Test
  void notWhereTheCharacterBeforeMakesItAnotherWord() {
    // real text of public pages: a database column's comment, a customs declaration's notes, a
    // business history, an admissions list
    assertThat(namesIn("目前海关系统可开放给用户")).isEmpty();
    assertThat(namesIn("本次申报如果存在与此前海关审查确定或价格预裁定内容不一致的，申报人应在“说明”栏中说明不一致的有关内容。"))
        .isEmpty();
    assertThat(parkOf("此前海尔宣布以12.8亿美元，竞购美国老牌家电业者美泰克(Maytag)。")).isNull();
    assertThat(namesIn("西南科技大学2026年拟录取硕士研究生名单")).isEmpty();
  }

  @Test
  void notWhereItBeginsInsideAProvinceOrPrefecture() {
    // 湖南 and 河南 are provinces of GB/T 2260; no row of the table needs to say so
    assertThat(namesIn("异形网络工作室是湖南科技大学学生创业工作室。")).isEmpty();
    assertThat(namesIn("你是「科大 AI 学长」，河南科技大学（HAUST）新生指南网站里的答疑助手。")).isEmpty();
    // a place that ends where the name starts is no part of it
    assertThat(namesIn("记者7月12日从深圳市前海管理局获悉。")).containsExactly("前海");
    // a county's name does not count: 市南 is a district of Qingdao, and this is Tainan's 南科 (a land office's list)
    assertThat(namesIn("臺南市南科特定區開發區塊F、G區段徵收案")).containsExactly("南科");
  }

  @Test
  void aNameAtTheStartOrAfterPunctuationOrAFunctionWord() {
    // real sentences: real-sentences.jsonl and public pages
    assertThat(namesIn("數碼港發言人說,整體辦公樓面出租率超過九成,只有8個辦公室單位空置。")).containsExactly("數碼港");
    assertThat(namesIn("其中以中科48.85%成長率最高,南科23.75%次之,竹科則為1.86%。")).containsExactly("南科", "竹科");
    assertThat(namesIn("在前海註冊的港資背景企業註冊資金合計為3871億元人民幣,佔總註冊資金的8%。")).containsExactly("前海");
    assertThat(namesIn("截至去年底在橫琴註冊的澳門投資企業累計超過1,000家。")).containsExactly("橫琴");
    assertThat(namesIn("建议与前海管理局提前签订框架合作协议。")).containsExactly("前海");
    assertThat(namesIn("第26屆澳門荷花節開幕，9000盆荷花與橫琴雙城聯動。")).containsExactly("橫琴");
  }

  @Test
  void aNameAfterAnyOtherWordThatEndsThere() {
    // real reports write a name right after a time word, a verb or 其中: no list of the words
    // before names could hold them all, so only the characters that make it another word are listed
    assertThat(namesIn("今年竹科各產業營業額,積體電路產業成長318%。")).containsExactly("竹科");
    assertThat(namesIn("該項目是澳門中小企業抱團登陸橫琴的第一個站點。")).containsExactly("橫琴");
    assertThat(namesIn("去年相關計劃吸引了兩百多位香港大專院校學生赴前海實習。")).containsExactly("前海");
    assertThat(namesIn("傳媒早前報道數碼港出租率6成不到。")).containsExactly("數碼港");
    assertThat(namesIn("其中竹科的部分,达11418亿元。")).containsExactly("竹科");
    // 新 before 竹科 makes 新竹, and the park's full name is found instead
    assertThat(namesIn("黃文雄表示,從新竹科學園區算起,台灣經營科學園區的經驗已有二、三十年。")).containsExactly("新竹科學園區");
  }

  @Test
  void aLongerNameTakesItsPlace() {
    assertThat(parkOf("前海合作区去年实现税收超过300亿元。")).isEqualTo("前海合作区");
  }

  @Test
  void everyRowHasASource() {
    // the table refuses a row without a source when read: reading it at all checks every row
    assertThat(KnownParkNames.names()).hasSizeGreaterThanOrEqualTo(7);
  }
}
