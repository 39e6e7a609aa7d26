package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parkdata.catalog.ParkNameResolution;
import dev.parkdata.catalog.ParkNameResolver;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Target;
import dev.parkdata.park.Area;
import dev.parkdata.park.Park;
import dev.parkdata.source.Citation;
import dev.parkdata.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the parks a text names, and the park each figure is about (the rule is in {@link
 * MetricExtractor}'s javadoc); measured on the five articles against the fixtures, which record
 * the park of each figure they hold.
 */
class ParkAttributionTest {
  private static final MetricExtractor EXTRACTOR = MetricExtractor.standard().withParkNames(ParkNameResolver.standard());

  private static List<Mention> figures(String text) {
    return EXTRACTOR.extract(text);
  }

  private static List<ParkMention> parks(String text) {
    List<ParkMention> parks = new ArrayList<>();
    EXTRACTOR.extract(text, m -> {}, parks::add);
    return parks;
  }

  private static String park(Mention m) {
    return m.park().map(p -> p.code().map(Identifier::value).orElse(p.text())).orElse("-");
  }

  @Test
  void aFigureIsAboutTheParkNamedLastBeforeItInItsSentence() {
    List<Mention> mentions = figures("苏州高新区营收1900亿元，株洲高新区营收800亿元。");
    assertThat(mentions).extracting(ParkAttributionTest::park).containsExactly("G322018", "G432034");
    assertThat(mentions.get(0).park().orElseThrow())
        .hasToString("[0,5) \"苏州高新区\" G322018 苏州高新技术产业开发区");
  }

  @Test
  void traditionalFormsAndLongerNamesAreFound() {
    assertThat(parks("蘇州高新區的企業超過300家。")).singleElement()
        .satisfies(p -> assertThat(p.code()).contains(Identifier.of("G322018")));
    // the zone's bonded zone is one name, not the zone followed by 综合保税区
    assertThat(parks("苏州高新技术产业开发区综合保税区进出口额100亿元。")).singleElement()
        .satisfies(p -> assertThat(p.code()).contains(Identifier.of("G323040")));
  }

  @Test
  void aSentenceOfWhichGoesOnWithTheParkAndPeriodOfTheOneBefore() {
    List<Mention> mentions = figures("截至6月底，株洲高新区已聚集超220家企业。其中，国家高新技术企业超过70家，专精特新企业4家。");
    assertThat(mentions).extracting(ParkAttributionTest::park).containsExactly("G432034", "G432034", "G432034");
    assertThat(mentions).extracting(m -> m.period().orElse(null)).containsExactly("截至6月底", "截至6月底", "截至6月底");
    // also where 其中 opens a paragraph: it goes on about the figures before
    assertThat(figures("截至6月底，株洲高新区已聚集超220家企业。\n其中，国家高新技术企业超过70家。"))
        .extracting(ParkAttributionTest::park, m -> m.period().orElse(null))
        .containsExactly(tuple("G432034", "截至6月底"), tuple("G432034", "截至6月底"));
    // only right after: a sentence between, or one that does not begin with 其中, has neither
    assertThat(figures("截至6月底，株洲高新区已聚集超220家企业。全市其中有70家。")).extracting(ParkAttributionTest::park)
        .containsExactly("G432034", "-");
    assertThat(figures("株洲高新区营收800亿元。全省企业10万家。其中高新技术企业5000家。"))
        .extracting(ParkAttributionTest::park).containsExactly("G432034", "-", "-");
  }

  @Test
  void aNameAfterAPlaceWithWhichItNamesNoZoneIsAParkTheCatalogueLacks() {
    // 临港工业园区 alone is 广东湛江临港工业园区; after 丹东 it is 丹东's, which the catalogue lacks
    assertThat(parks("2008年，丹东临港工业园区实现工业总产值54.3亿元。")).singleElement()
        .satisfies(p -> {
          assertThat(p.text()).isEqualTo("丹东临港工业园区");
          assertThat(p.status()).isEqualTo(ParkNameResolution.Status.NONE);
        });
    assertThat(parks("湛江临港工业园区实现工业总产值54.3亿元。")).singleElement()
        .satisfies(p -> assertThat(p.code()).contains(Identifier.of("S449047")));
    // the 东 of 丹东 is not 东临 (borders on the east); a visit is no part of the name
    assertThat(parks("记者参观考察辽宁丹东临港产业园区。")).extracting(ParkMention::text)
        .containsExactly("辽宁丹东临港产业园区");
    assertThat(parks("园区南临西城片区。")).extracting(ParkMention::text).containsExactly("西城片区");
  }


  @Test
  void aParkSomethingElseIsBuiltAroundIsNotTheSubject() {
    // after 经济日报 on 昌平's 生命谷 (the five articles, 003), words ours: 以…为主阵地的 describes the
    // area the figures are of; 以…为例 gives the park as the example, whose figures follow
    assertThat(figures("以生命科学园为主阵地的昌平区“生命谷”，2021年医药健康产业实现收入717亿元。"))
        .extracting(ParkAttributionTest::park).containsExactly("-");
    assertThat(figures("以苏州高新区为例，2021年营收1900亿元。")).extracting(ParkAttributionTest::park)
        .containsExactly("G322018");
    // 以 ending another word (所以, 可以) is no preposition
    assertThat(figures("所以苏州工业园区为全省第一的园区，2021年营收1900亿元。")).extracting(ParkAttributionTest::park)
        .containsExactly("G321090");
    assertThat(figures("以生命科学园為主陣地的昌平區“生命谷”，2021年醫藥健康產業實現收入717億元。"))
        .extracting(ParkAttributionTest::park).containsExactly("-");
  }

  @Test
  void aRankingATitleACityHoldsAndAVerbBeforeANameAreNoPartsOfAPark() {
    // after 盐城经开区's page (real-articles-unseen-22 W4), sentences ours: 全国百强 ranks the zone, a
    // 跨境电商综合试验区 is a title a city holds, and 拥有 or 启动 stands before the name
    assertThat(parks("盐城经开区是全国百强产业园区，拥有中韩(盐城)产业园和国家跨境电商综合试验区。"))
        .extracting(ParkMention::text).containsExactly("盐城经开区", "中韩(盐城)产业园");
    assertThat(parks("2001年，丰城市启动丰源工业园建设。")).extracting(ParkMention::text).containsExactly("丰源工业园");
    assertThat(parks("鹽城經開區是全國百強產業園區，擁有中韓(鹽城)產業園和國家跨境電商綜合試驗區。"))
        .extracting(ParkMention::text).containsExactly("鹽城經開區", "中韓(鹽城)產業園");
  }
  @Test
  void zonesRenamedSinceTheCatalogueAreParksButABare开发区AfterAWordIsNone() {
    assertThat(parks("2021年，益阳龙岭产业开发区规模工业总产值738.7亿元。")).singleElement()
        .satisfies(p -> {
          assertThat(p.text()).isEqualTo("益阳龙岭产业开发区");
          assertThat(p.status()).isEqualTo(ParkNameResolution.Status.NONE);
        });
    assertThat(parks("镇远县黔东工业集中区入驻企业20家。")).extracting(ParkMention::text)
        .containsExactly("镇远县黔东工业集中区");
    // an 经济开发区 the catalogue lacks starts with a place, from the first place in the words before it
    assertThat(parks("赤峰红山经济开发区入驻企业146家，但红山经济开发区仍在扩大。")).extracting(ParkMention::text)
        .containsExactly("赤峰红山经济开发区", "红山经济开发区");
    assertThat(parks("努力提升经济开发区营收10%。")).isEmpty();
    // a 片区 after a word of time is the park the text is about, no name: 前三季度片区注册企业…
    assertThat(parks("前三季度片区注册企业实现增加值1057.08亿元。")).isEmpty();
    // 开发区 alone stands for the park the text is about, after a word of time or a verb
    assertThat(parks("今年开发区完成投资50亿元，努力实现开发区营收增长10%。")).isEmpty();
    // kinds, not names
    assertThat(parks("国家级经济技术开发区和市级产业开发区共10个。")).isEmpty();
  }

  @Test
  void aNationalNewAreaIsAParkThoughADistrictElsewhereHasItsName() {
    // 南京's 江北新区, not 重庆's or 宁波's 江北区; 深圳's 光明新区 is its 光明区 since 2018
    assertThat(parks("2019年，江北新区地区生产总值2780亿元。")).extracting(ParkMention::text).containsExactly("江北新区");
    assertThat(parks("2017年，光明新区地区生产总值800亿元。")).isEmpty();
  }

  @Test
  void aFormerNameInBracketsAfterAParkIsThatPark() {
    assertThat(figures("南通国家高新技术产业开发区(原通州经济开发区)创建于1992年，规划控制面积130.7平方公里。"))
        .extracting(ParkAttributionTest::park).containsExactly("G322075");
  }

  @Test
  void aKindsWordRefersToTheParkOfThatKindNamedLast() {
    String text = "雅安经济开发区一季度投资完成5.98亿元。川西大数据产业园预计5月投运。";
    // 经开区 is the 经济开发区, not the 产业园 named since; 园区 is the park named last
    assertThat(figures(text + "经开区共签约项目5个。")).extracting(ParkAttributionTest::park)
        .containsExactly("S517030", "S517030");
    assertThat(figures(text + "园区共签约项目5个。")).last()
        .satisfies(m -> assertThat(m.park().orElseThrow().text()).isEqualTo("川西大数据产业园"));
  }

  @Test
  void aCountOfParksIsAboutNoneOfThem() {
    Mention three = figures("竹科、南科等三個科學園區的營業額逼近2兆元。").get(0);
    assertThat(three.indicator()).contains("科學園區");
    assertThat(park(three)).isEqualTo("-");
    assertThat(figures("株洲高新区已建成2个产业集群。")).extracting(ParkAttributionTest::park).containsExactly("-");
    // a count of anything else keeps the park: 家 of 企业, 个 of 项目
    assertThat(figures("株洲高新区集聚企业2万余家，签约项目30个。")).extracting(ParkAttributionTest::park)
        .containsExactly("G432034", "G432034");
  }

  @Test
  void aShortFormInBracketsAfterANameIsThatPark() {
    Mention m = figures("新竹科學園區(竹科):1兆5146億元，年增6.66%。").get(0);
    assertThat(m.park()).hasValueSatisfying(p -> assertThat(p.text()).isEqualTo("新竹科學園區"));
    assertThat(parks("新竹科學園區(竹科):1兆5146億元。")).extracting(ParkMention::text).containsExactly("新竹科學園區", "竹科");
    // not in brackets: the park named last
    assertThat(figures("新竹科學園區與竹科營業額1兆元。").get(0).park())
        .hasValueSatisfying(p -> assertThat(p.text()).isEqualTo("竹科"));
  }

  @Test
  void aVerbBeforeANameTheCatalogueLacksIsNotPartOfIt() {
    // 包括 ends the name on the left, as 共建, 落户 and the other verbs before names do
    List<Mention> mentions = figures("總面積31.85平方公裡的科技創新片區，包括中關村科學城21.59平方公裡。");
    assertThat(mentions.get(1).park()).hasValueSatisfying(p -> assertThat(p.text()).isEqualTo("中關村科學城"));
    assertThat(parks("园区包含国际生物科技园等三个片区。")).extracting(ParkMention::text).containsExactly("国际生物科技园");
  }

  @Test
  void aSentenceThatRefersToAParkTakesTheParkNamedLastBefore() {
    List<Mention> mentions = figures("苏州高新区位于苏州市。2023年，园区集聚企业2万余家。全市企业10万家。");
    assertThat(mentions).extracting(ParkAttributionTest::park).containsExactly("G322018", "-");
    assertThat(figures("株洲高新区今年举行签约。该区营收增长12%。")).extracting(ParkAttributionTest::park)
        .containsExactly("G432034");
  }

  @Test
  void aCompoundEndingInAParkWordRefersToNoPark() {
    // 产业园区 is a kind of park, not the park of the text
    assertThat(figures("株洲高新区今年举行签约。全省产业园区营收增长12%。")).extracting(ParkAttributionTest::park)
        .containsExactly("-");
  }

  @Test
  void kindsCountsBracketsAndCompaniesAreNoParkNames() {
    // words that only say the kind of park
    assertThat(parks("中国自贸试验区已达21个，全国科技产业园区营收增长5%。")).isEmpty();
    // what follows a number counts or dates, it does not name
    assertThat(parks("2024年台灣三大科學園區營收4.76兆元，21家自贸试验区进出口增长14.5%，去(110)年科技產業園區營業額4,656億元。"))
        .isEmpty();
    // a bracket opened before the name or closed in it
    assertThat(parks("(记者李晓喻)中国自贸试验区已达21个。")).isEmpty();
    // a 综合实验区 is a park; a bare 实验区 may be an award
    assertThat(figures("郑州航空港经济综合实验区完成地区生产总值700.1亿元。")).singleElement()
        .satisfies(m -> assertThat(m.park().orElseThrow().text()).isEqualTo("郑州航空港经济综合实验区"));
    assertThat(parks("国家专利导航实验区已正式获批。")).isEmpty();
    assertThat(figures("香港科學園(科學園)為300多家公司提供服務。")).singleElement()
        .satisfies(m -> assertThat(m.park().orElseThrow().text()).isEqualTo("香港科學園"));
    // 新区 ends a new area's name; 高新区 alone is no name
    assertThat(figures("兰州新区实现地区生产总值300亿元。")).singleElement()
        .satisfies(m -> assertThat(m.park().orElseThrow().text()).isEqualTo("兰州新区"));
    assertThat(parks("全省高新区营收增长5%。")).isEmpty();
    // a verb before 新区 ends the name, and a kind (国家自主创新示范区) is none
    assertThat(parks("持续推进新区产城融合，加快国家自主创新示范区建设。")).isEmpty();
    // a park given as an example of the things counted after it (…产业园等38项项目) is not their park
    assertThat(figures("2020年，苏州高新区共签订智慧矿井设备研发生产、文创旅创科创产业园等38项项目。"))
        .extracting(ParkAttributionTest::park).containsExactly("G322018"); // 苏州高新技术产业开发区
    // a park named in brackets that say what the figure leaves out (不含, 不包括) is not its park
    // (360doc, 2019-02-26, real-articles-unseen-2, C4)
    assertThat(figures("2018年，全省16家高新区(不含新增的黄山、六安和亳州高新区)共实现工业总产值9735.4亿元。"))
        .filteredOn(m -> m.text().equals("9735.4亿元")).singleElement().satisfies(m -> assertThat(m.park()).isEmpty());
    assertThat(figures("2018年，亳州高新区(含谯城园)实现工业总产值200亿元。")).singleElement()
        .satisfies(m -> assertThat(m.park()).isPresent());
    // a long list left out: every park in it
    assertThat(figures("全省高新区（不包括合肥高新区、芜湖高新区、蚌埠高新区、马鞍山慈湖高新区、淮南高新区、铜陵狮子山高新区、"
        + "滁州高新区、宿州高新区、池州高新区、安庆高新技术产业开发区）共实现工业总产值5000亿元。"))
        .filteredOn(m -> m.text().equals("5000亿元")).singleElement().satisfies(m -> assertThat(m.park()).isEmpty());
    // nor past a comma or 外 in the brackets: the park named there is the figure's
    assertThat(figures("全省高新区工业总产值9000亿元(除黄山高新区外，合肥高新区工业总产值1000亿元)。"))
        .filteredOn(m -> m.text().equals("1000亿元")).singleElement()
        .satisfies(m -> assertThat(m.park().orElseThrow().text()).isEqualTo("合肥高新区"));
    // a title sought (创建, 争创, 申报) is a kind of park, no name
    assertThat(parks("园区正积极创建省级高新技术产业园区，启动争创国家级高新技术产业园区。")).isEmpty();
    // nor any name within such a title (及 ends a name on the left), nor one won (获评, 评为)
    assertThat(parks("园区成功创建省级食品饮料及水经济特色产业园区，获评广东省绿色工业园区。")).isEmpty();
    // a park before the verb is one
    assertThat(parks("苏州工业园区获评国家级绿色园区。")).extracting(ParkMention::text).containsExactly("苏州工业园区");
    // a city's name before 高新区 is read as the resolver reads it: the city's one high-tech zone;
    // none where the city has two (上海: 张江 and 紫竹)
    assertThat(figures("威海高新区前三季度营收增长9%。")).singleElement()
        .satisfies(m -> assertThat(m.park().orElseThrow().code().orElseThrow().value()).isEqualTo("G372028"));
    assertThat(parks("上海高新区营收增长9%。")).isEmpty();
    // a name another is also called by begins after 又称 (简称, 俗称)
    assertThat(parks("启动丰源工业城(又称丰源工业园)建设。")).extracting(ParkMention::text).containsExactly("丰源工业园");
    // words of kind alone are a title, not a park: 省级生态工业园区, 国家级绿色园区
    assertThat(parks("获批省级生态工业园区，创成国家级绿色园区。")).isEmpty();
    // a 新区 that is now a district of that name (深圳's 光明新区, 光明区 since 2018) is no park
    assertThat(parks("符合光明新区产业发展方向的项目，最高奖励50万元。")).isEmpty();
    // a place in brackets is the name's own, not where a name begins
    assertThat(parks("图为中国智谷(重庆)科技园。")).extracting(ParkMention::text).containsExactly("中国智谷(重庆)科技园");
    // a rank written inside a zone's name: 海口国家高新区 is 海口高新区; 国家高新区 alone names a kind
    assertThat(figures("海口国家高新区营业总收入537亿元，长沙国家级经开区实现产值100亿元。"))
        .extracting(m -> m.park().orElseThrow().code().orElseThrow().value()).containsExactly("G462043", "G431033");
    assertThat(parks("全国国家高新区营收增长8%，国家级经开区共230家。")).isEmpty();
    // a 片区 named by where it lies is a part of the park a text is about; 中部科學園區 is a park
    assertThat(parks("东部片区占地约18平方公里，核心片区总投资176亿元。")).isEmpty();
    assertThat(figures("中部科學園區營業額7058.42億元。")).singleElement()
        .satisfies(m -> assertThat(m.park().orElseThrow().text()).isEqualTo("中部科學園區"));
    assertThat(figures("马坊物流片区占地2平方公里。")).singleElement()
        .satisfies(m -> assertThat(m.park().orElseThrow().text()).isEqualTo("马坊物流片区"));
    // a company named after a park
    assertThat(parks("立法會撥款100億元注入香港科技園公司。")).isEmpty();
    // a verb before the park word leaves nothing to name it
    assertThat(parks("约20家公司申請進駐科學園。")).isEmpty();
  }

  @Test
  void aNameTheResolverKnowsIsNotSwallowedByWhatStandsBeforeIt() {
    assertThat(figures("中新苏州工业园区营收100亿元。")).extracting(ParkAttributionTest::park).containsExactly("G321090");
    assertThat(figures("剔除中关村科技园区后营收5亿元。")).extracting(ParkAttributionTest::park).containsExactly("G112001");
  }

  @Test
  void aCitysOrCountysHighTechZoneTheCatalogueLacksIsAParkOfItsOwn() {
    // 湘西高新区 (real-articles-unseen-38, its own site, 2021) and 宿州高新区: zones made since 2018
    assertThat(figures("湘西高新区1-7月技工贸收入113.2亿元。")).singleElement().satisfies(m -> {
      assertThat(m.park().orElseThrow().text()).isEqualTo("湘西高新区");
      assertThat(m.park().orElseThrow().code()).isEmpty();
    });
    assertThat(figures("宿州高新区营收100亿元。")).extracting(ParkAttributionTest::park).containsExactly("宿州高新区");
    // a city's zone the resolver knows keeps its code; a province's 高新区 may be all of them
    assertThat(figures("威海高新区营收100亿元。")).extracting(ParkAttributionTest::park).doesNotContain("威海高新区", "-");
    assertThat(parks("湖南高新区营收增长。")).isEmpty();
    // nor a district's name at the end of another word (城区 is a district of 长治, 阳泉 and 汕尾)
    assertThat(parks("中心城区高新区营收10亿元。")).isEmpty();
  }

  @Test
  void aWordReferringToTheParkStandsAloneAfterAWordOfTime() {
    // 香港科學園…。目前園內有接近350間科研公司 (real-articles-unseen-39, AN8)
    assertThat(figures("香港科學園成立十周年了。目前園內有接近350間科研公司。"))
        .extracting(ParkAttributionTest::park).containsExactly("香港科學園");
    // but not after a year: 2024年園區整體 may be all the parks named (real-sentences)
    assertThat(figures("中部科學園區營業額1兆342億元。2024年園區整體出口額達3.44兆元。"))
        .extracting(ParkAttributionTest::park).containsExactly("中部科學園區", "-");
  }

  @Test
  void aNameStartsAfter据() {
    // 台湾网, 2011-06-10 (real-articles-unseen-40, AO5): 据平潭综合实验区…统计
    assertThat(parks("据平潭综合实验区统计，投资额1000多亿元。")).extracting(ParkMention::text).containsExactly("平潭综合实验区");
    assertThat(parks("根据平潭综合实验区统计，投资额1000多亿元。")).extracting(ParkMention::text).containsExactly("平潭综合实验区");
    assertThat(parks("据悉平潭综合实验区投资额1000多亿元。")).extracting(ParkMention::text).containsExactly("平潭综合实验区");
    // 数据 holds it too
    assertThat(parks("贵阳大数据产业园营收10亿元。")).extracting(ParkMention::text).containsExactly("贵阳大数据产业园");
  }

  @Test
  void anHonourWonAndARatingAreNoParks() {
    // 焦作's 西部产业集聚区 (real-articles-unseen-39, AN4): 产业集聚区 ends a name, 河南's zones
    assertThat(parks("市西部产业集聚区晋升全省一星级产业集聚区，获得“省级化工质量示范区”荣誉称号。"))
        .extracting(ParkMention::text).containsExactly("市西部产业集聚区");
  }

  @Test
  void aKnownNameAfterLikeOrAPlaceAndADotIsNotThatPark() {
    // 类中关村 is a likeness of 中关村; 南宁·中关村 a base of that name in 南宁 (real-articles-unseen-31, AF3)
    assertThat(figures("保定高新区打造“类中关村”创新生态，全区新增高新技术企业299家。"))
        .extracting(ParkAttributionTest::park).containsExactly("G132004");
    assertThat(figures("在南宁·中关村的示范引领下，园区企业年营收增长到207.64亿元。")).singleElement()
        .satisfies(m -> assertThat(m.park().orElseThrow().text()).isEqualTo("南宁·中关村"));
    assertThat(figures("保定·中关村创新中心吸引398家企业。")).singleElement()
        .satisfies(m -> assertThat(m.park().orElseThrow().text()).isEqualTo("保定·中关村创新中心"));
    // no place before the dot: no name; nor 类 before a longer name
    assertThat(parks("论坛·中关村年会。")).isEmpty();
    assertThat(parks("“类中关村科技园区”建设加快。")).isEmpty();
    // the place and the name together the zone's: the zone
    assertThat(figures("北京·中关村科技园区2020年实现营业收入100亿元。")).extracting(ParkAttributionTest::park)
        .containsExactly("G112001");
    // the only one, the first: a title the park holds, not its name (real-articles-unseen-32, AG2)
    assertThat(figures("梓潼经开区挂牌全省唯一省级健康食品产业园以来，协议引资119.8亿元。"))
        .extracting(ParkAttributionTest::park).containsExactly("S517067");
  }

  @Test
  void anAreaOrSumBeforeTheThingItDescribesIsNotTheParks() {
    // after 的: a building, a project, companies (the facts of 兰州国家生物医药产业园区 and 数码港)
    assertThat(figures("公司已在兰州高新区建立了占地约1100平方米的技术转移中心。")).extracting(ParkAttributionTest::park)
        .containsExactly("-");
    assertThat(figures("在苏州高新区，公司正在建设总面积约10000平方米的原料药车间。"))
        .extracting(ParkAttributionTest::park).containsExactly("-");
    assertThat(figures("株洲高新区签约总投资22亿元的西格玛项目。")).extracting(ParkAttributionTest::park)
        .containsExactly("-");
    // nor the park of the sentence before, whether or not this one names a park
    assertThat(figures("苏州高新区营收1900亿元。园区与株洲高新区签约总投资22亿元的西格玛项目。"))
        .extracting(ParkAttributionTest::park).containsExactly("G322018", "-");
    assertThat(figures("苏州高新区营收1900亿元。园区建立了占地约1100平方米的技术转移中心。"))
        .extracting(ParkAttributionTest::park).containsExactly("G322018", "-");
    // still the park's: a measure, a word for a figure of its own or for the park after 的
    assertThat(figures("株洲高新区吸引了超过375亿元的投资。")).extracting(ParkAttributionTest::park)
        .containsExactly("G432034");
    assertThat(figures("株洲高新区提供约50万平方米的总建筑面积。")).extracting(ParkAttributionTest::park)
        .containsExactly("G432034");
    assertThat(figures("株洲高新区实现营业收入突破300亿元的目标。")).extracting(ParkAttributionTest::park)
        .containsExactly("G432034");
    assertThat(figures("株洲高新区建成面积约10平方公里的园区。")).extracting(ParkAttributionTest::park)
        .containsExactly("G432034");
    // only areas and sums: a count before 的 is still the park's
    assertThat(figures("株洲高新区有300家的企业入驻。")).extracting(ParkAttributionTest::park)
        .containsExactly("G432034");
  }

  @Test
  void aMeasureOfAPartOfTheParkWrittenBeforeItAndDeIsStillTheParks() {
    // the fixture of the 南中轴 article holds this floor area as the park's (人才公寓建筑面积), and
    // the real sentences' annotations a part's figure too (首階段三棟大樓的出租率): a rule that left it
    // to the project changed no real figure and lost this one (README, "Figures and the parks they are about")
    assertThat(figures("作为南中轴国际文化科技园的配套设施，人才公寓项目的总建筑面积约1.9万平方米。"))
        .extracting(ParkAttributionTest::park).containsExactly("南中轴国际文化科技园");
    assertThat(figures("株洲高新区一期工程的占地面积约300亩，研发大楼的建筑面积2万平方米。"))
        .extracting(ParkAttributionTest::park).containsExactly("G432034", "G432034");
  }

  @Test
  void withoutANameOrAReferenceAFigureHasNoPark() {
    assertThat(figures("2023年全国GDP增长5.2%。")).extracting(ParkAttributionTest::park).containsExactly("-");
    assertThat(MetricExtractor.standard().extract("苏州高新区营收1900亿元。").get(0).park()).isEmpty();
  }

  @Test
  void aNameOfSeveralZonesIsAmbiguousAndLatinNamesStandAlone() {
    assertThat(parks("TEDA的企业")).singleElement().satisfies(p -> assertThat(p.status())
        .isEqualTo(ParkNameResolution.Status.RESOLVED));
    assertThat(parks("STEDAX的企业")).isEmpty();
  }

  @Test
  void streamingGivesTheSameParks() throws IOException {
    // 其中 hands on the park and period of the sentence before, across the reader's blocks too
    String text = "苏州高新区位于苏州市。2023年，园区集聚企业2万余家。其中高新技术企业800家。\n".repeat(400);
    List<Mention> read = new ArrayList<>();
    List<ParkMention> parks = new ArrayList<>();
    EXTRACTOR.extract(new StringReader(text), read::add, parks::add);
    assertThat(read).isEqualTo(figures(text));
    assertThat(parks).isEqualTo(parks(text)).hasSize(400);
  }

  @Test
  void parkMentionsRoundTripThroughJavaSerialization() throws Exception {
    for (Mention m : figures("苏州高新区营收1900亿元，TEDA企业1万家。")) {
      assertThat(roundTrip(m)).isEqualTo(m);
      assertThat(roundTrip(m.park().orElseThrow())).isEqualTo(m.park().orElseThrow());
    }
  }

  private static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  // --- measured on the five articles ----------------------------------------------------------

  /** A figure the fixtures hold for a park, from an article. */
  private record Held(Metric metric, Citation citation, Park park) {}

  private static List<Held> heldForParks(Dataset dataset) {
    List<Held> held = new ArrayList<>();
    for (Park park : dataset.allParks()) {
      for (Observation o : park.observations()) {
        o.citation().ifPresent(c -> held.add(new Held(o.metric(), c, park)));
      }
      for (Target t : park.targets()) {
        t.citation().ifPresent(c -> held.add(new Held(t.threshold(), c, park)));
      }
      for (Area a : park.areas()) {
        a.citation().ifPresent(c -> held.add(new Held(a.metric(), c, park)));
      }
    }
    return held;
  }

  /** Whether the extractor's park is the fixture's: by catalogue code, or by a name of the park. */
  private static boolean samePark(ParkMention found, Park expected) {
    if (found.code().isPresent()) {
      if (found.code().get().equals(expected.id())) {
        return true;
      }
      for (String name : expected.names().all()) {
        ParkNameResolution r = ParkNameResolver.standard().resolve(name);
        if (r.park().map(p -> p.id().equals(found.code().get())).orElse(false)) {
          return true;
        }
      }
      return false;
    }
    String text = found.text();
    for (String name : expected.names().all()) {
      // a park the catalogue lacks is the same when one name is the other with a place before it
      if (name.endsWith(text) || text.endsWith(name)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void attributionOnTheFiveArticles() throws IOException {
    List<Held> held = heldForParks(Fixtures.dataset());
    int located = 0;
    int attributed = 0;
    int right = 0;
    Map<String, String> misses = new TreeMap<>();
    for (Map.Entry<String, List<String>> article : ArticleCoverageTest.SOURCES.entrySet()) {
      String text = ArticleCoverageTest.article(article.getKey());
      List<Mention> mentions = figures(text);
      for (Held h : held) {
        if (!article.getValue().contains(h.citation().source().title())) {
          continue;
        }
        Optional<Mention> at = locate(text, mentions, h);
        if (at.isEmpty()) {
          continue;
        }
        located++;
        Mention m = at.get();
        if (m.park().isPresent()) {
          attributed++;
          if (samePark(m.park().get(), h.park())) {
            right++;
            continue;
          }
        }
        misses.put(article.getKey() + " " + m.start() + " " + m.text(),
            "expected " + h.park().names().official() + ", got " + m.park().map(ParkMention::toString).orElse("none"));
      }
    }
    double precision = attributed == 0 ? 0 : (double) right / attributed;
    double recall = located == 0 ? 0 : (double) right / located;
    misses.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    System.out.printf("park attribution on the five articles: %d figures of parks located, %d attributed, %d right:"
        + " precision %.3f recall %.3f%n", located, attributed, right, precision, recall);
    assertThat(located).isGreaterThan(40);
    // the figures reached (README, "Figures and the parks they are about"); raise them, never lower
    assertThat(precision).isGreaterThanOrEqualTo(0.79);
    assertThat(recall).isGreaterThanOrEqualTo(0.63);
  }

  /** The mention of {@code h} in the article: one with its quantity, inside its quote if the article has it verbatim. */
  private static Optional<Mention> locate(String text, List<Mention> mentions, Held h) {
    List<Mention> same = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.metric().dimension().equals(h.metric().dimension()) && m.metric().isSameQuantity(h.metric())) {
        same.add(m);
      }
    }
    if (same.size() == 1) {
      return Optional.of(same.get(0));
    }
    Optional<String> quote = h.citation().quote();
    if (quote.isEmpty()) {
      return Optional.empty();
    }
    int at = text.indexOf(quote.get());
    if (at < 0 || text.indexOf(quote.get(), at + 1) >= 0) {
      return Optional.empty();
    }
    int startCp = text.codePointCount(0, at);
    int endCp = startCp + quote.get().codePointCount(0, quote.get().length());
    return same.stream().filter(m -> m.start() < endCp && m.end() > startCp).findFirst();
  }
}
