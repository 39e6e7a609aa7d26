package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParkNameResolverTest {
  private static final ParkNameResolver RESOLVER = ParkNameResolver.standard();

  private static String code(String name, String near) {
    return RESOLVER.resolve(name, near).park().map(p -> p.id().value()).orElse(null);
  }

  @Test
  void theIssuesExamples() {
    ParkNameResolution zhuzhou = RESOLVER.resolve("株洲高新区");
    assertThat(zhuzhou.status()).isEqualTo(ParkNameResolution.Status.RESOLVED);
    assertThat(zhuzhou.park().orElseThrow().id().value()).isEqualTo("G432034");
    assertThat(zhuzhou.match()).contains(ParkNameResolver.Match.SHORT_FORM);
    assertThat(code("蕪湖經開區", null)).isEqualTo("G341023");
    assertThat(code("江门高新区", null)).isEqualTo("G442131");
    assertThat(code("光谷", null)).isEqualTo("G422031");
    assertThat(code("苏州高新区", null)).isEqualTo("G322018");
    assertThat(code("苏州高新区综合保税区", null)).isEqualTo("G323040");
    assertThat(code("江苏苏州高新区", null)).isEqualTo("G322018");
    assertThat(code("中关村丰台园", null)).isEqualTo("G112001");
    assertThat(RESOLVER.resolve("中关村丰台园").match()).contains(ParkNameResolver.Match.SUB_PARK);
  }

  @Test
  void aProvincialNewAreaThatIsANationalZoneIsThatZone() {
    // 盘锦辽东湾新区 is the 2012 name of the area that became 盘锦辽滨沿海经济技术开发区 in 2013
    assertThat(code("辽东湾新区", null)).isEqualTo("G211069");
    assertThat(code("盘锦辽东湾新区", null)).isEqualTo("G211069");
    assertThat(RESOLVER.resolve("辽东湾新区").match()).contains(ParkNameResolver.Match.ALIAS);
  }

  @Test
  void whatIsNoCatalogueZoneIsNone() {
    for (String name : List.of("两江新区", "天府新区", "高新区", "经开区", "开发区", "天津滨海新区", "中国(上海)自由贸易试验区")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    assertThat(RESOLVER.resolve("开发区", "中山").park()).isEmpty();
    assertThat(RESOLVER.resolve("两江新区").status()).isEqualTo(ParkNameResolution.Status.NONE);
  }

  @Test
  void aTitleTheStateGivesManyParksNamesNoZoneWithoutItsPlace() {
    // 盐城经开区 is a 国家生态工业示范园区 (real-articles-unseen-22 W4); the catalogue's zone of that title
    // is 贵港's, named with its place
    for (String title : List.of("国家生态工业示范园区", "生态工业示范园区")) {
      assertThat(RESOLVER.resolve(title).park()).as(title).isEmpty();
    }
    assertThat(code("贵港国家生态工业示范园区", null)).isEqualTo("S459039");
    assertThat(code("贵港生态工业示范园区", null)).isEqualTo("S459039");
  }

  @Test
  void aPlaceNearbyChoosesAmongEqualCandidates() {
    ParkNameResolution torch = RESOLVER.resolve("火炬开发区");
    assertThat(torch.status()).isEqualTo(ParkNameResolution.Status.AMBIGUOUS);
    assertThat(torch.candidates()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(torch.candidates().get(0).why()).isNotBlank();
    assertThat(code("火炬开发区", "中山")).isEqualTo("G442040");
  }

  @Test
  void aSideOfAZoneIsTheZone() {
    ParkNameResolution west = RESOLVER.resolve("成都高新西区");
    assertThat(west.park().map(p -> p.id().value())).contains("G512045");
    assertThat(west.match()).contains(ParkNameResolver.Match.SUB_PARK);
    assertThat(west.candidates().get(0).why()).startsWith("the 西区 of ");
    assertThat(code("成都高新区西区", null)).isEqualTo("G512045");
    assertThat(code("廣州開發區東區", null)).isEqualTo(code("广州开发区", null)).isNotNull();
    // a side of no zone, and a side that is a place's own name (河西区), name none
    for (String name : List.of("某某高新西区", "高新西区", "河西区", "天津河西区")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
  }

  @Test
  void aZoneIsFoundWithoutWhatTheCatalogueAddsToItsName() {
    // a note in brackets at the end, lettered parts, a place in brackets inside
    assertThat(code("喀什经济开发区", null)).isEqualTo("G656035");
    assertThat(code("霍尔果斯经开区", null)).isEqualTo("G656036");
    assertThat(code("宁夏永宁工业园区", null)).isEqualTo("S649004");
    assertThat(code("江苏常熟综合保税区", null)).isEqualTo("G323044");
    assertThat(code("常熟综保区", null)).isEqualTo("G323044");
    assertThat(code("上海松江出口加工区", null)).isEqualTo("G313031");
    assertThat(code("中德沈阳高端装备制造产业园", null)).isEqualTo("G216034");
    assertThat(code("中德（沈阳）高端装备制造产业园", null)).isEqualTo("G216034");
    assertThat(ParkNameResolver.withoutAdditions("江苏常熟综合保税区A区、B区")).isEqualTo("江苏常熟综合保税区");
    assertThat(ParkNameResolver.withoutAdditions("上海松江出口加工区及B区")).isEqualTo("上海松江出口加工区");
    assertThat(ParkNameResolver.withoutAdditions("株洲高新技术产业开发区")).isNull();
    // the official name itself still ranks first
    assertThat(RESOLVER.resolve("霍尔果斯经济开发区（含新疆生产建设兵团片区）").match())
        .contains(ParkNameResolver.Match.OFFICIAL);
  }

  @Test
  void aZonesParkForAnIndustryIsTheZone() {
    assertThat(code("建德经济开发区化工园区", null)).isEqualTo("S337007");
    assertThat(code("浙江南浔经济开发区菱湖化工园区", null)).isEqualTo("S337044");
    assertThat(code("抚顺高新技术产业开发区化工及精细化工园区", null)).isEqualTo("S218052");
    assertThat(RESOLVER.resolve("建德经济开发区化工园区").match()).contains(ParkNameResolver.Match.SUB_PARK);
    assertThat(RESOLVER.resolve("建德经济开发区化工园区").candidates().get(0).why()).startsWith("its park 化工园区 of");
    // a park with a place elsewhere in its name, or two cities' (苏通: 苏州 and 南通), is not read so
    for (String name : List.of("中关村石家庄生物医药园", "苏州工业园区苏通科技产业园")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    // a park for an industry that another zone of the prefecture is named by may be that zone: none,
    // but the zone it is where the park's name after the city's is that zone's (石河子化工新材料产业园区)
    assertThat(code("石河子经济技术开发区化工新材料产业园", null)).isEqualTo("S659061");
    for (String name : List.of("惠州大亚湾经济技术开发区石化产业园区",
        "仪征经济开发区化工园区", "淮南经济技术开发区煤化工产业园",
        // the cost: 营口 has 营口仙人岛能源化工区 too, though this park is the 沿海产业基地's own
        "辽宁(营口)沿海产业基地化工产业区")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    // a former park that became a zone of its own is that zone (an alias with its source)
    assertThat(code("西宁经济技术开发区生物科技产业园区", null)).isEqualTo("G632152");
  }

  @Test
  void aPlaceAsItIsNamedNowInBracketsAndAnIndustrialAreaWrittenAsAPark() {
    assertThat(code("開縣(今開州區)工業園區", "重庆")).isEqualTo("S509033"); // 重庆开州工业园区: 开县 became 开州区 in 2016
    assertThat(code("南昌昌东工业园区", null)).isEqualTo("S369002"); // the catalogue writes 南昌昌东工业区
    assertThat(RESOLVER.resolve("南昌不存在工业园区").park()).isEmpty();
  }

  @Test
  void aZoneWrittenWith园区ForItsKindWordIsThatZone() {
    assertThat(code("东莞松山湖园区", "东莞")).isEqualTo("G442135"); // 东莞松山湖高新技术产业开发区
    assertThat(code("紫竹园区", "上海")).isEqualTo("G312069");
    assertThat(RESOLVER.resolve("东莞松山湖园区").park()).isEmpty(); // no place nearby: no guess
    for (String name : List.of("张江园区", "洋浦园区", // the words before 园区 are in two zones' names
        "中关村园区", // 江苏省中关村高新技术产业开发区 is not the only 中关村
        "江苏产业园", "台湾科技园")) { // parks of a kind
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    // a place nearby that is not the zone's: 三明's 金沙园 is not 贵州金沙经济开发区
    assertThat(RESOLVER.resolve("金沙园", "三明").park()).isEmpty();
  }

  @Test
  void writtenFormsOfKindsAndPlacesTheCatalogueWritesOtherwise() {
    assertThat(code("长垣县集聚区", null)).isEqualTo("S419069"); // 河南's 长垣县产业集聚区
    assertThat(code("上海金山工业区", null)).isEqualTo("S319023"); // 上海金山工业园区
    assertThat(code("成都高新綜合保稅區", null)).isEqualTo("G513119"); // 成都高新综合保税区及双流园区
    assertThat(code("珲春经济合作区", null)).isEqualTo("G225004"); // 珲春边境经济合作区
    assertThat(code("昌吉州准东经济技术开发区", null)).isEqualTo("G651214"); // 昌吉州 for 昌吉回族自治州
    assertThat(code("恩施州经济开发区", null)).isEqualTo("S427085"); // 湖北恩施经济开发区
    assertThat(code("余江县工业园区", null)).isEqualTo("S369029"); // 余江县, a district since 2018
    assertThat(RESOLVER.resolve("循环经济产业园区", "甘肃").park()).isEmpty(); // a province is too wide a place
    assertThat(code("广西中国―东盟青年产业园", null)).isEqualTo("S459054"); // ― for —
    assertThat(code("东盟经开区", "南宁")).isEqualTo("G451185"); // 广西—东盟经济技术开发区 without 广西—
    assertThat(code("邵东市经开区", "邵阳")).isEqualTo("S437025"); // 邵东, a county-level city since 2019
    assertThat(code("嘉善经济开区", null)).isEqualTo("G331113"); // a character left out
    assertThat(code("拉萨经开发区", null)).isEqualTo("G541043"); // 经开区 and 开发区 run together
    assertThat(code("市北高新区", "南通")).isEqualTo("S328123"); // 南通市北: 南通 and 市北, not 南通市 and 北
    assertThat(RESOLVER.resolve("北高新技术产业开发区").park()).isEmpty(); // no name of one character
    assertThat(code("泉州台商区", null)).isEqualTo("G351136"); // 泉州台商投资区
    assertThat(code("台商区", "泉州")).isEqualTo("G351136");
    assertThat(RESOLVER.resolve("台商区").park()).isEmpty(); // 泉州, 漳州, 杏林, 海沧, 集美 …
  }

  @Test
  void aNameSeveralZonesEndWithIsTheOneInThePlaceNamedNearby() {
    assertThat(code("临港经济技术开发区", "沧州")).isEqualTo("G131058"); // 沧州临港经济技术开发区
    assertThat(RESOLVER.resolve("临港经济技术开发区").park()).isEmpty();
    assertThat(RESOLVER.resolve("临港经济技术开发区", "兰州").park()).isEmpty(); // none lies there
    // a county zone's name without its county, with its city nearby: 陕西高陵泾河工业园区
    assertThat(code("泾河工业园区", "西安")).isEqualTo("S619007");
    assertThat(RESOLVER.resolve("泾河工业园区").park()).isEmpty();
    assertThat(RESOLVER.resolve("汽车产业园区", "长春").park()).isEmpty();
    // a place nearby in the province of a zone placed no closer: 青海南川工业园区, not 重庆南川工业园区
    assertThat(code("南川工業園區", "西宁")).isEqualTo("S639004");
    assertThat(RESOLVER.resolve("南川工业园区").park()).isEmpty();
  }

  @Test
  void aRankWrittenInANameIsNoPartOfIt() {
    assertThat(code("三原省級高新技術產業開發區", null)).isEqualTo("S618021"); // 三原高新技术产业开发区
    assertThat(code("西宁(国家级)经济技术开发区", null)).isEqualTo("G631046");
    assertThat(code("长沙国家级经济技术开发区", null)).isEqualTo(code("长沙经济技术开发区", null));
  }

  @Test
  void aCountyWithOneZoneWrittenWithAnotherKindWordIsThatZone() {
    assertThat(code("浙江永嘉经济开发区", "温州")).isEqualTo("S339029"); // 浙江永嘉工业园区, renamed
    assertThat(code("鄄城县经济开发区", "菏泽")).isEqualTo("S379150"); // 山东鄄城工业园区
    assertThat(code("荆州市江陵工业园区", "荆州")).isEqualTo("S427097"); // 湖北江陵经济开发区: the prefecture, then the county
    assertThat(code("祁阳高新技术产业开发区", "永州")).isEqualTo("S437059"); // 湖南祁阳经济开发区, upgraded
    ParkNameResolution yongjia = RESOLVER.resolve("浙江永嘉经济开发区", "永嘉");
    assertThat(yongjia.match()).contains(ParkNameResolver.Match.COUNTY);
    assertThat(yongjia.candidates().get(0).why()).isEqualTo("the only development zone placed in 永嘉县: 浙江永嘉工业园区, written 经济开发区");
    for (String name : List.of(
        "鄄城县食品工业园", // a name of its own besides the place: another park, perhaps
        "浙江鹿城经济开发区", // the county's zone is named for more than its place: 浙江温州鹿城轻工产业园区
        "龙口工业园区", // 龙口 holds two zones
        "宜宾经开区", // 宜宾 is the city before it is 宜宾县
        "扬中经开区", "江蘇省高郵高新技術產業開發區")) { // 江苏's counties often hold a high-tech zone and another at once
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    // a place named nearby that is not the zone's: 紫金县's own 临江工业园, not 吉林临江's zone
    assertThat(RESOLVER.resolve("临江工业园", "紫金").park()).isEmpty();
    assertThat(code("临江工业园", "吉林")).isEqualTo("S227027");
    assertThat(RESOLVER.resolve("临江工业园").park()).isEmpty(); // no place nearby: 临江 is also a town's name
    // 浙江's counties hold a high-tech zone besides another often enough: 德清高新区 is 湖州莫干山高新区's
    assertThat(code("德清高新区", "湖州")).isNotEqualTo("S339047");
    assertThat(RESOLVER.resolve("东川工业园区", "西宁").park()).isEmpty();
  }

  @Test
  void anAutonomousPrefectureOrCountyWrittenInFullIsReadAsTheCatalogueWritesIt() {
    assertThat(code("海北藏族自治州生物园区", null)).isEqualTo("S639010"); // 海北州生物园区
    assertThat(code("海东市民和回族土族自治县工业园", null)).isEqualTo("S639008"); // 海东工业园区民和工业园
    assertThat(RESOLVER.resolve("海北藏族自治州新材料园区").park()).isEmpty();
  }

  @Test
  void aDivisionOfTheXpccIsReadAsTheCatalogueWritesIt() {
    assertThat(code("农七师五五工业园区", null)).isEqualTo("S659060"); // 第七师五五工业园区: 农七师 until 2012
    assertThat(code("第九师巴克图工业园区", null)).isEqualTo(code("九师巴克图工业园区", null));
    assertThat(code("九师巴克图工业园区", null)).isNotNull();
    assertThat(RESOLVER.resolve("农七师不存在工业园区").park()).isEmpty();
  }

  @Test
  void zonesAreFoundByOlderNamesAndJapaneseForms() {
    assertThat(code("苏州新技术产业开发区", null)).isEqualTo("G322018");
    assertThat(code("蘇州新技術産業開発区", null)).isEqualTo("G322018");
    assertThat(code("昆山経済技術開発区", null)).isEqualTo("G321015");
  }

  @Test
  void borderAndEconomicCooperationZonesHaveTheirShortForms() {
    // 畹町边合区 (德宏州's own usage), 磨憨—磨丁经合区
    assertThat(code("畹町边合区", null)).isEqualTo("G535010");
    assertThat(code("瑞丽边境合作区", null)).isEqualTo("G535009");
    assertThat(code("中国老挝磨憨—磨丁经合区", null)).isEqualTo("G535017");
    assertThat(code("广佛肇怀集经合区", null)).isEqualTo("S449084");
    assertThat(RESOLVER.resolve("满洲里边合区").match()).contains(ParkNameResolver.Match.SHORT_FORM);
    // a bare 边合区 names none
    assertThat(RESOLVER.resolve("边合区").park()).isEmpty();
  }

  @Test
  void aZoneListedAsAPartOfALargerOneIsFoundByThePartsName() {
    assertThat(code("德令哈工业园", null)).isEqualTo("S639013");
    assertThat(code("乌兰工业园区", null)).isEqualTo("S639014");
    assertThat(code("民和工业园", "海东")).isEqualTo("S639008");
    // but not an area of a zone the catalogue lists (天津开发区 is 天津经济技术开发区): 宁河 has a
    // 现代产业区 of its own (https://www.taibo.cn/p/66405, 宁河区未来科技城现代产业区), not TEDA's
    for (String name : List.of("现代产业区", "宁河现代产业区", "天津宁河现代产业区")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    assertThat(RESOLVER.nameStart("落户宁河区未来科技城现代产业区拓展区", 0, 15)).isEqualTo(-1);
    assertThat(code("天津开发区现代产业区", null)).isEqualTo("S129012");
    assertThat(ParkNameResolver.partName("柴达木循环经济试验区大柴旦工业园")).isEqualTo("大柴旦工业园");
    // what follows is only a kind of zone, or a note: no part's name
    assertThat(ParkNameResolver.partName("苏州高新技术产业开发区综合保税区")).isNull();
    assertThat(ParkNameResolver.partName("成都高新综合保税区及双流园区")).isNull();
    assertThat(ParkNameResolver.partName("株洲高新技术产业开发区")).isNull();
    // the part's name ranks below a zone's own name
    assertThat(RESOLVER.resolve("柴达木循环经济试验区德令哈工业园").match()).contains(ParkNameResolver.Match.OFFICIAL);
    assertThat(RESOLVER.resolve("德令哈工业园").candidates().get(0).why()).startsWith("the part's name");
  }

  @Test
  void aPlaceInBracketsAndALetteredPartAreRead() {
    assertThat(code("遼寧(營口)沿海產業基地", null)).isEqualTo("S219058");
    assertThat(code("兵团霍尔果斯口岸工业园区A区", null)).isEqualTo("S659056");
    // a zone's name with another place in brackets is still no zone of that place
    assertThat(RESOLVER.resolve("山东潍坊(寿光)高新区").park()).isEmpty();
  }

  @Test
  void aCityBetweenTheProvinceAndTheNameMustHoldTheZone() {
    assertThat(code("湖北十堰郧阳经济开发区", null)).isEqualTo("S427017");
    assertThat(code("内蒙古鄂尔多斯准格尔经济开发区", null)).isEqualTo("S157033");
    assertThat(RESOLVER.resolve("湖北武汉郧阳经济开发区").park()).isEmpty();
  }

  @Test
  void provincialZonesRenamedSince2018AreKnownByTheirNewNames() {
    // aliases of park-aliases.tsv, each from a page stating the renaming; the province may be written
    Map<String, String> renamed = Map.of(
        "江西泰和高新技术产业园区", "S369074",
        "遂川高新区", "S369075",
        "荷塘产业开发区", "S439078",
        "宁远高新区", "S439061",
        "安徽六安高新区", "S347042",
        "游仙高新区", "S517064",
        "宜宾市高新技术产业园区", "S518098",
        "济南槐荫经济开发区", "S379003",
        "北流经开区", "S459016");
    assertResolveAsAliases(renamed);
  }

  @Test
  void anAliasIsFoundWithItsCitysMarkAndWithAParkAreasWordBoth() {
    // 丰城工业园 (park-aliases.tsv, 丰城's yearbook of 2011) as 丰城's yearbook of 2008 writes it: 丰城市工业园区,
    // its city's 市 and 园区 for 园 at once
    assertResolveAsAliases(Map.of(
        "丰城工业园", "S368047",
        "丰城市工业园", "S368047",
        "丰城工业园区", "S368047",
        "丰城市工业园区", "S368047"));
  }

  @Test
  void aCityAndHighTechNameTheOneHighTechZoneOfTheCity() {
    ParkNameResolution tianjin = RESOLVER.resolve("天津高新区");
    assertThat(tianjin.park().map(p -> p.id().value())).contains("G122002");
    assertThat(tianjin.candidates().get(0).why()).startsWith("the only 高新技术产业开发区 placed in 天津");
    // two of the kind (张江, 紫竹), none (高邮, a county), a zone in one of the city's counties or
    // county-level cities only (娄底: 涟源; 阜阳: 界首; 广安: 邻水), a province, 经开区
    for (String name : List.of("上海高新区", "高邮高新区", "江苏高邮高新技术产业开发区", "娄底高新区", "阜阳高新区",
        "广安高新区", "湘西高新区", "金华高新区", "海南高新区", "海南经开区", "西藏经开区", "泰州经开区",
        "宜宾高新区")) { // 宜宾: 四川宜宾县高新技术产业园区 is the county's, placed by its name in the city
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    // the other kind words of high-tech zones: 南充's one is 四川南充潆华高新技术产业园区
    // (real-park-names-unseen-28 ad007, -75 by005)
    for (String name : List.of("南充高新技术产业园区", "南充高新技術產業園區", "天津高新技术产业开发区", "天津高新园区")) {
      assertThat(RESOLVER.resolve(name).park().map(p -> p.id().value())).as(name)
          .contains(name.startsWith("南充") ? "S518085" : "G122002");
    }
    assertThat(RESOLVER.resolve("上海高新技术产业园区").park()).isEmpty();
  }

  @Test
  void aNameBeginningWithAProvinceNamesAZoneOfThatProvince() {
    for (String name : List.of("江苏汽车产业园区", "天津滨海经济区", "浙江台州产业园区", "广东龙江经济开发区",
        "汽车产业园区", "临港经济区", "现代产业园区")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    assertThat(code("黑龙江龙江经济开发区", null)).isEqualTo("S237037");
    // whatever rule finds it (a place before the name: 青海南川工业园区 is placed no closer than 青海)
    assertThat(RESOLVER.resolve("海南南川工业园区").park()).isEmpty();
    // a name known whole stands: 北京和田工业园区 is 新疆's
    assertThat(code("北京和田工业园区", null)).isNotNull();
  }

  @Test
  void aParkNamedAfterAZoneIsItsOwnZoneOrThePartOfTheZone() {
    // a zone's name then a park's names the park: the park's own zone where the catalogue has one
    // in the zone's city, written with or without the city
    assertThat(code("厦门象屿保税区象屿保税物流园区", null)).isEqualTo("G353072");
    assertThat(code("上海外高桥保税区外高桥保税物流园区", null)).isEqualTo("G313028");
    assertThat(code("西宁经济技术开发区南川工业园区", null)).isEqualTo("S639004");
    // else the zone, a part of it (its page: a Taiwan park set up 在區內), and the why says so
    assertThat(code("濱州經濟開發區臺灣工業園", null)).isEqualTo("G371160");
    assertThat(code("太原高新区清徐工业产业园", null)).isEqualTo("G142005");
    assertThat(RESOLVER.resolve("西安高新区草堂科技产业基地").candidates().get(0).why()).startsWith("its part 草堂科技产业基地 of");
    // but not a park that two cities build together, named by both (苏通, 苏宿), which lies in the other
    for (String name : List.of("苏州工业园区苏通科技产业园", "苏州工业园区苏宿工业园", "深圳高新区深汕科技园")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    // a side of the zone that begins as its city does is no second city (部 is in no city's name)
    assertThat(code("西安高新区西部园区", null)).isEqualTo("G612049");
    // a zone and a district outside its place: a park the zone runs elsewhere
    for (String name : List.of("中关村石家庄园", "中关村保定园", "深圳高新区汕尾园", "张江高新区海宁园", "中关村保定基地",
        "深圳高新区汕尾片区", "中关村天津分园", "张江高新区江苏园")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    assertThat(code("中关村丰台园", null)).isEqualTo("G112001");
    // a district in the zone's place, then 基地, 片区 or 分园 as well as 园
    assertThat(code("连云港国家高新技术产业开发区东海基地", null)).isEqualTo("G322076");
    assertThat(code("中关村丰台分园", null)).isEqualTo("G112001");
    assertThat(RESOLVER.resolve("连云港高新区东海基地").candidates().get(0).why()).startsWith("sub-park 东海基地 of");
    // a sub-park in a county with one zone of its own is that zone, taken in under a second plate
    // (东海 above has two: the zone's)
    assertThat(code("天府软件园都江堰园区", "都江堰")).isEqualTo("S517006");
    assertThat(code("赣州高新区信丰园区", null)).isEqualTo("S369035");
    assertThat(RESOLVER.resolve("赣州高新区信丰园区").candidates().get(0).why()).startsWith("the one zone of 信丰");
  }

  @Test
  void namesWrittenWithTheXpccAreRead() {
    // the 兵团 written in full
    assertThat(code("新疆生産建設兵團烏魯木齊工業園", null)).isEqualTo("S659066");
    // a division of the 兵团 before a city's zone does not make it the city's (第二师's park is 铁门关)
    for (String name : List.of("第二师库尔勒经济技术开发区", "第十二师乌鲁木齐高新区")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    assertThat(code("石河子高新技术产业开发区", null)).isEqualTo("G652156");
    // 产业 written into 新技术开发区
    assertThat(code("武汉东湖新技术产业开发区", null)).isEqualTo("G422031");
  }

  @Test
  void aHighTechZoneIsFoundByItsNameAsAProvincialPark() {
    // X高新技术产业园区, the name many bore before the State Council approved them
    assertThat(code("泰安高新技术产业园区", null)).isEqualTo("G372109");
    assertThat(code("乐山高新技术产业园区", null)).isEqualTo("G512144");
    // a zone named so itself is that zone, not the 高新技术产业开发区 of its city
    assertThat(code("岳阳高新技术产业园区", null)).isEqualTo("S438092");
    assertThat(code("宁乡高新技术产业园区", null)).isEqualTo("S438076");
  }

  @Test
  void aZoneUpgradedToANationalOneSince2018IsFoundByTheNameItWasGiven() {
    // 国函 / 国办函 …升级为…, 定名为…: curated aliases, ranked above the short forms that reached them
    Map<String, String> upgraded = Map.of(
        "潜江高新技术产业开发区", "S428084",
        "九江共青城高新技术产业开发区", "S368008",
        "宁乡高新技术产业开发区", "S438076",
        "张家口经济技术开发区", "S137005",
        "贵溪经济技术开发区", "S367028",
        "东山湾古雷经开区", "G351026");
    assertResolveAsAliases(upgraded);
    // the province written before it still names the zone
    assertThat(code("湖北潜江高新技术产业开发区", null)).isEqualTo("S428084");
  }

  @Test
  void aHighTechZoneSetUpOnACatalogueZoneSince2018IsThatZone() {
    // 甘肃's 以X为基础设立, 贵州's 变更认定为, 金桥's 整合优化成: curated aliases, the province written or not
    Map<String, String> setUpOn = Map.of(
        "甘肃省张掖高新技术产业开发区", "G621209",
        "甘肃省金昌高新区", "G621207",
        "民乐高新区", "S629017",
        "甘肃玉门高新技术产业开发区", "S627012",
        "庆城高新区", "S629051",
        "静宁高新技术产业开发区", "S629028",
        "黔西南高新区", "S527013",
        "上海金桥综保区", "G313027");
    assertResolveAsAliases(setUpOn);
  }

  @Test
  void zonesKnownByANameFromBefore2018AreFoundByIt() {
    // former names older reporting still uses, each from a page stating it; a province or 市 may be written
    Map<String, String> former = Map.of(
        "浏阳工业集中区", "S438077",
        "湖南怀化工业园区", "S438064",
        "德山开发区", "G431181",
        "泽口经济开发区", "S428084",
        "吴家山经济技术开发区", "G421170",
        "北京市新技术产业开发试验区", "G112001",
        "昆山出口加工区", "G323046",
        "蕪湖出口加工區", "G343065");
    assertResolveAsAliases(former);
  }

  @Test
  void aZonesPartOrNameFromAPageIsAnAlias() {
    // the twenty-eighth session's round of sourced aliases: 深圳湾片区, 深圳高新区 as it is now written
    // (原深圳高新区), and 中哈霍尔果斯国际边境合作中心 without 中哈, as the centre's own site writes it
    assertResolveAsAliases(Map.of("深圳湾片区", "G442036", "霍尔果斯国际边境合作中心", "G655018"));
  }

  /** Each name resolves to its code as a curated alias of park-aliases.tsv. */
  private static void assertResolveAsAliases(Map<String, String> codes) {
    codes.forEach((name, code) -> {
      ParkNameResolution resolution = RESOLVER.resolve(name);
      assertThat(resolution.park().map(p -> p.id().value())).as(name).contains(code);
      assertThat(resolution.match()).as(name).contains(ParkNameResolver.Match.ALIAS);
    });
  }

  @Test
  void oneCharacterAndAKindWordNameTheZoneNearbyThatBeginsWithIt() {
    assertThat(code("哈經開區", "哈尔滨")).isEqualTo("G231010"); // named for the city alone, not 哈尔滨利民…
    assertThat(code("红开区", "四平")).isEqualTo("G221073"); // 四平红嘴经济技术开发区
    assertThat(code("沈高新区", "沈阳")).isEqualTo("G212007");
    assertThat(RESOLVER.resolve("红开区").park()).isEmpty(); // only with a place nearby
    assertThat(RESOLVER.resolve("南开区", "天津").park()).isEmpty(); // a district of 天津, no zone's
    assertThat(RESOLVER.resolve("宁经开区", "南京").park()).isEmpty(); // 宁 is 南京's, not its first character
  }

  @Test
  void aPlaceWrittenBeforeAZonesNameMustHoldTheZone() {
    // 南川工业园 is two zones' short name; the place written tells them apart: 青海南川工业园区
    // is placed no closer than 青海, which holds 西宁
    assertThat(RESOLVER.resolve("南川工业园").status()).isEqualTo(ParkNameResolution.Status.AMBIGUOUS);
    ParkNameResolution xining = RESOLVER.resolve("西寧南川工業園");
    assertThat(xining.park().map(p -> p.id().value())).contains("S639004");
    assertThat(xining.candidates().get(0).why()).endsWith("written after the place 西宁");
    assertThat(code("重庆南川工业园", null)).isEqualTo("S509036");
    // a place that does not hold the zone makes no candidate of it
    for (String name : List.of("苏州元洪投资区", "成都南川工业园", "深圳元洪投资区")) {
      assertThat(RESOLVER.resolve(name).candidates()).as(name).isEmpty();
    }
    // nor does a county of the prefecture a zone is placed in: its own park may share a common
    // word with the zone (昌邑's 滨海 zone is not 潍坊's); but 福清元洪投资区 is 福州元洪投资区, as no other
    // zone's name holds 元洪投资区 (the words that set a name apart, since the twentieth session)
    assertThat(code("福清元洪投资区", null)).isEqualTo("G356025");
    for (String name : List.of("昌邑滨海经济开发区", "寿光滨海经济开发区", "梅河口医药高新区", "同安火炬高新区")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
  }

  /**
   * The score on real-park-names.jsonl: a name expected to be no zone is right when the
   * resolver names none (none or ambiguous); a wrong code is the worst outcome.
   */
  @Test
  void scoresAtLeast95PercentOnRealNames() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names();
    // A wrong code counts double.
    assertThat(score(names, "real names")).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * names.size()));
  }

  /**
   * The same on names collected after the resolver was built and annotated before it was run on
   * them (real-park-names-unseen.jsonl): how it does on names it was not made for. Before any
   * change made for them: 163 right, 1 wrong, 20 none, 162 of 184 (88.0%). With the general rules
   * their misses showed wanting (what the catalogue adds to a name, a place in brackets, lettered
   * parts, X高新技术产业园区): 167 (90.8%), the figure that says how the rules carry to new names.
   * Then twelve aliases found in their sources (park-aliases.tsv, marked there): 179 (97.3%),
   * which no longer measures that. Raise the figure, never lower it.
   */
  @Test
  void scoresOnNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN);
    assertThat(score(names, "unseen real names")).isGreaterThanOrEqualTo(179);
  }

  /**
   * The same on a second such list (real-park-names-unseen-2.jsonl), collected after the rules
   * above: recent reporting on county and provincial zones, many renamed since 2018. Before any
   * change made for them: 141 right, 2 wrong, 43 none, 139 of 186 (74.7%). With the general rules
   * their misses showed wanting (a city between the province and the name, a city and 高新区 for
   * its one high-tech zone): 142 (76.3%); most of the rest were zones renamed since 2018, which no
   * rule can know. Then 22 aliases from their sources (renamings, parts): 164 (88.2%), no longer a
   * measure of new names; three more from one of them (信丰, 玉山, 泰和高新区): 167 (89.8%). Then
   * aliases of provincial zones renamed since 2018, found by searching province by province (北流):
   * 169 (90.9%). A zone's park for an industry read as the zone (below) gave 西宁经济技术开发区
   * 生物科技产业园区 西宁经开区's code, where its source says the park became 青海高新区; the alias
   * of that former name, from the same source: 170 (91.4%). A county with one zone written with
   * another kind's word, that zone (鄄城县经济开发区 for 山东鄄城工业园区, renamed or upgraded county
   * zones): 175 (94.1%), none wrong. Raise it, never lower it.
   * Then (a later session) a part named after its zone and a nickname after a place (the general
   * rules of docs/places.md), and 46 aliases of national zones collected by readers who saw none of
   * the lists: 176 (94.6%). Then (the eighth session) a park two places run together named by
   * their first characters (甘眉工业园区南区): 177 (95.2%). Later sessions' rules: 179 (96.2%); then (the
   * twenty-fifth session) a bonded port zone written as a bonded zone (兩路寸灘保稅區): 180 (96.8%).
   */
  @Test
  void scoresOnASecondListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_2);
    assertThat(score(names, "second unseen real names")).isGreaterThanOrEqualTo(180);
  }

  /**
   * The same on a third list (real-park-names-unseen-3.jsonl), a broad sample of news about
   * parks collected after every change above, annotated before the resolver was run on it: 82
   * right, 0 wrong, 19 none, 82 of 101 (81.2%), the fairest measure of names it was not made for.
   * Then 兵团 written in full, and 新技术产业开发区: 84 (83.2%), none wrong. (Rules for a zone's
   * parks and for its name without its county took it to 88, but a review found them naming wrong
   * zones for other names, and they were dropped.) No alias was added from its sources; one added
   * for the second list's (玉山高新区) answers one of its names too: 85 (84.2%). (A rule taking a
   * 兵团 division off the name, 第一师…, gained one more, but gave a city's zones for the division's
   * and was dropped.) A zone the catalogue lists as a part of a larger one found by the part's
   * name (德令哈工业园 for 柴达木循环经济试验区德令哈工业园): 88 (87.1%), none wrong. A zone, a district
   * in its place and 基地 (连云港国家高新技术产业开发区东海基地), read as 中关村丰台园 is: 89 (88.1%),
   * none wrong. Then aliases of provincial zones renamed since 2018, found by searching province by
   * province, not in its sources, though the helper who found them had seen this list's misses
   * (玉山高新技术产业园区): 90 (89.1%). A county with one zone written with another kind's word,
   * that zone (浙江永嘉经济开发区 for 浙江永嘉工业园区): 95 (94.1%), none wrong; the rule gave 临江工业园
   * 吉林's 临江 zone where the page is about 紫金县's park, and now takes a place nearby into
   * account. Then 94 (93.1%): after the sixth list, the rule answers only for a zone named for its
   * county alone, which 格尔木昆仑经济技术开发区 is not. A county zone's name without its county,
   * with a place nearby (洋口港經濟開發區): 95 (94.1%). Raise it, never lower it.
   * Then (a later session) a part named after its zone and a nickname after a place (the general
   * rules of docs/places.md), and 46 aliases of national zones collected by readers who saw none of
   * the lists: 97 (96.0%).
   */
  @Test
  void scoresOnAThirdListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_3);
    assertThat(score(names, "third unseen real names")).isGreaterThanOrEqualTo(97);
  }

  /**
   * The same on a fourth list (real-park-names-unseen-4.jsonl): names as written on 81 pages
   * (traditional-character and Japanese reporting, sub-parks, renamed zones, and 36 that are no
   * catalogue zone), collected after every change above and annotated before the resolver was
   * run on it. First score: 86 right, 0 wrong, 35 none, 86 of 121 (71.1%). The misses: a zone's
   * parks or blocks (17), former names and bases of renamed zones (8), common names (4), other
   * written forms (4), Japanese kanji (2). Then three general rules its misses called for: a
   * zone's park for an industry (建德经济开发区化工园区, eight names), the Japanese forms of
   * characters (昆山経済技術開発区) and X新技术产业开发区 for X高新技术产业开发区: 96 (79.3%), none
   * wrong, a figure that no longer measures new names. Then 95: the park for an industry is no
   * answer where another zone of the prefecture bears the industry's name (p040, 营口 has
   * 营口仙人岛能源化工区), a right answer given up against wrong ones. Then an autonomous
   * prefecture or county written in full read as the catalogue writes it short (海北藏族自治州
   * 生物园区 for 海北州生物园区): 97 (80.2%). A division of the 兵团 written as it was before 2012
   * (农七师五五工业园区 for 第七师五五工业园区): 98 (81.0%). Then 18 aliases of names from before
   * 2018, found by a helper who had read two of this list's misses in docs/places.md: 103 (85.1%),
   * not independent. A county with one zone written with another kind's word, that zone
   * (荆州市江陵工业园区 for 湖北江陵经济开发区): 104 (86.0%). A zone written with 园区 for its kind
   * word (东莞松山湖园区): 105 (86.8%). Raise it, never lower it.
   * Then (a later session) a part named after its zone and a nickname after a place (the general
   * rules of docs/places.md), and 46 aliases of national zones collected by readers who saw none of
   * the lists: 106 (87.6%).
   */
  @Test
  void scoresOnAFourthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_4);
    assertThat(score(names, "fourth unseen real names")).isGreaterThanOrEqualTo(107);
  }

  /**
   * The same on a fifth list (real-park-names-unseen-5.jsonl): names as written on 53 pages
   * (western and north-eastern provinces, county zones, traditional-character and Japanese
   * reporting, 18 of 67 no catalogue zone), collected after every change above and annotated
   * before the resolver was run on it. First score: 55 right, 0 wrong, 12 none, 55 of 67 (82.1%).
   * The misses: a zone's parks or blocks (5), other written forms (5), a name without its place
   * (2). Then 省级 read as 国家级 is, a rank and no part of a name (三原省級高新技術產業開發區), and a
   * county with one zone written with another kind's word (进贤县高新产业园 for 江西进贤产业园):
   * 57 (85.1%), none wrong, from rules its misses called for. 经开发区 read as 经济开发区 (拉萨经开发区),
   * after the eleventh list showed another such slip: 58 (86.6%). Raise it, never lower it.
   * Then (a later session) a part named after its zone and a nickname after a place (the general
   * rules of docs/places.md), and 46 aliases of national zones collected by readers who saw none of
   * the lists: 60 (89.6%).
   */
  @Test
  void scoresOnAFifthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_5);
    assertThat(score(names, "fifth unseen real names")).isGreaterThanOrEqualTo(61); // 60 before the fifteenth session's 产业园区 for 工业园区
  }

  /**
   * The same on a sixth list (real-park-names-unseen-6.jsonl): names as written on 67 pages, 51 of
   * 98 no catalogue zone, collected after the county rule and annotated before the resolver was
   * run on it. First score: 89 right, 4 wrong, 5 none, 85 of 98 (86.7%). Three of the wrong answers
   * were the county rule's, for zones set up since 2018 from several parks whose pages do not tie
   * them to the catalogue's zone (浙江鹿城经济开发区 for 浙江温州鹿城轻工产业园区); the rule now answers
   * only for a zone named for its county alone: 89 (90.8%), one of them still wrong (浙江松阳经济开发区,
   * where the fifth list's annotator gave 浙江庆元经济开发区, set up the same way, its zone). Then a
   * place as it is named now in brackets (開縣(今開州區)工業園區) and X工业园区 for the catalogue's
   * X工业区 (南昌昌东工业园区): 91 (92.9%). Raise it, never lower it.
   */
  @Test
  void scoresOnASixthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_6);
    assertThat(score(names, "sixth unseen real names")).isGreaterThanOrEqualTo(91);
  }

  /**
   * The same on a seventh list (real-park-names-unseen-7.jsonl): names as written on 86 pages, 25
   * of 100 no catalogue zone, collected after every rule above and annotated before the resolver
   * was run on it. First score: 82 right, 0 wrong, 18 none, 82 of 100 (82.0%). The misses: former
   * and second names (7, 泰州经济开发区 for 泰州医药高新区, 中国医药城), parts of zones (2), and forms the
   * rules did not know: X集聚区 for 河南's X产业集聚区 (2), X工业区 for X工业园区, a second part after 及
   * (成都高新综合保税区及双流园区), 昌吉州 for 昌吉回族自治州, X经济合作区 for X边境经济合作区, and a name
   * several zones end with where a place nearby names one (临港经济技术开发区 near 沧州). With those:
   * 89 (89.0%), none wrong. Then 40 aliases collected by a helper who read none of the lists
   * (中国医药城): 90 (90.0%). Raise it, never lower it.
   * Then (a later session) a part named after its zone and a nickname after a place (the general
   * rules of docs/places.md), and 46 aliases of national zones collected by readers who saw none of
   * the lists: 92 (92.0%).
   */
  @Test
  void scoresOnASeventhListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_7);
    assertThat(score(names, "seventh unseen real names")).isGreaterThanOrEqualTo(95);
  }

  /**
   * The same on an eighth list (real-park-names-unseen-8.jsonl): names as written on 96 pages, 22
   * of 100 no catalogue zone, collected after every rule above and annotated before the resolver
   * was run on it. First score: 85 right, 1 wrong, 14 none, 84 of 100 (84.0%); the wrong one is
   * 淮安经济开发区 (left ambiguous, as 淮安經濟開發區 on the first list). Then what its misses called for:
   * a county zone's name without its county where its city is named nearby (泾河工业园区 near 西安),
   * a place nearby in the province of a zone placed no closer (南川工業園區 near 西宁), 恩施州 and
   * 余江县 (a district since 2018) before a zone's kind, and ― for —: 89 (89.0%). Raise it, never
   * lower it.
   * Then (a later session) a part named after its zone and a nickname after a place (the general
   * rules of docs/places.md), and 46 aliases of national zones collected by readers who saw none of
   * the lists: 92 (92.0%). Then (the tenth session) a Guangdong park for industry moved from a
   * city is the county's in brackets (深圳寶安(龍川)產業轉移工業園): 93 (93.0%).
   */
  @Test
  void scoresOnAnEighthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_8);
    assertThat(score(names, "eighth unseen real names")).isGreaterThanOrEqualTo(95);
  }

  /**
   * The same on a ninth list (real-park-names-unseen-9.jsonl): names as written on 88 pages, 28 of
   * 101 no catalogue zone, collected after every rule above and annotated before the resolver was
   * run on it. First score: 91 right, 0 wrong, 10 none, 91 of 101 (90.1%). Raise it, never lower it.
   * Then (a later session) a part named after its zone and a nickname after a place (the general
   * rules of docs/places.md), and 46 aliases of national zones collected by readers who saw none of
   * the lists: 92 (91.1%).
   * Then one character and a kind word near a place (哈經開區 near 哈尔滨, 红开区 near 四平): 94
   * (93.1%).
   */
  @Test
  void scoresOnANinthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_9);
    assertThat(score(names, "ninth unseen real names")).isGreaterThanOrEqualTo(95);
  }

  /**
   * The same on a tenth list (real-park-names-unseen-10.jsonl): names as written on 91 pages of
   * east, central and south China, 31 of 100 no catalogue zone, collected after every rule and
   * alias above and annotated before the resolver was run on it. First score: 89 right, 2 wrong, 9
   * none, 87 of 100 (87.0%): 金沙园 near 三明 read as 贵州金沙经济开发区 (a zone's name with 园区 for its
   * kind word, which now takes a place nearby into account), and 德清经开区 as 浙江德清工业园区, a zone
   * the annotator takes as merged into a new one (the county rule; the fifth list's annotator gave
   * such zones their catalogue codes). Then 东盟经开区 (广西—东盟经济技术开发区 without 广西—) and
   * 邵东市 (a county-level city since 2019): 90 (90.0%). Lowered once, in the fourteenth session, to
   * 88: a county's 先进制造业开发区 is now read as its 产业集聚区, the name 河南 gave those zones in its
   * reform of 2021, as the annotators of three other lists read it (鲁山县, 内乡县, 内黄县), and this
   * list's annotator leaves 唐河县先进制造业开发区 at none, its page not saying that it continues
   * 唐河县产业集聚区. Raise it, never lower it again. In the twenty-fourth session v072 (丰城工业园)
   * became right by an alias whose page, found for an article set, is the one the list took the name
   * from: 91, a gain counted apart, not the resolver's, so the floor stays 90.
   */
  @Test
  void scoresOnATenthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_10);
    assertThat(score(names, "tenth unseen real names")).isGreaterThanOrEqualTo(90);
  }

  /**
   * The same on an eleventh list (real-park-names-unseen-11.jsonl), collected last: names as
   * written on 55 pages, 21 of 63 no catalogue zone, annotated before the resolver was run on it;
   * nothing was made for it. First score: 52 right, 1 wrong, 10 none, 51 of 63 (81.0%); the wrong
   * one is 銀川望遠工業園區, which an alias from an earlier session gives 银川经济技术开发区 (its page
   * lists 望远工业园 among that zone's parks) and the annotator 宁夏永宁工业园区. Raise it, never
   * lower it. Then three forms its misses showed (嘉善经济开区 with a character left out, 南通市北 read
   * as 南通 and 市北, 台商区 for 台商投资区): 54 (85.7%).
   * Then (a later session) a part named after its zone and a nickname after a place (the general
   * rules of docs/places.md), and 46 aliases of national zones collected by readers who saw none of
   * the lists: 56 (88.9%). Then (the sixth session) 29 aliases of the named parts of national
   * zones and of former names, collected by a reader who saw none of the lists (塘沽海洋高新区): 57
   * (90.5%).
   */
  @Test
  void scoresOnAnEleventhListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_11);
    assertThat(score(names, "eleventh unseen real names")).isGreaterThanOrEqualTo(59);
  }

  /**
   * The same on a twelfth list (real-park-names-unseen-12.jsonl), collected last: names as written
   * on 45 pages, 11 of 50 no catalogue zone, annotated before the resolver was run on it; nothing
   * was made for it (x028, 东川工业园区, dropped: the fourth list has it). First score: 45 right, 0
   * wrong, 5 none, 45 of 50 (90.0%). Raise it, never lower it.
   * Then (a later session) a part named after its zone and a nickname after a place (the general
   * rules of docs/places.md), and 46 aliases of national zones collected by readers who saw none of
   * the lists: 46 (92.0%).
   */
  @Test
  void scoresOnATwelfthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_12);
    assertThat(score(names, "twelfth unseen real names")).isGreaterThanOrEqualTo(46);
  }

  /**
   * The same on a thirteenth list (real-park-names-unseen-13.jsonl), collected after the rules and
   * aliases of the session of 2026-12-05 (the fifth) by a helper who ran no resolver, annotated blind;
   * nothing was made for it. First score: 29 right, 1 wrong, 5 none: 28 of 35 (80.0%), within the
   * 81–90% of earlier first scores. The wrong one, 天府软件园都江堰园区, is the sub-park rule's: a zone's
   * park in a county that has a catalogue zone of its own, which here bears the park's name as a second
   * plate (the third list's 连云港高新区东海基地 is the parent's); the misses are former names (和平工业园区),
   * parts written alone (长春北湖科技园, 合肥新橋科技創新示範區) and 潍坊滨海区. Ratchet at its first score.
   * Then (the sixth session) a sub-park in a county with one zone of its own is that zone (the
   * fourteenth list's first score showed the same: 赣州高新区信丰园区 is 江西信丰工业园区): 30 of 35 (85.7%).
   * Then (the tenth session) a town in brackets inside a name read without it (和平(苟江)经开区): 31
   * of 35 (88.6%).
   */
  @Test
  void scoresOnAThirteenthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_13);
    assertThat(score(names, "thirteenth unseen real names")).isGreaterThanOrEqualTo(32);
  }

  /**
   * The same on a fourteenth list (real-park-names-unseen-14.jsonl, 29 names from provinces the
   * other lists hold few of), collected blind at the start of the sixth session and scored once
   * before any rule of it: 24 right, 1 wrong, 4 none: 23 of 29 (79.3%). The wrong one is the
   * thirteenth list's kind (贛州國家高新區信豐園區, a sub-park in a county with a zone of its own),
   * which the rule written then puts right: 25 of 29 (86.2%). The misses are former names
   * (昆仑经济开发区, 中国-东盟经济园区), 吉林化工园区 and a part written after its zone that the catalogue
   * lists as a zone of its own under another name (桂林经开区宝山工业园). Then (the twelfth session) a
   * county zone's short forms without its county, near a place that holds it (昆仑经济开发区 near
   * 格尔木 for 格尔木昆仑经济技术开发区): 26 of 29 (89.7%). Ratchet.
   */
  @Test
  void scoresOnAFourteenthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_14);
    assertThat(score(names, "fourteenth unseen real names")).isGreaterThanOrEqualTo(26);
  }

  /**
   * The same on a fifteenth list (real-park-names-unseen-15.jsonl, 30 names), collected blind after
   * every rule and alias of the sixth session and scored once: 26 right, none wrong, 4 none: 26 of
   * 30 (86.7%). The misses: 中新蘇州工業園區 (中新 for 中国-新加坡), a former name (九华经济区), a nickname
   * of the place (中国农科城), and 宜昌国家级高新区东山园区, whose 东山 is also a county of 福建, so the
   * sub-park rules take it for a park the zone runs elsewhere. Ratchet at its first score.
   */
  @Test
  void scoresOnAFifteenthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_15);
    assertThat(score(names, "fifteenth unseen real names")).isGreaterThanOrEqualTo(26);
  }

  /**
   * The same on a sixteenth list (real-park-names-unseen-16.jsonl, 40 names), collected blind at
   * the start of the seventh session and scored once: 31 right, 1 wrong, 8 none: 30 of 40 (75.0%),
   * below the 79–90% of earlier first scores. The wrong one is 章贡园区, one of 赣州高新区's three parks,
   * which the annotator could not tell from 章贡's own zone (S367030) the resolver gives. Then three
   * aliases with their sources (红金工业园, 袁家坝工业园, 绵阳科技城现代农业科技示范区: parts and a second
   * name of their zones): 33 of 40 (82.5%). Tried and not kept: a kind word alone for the one zone of
   * that kind in the place nearby (边合区 near 绥芬河 right, but 綜保區 near 昆山 of the first list
   * wrong: 開發區、綜保區、高新區等 there names kinds, not a zone, as bare kind words often do). Left: a
   * county zone's name without its county and with no place nearby (金钟经济开发区), a former name
   * (呼和浩特金山经济技术开发区), a side of a part (香港工业园北区), 边合区 and 净月区, whose page does not
   * say it is the zone. Ratchet.
   */
  @Test
  void scoresOnASixteenthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_16);
    assertThat(score(names, "sixteenth unseen real names")).isGreaterThanOrEqualTo(33);
  }

  /**
   * The same on a seventeenth list (real-park-names-unseen-17.jsonl, 40 names), collected blind at
   * the start of the eighth session and scored once: 33 right, none wrong, 7 none: 33 of 40 (82.5%).
   * All seven are names no rule derives: a nickname (武高新), former names (云南嵩明杨林工业园区,
   * 内江市西南循环经济产业园区), a name given after 2018 (黔东南高新技术产业开发区, 贵州凯里经济开发区 renamed
   * in 2019), a county zone's other name (肇源大广工业园区, 郏县产业集聚区) and a name with the zone's
   * other name in brackets (茂名产业转移工业园(茂名高新技术开发区)). Then five aliases with their sources
   * and the second name in brackets read where the first resolves to none: 39 of 40 (97.5%). Left:
   * 郏县产业集聚区, with no place nearby; then read as its county's one zone, the county being written
   * in full: 40 of 40. Ratchet.
   */
  @Test
  void scoresOnASeventeenthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_17);
    assertThat(score(names, "seventeenth unseen real names")).isGreaterThanOrEqualTo(40);
  }

  /**
   * The same on an eighteenth list (real-park-names-unseen-18.jsonl, 40 names), collected blind
   * later in the eighth session and scored once: 36 right, none wrong, 4 none: 36 of 40 (90.0%).
   * Then a park two places run together named by their first characters (甘眉工业园区 for
   * 甘孜—眉山工业园区, a short form now): 37 of 40. Left: 永安尼葛開發區 (a park of 三明高新区 written
   * alone), 丽江金山高新技术产业开发区 (catalogue: 金山高新技术产业经济区), 清远佛冈产业园区 (a county's
   * 产业转移工业园区; read so, 惠州博罗产业园区, a later park, would be wrong). Ratchet.
   */
  @Test
  void scoresOnAnEighteenthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_18);
    assertThat(score(names, "eighteenth unseen real names")).isGreaterThanOrEqualTo(37);
  }

  /**
   * The same on a nineteenth list (real-park-names-unseen-19.jsonl, 40 names as ordinary news writes
   * them), collected blind later in the eighth session and scored once: 33 right, 1 wrong, 6 none:
   * 32 of 40 (80.0%). The wrong one: 上虞经济技术开发区, which its page means as the national
   * 杭州湾上虞经济技术开发区 without 杭州湾, and the resolver reads as 浙江上虞经济开发区 written with the
   * national kind's word. The misses: a county's one zone written with another kind's word and
   * no place nearby (湘阴县工业园区, 浙江磐安经济开发区, 龙泉工业园区), older or later names (武宁县万福
   * 经济技术开发区; 鲁山县先进制造业开发区, Henan's 2021 renaming of 产业集聚区) and 大連莊河花園口工業園區.
   * Then a county's one zone with no place nearby where the county is written in full or after
   * its province: 34 of 40 (85.0%), every other list the same or better, none wrong. Ratchet.
   */
  @Test
  void scoresOnANineteenthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_19);
    assertThat(score(names, "nineteenth unseen real names")).isGreaterThanOrEqualTo(35);
  }

  /**
   * The same on a twentieth list (real-park-names-unseen-20.jsonl, 40 names, two thirds of them
   * provincial zones, many of counties), collected blind at the start of the ninth session and
   * scored once: 35 right, 1 wrong, 4 none: 34 of 40 (85.0%). The wrong one: 淮安开发区 in a 2010
   * headline, which its annotator leaves ambiguous between the provincial 江苏淮安经济开发区 and the
   * zone made national that November, and the resolver reads as the national 淮安经济技术开发区, whose
   * short form ranks first. The misses are former names no rule derives (九洲江经济开发试验区,
   * 吕梁夏家营生态工业园区, 黔东工业园区) and 大理創新工業園區, the 大理经开区 before 2014. Left as
   * they are: aliases taken from the list that measures the resolver would flatter it. Since the
   * sixteenth session 黔东工业园区 is read as the 贵州黔东经济开发区 it became: 35. Ratchet.
   */
  @Test
  void scoresOnATwentiethListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_20);
    assertThat(score(names, "twentieth unseen real names")).isGreaterThanOrEqualTo(35);
  }

  /**
   * The same on a twenty-first list (real-park-names-unseen-21.jsonl, 40 names, 23 of them
   * provincial zones, several of counties), collected blind later in the ninth session and scored
   * once: 37 right, none wrong, 3 none: 37 of 40 (92.5%). The misses are names no rule derives: a
   * park a zone was set up on (惠水縣長田工業園區), a second plate (湛江奮勇高新區) and a zone's other
   * name in brackets on its own page (榆神工业区). Ratchet.
   */
  @Test
  void scoresOnATwentyFirstListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_21);
    assertThat(score(names, "twenty-first unseen real names")).isGreaterThanOrEqualTo(37);
  }

  /**
   * The same on a twenty-second list (real-park-names-unseen-22.jsonl, 40 names from 21
   * provinces, 36 with a place nearby), collected blind later in the ninth session and scored
   * once: 37 right, none wrong, 3 none: 37 of 40 (92.5%). The misses: a zone written with another
   * kind's word and no place nearby (八达岭工业开发区), a district written without its 区
   * (江门蓬江产业转移工业园, catalogue 广东江门蓬江区产业转移工业园区) and a part of a zone
   * (梧州市陶瓷產業園中和集中區). Then (the twelfth session) Guangdong's 产业转移工业园 written with its
   * county's short name: 38 of 40 (95.0%). Ratchet.
   */
  @Test
  void scoresOnATwentySecondListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_22);
    assertThat(score(names, "twenty-second unseen real names")).isGreaterThanOrEqualTo(38);
  }

  /**
   * The same on a twenty-third list (real-park-names-unseen-23.jsonl, 40 names from 22
   * provinces), collected blind later in the ninth session and scored once: 35 right, 1 wrong, 4
   * none: 34 of 40 (85.0%). The wrong one: 如东开发区 near 如东县, which its annotator leaves
   * ambiguous between 江苏如东经济开发区 and 江苏如东洋口港经济开发区, and the resolver reads as the
   * first, whose short form it is. The misses: 产业转移工业园区 written without the county's 市 or
   * 县 (罗定产业转移工业园) or by another name (福和产业转移园), a county renamed after 2018
   * (横州六景工业园, 横县 until 2021) and a zone written with another kind's word
   * (锡林郭勒盟白音华经济开发区, catalogue …工业园区). Then (the twelfth session) Guangdong's
   * 产业转移工业园 written with its county's short name (罗定产业转移工业园): 35 of 40 (87.5%). Ratchet,
   * lowered on purpose in the twenty-eighth session from 37 to 35: a place nearby written as its city
   * and county (运城市盐湖区) is now the county, and 盐湖高新技术产业开发区 there the county's one zone
   * (山西运城盐湖工业园区, by {@link ParkNameResolver.Match#COUNTY}'s rule for renamed and upgraded county
   * zones), which its annotator leaves ambiguous with the city's 山西运城经济开发区; over all lists the
   * change is one more (君山区工业园, 君山工业园 near 岳阳市君山区 and 濱海工業區 near 紹興市柯橋區 right, this
   * one wrong where it was right).
   */
  @Test
  void scoresOnATwentyThirdListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_23);
    assertThat(score(names, "twenty-third unseen real names")).isGreaterThanOrEqualTo(35);
  }

  /**
   * The same on a twenty-fourth list (real-park-names-unseen-24.jsonl, 40 names from 21
   * provinces, 27 of them provincial zones), collected blind at the end of the ninth session and
   * scored once: 34 right, 1 wrong, 5 none: 33 of 40 (82.5%). The wrong one: 龙岩高新区(经开区), one
   * body under two plates, which its annotator leaves ambiguous and the resolver reads by its
   * first name. The misses: older or other names (红桥新区, 高淳外向型农业综合开发区, 常州西太湖科技产业园),
   * a zone written with another kind's word (宾阳县黎塘工业集中区) and a prefecture's short name
   * the divisions lack (克州阿图什工业园区: 克州 for 克孜勒苏柯尔克孜自治州). Ratchet.
   */
  @Test
  void scoresOnATwentyFourthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_24);
    assertThat(score(names, "twenty-fourth unseen real names")).isGreaterThanOrEqualTo(34); // 33 before the fifteenth session's 产业园区 for 工业园区
  }

  /**
   * The same on a twenty-fifth list (real-park-names-unseen-25.jsonl, 40 names from 20 provinces,
   * 32 of them provincial zones), collected blind at the start of the tenth session and scored
   * once: 36 right, 0 wrong, 4 none: 36 of 40 (90.0%). Then a county named nearby finds a zone
   * placed in its prefecture (金山工业园区 near 固阳县: 包头金山工业园区, not 上海's or 福州's): 37
   * (92.5%). The misses: a zone without its county with only its province nearby
   * (吕四港经济开发区 near 江苏, for 江苏启东吕四港经济开发区), a zone written with another kind's word
   * (鎮遠縣黔東工業園區, catalogue 贵州省黔东经济开发区) and a former name (合肥新站综合开发试验区).
   * Ratchet.
   */
  @Test
  void scoresOnATwentyFifthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_25);
    assertThat(score(names, "twenty-fifth unseen real names")).isGreaterThanOrEqualTo(39);
  }

  /**
   * The same on a twenty-sixth list (real-park-names-unseen-26.jsonl, 40 names from 18 provinces,
   * 30 of them provincial zones), collected blind later in the tenth session and scored once: 33
   * right, 2 wrong, 5 none: 31 of 40 (77.5%). Then X工业园 for the catalogue's X工业区 (平果工業園)
   * and a sub-park's district that places elsewhere bear too, where one of them is the zone's
   * (沧州经济开发区新华园: 沧州's 新华区, not only 石家庄's): 33 (82.5%). The wrong two: 兖州开发区 and
   * 邹城开发区 in a page of 2013 that calls every zone 开发区, which its annotator leaves ambiguous
   * between each city's 经济开发区 and 工业园区, and the resolver reads as the 经济开发区, whose short
   * form it is. The misses: abbreviations (汨罗循环园区, 安巢经开区 for 合肥巢湖经济开发区) and a zone
   * written by its industry alone (大亚湾石化区 for 广东惠州大亚湾石化产业园区). Ratchet.
   */
  @Test
  void scoresOnATwentySixthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_26);
    assertThat(score(names, "twenty-sixth unseen real names")).isGreaterThanOrEqualTo(33);
  }

  /**
   * The same on a twenty-seventh list (real-park-names-unseen-27.jsonl, 40 names from 18
   * provinces, 36 of them provincial zones), collected blind after the tenth session's first
   * resolver rules and scored once: 36 right, 1 wrong, 3 none: 35 of 40 (87.5%). The wrong one,
   * 大橋開發區 near 宜秀區, is 安庆's 长江大桥经济开发区, where the resolver gave the zone 大桥开发区 names
   * exactly, 铜陵's. Then a place nearby that contradicts the one zone a name gives chooses the one
   * zone of the place whose name ends with it; a note in brackets that holds no place is read
   * without it (贵港国家生态工业(制糖)示范园区); 县域 after a county is left out (商南县县域工业集中区):
   * 39 (97.5%), the thirteenth list one more. The miss left: 大石桥市南楼开发区, a county before its
   * prefecture's zone, which is not read as that zone (昌邑滨海经济开发区 is no 潍坊滨海's). Ratchet.
   */
  @Test
  void scoresOnATwentySeventhListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_27);
    assertThat(score(names, "twenty-seventh unseen real names")).isGreaterThanOrEqualTo(40);
  }

  /**
   * The same on a twenty-eighth list (real-park-names-unseen-28.jsonl, 40 names from 21
   * provinces), collected blind after the tenth session's other resolver rules and scored once:
   * 35 right, 0 wrong, 5 none: 35 of 40 (87.5%). Then a Guangdong park for industry moved from a
   * city, written with the partner city and the county in brackets, is the county's
   * (广州海珠(大埔)产业转移工业园: 广东大埔县产业转移工业园区; the eighth list's 深圳寶安(龍川) too), and a
   * place nearby chooses among all the candidates where none of the best lies in it (临港开发区 near
   * 岳阳): 36 (90.0%). The misses: a zone renamed (南充高新技术产业园区 for 四川南充潆华…), a county
   * zone's name without its county and its kind word shortened (临港开发区 near 江阴), and two
   * sub-parks whose names say nothing of their zone (西宁东川工业园区, 霍尔果斯经济开发区伊宁园区, the
   * catalogue's 霍尔果斯 zone with its 兵团 part). Ratchet.
   */
  @Test
  void scoresOnATwentyEighthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_28);
    assertThat(score(names, "twenty-eighth unseen real names")).isGreaterThanOrEqualTo(37); // 36 before the eighteenth session's 南充高新技术产业园区
  }

  /**
   * The same on a twenty-ninth list (real-park-names-unseen-29.jsonl, 40 names from 18 provinces),
   * collected blind after every resolver rule of the tenth session and scored once: 37 right, 0
   * wrong, 3 none: 37 of 40 (92.5%). The misses are other names no rule derives: a later name
   * (安宁产业园区 for 云南安宁工业园区), a zone's own name for its eco-park (祥光生态工业园区 for
   * 山东阳谷祥光经济开发区) and a county's zone its annotator places in a merged catalogue zone
   * (广东紫金经济开发区 for 广东河源江东新区产业转移工业园区). Ratchet.
   */
  @Test
  void scoresOnATwentyNinthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_29);
    assertThat(score(names, "twenty-ninth unseen real names")).isGreaterThanOrEqualTo(38);
  }

  /**
   * The same on a thirtieth list (real-park-names-unseen-30.jsonl, 40 names from 19 provinces,
   * mostly northern and western), collected blind at the start of the eleventh session and scored
   * once: 36 right, 0 wrong, 4 none: 36 of 40 (90.0%). The misses are names of other times that no
   * rule derives: former names (新乡市小店工业区 for 新乡经济技术开发区, 南宁-东盟经济开发区 for 广西—东盟
   * 经济技术开发区), a later one (楚雄高新区 for 云南楚雄经济开发区) and a new district's (铜川新区 for
   * 陕西铜川经济技术开发区). Ratchet, lowered once, by the twentieth session's rule for the words that
   * set a name apart: 呼和浩特市裕隆经济开发区 is now 呼和浩特裕隆工业园区, where its annotator, from a page
   * on the new zone of 2024 made of it and part of 金川, holds it ambiguous (34; the rule gave twelve
   * names of other lists right).
   */
  @Test
  void scoresOnAThirtiethListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_30);
    assertThat(score(names, "thirtieth unseen real names")).isGreaterThanOrEqualTo(34);
  }

  /**
   * The same on a thirty-first list (real-park-names-unseen-31.jsonl, 38 names, mostly of eastern,
   * central and southern provinces; two more that the thirtieth list's collector also found on the
   * same pages were dropped), collected blind at the same time and scored once: 36 right, 1 wrong,
   * 1 none: 35 of 38 (92.1%). The wrong is 丹陽開發區 of 2015, which its annotator leaves ambiguous
   * between 江苏丹阳经济开发区 and the high-tech zone made in 2016, and the resolver reads as the
   * former, the only zone of that name; the none a county's zone by its former name with no place
   * nearby (弋阳工业园): the resolver reads a county's only zone so only where the county is written
   * in full or placed. Ratchet.
   */
  @Test
  void scoresOnAThirtyFirstListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_31);
    assertThat(score(names, "thirty-first unseen real names")).isGreaterThanOrEqualTo(35);
  }

  /**
   * The same on a thirty-second list (real-park-names-unseen-32.jsonl, 40 names from 18
   * provinces, mostly northern and western, many of counties), collected blind at the start of the
   * twelfth session and scored once, after the session's rules for Guangdong's transfer parks
   * (which it holds none of): 35 right, 0 wrong, 5 none: 35 of 40 (87.5%), as the session's
   * starting resolver scores it. Then a county zone's short forms without its county near a place
   * that holds it (杏花村开发区 near 汾阳 for 汾阳杏花村经济技术开发区), an autonomous county written
   * with 县 as the place nearby (天祝县 for 天祝藏族自治县) and 工业集聚区 read as 工业集中区
   * (金強工業集聚區): 37 of 40 (92.5%). Left: 寸滩保税港区 and 重庆保税港区 (重庆两路寸滩保税港区 by
   * one of its two places, and by its operator's name) and 鲁疆产业园, a park within a zone. Ratchet.
   */
  @Test
  void scoresOnAThirtySecondListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_32);
    assertThat(score(names, "thirty-second unseen real names")).isGreaterThanOrEqualTo(37);
  }

  /**
   * The same on a thirty-third list (real-park-names-unseen-33.jsonl, 40 names from 15 provinces,
   * mostly eastern, central and southern), collected blind at the same time and scored once: 33
   * right, 1 wrong, 6 none: 32 of 40 (80.0%), the same as the session's starting resolver. The
   * wrong: 松江工业园区, which its annotator leaves ambiguous between 松江经济技术开发区 and 上海松江经济开发区,
   * and the resolver reads as the first. Then Guangdong's parks for industry moved from its cities
   * written 产业转移园, with the county after its city and before its town in the brackets
   * (佛山顺德(云浮新兴新成)产业转移工业园 is 新兴县's): 35 of 40 (87.5%). Left: three later names its
   * annotator knew but its pages do not give (内乡县先进制造业开发区, 东方临港产业园, 遂宁市创新工业园区).
   * Ratchet.
   */
  @Test
  void scoresOnAThirtyThirdListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_33);
    assertThat(score(names, "thirty-third unseen real names")).isGreaterThanOrEqualTo(36);
  }

  /**
   * The same on a thirty-fourth list (real-park-names-unseen-34.jsonl, 34 names from 15 provinces,
   * mostly northern and western, whose collector was told to claim no alias a page does not
   * support), collected blind after the session's first rules and scored once: 30 right, 0 wrong,
   * 4 none: 30 of 34 (88.2%), the same as the session's starting resolver. Then a county written
   * by its short name where the catalogue writes its full name (临潼新丰工业集中区) or by its name since
   * a whole rename (陕西鄠邑沣京工业园区: 户县 until 2016), for a zone's official name only: 32 of 34
   * (94.1%). Left: 大名縣工業聚集區 and 甘肃陇西文峰经济技术开发区, other names of the county's zone.
   * Ratchet.
   */
  @Test
  void scoresOnAThirtyFourthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_34);
    assertThat(score(names, "thirty-fourth unseen real names")).isGreaterThanOrEqualTo(33);
  }

  /**
   * The same on a thirty-fifth list (real-park-names-unseen-35.jsonl, 40 names from 12 eastern,
   * central and southern provinces, 30 of their codes provincial zones), collected blind at the
   * same time and scored once: 36 right, 1 wrong, 3 none: 35 of 40 (87.5%), the same as the
   * session's starting resolver. The wrong one: 常熟开发区, which its annotator leaves ambiguous
   * between 常熟's 经济技术开发区 and 高新区, and the resolver reads as the first, whose short form
   * X开发区 is. The misses: a former name (余姚市工业开发区), an extension of a zone by a name of its
   * own (海盐杭州湾大桥新区) and a park within a zone (腰陂石材工业园), which its pages name as such but no
   * rule derives. Ratchet.
   */
  @Test
  void scoresOnAThirtyFifthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_35);
    assertThat(score(names, "thirty-fifth unseen real names")).isGreaterThanOrEqualTo(35);
  }

  /**
   * The same on a thirty-sixth list (real-park-names-unseen-36.jsonl, 38 names from 18 provinces,
   * 28 of their codes provincial zones), collected blind at the start of the thirteenth session and
   * scored once: 37 right, 0 wrong, 1 none (97.4%), the same as the session's starting resolver.
   * The miss: 德阿—阿坝生态经济产业园区, the page's own short name of 德阳 (德阳—阿坝…), which no rule
   * derives. Ratchet.
   */
  @Test
  void scoresOnAThirtySixthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_36);
    assertThat(score(names, "thirty-sixth unseen real names")).isGreaterThanOrEqualTo(37);
  }

  /**
   * The same on a thirty-seventh list (real-park-names-unseen-37.jsonl, 35 names, mostly provincial
   * and county zones of central, southern and western provinces), collected blind at the same
   * time and scored once: 33 right, 0 wrong, 2 none (94.3%), the same as the session's starting
   * resolver. Then X工业园区 for the catalogue's X工业集中区 (白银刘川工业园区): 34 (97.1%). Left: a
   * former name with the zone's town in it (剑阁县下寺经济开发区, 四川剑阁经济开发区 since 2011), which
   * its page gives but no rule derives. Ratchet.
   */
  @Test
  void scoresOnAThirtySeventhListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_37);
    assertThat(score(names, "thirty-seventh unseen real names")).isGreaterThanOrEqualTo(34);
  }

  /**
   * The same on a thirty-eighth list (real-park-names-unseen-38.jsonl, 40 names from 12 eastern,
   * central and southern provinces), collected blind after the session's first rule and scored
   * once: 36 right, 1 wrong, 3 none: 35 of 40 (87.5%), the same as the session's starting resolver.
   * The wrong one: 安塞高新技术产业开发区, a zone approved in 2020 that its annotator, with no page
   * saying it replaced 安塞工业园区 (the one zone placed in 安塞区, which the resolver gives), leaves
   * unresolved. The misses: 高栏港区, 西安航天基地 and 蓬江产业园, other names of zones no rule derives.
   * Ratchet.
   */
  @Test
  void scoresOnAThirtyEighthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_38);
    assertThat(score(names, "thirty-eighth unseen real names")).isGreaterThanOrEqualTo(35);
  }

  /**
   * The same on a thirty-ninth list (real-park-names-unseen-39.jsonl, 29 names from 16 provinces),
   * collected blind at the same time and scored once: 26 right, 0 wrong, 3 none (89.7%), the same as
   * the session's starting resolver. Then a place written with 区 before a short form, as with 市 or
   * 县 (双城区经开区 for 双城经开区, 黑龙江双城经济开发区): 27 (93.1%). Left: 亦庄经济开发区 (the alias
   * table has 亦庄 and 亦庄开发区) and 分宜城西工业园, a park of 江西分宜工业园区. Then (the twenty-third
   * session) a nickname with its zone's kind word the zone (亦庄经济开发区): 28 (96.6%). Ratchet.
   */
  @Test
  void scoresOnAThirtyNinthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_39);
    assertThat(score(names, "thirty-ninth unseen real names")).isGreaterThanOrEqualTo(28);
  }

  /**
   * The same on a fortieth list (real-park-names-unseen-40.jsonl, 32 names written in unusual ways),
   * collected blind late in the thirteenth session and scored once: 27 right, 0 wrong, 5 none
   * (84.4%), the same as the session's starting resolver. Then the traditional forms of the
   * divisions' names folded (澄邁縣老城經濟開發區: 邁 is 迈): 28 (87.5%). Left: former names
   * (楊林工業園區, 湖南省永興三胞經濟技術開發區) and parts of zones (深圳工业园 of 襄阳's, 两河新区).
   * Ratchet.
   */
  @Test
  void scoresOnAFortiethListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_40);
    assertThat(score(names, "fortieth unseen real names")).isGreaterThanOrEqualTo(29);
  }

  /**
   * The same on a forty-first list (real-park-names-unseen-41.jsonl, 24 names from 12 provinces),
   * collected blind at the same time and scored once: 24 right, 0 wrong, 0 none (100%), the same as
   * the session's starting resolver. Ratchet.
   */
  @Test
  void scoresOnAFortyFirstListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_41);
    assertThat(score(names, "forty-first unseen real names")).isGreaterThanOrEqualTo(24);
  }

  /**
   * The same on a forty-second list (real-park-names-unseen-42.jsonl, 25 names from 9 provinces),
   * collected blind at the end of the thirteenth session and scored once: 24 right, 1 wrong, 0 none:
   * 23 (92.0%), the same as the session's starting resolver. The wrong one: 大港经济开发区, which its
   * page tells merged into 镇江新区 in 1998 (镇江经济技术开发区 now), read as 天津大港经济开发区, the
   * catalogue zone of that name. Ratchet.
   */
  @Test
  void scoresOnAFortySecondListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_42);
    assertThat(score(names, "forty-second unseen real names")).isGreaterThanOrEqualTo(25);
  }

  /**
   * The same on a forty-third list (real-park-names-unseen-43.jsonl, 24 names from 9 provinces),
   * collected blind at the same time and scored once: 21 right, 0 wrong, 3 none (87.5%), the same
   * as the session's starting resolver. The misses: other names no rule derives (上海化工区, 向塘物流园)
   * and a zone merged into another (吉林通化經濟開發區, now 通化医药高新区). Ratchet.
   */
  @Test
  void scoresOnAFortyThirdListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_43);
    assertThat(score(names, "forty-third unseen real names")).isGreaterThanOrEqualTo(23); // 21 before the eighteenth session's 上海化工区
  }

  /**
   * The same on a forty-fourth list (real-park-names-unseen-44.jsonl, 19 names from 12 provinces),
   * collected blind in the fourteenth session and scored once: 18 right, 0 wrong, 1 none (94.7%),
   * the same as the session's starting resolver. The miss, 贵港产业园区 (贵港市产业园区: its city
   * written without 市), is right since a prefecture's city is read so as a county was. Ratchet.
   */
  @Test
  void scoresOnAFortyFourthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_44);
    assertThat(score(names, "forty-fourth unseen real names")).isGreaterThanOrEqualTo(19);
  }

  /**
   * The same on a forty-fifth list (real-park-names-unseen-45.jsonl, 31 names from 13 provinces),
   * collected blind at the same time and scored once: 28 right, 0 wrong, 3 none (90.3%), the same
   * as the session's starting resolver. The misses: two names no rule derives (唐港区 for 唐山海港经济
   * 开发区, 青岛高科园 for a park of 青岛高新区) and a former name with a county since made a district
   * (北京市密雲縣工業開發區, 北京密云经济开发区). Ratchet.
   */
  @Test
  void scoresOnAFortyFifthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_45);
    assertThat(score(names, "forty-fifth unseen real names")).isGreaterThanOrEqualTo(28);
  }

  /**
   * The same on a forty-sixth list (real-park-names-unseen-46.jsonl, 16 names from 10 provinces),
   * collected blind later in the fourteenth session and scored once: 15 right, 0 wrong, 1 none
   * (93.8%), the same as the session's starting resolver. The miss, 内黄县先进制造业开发区 (内黄县产业
   * 集聚区, renamed in 河南's reform of 2021, as two earlier lists' annotators also read such names),
   * is right since that kind word is a county zone's. Ratchet.
   */
  @Test
  void scoresOnAFortySixthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_46);
    assertThat(score(names, "forty-sixth unseen real names")).isGreaterThanOrEqualTo(16);
  }

  /**
   * The same on a forty-seventh list (real-park-names-unseen-47.jsonl, 30 names from 19 provinces),
   * collected blind at the same time and scored once: 28 right, 0 wrong, 2 none (93.3%), the same as
   * the session's starting resolver. The misses: 德州(禹城)国家高新技术产业开发区 (德州's national zone,
   * which lies in 禹城: a place in brackets may also say which of a city's zones is meant) and
   * 广清经济特别合作区广德(英德)产业园 (广东顺德清远英德经济合作区). Since the sixteenth session a place in
   * brackets that lies in the place before them is where the zone lies, where nothing else matched
   * (德州(禹城)…: 德州高新技术产业开发区): 29. Ratchet.
   */
  @Test
  void scoresOnAFortySeventhListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_47);
    assertThat(score(names, "forty-seventh unseen real names")).isGreaterThanOrEqualTo(29);
  }

  /**
   * The same on a forty-eighth list (real-park-names-unseen-48.jsonl, 37 names of national zones in
   * 18 provinces), collected blind late in the fourteenth session and scored once: 30 right, 0
   * wrong, 7 none (81.1%), the same as the session's starting resolver. Two misses were customs
   * zones made 综合保税区 since 2018 (东疆综保区, 天津东疆保税港区; 珲春综合保税区, 吉林珲春出口加工区),
   * right since such a name is read as the 保税港区 or 出口加工区 it was made from (the second list's
   * 松江综合保税区 too). Left: a former name (江蘇常州新北工業園區, 江苏常州滨江经济开发区 since 2012;
   * 成都出口加工區), names no rule derives (中德装备园, 惠南高新科技产业园) and 霍尔果斯's 伊宁 park,
   * which lies outside the place the zone is placed in. Ratchet.
   */
  @Test
  void scoresOnAFortyEighthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_48);
    assertThat(score(names, "forty-eighth unseen real names")).isGreaterThanOrEqualTo(35);
  }

  /**
   * The same on a forty-ninth list (real-park-names-unseen-49.jsonl, 17 names of provincial zones
   * in 11 provinces), collected blind at the same time and scored once: 16 right, 0 wrong, 1 none
   * (94.1%), the same as the session's starting resolver. The miss: 虎嶺產業集聚區, 济源虎岭经济技术
   * 开发区 under 河南's other kind word. Ratchet.
   */
  @Test
  void scoresOnAFortyNinthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_49);
    assertThat(score(names, "forty-ninth unseen real names")).isGreaterThanOrEqualTo(17);
  }

  /**
   * The same on a fiftieth list (real-park-names-unseen-50.jsonl, 15 names from 6 provinces),
   * collected blind at the end of the fourteenth session and scored once: 15 of 15 (100%), the
   * same as the session's starting resolver. Ratchet.
   */
  @Test
  void scoresOnAFiftiethListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_50);
    assertThat(score(names, "fiftieth unseen real names")).isGreaterThanOrEqualTo(15);
  }

  /**
   * The same on a fifty-first list (real-park-names-unseen-51.jsonl, 9 names), collected blind at
   * the same time and scored once: 7 right, 0 wrong, 2 none (77.8%), the same as the session's
   * starting resolver. The misses: 永康's 现代农业装备高新区 written without its city and with no
   * place nearby, and 邗江工业园, 扬州高新区's name before 2012. Ratchet.
   */
  @Test
  void scoresOnAFiftyFirstListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_51);
    assertThat(score(names, "fifty-first unseen real names")).isGreaterThanOrEqualTo(7);
  }

  /**
   * The same on a fifty-second list (real-park-names-unseen-52.jsonl, 25 names), collected blind at
   * the start of the fifteenth session and scored once: 21 right, 2 wrong, 2 none, 19 (76.0%), the
   * same as the session's starting resolver. Then a city written for the county a zone is named for
   * (杭州临江国家高新区, 萧山's): 20 (80.0%). Left: 福州高新区, which its annotator holds ambiguous between the
   * national zone and a provincial 福州高新技术产业园区, and 望城高新技术产业开发区, a provincial zone prepared in 2018
   * that the county rule reads as 望城's one zone, its 经开区. Ratchet.
   */
  @Test
  void scoresOnAFiftySecondListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_52);
    assertThat(score(names, "fifty-second unseen real names")).isGreaterThanOrEqualTo(20);
  }

  /**
   * The same on a fifty-third list (real-park-names-unseen-53.jsonl, 18 names), collected blind at
   * the same time and scored once: 15 right, 2 wrong, 1 none, 13 (72.2%), the same as the starting
   * resolver. Then a name that writes none of its zone's places, near a place of another province,
   * is not that zone (航天经济开发区 near 呼和浩特, not 陕西's): 14 (77.8%). Left: 吉安高新技术开发区, 井冈山经开区's name of
   * 2001, which reads as today's 吉安高新区, and 兰州经济区. Ratchet.
   */
  @Test
  void scoresOnAFiftyThirdListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_53);
    assertThat(score(names, "fifty-third unseen real names")).isGreaterThanOrEqualTo(15);
  }

  /**
   * The same on a fifty-fourth list (real-park-names-unseen-54.jsonl, 23 names), collected blind
   * later in the fifteenth session and scored once: 20 right, 1 wrong, 2 none, 19 (82.6%), the same
   * as the session's starting resolver and its resolver then. The misses: 芜湖开发区, which its
   * annotator holds ambiguous between the 经开区 and the 高新区, and two former names of 安徽新芜经济开发区.
   * Ratchet.
   */
  @Test
  void scoresOnAFiftyFourthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_54);
    assertThat(score(names, "fifty-fourth unseen real names")).isGreaterThanOrEqualTo(20);
  }

  /**
   * The same on a fifty-fifth list (real-park-names-unseen-55.jsonl, 20 names), collected blind at
   * the same time and scored once: 19 right, 0 wrong, 1 none, 19 (95.0%), the same as the starting
   * resolver. Then a kind word clipped of its 区 (茂名高新): 20 (100%). Ratchet.
   */
  @Test
  void scoresOnAFiftyFifthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_55);
    assertThat(score(names, "fifty-fifth unseen real names")).isGreaterThanOrEqualTo(20);
  }

  /**
   * The same on a fifty-sixth list (real-park-names-unseen-56.jsonl, 24 names), collected blind
   * late in the fifteenth session, after its rules, and scored once: 23 right, 0 wrong, 1 none, 23
   * (95.8%), the same as the session's starting resolver. The miss: 張江奉賢園, 张江高新区's 奉贤园 written
   * without 高新区, read since the sixteenth session: 24. Ratchet.
   */
  @Test
  void scoresOnAFiftySixthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_56);
    assertThat(score(names, "fifty-sixth unseen real names")).isGreaterThanOrEqualTo(24);
  }

  /**
   * The same on a fifty-seventh list (real-park-names-unseen-57.jsonl, 20 names), collected blind
   * at the same time and scored once: 15 right, 1 wrong, 4 none, 14 (70.0%), the same as the
   * starting resolver. Its annotator's 金橋出口加工區 was changed to ambiguous before scoring, as the note
   * allowed. The misses: 松江工业区, which its annotator holds ambiguous; two customs zones that the
   * page tells merged into 盐田综合保税区 (盐田港保税物流园区, 沙头角保税区); 逊克边境经济合作区; 出口加工区A区 with no place in it.
   * Ratchet.
   */
  @Test
  void scoresOnAFiftySeventhListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_57);
    assertThat(score(names, "fifty-seventh unseen real names")).isGreaterThanOrEqualTo(14);
  }

  /**
   * The same on a fifty-eighth list (real-park-names-unseen-58.jsonl, 24 names of 河北, 山西, 辽宁, 吉林
   * and 内蒙古), collected blind at the start of the sixteenth session and scored once: 21 right, 0
   * wrong, 3 none, 21 (87.5%), the same as the starting resolver. The misses: 長興島臨港工業區 written
   * without its 大連 (an alias with the place nearby, read since), and 浑南新区 and 鲅魚圈, names of
   * places that the page gives for their zones (no alias was added from a list). Ratchet.
   */
  @Test
  void scoresOnAFiftyEighthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_58);
    assertThat(score(names, "fifty-eighth unseen real names")).isGreaterThanOrEqualTo(22);
  }

  /**
   * The same on a fifty-ninth list (real-park-names-unseen-59.jsonl, 30 names of the south-west and
   * north-west), collected blind at the same time and scored once: 25 right, 0 wrong, 5 none, 25
   * (83.3%), the same as the starting resolver. The misses are all names of zones renamed or
   * upgraded since 2018 that the page gives (六盘水高新区 for 贵州钟山经济开发区, 商洛高新区 and 商丹園區,
   * 黔江高新區) or an abbreviation (西永微电园): aliases, which no rule derives. Ratchet.
   */
  @Test
  void scoresOnAFiftyNinthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_59);
    assertThat(score(names, "fifty-ninth unseen real names")).isGreaterThanOrEqualTo(26);
  }

  /**
   * The same on a sixtieth list (real-park-names-unseen-60.jsonl, 27 names of central and southern
   * provinces), collected blind at the same time and scored once: 20 right, 1 wrong, 6 none, 19
   * (70.4%), the same as the starting resolver. Read since: 河西自治区级高新区 (a rank in the name),
   * 衡阳松木工业园区 (the 工业园区 that became 湖南衡阳松木经济开发区), 桂林新技术开发区 (the name before
   * 高新). Left: former names (许昌市高新技术工业园区, 洛阳台商工业园), 柳东国家级高新区, and the wrong
   * 梅州经济技术开发区, which the page gives as the former name of 广东梅州高新技术产业园区, not of 梅州经济开发区.
   * Ratchet.
   */
  @Test
  void scoresOnASixtiethListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_60);
    assertThat(score(names, "sixtieth unseen real names")).isGreaterThanOrEqualTo(23);
  }

  /**
   * The same on a sixty-first list (real-park-names-unseen-61.jsonl, 26 names of the east, some in
   * traditional characters), collected blind at the same time and scored once: 23 right, 0 wrong, 3
   * none, 23 (88.5%), the same as the starting resolver. Read since: 張江金山園 (a 张江高新区 part
   * without 高新区) and 苏州太湖度假区 (a 国家旅游度假区's short form). Left: 金桥园 alone, which the
   * page gives as 张江's. Ratchet.
   */
  @Test
  void scoresOnASixtyFirstListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_61);
    assertThat(score(names, "sixty-first unseen real names")).isGreaterThanOrEqualTo(25);
  }

  /**
   * The same on a sixty-second list (real-park-names-unseen-62.jsonl, 14 names from news of
   * projects and signings), collected blind after the sixteenth session's first rules and scored
   * once: 11 right, 0 wrong, 3 none, 11 (78.6%), as the starting resolver scores it too. Then the
   * two countries that begin a cross-border zone's name (磨憨—磨丁经济合作区 for 中国老挝磨憨—磨丁经济合作区):
   * 12. Left: two zones the page tells merged into 福建洛江经济开发区. Ratchet.
   */
  @Test
  void scoresOnASixtySecondListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_62);
    assertThat(score(names, "sixty-second unseen real names")).isGreaterThanOrEqualTo(12);
  }

  /**
   * The same on a sixty-third list (real-park-names-unseen-63.jsonl, 26 names from yearbooks, work
   * reports and provinces' notices), collected blind at the same time and scored once: 23 right, 1
   * wrong, 2 none, 22 (84.6%), as the starting resolver scores it too. The wrong one: 浙江余杭经济开发区,
   * the name 杭州钱江经济开发区 took in 2024, read as the national 杭州余杭经济技术开发区; the misses are
   * a second name plate (銅陵承接產業轉移集中示范園區) and a former name (民乐生态工业园区). Ratchet.
   */
  @Test
  void scoresOnASixtyThirdListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_63);
    assertThat(score(names, "sixty-third unseen real names")).isGreaterThanOrEqualTo(22);
  }

  /**
   * The same on a sixty-fourth list (real-park-names-unseen-64.jsonl, 22 names from local news),
   * collected blind after the sixteenth session's rules and its review, and scored once: 21 right,
   * 0 wrong, 1 none, 21 (95.5%), as the session's starting resolver scores it too. The miss: 連平產業園,
   * which the page calls a provincial 产业园 and the catalogue lists as 广东连平产业转移工业园. Ratchet.
   */
  @Test
  void scoresOnASixtyFourthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_64);
    assertThat(score(names, "sixty-fourth unseen real names")).isGreaterThanOrEqualTo(21);
  }

  /**
   * The same on a sixty-fifth list (real-park-names-unseen-65.jsonl, 25 names from notices,
   * customs-zone and border-zone news), collected blind at the same time and scored once: 21 right,
   * 1 wrong, 3 none, 20 (80.0%), as the starting resolver scores it too. The wrong one: 连云港综合保税区,
   * approved in 2018 after the catalogue, read as the 连云港出口加工区 it was made from; the misses:
   * 张家港保税港区 (the catalogue's 张家港保税港区保税区), and two 臺商投資區 written with their district
   * (福州(馬尾)臺商投資區, 杏林臺商投資區). Then a place in brackets that lies in the place before them
   * (福州(馬尾)臺商投資區 is 福州台商投资区): 21. 杏林台商投资区 for 厦门杏林台商投资开发区, tried as a short form,
   * was dropped: 集美(杏林)台商投資區, which names both 台商投资开发区 of 厦门, became 集美's. Ratchet.
   */
  @Test
  void scoresOnASixtyFifthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_65);
    assertThat(score(names, "sixty-fifth unseen real names")).isGreaterThanOrEqualTo(22);
  }

  /**
   * The same on a sixty-sixth list (real-park-names-unseen-66.jsonl, 20 names from news of the
   * north-west and north-east), collected blind at the start of the seventeenth session and scored
   * once: 19 right, 0 wrong, 1 none, 19 (95.0%), as the session's starting resolver scores it too.
   * The miss: 试验区大柴旦工业园, a part of 柴达木循环经济试验区 that the catalogue lists as
   * 柴达木循环经济试验区大柴旦工业园, written after the zone's short name. Ratchet.
   */
  @Test
  void scoresOnASixtySixthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_66);
    assertThat(score(names, "sixty-sixth unseen real names")).isGreaterThanOrEqualTo(19);
  }

  /**
   * The same on a sixty-seventh list (real-park-names-unseen-67.jsonl, 21 names from news of
   * 安徽, 湖北, 广西, 福建, 河南 and 江西), collected blind at the same time and scored once: all 21
   * right (100%), as the starting resolver scores it too. Ratchet.
   */
  @Test
  void scoresOnASixtySeventhListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_67);
    assertThat(score(names, "sixty-seventh unseen real names")).isGreaterThanOrEqualTo(21);
  }

  /**
   * The same on a sixty-eighth list (real-park-names-unseen-68.jsonl, 20 names from news of
   * 四川, 重庆, 贵州, 湖南, 云南 and 海南), collected blind after the seventeenth session's first
   * rules and scored once: 19 right, 0 wrong, 1 none, 19 (95.0%), as the session's starting resolver
   * scores it too. The miss: 甘眉園區, the short name of 甘孜-眉山工业园区 (two places' first
   * characters). Ratchet.
   */
  @Test
  void scoresOnASixtyEighthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_68);
    assertThat(score(names, "sixty-eighth unseen real names")).isGreaterThanOrEqualTo(19);
  }

  /**
   * The same on a sixty-ninth list (real-park-names-unseen-69.jsonl, 26 names from news of
   * 山东, 江苏, 浙江, 上海, 河北, 天津 and 北京), collected blind at the same time and scored once: 25
   * right, 0 wrong, 1 none, 25 (96.2%), as the starting resolver scores it too. The miss: 金山园,
   * 张江's part in 金山 written with neither 张江 nor 高新区 (the catalogue's 张江高新区金山园).
   * Ratchet.
   */
  @Test
  void scoresOnASixtyNinthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_69);
    assertThat(score(names, "sixty-ninth unseen real names")).isGreaterThanOrEqualTo(26); // 25 before the eighteenth session's 金山园 near 上海
  }

  /**
   * The same on a seventieth list (real-park-names-unseen-70.jsonl, 20 names from provincial
   * notices and results of assessments), collected blind after the seventeenth session's second
   * rules and scored once: all 20 right (100%), as the session's starting resolver scores it too.
   * Ratchet.
   */
  @Test
  void scoresOnASeventiethListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_70);
    assertThat(score(names, "seventieth unseen real names")).isGreaterThanOrEqualTo(20);
  }

  /**
   * The same on a seventy-first list (real-park-names-unseen-71.jsonl, 23 names from Hong Kong,
   * Macau and Taiwan media and city and county news), collected blind at the same time and scored
   * once: 21 right, 1 wrong, 1 none, 20 (87.0%), as the starting resolver scores it too. The wrong
   * one: 北戴河高新技术产业园区 near 秦皇岛, a city's park inside 北戴河's zone, read as that county's one
   * zone; the miss: 閩寧合作產業園, which the catalogue writes inside 宁夏永宁工业园区's name as
   * 永宁县闽宁扶贫产业园. Ratchet.
   */
  @Test
  void scoresOnASeventyFirstListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_71);
    assertThat(score(names, "seventy-first unseen real names")).isGreaterThanOrEqualTo(20);
  }

  /**
   * The same on a seventy-second list (real-park-names-unseen-72.jsonl, 21 names from news of
   * signings and projects), collected blind after all the seventeenth session's rules and scored
   * once: 20 right, 1 none, 20 (95.2%), as the session's starting resolver scores it too. The miss:
   * 临港区, 威海's zone as a page abbreviates it. Ratchet.
   */
  @Test
  void scoresOnASeventySecondListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_72);
    assertThat(score(names, "seventy-second unseen real names")).isGreaterThanOrEqualTo(20);
  }

  /**
   * The same on a seventy-third list (real-park-names-unseen-73.jsonl, 28 names from rankings and
   * assessments of parks), collected blind at the same time and scored once: 25 right, 3 none, 25
   * (89.3%), as the starting resolver scores it too. The misses: 中马—钦州产业园区 (the countries'
   * short form with a dash after it), 上海金桥 and 陕西航空 (a place and a word of the zone's name,
   * as rankings list them). Ratchet, lowered once (23), by the twentieth session's parts of national
   * zones: 天津南港工业区 is now 天津经济技术开发区, whose block the eleventh list's annotator (w037) and
   * the part's page call it, where this list's annotator found no 南港 zone and answered none.
   */
  @Test
  void scoresOnASeventyThirdListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_73);
    assertThat(score(names, "seventy-third unseen real names")).isGreaterThanOrEqualTo(23);
  }

  /**
   * The same on a seventy-fourth list (real-park-names-unseen-74.jsonl, 8 names from parks of the
   * north-east and north-west), collected blind at the start of the eighteenth session and scored
   * once: 7 right, 1 none, 7 (87.5%), as the session's starting resolver scores it too. The miss:
   * 学府产业园区, which its page calls the former 太原高新区 (an alias no rule derives). Ratchet.
   */
  @Test
  void scoresOnASeventyFourthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_74);
    assertThat(score(names, "seventy-fourth unseen real names")).isGreaterThanOrEqualTo(7);
  }

  /**
   * The same on a seventy-fifth list (real-park-names-unseen-75.jsonl, 20 names from parks of the
   * south-west and south, seven in traditional characters), collected blind at the same time and
   * scored once: 18 right, 2 none, 18 (90%), as the starting resolver scores it too. The misses:
   * 南充高新技術產業園區 (a city and a high-tech zone's other kind word, for its one such zone, 四川
   * 南充潆华高新技术产业园区: read since, as 南充高新区 was) and 乐山经济开发区 (the page's former name of
   * 乐山高新区, an alias no rule derives): 19 since. Ratchet.
   */
  @Test
  void scoresOnASeventyFifthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_75);
    assertThat(score(names, "seventy-fifth unseen real names")).isGreaterThanOrEqualTo(20);
  }

  /**
   * The same on a seventy-sixth list (real-park-names-unseen-76.jsonl, 16 names from government
   * documents), collected blind after the eighteenth session's rule for 南充 and scored once: 14
   * right, 1 wrong, 1 none, 13 (81.3%), as the session's starting resolver scores it too. The wrong
   * one: 龙岩经开区(高新区), one body for two zones, read as the 经开区 where its collector finds the page
   * leaves it open; the none: a bare 综保区 near 乌鲁木齐, which, as a bare 开发区 near 中山 (n222),
   * the resolver does not guess. Ratchet.
   */
  @Test
  void scoresOnASeventySixthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_76);
    assertThat(score(names, "seventy-sixth unseen real names")).isGreaterThanOrEqualTo(13);
  }

  /**
   * The same on a seventy-seventh list (real-park-names-unseen-77.jsonl, 20 names from business
   * text), collected blind at the same time and scored once: 19 right, 1 none, 19 (95%), as the
   * starting resolver scores it too. The miss: 鄂城花湖开发区, 鄂州's zone written after the district
   * it lies in, which {@code placeBefore} refuses on purpose (a county's own park may share a word
   * with its prefecture's zone). Ratchet.
   */
  @Test
  void scoresOnASeventySeventhListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_77);
    assertThat(score(names, "seventy-seventh unseen real names")).isGreaterThanOrEqualTo(20);
  }

  /**
   * The same on a seventy-eighth list (real-park-names-unseen-78.jsonl, 24 names from papers,
   * theses and 百科), collected blind after the eighteenth session's first rules and scored once:
   * 17 right, 7 none, 17 (70.8%), as the session's starting resolver scores it too. Then a zone
   * named for 化学工业 written 化工区 after its place (南京化工區, 上海化工區), 农业高新区 for a
   * 农业高新技术产业示范区 (杨凌农业高新区), and a district and 园 near a city for the one part so named
   * of a zone there (杨浦园, 崇明园 near 上海: 张江高新区杨浦园): 22. The misses left: 北京市新技术产业开发实验区
   * (中关村's name of 1988, an alias no rule derives) and 广西凭祥保税区 (its 综合保税区 written 保税区,
   * another kind). Then (the twenty-third session) a bonded zone by the 保税区 it was made from
   * (广西凭祥保税区): 23. Ratchet.
   */
  @Test
  void scoresOnASeventyEighthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_78);
    assertThat(score(names, "seventy-eighth unseen real names")).isGreaterThanOrEqualTo(23);
  }

  /**
   * The same on a seventy-ninth list (real-park-names-unseen-79.jsonl, 22 names from everyday local
   * text), collected blind at the same time and scored once: 19 right, 1 wrong, 2 none, 18 (81.8%),
   * as the starting resolver scores it too. The wrong one: 江东工业园区 near 金华市金东区, read as 杭州江东
   * 工业园区 (its official name without its place, which stands wherever it is written of); the misses:
   * 城東片區 (荊州開發區 as its city calls it) and 大連長興島臨海工業区 (its name before 2010), aliases no
   * rule derives. Ratchet.
   */
  @Test
  void scoresOnASeventyNinthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_79);
    assertThat(score(names, "seventy-ninth unseen real names")).isGreaterThanOrEqualTo(18);
  }

  /**
   * The same on an eightieth list (real-park-names-unseen-80.jsonl, 19 names from news of investment
   * promotion and of parks built by one region in another), collected blind after all the
   * eighteenth session's rules and scored once: 17 right, 2 none, 17 (89.5%), as the session's
   * starting resolver scores it too. The misses: 安徽郎溪皖苏产业合作园区 (郎溪经济开发区's other name,
   * which its page gives in brackets) and 爐山工業園區 (a park inside 炉碧经济开发区). Ratchet.
   */
  @Test
  void scoresOnAnEightiethListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_80);
    assertThat(score(names, "eightieth unseen real names")).isGreaterThanOrEqualTo(17);
  }

  /**
   * The same on an eighty-first list (real-park-names-unseen-81.jsonl, 19 names from Hong Kong,
   * Taiwan and overseas Chinese media and from sports, culture and tourism news), collected blind at
   * the same time and scored once: 18 right, 1 none, 18 (94.7%), as the starting resolver scores it
   * too. The miss: 红岛经济区, which its page writes 红岛经济区(高新区) for 青岛高新区. Ratchet.
   */
  @Test
  void scoresOnAnEightyFirstListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_81);
    assertThat(score(names, "eighty-first unseen real names")).isGreaterThanOrEqualTo(18);
  }

  /**
   * The same on an eighty-second list (real-park-names-unseen-82.jsonl, 25 names from environmental
   * and planning notices), collected blind after all the eighteenth session's rules and scored once:
   * 20 right, 5 none, 20 (80%), as the session's starting resolver scores it too. Then 化学工业区 a
   * short form too (上海化學工業區) and a zone the catalogue names with its countries abbreviated
   * written with them in full (中国—泰国崇左产业园 for 中泰崇左产业园): 22. The misses left: 衡阳县经济
   * 技术开发区 (a former name), 中泰产业园 (the place written inside the name left out) and 江西工业园区
   * (阿克陶's, named for the province that aids it, near 阿克陶县). Ratchet.
   */
  @Test
  void scoresOnAnEightySecondListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_82);
    assertThat(score(names, "eighty-second unseen real names")).isGreaterThanOrEqualTo(22);
  }

  /**
   * The same on an eighty-third list (real-park-names-unseen-83.jsonl, 23 names from news of zones'
   * management and reorganisation), collected blind at the same time and scored once: 20 right, 1
   * wrong, 2 none, 19 (82.6%), as the starting resolver scores it too. The wrong one: 張家口市高新技術
   * 產業開發區, which its page gives as the former name of 张家口经济开发区 and the catalogue as its own
   * 河北张家口高新技术产业开发区's (the official name read); the misses: 山西转型示范区晋中开发区 and 广州番禺
   * (五华)产业转移工业园, names their pages tie to zones. Ratchet.
   */
  @Test
  void scoresOnAnEightyThirdListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_83);
    assertThat(score(names, "eighty-third unseen real names")).isGreaterThanOrEqualTo(19);
  }

  /**
   * The same on an eighty-fourth list (real-park-names-unseen-84.jsonl, 20 names from logistics,
   * trade and customs text), collected blind after all the eighteenth session's rules and scored
   * once: 18 right, 2 none, 18 (90%), as the session's starting resolver scores it too. The misses:
   * 厦门保税物流园区, which its page ties to 象屿's, and 镇江出口加工区, the former name its page gives
   * 镇江综合保税区. A rule reading any X出口加工区 the catalogue lacks as its X综合保税区 was tried and
   * dropped: the first list's annotator holds 昆明出口加工区 a guess (h111), and a wrong code counts
   * worse than none. Ratchet.
   */
  @Test
  void scoresOnAnEightyFourthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_84);
    assertThat(score(names, "eighty-fourth unseen real names")).isGreaterThanOrEqualTo(19);
  }

  /**
   * The same on an eighty-fifth list (real-park-names-unseen-85.jsonl, 19 names from education,
   * science and talent text), collected blind at the same time and scored once: 19 right, 19
   * (100%), as the starting resolver scores it too. Ratchet.
   */
  @Test
  void scoresOnAnEightyFifthListOfNamesItWasNotMadeFor() throws IOException {
    List<Map<String, Object>> names = RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_85);
    assertThat(score(names, "eighty-fifth unseen real names")).isGreaterThanOrEqualTo(19);
  }

  /**
   * The same on an eighty-sixth list (real-park-names-unseen-86.jsonl, 19 names from agriculture
   * and food text) and an eighty-seventh (real-park-names-unseen-87.jsonl, 26 names from energy,
   * chemical and heavy-industry text), collected blind at the end of the eighteenth session and
   * scored once: all right, 19 and 26 (100%), as the session's starting resolver scores them too.
   * Ratchets.
   */
  @Test
  void scoresOnAnEightySixthAndEightySeventhListOfNamesItWasNotMadeFor() throws IOException {
    assertThat(score(RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_86), "eighty-sixth unseen real names"))
        .isGreaterThanOrEqualTo(19);
    assertThat(score(RealParkNamesFileTest.names(RealParkNamesFileTest.UNSEEN_87), "eighty-seventh unseen real names"))
        .isGreaterThanOrEqualTo(26);
  }

  /** A list of names and the least score the resolver must keep on it. */
  private record Floor(String list, String name, int atLeast) { }

  /**
   * The same on the nineteenth session's four lists, each collected blind and scored once: an
   * eighty-eighth (real-park-names-unseen-88.jsonl, 20 names from court, tender and bid text) and an
   * eighty-ninth (-89, 21 names from transport and tourism text), collected while other helpers
   * gathered the session's aliases, 19 and 20 right; a ninetieth (-90, 21 names from county reports
   * and news) and a ninety-first (-91, 17 names from stock-exchange filings), collected after those
   * aliases, 20 and 16 right; none wrong, each as the session's starting resolver scores it. Then 县
   * and a kind word near a county ({@code countyNamedNear}: 县经开区 near 郏县, cn013): 21 on the
   * ninetieth. The misses left: 和田市北京工業園 (the words of 北京和田工业园区 reordered), 高新西区 (a
   * part of 成都高新区 its page names) and 揚州化工園區 (化工园区 for 化学工业园区, which the resolver leaves
   * out: 仪征经济开发区化工园区 is a county's own park). Ratchets.
   */
  @Test
  void scoresOnTheNineteenthSessionsListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_88, "eighty-eighth", 19),
        new Floor(RealParkNamesFileTest.UNSEEN_89, "eighty-ninth", 20), new Floor(RealParkNamesFileTest.UNSEEN_90, "ninetieth", 21),
        new Floor(RealParkNamesFileTest.UNSEEN_91, "ninety-first", 16));
  }

  /** Each list's {@link #score} reaches its floor. */
  private static void assertFloors(Floor... floors) throws IOException {
    for (Floor floor : floors) {
      assertThat(score(RealParkNamesFileTest.names(floor.list()), floor.name() + " unseen real names")).as(floor.name())
          .isGreaterThanOrEqualTo(floor.atLeast());
    }
  }

  @Test
  void 县AndAKindWordAloneNearACountyIsThatCountysZone() {
    // real-park-names-unseen-90 (cn013): a county's report writes its zone 县经开区
    assertThat(code("县经开区", "郏县")).isEqualTo("S417052");
    assertThat(code("县开发区", "郏县")).isEqualTo("S417052");
    // no county near, or a city: none (a city has more than one zone)
    assertThat(RESOLVER.resolve("县经开区").park()).isEmpty();
    assertThat(RESOLVER.resolve("县经开区", "淮北").park()).isEmpty();
    assertThat(RESOLVER.resolve("市开发区", "淮北").park()).isEmpty();
    // a county named for its city: the county's name and the kind word read as the city's zone, which
    // lies elsewhere (南昌县's zone is 小蓝, 湘潭县's 天易): none
    assertThat(RESOLVER.resolve("县经开区", "南昌县").park()).isEmpty();
    assertThat(RESOLVER.resolve("县经开区", "湘潭县").park()).isEmpty();
  }

  /**
   * The same on the twentieth session's two lists, collected blind and scored once with the
   * session's starting resolver: a ninety-second (real-park-names-unseen-92.jsonl, 23 names from
   * notices, filings and reports of the north, north-east, north-west and centre) 19 right, and a
   * ninety-third (-93, 25 names from local news, chronicles and traditional-character pages of the
   * east, south and south-west) 22 right; none wrong: 41 of 48 (85.4%). Then the words that set a
   * name apart ({@code distinctive}): 23 on the ninety-third (翠山湖产业转移工业园). The misses left:
   * parts of a zone its catalogue entry does not name (桃仙園區 of 沈阳综合保税区, 白洋工业园 of 宜昌高新区,
   * 石嘴山经济技术开发区淄山—河滨化工区), and former or other names only their pages tie to a zone
   * (洛新产业集聚区, 山东东营胜利经济开发区, 国家级钦州经济技术开发区). Then two more, collected blind after all
   * the session's rules, aliases and parts, and scored once with the resolver of then (173c83f): a
   * ninety-fourth (-94, 22 names from local news, county pages and directories of the east, centre
   * and south) 15 right, 1 wrong, 6 none: 14 (63.6%; the session's start the same); a ninety-fifth
   * (-95, 25 names from planning, procurement and company pages of the north, west and south-west) 19
   * right, 6 none: 19 (76.0%; the start 18). Most misses are names only their pages tie to a zone
   * (台湾工业新城 for 永清经济开发区, 平谷县马坊工业区, 君山工业园) and a kind word alone near its place
   * (高新區 near 陽江, 市经开区 near 亳州): a rule reading those as the place's one zone of the kind was
   * tried and dropped after a second read (市经开区 near 叶县 gave the county's 产业集聚区; 经开区 near
   * 通州区, a name two cities' districts bear, 北京's). The wrong one: 杭州灣經濟技術開發區 near 上虞, the
   * brand of 上虞经济技术开发区, read as 宁波's zone by its name without 宁波. Ratchets.
   */
  @Test
  void scoresOnTheTwentiethSessionsListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_92, "ninety-second", 19),
        new Floor(RealParkNamesFileTest.UNSEEN_93, "ninety-third", 23), new Floor(RealParkNamesFileTest.UNSEEN_94, "ninety-fourth", 14),
        new Floor(RealParkNamesFileTest.UNSEEN_95, "ninety-fifth", 19));
  }

  /**
   * The same on the twenty-first session's two lists, collected blind at its start and scored once
   * with its starting resolver (83728ee): a ninety-sixth (real-park-names-unseen-96.jsonl, 21 names
   * of the north, north-east and north-west, eleven of them parks the catalogue lacks) 20 right, and
   * a ninety-seventh (-97, 25 names of the east, centre and south) 20 right and 1 wrong: 39 of 46
   * (84.8%). The wrong one, 南城工业园 near 襄阳 (a park of 枣阳's 南城 quarter), read as 江西南城工业园区
   * 800 km off, is none since a county named as towns' quarters are ({@code isCommonPlaceWord})
   * no longer places a name near another province; 土右新型工業園區, the catalogue's 包头市土右旗新型工业园区,
   * is found since a banner's customary short name (土右旗, 土右 for 土默特右旗) names it: 21 and 20.
   * The misses left: parts of zones (罗源松山片区, 九龙园 of 万州经开区) and names only their pages
   * tie to a zone (車谷, 顺德科技工业园). Then two more, collected blind after those rules and scored
   * once, the start's resolver scoring them the same: a ninety-eighth (-98, 15 names from companies'
   * own text, most of them environmental-impact notices and addresses) 15 right, and a ninety-ninth
   * (-99, 21 names from news and government pages) 19 right: 34 of 36 (94.4%); missed 沈阳通航产业基地
   * (法库经济开发区's other name) and 唐山曹妃甸承德臨港工業園 (a part of 承德高新区 in 唐山). Ratchets.
   */
  @Test
  void scoresOnTheTwentyFirstSessionsListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_96, "ninety-sixth", 21),
        new Floor(RealParkNamesFileTest.UNSEEN_97, "ninety-seventh", 20),
        new Floor(RealParkNamesFileTest.UNSEEN_98, "ninety-eighth", 15),
        new Floor(RealParkNamesFileTest.UNSEEN_99, "ninety-ninth", 19));
  }

  /**
   * The twenty-second session's lists, collected blind at its start from text kept in public
   * repositories: the hundredth (3 names, news) and the hundred-and-first (20, papers and records).
   * First scores, with the resolver of the session's start (f40ed54): 3 of 3 and 17 of 20 (23 of 27
   * with the seven names left out for want of an address). Missed: 张掖工业园区 and
   * 准东煤电煤化工产业园区, the national zones' names before their upgrade, which the papers state
   * (aliases since, which do not count toward the score), and 杭锦旗独贵塔拉镇工业园区, the park named
   * for its town written with the town's 镇 (read since). A hundred-and-second list (25 names from the
   * same repositories' other papers and news), collected blind after those rules: 25 of 25, as the
   * start's resolver scores it too.
   */
  @Test
  void scoresOnTheTwentySecondSessionsListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_100, "hundredth", 3),
        new Floor(RealParkNamesFileTest.UNSEEN_101, "hundred-and-first", 20),
        new Floor(RealParkNamesFileTest.UNSEEN_102, "hundred-and-second", 25));
  }

  /**
   * The twenty-third session's lists, collected blind: the hundred-and-third at its start (17 names
   * from papers, news and 海南's promotion site, three in traditional characters), first scored 16
   * of 17 (94.1%) with the resolver of the session's start (1a0c310), none wrong; missed 张江 alone,
   * which its source (张江国家自主创新示范区) makes the national zone, and which alone may be the
   * zone, its core park (张江高新区核心园) or the town: left none. The hundred-and-fourth at its end
   * (40 names the lists did not hold, most from a procurement portal's news of 2011, papers and the
   * promotion site), first scored 30 of 40 (75.0%) with that resolver, none wrong: the misses are
   * former names and parts of zones their sources do not tie to the zone (抚州金巢经济开发区, 五彩湾工业园区,
   * 云龙产业园), 中关村高新区 near 北京 (江苏省中关村高新技术产业开发区 is the zone of that name), and
   * 海口保税区, the bonded zone made 海口综合保税区: 31 with the first rule below (the second, a
   * nickname with its zone's kind word, came from the thirty-ninth list's 亦庄经济开发区); 32 in the
   * twenty-fourth session, a short form without its province tying with a nickname and its kind word
   * (中关村高新区 near 北京, from the sixty-seventh article set). Ratchets.
   */
  @Test
  void scoresOnTheTwentyThirdSessionsListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_103, "hundred-and-third", 16),
        new Floor(RealParkNamesFileTest.UNSEEN_104, "hundred-and-fourth", 32));
  }

  /**
   * The twenty-fourth session's lists, collected blind: the hundred-and-fifth at its start (37 names
   * the lists did not hold, most from the procurement portal's news of 2011 and ChinaXiv's papers,
   * sixteen none), first scored 36 of 37 (97.3%) with the resolver of the session's start (d7885f0),
   * none wrong, and the same with the session's rules. Missed: 中关村环保园, a park inside 中关村's
   * 海淀园 that no table lists as a part of the zone (中关村软件园 is left none alike). The
   * hundred-and-sixth (27 names, nineteen none), collected after the session's first rules, first
   * scored 25 of 27 (92.6%), none wrong, as the start's resolver: 洋浦园区, which two zones' names hold
   * (海南洋浦经济开发区, 洋浦保税港区), and 青岛保税区, which its annotator takes, unsourced, for
   * 青岛前湾保税港区, stay none. Ratchets.
   */
  @Test
  void scoresOnTheTwentyFourthSessionsListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_105, "hundred-and-fifth", 36),
        new Floor(RealParkNamesFileTest.UNSEEN_106, "hundred-and-sixth", 25));
  }

  /**
   * The twenty-fifth session's lists, collected blind: the hundred-and-seventh at its start (40 names
   * the lists did not hold, most from 新闻联播's transcripts), first scored 30 of 40 (75.0%), one
   * wrong, with the resolver of the session's start (f63e075), which the session had not changed.
   * Missed: seven old names and nicknames no rule derived (天津蓟县经济开发区, 上海张江高新产业开发区,
   * 东疆保税区, 寸滩港保税区, 漳州古雷开发区, 广西钦州产业园区 for 中国—马来西亚钦州产业园区), 栗雨工业园
   * (a park in 株洲高新区 no table lists) and 鄭州綜保區 (two of 郑州's bonded zones fit; its annotator
   * chose by the firm in the headline); wrong: 上海松江经济技术开发区, the national zone's name with its
   * city, which its annotator takes for ambiguous with 上海松江经济开发区. Then three general rules of
   * the session, each with a test of its own: a county written by its name before a rename (天津蓟县…),
   * a bonded port zone written as a bonded zone (东疆保税区) and 高新产业开发区 for 高新技术产业开发区
   * (上海张江…): 33 of 40 (82.5%). The hundred-and-eighth (40 names from the same transcripts),
   * collected after the session's rules, first scored 39 of 40 (97.5%), none wrong, with the session's
   * resolver and the start's alike: 成都龙潭工业园区 (the catalogue's 成都龙潭都市工业集中发展区) stays
   * none. The hundred-and-ninth (40 names from the same transcripts, more nicknames and parts), collected
   * last, first scored 34 of 40 (85.0%), one wrong, the start's resolver the same: 房山园 alone is read
   * as 北京房山工业园区, where its item means 中关村's 房山园; 合肥新站综保区, 中新苏州工业园, 北京中关村示范区
   * and 武汉东湖高科技园区 (an old name) would need aliases with sources. Ratchets.
   */
  @Test
  void scoresOnTheTwentyFifthSessionsListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_107, "hundred-and-seventh", 33),
        new Floor(RealParkNamesFileTest.UNSEEN_108, "hundred-and-eighth", 39),
        new Floor(RealParkNamesFileTest.UNSEEN_109, "hundred-and-ninth", 34));
  }

  /**
   * The twenty-sixth session's lists, collected blind at its start from 新闻联播's transcripts: the
   * hundred-and-tenth (40 names, of 2012–2017) first scored 34 of 40 (85.0%), none wrong, and the
   * hundred-and-eleventh (39 names, of 2018–2026) 36 of 39 (92.3%), none wrong, with the resolver of
   * the session's start (3079ad5). Missed: nicknames and old names (中新苏州工业园区, 中德装备产业园,
   * 沈阳中德产业园, 松山湖高科技园, 上海张江, 海滄, 前海保税港区, 湖口县金砂湾工业园) and 河北威县经济开发区, whose
   * place nearby, 河北威县, the resolver did not read as 威县. Then a place written after its province:
   * 35 of 40. Ratchets.
   */
  @Test
  void scoresOnTheTwentySixthSessionsListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_110, "hundred-and-tenth", 35),
        new Floor(RealParkNamesFileTest.UNSEEN_111, "hundred-and-eleventh", 36));
  }

  /**
   * The twenty-sixth session's lists collected after its first rules, from 新闻联播's transcripts and
   * pages in traditional characters: the hundred-and-twelfth (31 names, of 2012–2018) first scored 25
   * right and one wrong, 24 of 31 (77.4%), and the hundred-and-thirteenth (29 names, of 2019–2025) 24 of
   * 29 (82.8%), none wrong, with the session's resolver then and the start's (3079ad5) alike. Wrong: 东方工业园
   * (an Ethiopian park) read as 海南东方工业园区. Missed: old names (北京天竺空港经济开发区, 河北固安工业园区,
   * 重慶璧山工業園區), 中马产业园, 海南自由贸易港洋浦保税港区, 徐汇漕河泾产业园, 重慶西永微電園 and a county's
   * part. Then a zone named for two countries written with them and its kind alone (中马产业园) and 工业区
   * a county zone's word (河北唐山曹妃甸工业区): 26 of 31. Ratchets.
   */
  @Test
  void scoresOnTheTwentySixthSessionsLaterListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_112, "hundred-and-twelfth", 26),
        new Floor(RealParkNamesFileTest.UNSEEN_113, "hundred-and-thirteenth", 24));
  }

  /**
   * The twenty-sixth session's last lists, collected after its rules: the hundred-and-fourteenth (30
   * names from 新闻联播's transcripts) first scored 27 of 30 (90.0%) and the hundred-and-fifteenth (25
   * names, most from ChinaXiv's papers) 22 of 25 (88.0%), none wrong, with the session's resolver and the
   * start's (3079ad5) alike. Missed: 洋山特殊综保区, which its annotator gives 洋山保税港区's code (the fifth
   * list's annotator none), 海淀园 alone, 疏勒县齐鲁工业园 (an old name), 宁夏石嘴山河滨工业园区 and
   * 重庆市涪陵李渡工业园区, which the annotator reads as old names of their counties' zones, and 兰州保税区
   * for 兰州新区综合保税区. Then a district's 园 near its city is a part of the city's one high-tech zone
   * (海淀园 near 北京市: 中关村): 28 of 30. Ratchets.
   */
  @Test
  void scoresOnTheTwentySixthSessionsLastListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_114, "hundred-and-fourteenth", 28),
        new Floor(RealParkNamesFileTest.UNSEEN_115, "hundred-and-fifteenth", 22));
  }

  /**
   * The same on the twenty-seventh session's lists, collected blind and scored once with the
   * session's starting resolver (2b18bad): the hundred-and-sixteenth (34 names from 新闻联播's
   * transcripts) 32 of 34 (94.1%), none wrong (missed: 上海洋山特殊综合保税区, which the fifth list's
   * annotator reads as none, and 宁波杭州湾新区, which only a sourced alias could read), and the hundred-and-seventeenth (29 names
   * from other sources) 21 of 29 (72.4%), none wrong (missed: old names and nicknames, 盐都高新区,
   * 江阴临港新城, 上海保税区, 星网工业园, 常州滨江化学工业园; 陕西省杨凌农业示范区; 滨海工业区 near 浙江绍兴县;
   * 佛山市三水工业区中心科技工业园). Then 农业示范区 is a short form of 农业高新技术产业示范区, 工业区 one of
   * 工业园区 (three points down its rank), and a place nearby retired before 2018 is what took it over
   * (绍兴县: 绍兴市): 24 of 29. The hundred-and-eighteenth (33 names from the transcripts, collected
   * after those rules) first scored 26 of 33 (78.8%), none wrong, with the session's resolver then and
   * the start's alike (missed: four parts of 中关村 named by their own words, 中关村东升科技园 …, and
   * 洋山特殊综合保税区, 芦山县产业集中区, 重庆万盛经济开发区). Then a part named after a zone's alias is the
   * zone (中关村东升科技园; not 中关村贵阳科技园, a 分园, nor a 产业园 others build in it): 29 of 33; and
   * sourced aliases, found by a helper for this session's misses (星网工业园, 盐都区西区开发区, 戚墅堰经济开发区
   * …; 宁波杭州湾新区 not kept, which the twenty-first list's annotator reads as none): 117 at 25, 116 at 32
   * (its 宁波杭州湾新区 still none). The hundred-and-nineteenth (32 names from other sources, collected
   * after most rules) first scored 27 right and 1 wrong of 32, 26 (81.3%), with the session's
   * resolver then and the start's alike (wrong: 苏州开发区, which its annotator reads as ambiguous;
   * missed: 中关村科学城, 德庆市工业园, 大连高新技术园区, 藏龙岛高新技术产业园). Then 高新技术园区 is a short form
   * of 高新技术产业园区: 27. The hundred-and-twentieth (35 names from the transcripts, collected after
   * most rules) first scored 21 right and 1 wrong, 20 (57.1%), with the start's resolver, 21 (60.0%)
   * with the session's then (北京中关村软件园); most misses are parts and aliases its annotator knows
   * (厦门软件园, 深圳南山科技产业园, 霍尔果斯国际合作中心 …). Then a high-tech zone's title as a national
   * innovation zone is the zone (中关村自创区, 东湖自主创新示范区; not 兰白自创区): 25. Two more at the
   * session's end, the hundred-and-twenty-first (25 names from the transcripts) and -second (29 from
   * other sources), first scored 24 (96.0%) and 25 (86.2%, one wrong: 宁波镇海经济技术开发区, ambiguous to
   * its annotator), the session's resolver and the start's alike. Ratchets.
   */
  @Test
  void scoresOnTheTwentySeventhSessionsListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_116, "hundred-and-sixteenth", 32),
        new Floor(RealParkNamesFileTest.UNSEEN_117, "hundred-and-seventeenth", 25),
        new Floor(RealParkNamesFileTest.UNSEEN_118, "hundred-and-eighteenth", 29),
        new Floor(RealParkNamesFileTest.UNSEEN_119, "hundred-and-nineteenth", 27),
        new Floor(RealParkNamesFileTest.UNSEEN_120, "hundred-and-twentieth", 25),
        new Floor(RealParkNamesFileTest.UNSEEN_121, "hundred-and-twenty-first", 24),
        new Floor(RealParkNamesFileTest.UNSEEN_122, "hundred-and-twenty-second", 25));
  }

  @Test
  void aHighTechZonesTitleAsAnInnovationZoneIsTheZone() {
    // real-park-names-unseen-120 dr011, dr014, dr015
    assertThat(code("中关村自创区", "北京市")).isEqualTo("G112001");
    assertThat(code("东湖自主创新示范区", "武汉市")).isEqualTo("G422031");
    assertThat(code("张江国家自主创新示范区", null)).isEqualTo("G312014");
    // several cities' zones together (dr016): none
    assertThat(code("兰白自创区", "甘肃省")).isNull();
  }

  @Test
  void anAgriculturalZoneIsWrittenWithoutHighTechAndAnIndustrialParkAsAnIndustrialArea() {
    // 陕西省杨凌农业示范区 (real-park-names-unseen-117 do018): 杨凌农业高新技术产业示范区 without 高新技术产业
    assertThat(code("陕西省杨凌农业示范区", null)).isEqualTo("G612051");
    assertThat(code("杨凌农业示范区", null)).isEqualTo("G612051");
    // 滨海工业区 near 绍兴市 (do010): 浙江绍兴滨海工业园区, its 工业园区 written 工业区
    assertThat(code("滨海工业区", "绍兴市")).isEqualTo("S339056");
    assertThat(code("温州滨海工业区", null)).isEqualTo("S339022");
    // but not with no place: 温州's and 绍兴's are both 滨海工业园区
    assertThat(code("滨海工业区", null)).isNull();
    // 大连高新技术园区 (real-park-names-unseen-119 dq007): 大连高新技术产业园区 without 产业
    assertThat(code("大连高新技术园区", null)).isEqualTo("G212008");
  }

  @Test
  void aPlaceNearbyRetiredBeforeTheCataloguesYearIsWhatTookItOver() {
    // 浙江绍兴县 (real-park-names-unseen-117 do010), a county until 2013, went to 越城区 and 柯桥区: 绍兴市
    assertThat(code("滨海工业区", "浙江绍兴县")).isEqualTo("S339056");
    assertThat(code("滨海工业区", "绍兴县")).isEqualTo("S339056");
    assertThat(ParkNameResolver.isPlaceNearby("绍兴县")).isTrue();
    // 璧山縣 (-113 dk030), a county until 2014, is 重庆's 璧山区
    assertThat(code("重慶璧山工業園區", "璧山縣")).isEqualTo("G502138");
    // no place ever named so: still none
    assertThat(ParkNameResolver.isPlaceNearby("绍兴府")).isFalse();
  }

  @Test
  void aPartNamedAfterAZonesAliasIsTheZone() {
    // 中关村东升科技园, 北京中关村生命园 (real-park-names-unseen-118 dp004, dp005), 松山湖高科技园 (-110 dh029)
    assertThat(code("中关村东升科技园", "北京市")).isEqualTo("G112001");
    assertThat(code("北京中关村生命园", "北京市")).isEqualTo("G112001");
    assertThat(code("中关村环保科技示范园", null)).isEqualTo("G112001");
    assertThat(code("松山湖高科技园", null)).isEqualTo("G442135");
    // not a park the zone runs elsewhere, a branch, or a park of a kind of its own others build in it
    assertThat(code("中关村贵阳科技园", "贵阳市")).isNull();
    assertThat(code("中关村海淀园秦皇岛分园", "秦皇岛")).isNull();
    assertThat(code("光谷东数字经济产业园", "武汉市")).isNull();
  }

  /**
   * The twenty-eighth session's lists, collected blind at its start: the hundred-and-twenty-third
   * (31 names from 新闻联播's transcripts, twenty-five of them none) and -fourth (33 from other sources:
   * papers, Hong Kong and Macau pages, 海南's investment site; twenty-one none), first scored 27
   * (87.1%; the misses 中关村科学城 twice, 西部科学城重庆高新区 and an apple park its annotator ties to
   * 洛川's zone) and 32 (97.0%; the miss 新市区高新技术开发区, 乌鲁木齐's zone by its district) with the
   * start's resolver; and, late in the session, the hundred-and-twenty-fifth (25 names from other
   * sources: 新闻联播's second archive, archived 大纪元 pages, Taiwan's and Hong Kong's news; twelve none),
   * first scored 21 (84.0%) with the start's resolver and the session's alike (the misses 张家港综合保税区
   * twice, which its annotator ties to 张家港保税港区 with doubt, 天津保税区 and 杭州湾新区, which an
   * earlier list's annotator reads as none). Ratchets.
   */
  @Test
  void scoresOnTheTwentyEighthSessionsListsOfNamesItWasNotMadeFor() throws IOException {
    assertFloors(new Floor(RealParkNamesFileTest.UNSEEN_123, "hundred-and-twenty-third", 27),
        new Floor(RealParkNamesFileTest.UNSEEN_124, "hundred-and-twenty-fourth", 32),
        new Floor(RealParkNamesFileTest.UNSEEN_125, "hundred-and-twenty-fifth", 21));
  }

  @Test
  void anAliasThatIsAFullNameOfItsKindIsShortenedAsOfficialNamesAre() {
    // 邗江经济开发区, the alias of 扬州高新区 (renamed 2012; park-aliases.tsv), written as writers shorten it
    assertThat(code("邗江经济开发区", null)).isEqualTo("G322079");
    assertThat(code("邗江经开区", null)).isEqualTo("G322079");
    assertThat(code("邗江开发区", null)).isEqualTo("G322079");
    // not an old name that is a city's and a kind word only: 上海高新区 may be any of 上海's
    assertThat(code("上海高新区", null)).isNull();
  }

  @Test
  void aPlaceNearbyMayBeWrittenAfterItsProvince() {
    // 河北威县, 江苏南京: the province first, as writers put it (real-park-names-unseen-110 dh010)
    assertThat(code("河北威县经济开发区", "河北威县")).isEqualTo("S138095");
    assertThat(ParkNameResolver.isPlaceNearby("江苏南京")).isTrue();
    assertThat(ParkNameResolver.isPlaceNearby(" 河北威县 ")).isTrue();
    assertThat(ParkNameResolver.isPlace("江苏南京")).isFalse(); // a division's name only: text scanners ask it
    assertThat(ParkNameResolver.isPlaceNearby("河北南京")).isFalse(); // a place of another province
    assertThat(RESOLVER.resolve("高新区", "江苏南京").status()).isNotEqualTo(ParkNameResolution.Status.RESOLVED);
  }

  @Test
  void aPlaceNearbyMayBeWrittenAfterThePlacesThatHoldIt() {
    // 岳阳市君山区, 紹興市柯橋區: a city, then its county (real-park-names-unseen-94 cr010, cr022)
    assertThat(code("君山工业园", "岳阳市君山区")).isEqualTo("S439091");
    assertThat(code("濱海工業區", "紹興市柯橋區")).isEqualTo("S339056");
    assertThat(ParkNameResolver.isPlaceNearby("四川省成都市郫都区")).isTrue();
    assertThat(ParkNameResolver.isPlaceNearby("苏州市太仓")).isTrue(); // 太仓市 by its short name
    // a county whose name others bear too: the city, the most precise place the name alone names
    // (包头市青山区: 武汉 has a 青山区; 北京朝阳: 长春 has a 朝阳区 and 辽宁 a 朝阳市)
    assertThat(ParkNameResolver.isPlaceNearby("包头市青山区")).isTrue();
    assertThat(ParkNameResolver.isPlaceNearby("北京朝阳")).isTrue();
    // not a chain: a county in another city, or a place no division names
    assertThat(ParkNameResolver.isPlaceNearby("广州市郫都区")).isFalse();
    assertThat(ParkNameResolver.isPlaceNearby("广州市天河镇")).isFalse();
  }

  @Test
  void aDistrictsParkNearItsCityIsAPartOfTheCitysHighTechZone() {
    // 海淀园 near 北京 (real-park-names-unseen-114 dl004): 中关村's part, as 中关村海淀园 is
    assertThat(code("海淀园", "北京市")).isEqualTo("G112001");
    assertThat(code("昌平园", "北京")).isEqualTo("G112001");
    assertThat(code("海淀园", null)).isNull(); // no city named: any 海淀园
    assertThat(code("海淀园", "上海")).isNull(); // a district of another city
    assertThat(code("房山园", "北京")).isEqualTo("S119003"); // the zone the catalogue lists by that name still comes first
  }

  @Test
  void aZoneNamedForTwoCountriesIsWrittenWithThemAndItsKindAlone() {
    // 中马产业园 (real-park-names-unseen-112 dj012): the one zone of each pair the catalogue holds
    assertThat(code("中马产业园", null)).isEqualTo("G451187");
    assertThat(code("中马产业园区", null)).isEqualTo("G451187");
    assertThat(code("中泰产业园", null)).isEqualTo("S459053");
    assertThat(code("钦州产业园区", null)).isNull(); // any of 钦州's parks
  }

  @Test
  void aCountysZoneWrittenAsAnIndustrialZoneIsItsOnlyZone() {
    // 曹妃甸工业区, the name 唐山曹妃甸经济技术开发区 bore until 2013 (real-park-names-unseen-112 dj007)
    assertThat(code("河北唐山曹妃甸工业区", null)).isEqualTo("G131056");
    assertThat(code("唐山曹妃甸工业区", "唐山")).isEqualTo("G131056");
  }

  @Test
  void nicknamesWithTheirSourcesResolve() {
    // park-aliases.tsv, the twenty-sixth session's rows: each with a page that states the identity
    assertThat(code("松山湖科技园", null)).isEqualTo("G442135");
    assertThat(code("古雷开发区", null)).isEqualTo("S357045");
    assertThat(code("重庆保税港区", null)).isEqualTo("G503117");
    assertThat(code("中德园", null)).isNull(); // several 中德 parks bear it; not kept
  }

  @Test
  void aCountyWrittenByItsNameBeforeARenameIsReadByItsNameNow() {
    // 蓟县 became 蓟州区 in 2016 (GB/T 2260's history); the catalogue lists 天津蓟州区经济开发区 (real-park-names-unseen-107 de021)
    assertThat(code("天津蓟县经济开发区", null)).isEqualTo("S127025");
    assertThat(code("蓟县经济开发区", null)).isEqualTo("S127025");
    // only a county's full name, and a county renamed whole, not a short name alone
    assertThat(RESOLVER.resolve("蓟经济开发区").park()).isEmpty();
  }

  @Test
  void aBondedPortZoneWrittenAsABondedZoneIsFound() {
    // 东疆保税区 for 天津东疆保税港区 (新闻联播 on aircraft leasing, real-park-names-unseen-107 de024)
    assertThat(code("东疆保税区", "天津")).isEqualTo("G123005");
    assertThat(RESOLVER.resolve("东疆保税区").candidates().get(0).match()).isEqualTo(ParkNameResolver.Match.SHORT_FORM);
    // 港 before 保税区; and without it, 兩路寸灘保稅區 (real-park-names-unseen-2 k162), now found by this rule too
    assertThat(code("兩路寸灘港保稅區", "重庆")).isEqualTo("G503117");
    // a 保税区 the catalogue lists itself reads as itself, and one made comprehensive as that
    assertThat(code("天津港保税区", "天津")).isEqualTo("G123002");
    assertThat(code("海口保税区", "海口市")).isEqualTo("G463115");
  }

  @Test
  void aHighTechZoneWrittenWithout技术IsItsShortForm() {
    // 上海张江高新产业开发区, as 新闻联播 named the New Third Board's parks of 2012 (real-park-names-unseen-107 de022)
    assertThat(code("上海张江高新产业开发区", null)).isEqualTo("G312014");
    assertThat(RESOLVER.resolve("上海张江高新产业开发区").candidates().get(0).match())
        .isEqualTo(ParkNameResolver.Match.SHORT_FORM);
  }

  @Test
  void aBondedZoneMadeComprehensiveIsFoundByItsFormerName() {
    // the catalogue lists 海口综合保税区; 海口保税区 is its name before (real-park-names-unseen-104 db015),
    // a former name, not the official one
    assertThat(code("海口保税区", "海口市")).isEqualTo("G463115");
    assertThat(RESOLVER.resolve("海口保税区").candidates().get(0).match()).isEqualTo(ParkNameResolver.Match.MADE_BONDED);
    assertThat(code("广西凭祥保税区", null)).isEqualTo("G453113");
    // not where the catalogue lists the 保税区 itself, nor where it lists no 综合保税区 of the place
    assertThat(code("广州保税区", "广州市")).isEqualTo("G443099");
    assertThat(RESOLVER.resolve("义乌保税区").park()).isEmpty();
  }

  @Test
  void aNicknameWithItsZonesKindWordIsTheZone() {
    // 亦庄 names 北京经济技术开发区 (park-aliases.tsv); with an economic zone's kind word, the same zone
    assertThat(code("亦庄经济开发区", "北京")).isEqualTo("G111001");
    // not with another kind's word
    assertThat(RESOLVER.resolve("亦庄高新区").park()).isEmpty();
  }

  @Test
  void aNicknameWithItsKindWordTiesWithAnotherZonesShortFormAndAPlaceChooses() {
    // 中关村高新区 (real-park-names-unseen-104 db004, near 北京) is also the short form of 江苏省中关村高新技术
    // 产业开发区 without its province: alone, ambiguous between the two; a place nearby chooses
    ParkNameResolution alone = RESOLVER.resolve("中关村高新区");
    assertThat(alone.status()).isEqualTo(ParkNameResolution.Status.AMBIGUOUS);
    assertThat(alone.candidates()).extracting(c -> c.park().id().value()).contains("G112001", "S328119");
    assertThat(code("中关村高新区", "北京")).isEqualTo("G112001");
    assertThat(code("中关村高新区", "常州")).isEqualTo("S328119");
    // the province written, the short form alone
    assertThat(code("江苏中关村高新区", null)).isEqualTo("S328119");
  }

  @Test
  void aParkNamedForItsTownIsFoundWithTheTownsMark() {
    // real-park-names-unseen-101 (cy013): 杭锦旗独贵塔拉镇工业园区, the catalogue's 独贵塔拉工业园区
    assertThat(code("杭锦旗独贵塔拉镇工业园区", "内蒙古鄂尔多斯市")).isEqualTo("S159055");
    assertThat(code("沙城镇经济开发区", null)).isEqualTo("S137007"); // 河北沙城经济开发区, of 怀来's 沙城镇
    // not where the town shares its name with a county-level division: 苏州镇 is no 苏州
    assertThat(RESOLVER.resolve("苏州镇工业园区").park()).isEmpty();
  }

  @Test
  void aBannerIsWrittenByItsCustomaryShortNameWithOrWithout旗() {
    // real-park-names-unseen-96 (ct011): the catalogue's 包头市土右旗新型工业园区, 土右旗 for 土默特右旗
    assertThat(code("土右新型工業園區", "包頭")).isEqualTo("S159042");
    assertThat(code("土右旗新型工业园区", null)).isEqualTo("S159042");
    assertThat(code("科右前工业园区", null)).isEqualTo("S159067"); // 科右前旗工业园区
  }

  @Test
  void aCountyNamedAsTownsQuartersAreDoesNotPlaceANameNearAnotherProvince() {
    // real-park-names-unseen-97 (cu010): 南城工业园 near 襄阳, a park of 枣阳's 南城; 南城县 is in 江西
    assertThat(RESOLVER.resolve("南城工业园", "襄阳").park()).isEmpty();
    assertThat(RESOLVER.resolve("南城工业园", "襄阳").candidates()).extracting(c -> c.park().id().value()).contains("S369081");
    assertThat(code("南城工业园", "抚州")).isEqualTo("S369081");
    assertThat(code("南城工业园", null)).isEqualTo("S369081");
    // a county whose short name is no town's quarter still places its zone anywhere it is written
    assertThat(code("修水工业园区", "武汉")).isEqualTo("S369012");
    assertThat(ParkNameResolver.isCommonPlaceWord("南城")).isTrue();
    assertThat(ParkNameResolver.isCommonPlaceWord("城关")).isTrue();
    assertThat(ParkNameResolver.isCommonPlaceWord("新城")).isTrue();
    assertThat(ParkNameResolver.isCommonPlaceWord("城厢")).isTrue();
    assertThat(ParkNameResolver.isCommonPlaceWord("古城")).isTrue();
    assertThat(ParkNameResolver.isCommonPlaceWord("修水")).isFalse();
  }

  @Test
  void theNamedPartsOfNationalZonesFoundZoneByZoneAreSubParks() {
    // park-parts.tsv, the twentieth session's rows: parts a page says the zone is made of or governs
    assertThat(code("渤龙湖科技园", "天津")).isEqualTo("G122002"); // 天津滨海高新区's
    assertThat(RESOLVER.resolve("渤龙湖科技园").candidates().get(0).match()).isEqualTo(ParkNameResolver.Match.SUB_PARK);
    assertThat(code("尼葛园", null)).isEqualTo("G352095"); // 三明高新区(尼葛园、金沙园)
    assertThat(code("镇江大港经济开发区", null)).isEqualTo("G321103"); // merged into 镇江经开区 in 1998
    assertThat(code("骏马工业园", null)).isEqualTo("G321095"); // 张家港经开区's, its page in traditional characters
    // a short part's name is held with its city, and found with the city nearby
    assertThat(code("万州天子园", null)).isEqualTo("G501189");
    assertThat(code("天子园", "万州")).isEqualTo("G501189");
    assertThat(RESOLVER.resolve("天子园").park()).isEmpty();
    // ranked below an alias: a place nearby in another province makes a part none, as a short form
    assertThat(code("草堂科技产业基地", "西安")).isEqualTo("G612049");
    assertThat(RESOLVER.resolve("渤龙湖科技园", "成都").park()).isEmpty();
    // parts two pages put in two zones are left out: 哈尔滨's university parks
    assertThat(RESOLVER.resolve("哈东园区").park()).isEmpty();
  }

  @Test
  void theWordsThatSetOneZonesNameApartFindItWrittenWithAnotherKindWordOrPlace() {
    // real-park-names-unseen-93 (cq005), -4 (p115): 开平翠山湖科技产业园 written otherwise
    assertThat(code("翠山湖产业转移工业园", "开平市")).isEqualTo("S449076");
    assertThat(code("开平翠山湖工业园区", "江门")).isEqualTo("S449076");
    assertThat(RESOLVER.resolve("翠山湖产业转移工业园", "开平市").candidates().get(0).match())
        .isEqualTo(ParkNameResolver.Match.DISTINCTIVE);
    assertThat(code("大石桥市南楼开发区", "营口市")).isEqualTo("S217033"); // 营口南楼经济开发区
    assertThat(code("锡林郭勒盟白音华经济开发区", null)).isEqualTo("S159070"); // its 工业园区, upgraded
    assertThat(RESOLVER.resolve("八达岭工业开发区").park()).isEmpty(); // no place written or named nearby
    // the zone must lie around the places written and named nearby: 胜利 is 抚顺's zone, not 东营's
    assertThat(RESOLVER.resolve("山东东营胜利经济开发区").park()).isEmpty();
    assertThat(RESOLVER.resolve("翠山湖产业转移工业园", "兰州").park()).isEmpty();
    // words another zone's name holds too: 张江高新区核心园 as well as 上海张江高新技术产业开发区
    assertThat(RESOLVER.resolve("张江园区", "上海市浦东新区").park()).isEmpty();
    // words many names hold, or a place's name: none
    assertThat(RESOLVER.resolve("孝感临空经济区", "孝感").park()).isEmpty();
    assertThat(RESOLVER.resolve("汕头市华侨试验区", "龙湖区").park()).isEmpty();
    assertThat(RESOLVER.resolve("鲁西新区", "菏泽").park()).isEmpty();
    // a second read's cases: a place nearby that names no division, a county of the zone's
    // prefecture that is not its county, words of an industry the catalogue lists for zones
    assertThat(RESOLVER.resolve("翠山湖产业转移工业园", "兰州新区").park()).isEmpty();
    assertThat(RESOLVER.resolve("杏花村开发区", "长三角").park()).isEmpty();
    assertThat(RESOLVER.resolve("翠山湖工业园", "台山").park()).isEmpty();
    assertThat(RESOLVER.resolve("麻城火车站开发区").park()).isEmpty();
    for (String industry : List.of("东台环保产业园", "古蔺白酒产业园区", "长垣电源产业园")) {
      assertThat(RESOLVER.resolve(industry).park()).as(industry).isEmpty();
    }
    assertThat(RESOLVER.resolve("经编产业园", "桐乡").park()).isEmpty();
    assertThat(RESOLVER.resolve("云计算产业园", "独山子").park()).isEmpty();
    assertThat(code("吕四港经济开发区", "江苏")).isEqualTo("S327127"); // a province nearby: its zone
  }

  @Test
  void theOtherNamesOfNationalZonesFoundZoneByZoneAreAliases() {
    // park-aliases.tsv, the nineteenth session's rows: former names, names since 2018, nicknames
    assertThat(code("乐山经济开发区", "乐山")).isEqualTo("G512144"); // its name before 2012
    assertThat(code("镇江出口加工区", null)).isEqualTo("G323053"); // 镇江综合保税区's former name
    assertThat(code("浙江新昌经济开发区", null)).isEqualTo("S339059"); // 浙江新昌工业园区 since 2019
    assertThat(code("京清汽车产业园", null)).isEqualTo("S129017"); // 天津京滨工业园 since 2024
    assertThat(code("潍坊滨海区", "潍坊")).isEqualTo("G371154");
    assertThat(code("苏州高新区浒墅关分区", null)).isEqualTo("G321089"); // the catalogue lists the part apart
    assertThat(code("哈经开区", null)).isEqualTo("G231010");
    // left out: a new area larger than the zone whose figures a held-out article gives apart, and a
    // former name that a county's zone would be read as once its 县 is dropped (宜宾县经济开发区)
    assertThat(RESOLVER.resolve("柳东新区").park()).isEmpty();
    assertThat(RESOLVER.resolve("宜宾县经济开发区").park().map(p -> p.id().value())).isNotEqualTo(Optional.of("G511196"));
    // two names, one in brackets, each of a zone the catalogue lists apart (real-park-names-unseen-4, p062)
    assertThat(RESOLVER.resolve("集美(杏林)台商投資區", "廈門").park()).isEmpty();
    assertThat(RESOLVER.resolve("集美(杏林)台商投資區", "廈門").candidates()).extracting(c -> c.park().id().value())
        .containsExactlyInAnyOrder("G356031", "G356029");
  }

  @Test
  void aChemicalZoneIsWritten化工区AndAPartOfAZoneByItsDistrictNearItsCity() {
    // real-park-names-unseen-78 (cb001, cb002, cb022), -43 (as011), -69 (bs019)
    assertThat(code("上海化工区", null)).isEqualTo("G311083");
    assertThat(code("南京化工區", "南京")).isEqualTo("S329004");
    assertThat(code("扬州化工区", null)).isEqualTo("S329084");
    assertThat(RESOLVER.resolve("化工区").park()).isEmpty();
    assertThat(code("杨凌农业高新区", null)).isEqualTo("G612051");
    assertThat(code("杨浦园", "上海")).isEqualTo("S318034");
    assertThat(code("金山园", "上海")).isEqualTo("S318039");
    // with no place near, or near another, a district and 园 name nothing
    assertThat(RESOLVER.resolve("杨浦园").park()).isEmpty();
    assertThat(RESOLVER.resolve("金山园", "呼和浩特").park()).isEmpty();
    // real-park-names-unseen-82 (cf006, cf010): 化学工业区, and countries written in full
    assertThat(code("上海化學工業區", null)).isEqualTo("G311083");
    assertThat(RESOLVER.resolve("化学工业区").park()).isEmpty();
    assertThat(code("中国—泰国崇左产业园", null)).isEqualTo("S459053");
  }

  @Test
  void aNameWithoutItsZonesPlaceWrittenNearAPlaceOfAnotherProvinceIsNotThatZone() {
    // real-park-names-unseen-53 (bc014): 呼和浩特's new 航天经济开发区, not 陕西航天经济技术开发区
    assertThat(RESOLVER.resolve("航天经济开发区", "呼和浩特").park()).isEmpty();
    assertThat(RESOLVER.resolve("航天经济开发区", "呼和浩特").candidates()).extracting(c -> c.park().id().value())
        .contains("G611204");
    assertThat(RESOLVER.resolve("航天经济开发区", "西安").park().map(p -> p.id().value())).contains("G611204");
    assertThat(RESOLVER.resolve("航天经济开发区").park().map(p -> p.id().value())).contains("G611204");
    // a name that writes its zone's place stands wherever it is written of, and so does an official name
    assertThat(RESOLVER.resolve("陕西航天经济技术开发区", "呼和浩特").park().map(p -> p.id().value())).contains("G611204");
    assertThat(RESOLVER.resolve("中关村科技园区", "深圳").park().map(p -> p.id().value())).contains("G112001");
  }

  @Test
  void namesOfTheSixteenthSessionsListsAreReadByRules() {
    // a rank between the place and the kind (real-park-names-unseen-60, bj008)
    assertThat(RESOLVER.resolve("河西自治区级高新区", "柳州").park().map(p -> p.id().value())).contains("S458025");
    // a 工业园区 made a 经济开发区, where more than a place stands before it (bj014); not 苏州's parks
    assertThat(RESOLVER.resolve("衡阳松木工业园区").park().map(p -> p.id().value())).contains("S437009");
    // the name before 高新 (bj024)
    assertThat(RESOLVER.resolve("桂林新技术开发区").park().map(p -> p.id().value())).contains("G452042");
    // a 国家旅游度假区's short form (real-park-names-unseen-61, bk021)
    assertThat(RESOLVER.resolve("苏州太湖度假区").park().map(p -> p.id().value())).contains("G326004");
    assertThat(RESOLVER.resolve("太湖度假区").park()).isEmpty();
    // a part of 张江高新区 without 高新区 (bk005)
    assertThat(RESOLVER.resolve("張江金山園").park().map(p -> p.id().value())).contains("S318039");
    // an alias written without the place named nearby (real-park-names-unseen-58, bh006); a kind word stays none
    assertThat(RESOLVER.resolve("長興島臨港工業區", "大連").park().map(p -> p.id().value())).contains("G211067");
    assertThat(RESOLVER.resolve("長興島臨港工業區").park()).isEmpty();
    assertThat(RESOLVER.resolve("高新区", "大连").park()).isEmpty();
    // a cross-border zone without its two countries, or with them abbreviated (real-park-names-unseen-62, bl011)
    assertThat(RESOLVER.resolve("磨憨—磨丁经济合作区").park().map(p -> p.id().value())).contains("G535017");
    assertThat(RESOLVER.resolve("中老磨憨—磨丁经合区").park().map(p -> p.id().value())).contains("G535017");
    assertThat(RESOLVER.resolve("钦州产业园区").park()).isEmpty();
    // where a zone lies, in brackets after its city (real-park-names-unseen-65, bo020); not another zone's place
    assertThat(RESOLVER.resolve("福州(馬尾)臺商投資區").park().map(p -> p.id().value())).contains("G356030");
    assertThat(RESOLVER.resolve("德州(禹城)国家高新技术产业开发区").park().map(p -> p.id().value())).contains("G372112");
    assertThat(RESOLVER.resolve("集美(杏林)台商投資區", "廈門").park()).isEmpty();
  }

  @Test
  void aKindWordClippedOfIts区IsThatKindsShortForm() {
    // real-park-names-unseen-55 (be006): 茂名高新, which the page gives as the zone's short name
    assertThat(RESOLVER.resolve("茂名高新").park().map(p -> p.id().value())).contains("S448053");
    assertThat(RESOLVER.resolve("高新").park()).isEmpty();
  }

  @Test
  void aCityWrittenForTheCountyAZoneIsNamedForIsThatZone() {
    // real-park-names-unseen-52 (bb001): 杭州临江国家高新区, the catalogue's 萧山临江高新技术产业开发区
    assertThat(RESOLVER.resolve("杭州临江国家高新区").park().map(p -> p.id().value())).contains("G332083");
    assertThat(RESOLVER.resolve("杭州临江高新区").candidates().get(0).why()).contains("杭州").contains("萧山区");
    // a kind's word alone after the city is no zone's own name
    assertThat(RESOLVER.resolve("郑州综保区").park()).isEmpty();
  }

  @Test
  void aPlaceWrittenWithItsLevelBeforeAShortFormIsThePlace() {
    // real-park-names-unseen-39 (ao013): 双城区经开区; 双城 is 哈尔滨's 双城区 since 2014
    assertThat(RESOLVER.resolve("双城区经开区").park().map(p -> p.id().value())).contains("S237002");
    // but not a district whose short name is another place's too: 朝阳区 of 北京, 朝阳市 of 辽宁
    assertThat(RESOLVER.resolve("朝阳区高新区").park()).isEmpty();
    assertThat(RESOLVER.resolve("通州区经济开发区").park()).isEmpty();
  }

  @Test
  void anIndustrialParkWrittenWithAnotherWordOfItsFamilyIsTheCataloguesOfTheSameName() {
    // real-park-names-unseen-24 (q044), -5 (l016): the catalogue's 城固县三合循环经济工业园区, 宾阳县黎塘工业园区
    assertThat(RESOLVER.resolve("城固县三合循环经济产业园区").park().map(p -> p.id().value())).contains("S619038");
    assertThat(RESOLVER.resolve("宾阳县黎塘工业集中区").park().map(p -> p.id().value())).contains("S459024");
    // but not a place's name alone before the word: 苏州产业园区 are the city's parks, not 苏州工业园区
    assertThat(RESOLVER.resolve("苏州产业园区").park()).isEmpty();
    assertThat(RESOLVER.resolve("江苏苏州产业园区").park()).isEmpty();
  }

  @Test
  void anIndustrialParkIsTheCataloguesIndustrialConcentrationZoneOfTheSameName() {
    // the page (real-park-names-unseen-37, am032): 位于靖远县郊的白银刘川工业园区; the catalogue: 白银刘川工业集中区
    assertThat(RESOLVER.resolve("白银刘川工业园区").park().map(p -> p.id().value())).contains("S629036");
    assertThat(RESOLVER.resolve("白银刘川工业园区").candidates().get(0).why()).contains("白银刘川工业集中区");
  }

  @Test
  void aParkForIndustryMovedFromACityIsTheCountysInBrackets() {
    assertThat(RESOLVER.resolve("广州海珠(大埔)产业转移工业园").park().map(p -> p.id().value())).contains("S449090");
    assertThat(RESOLVER.resolve("深圳寶安(龍川)產業轉移工業園").park().map(p -> p.id().value())).contains("S449094");
  }

  @Test
  void aParkForIndustryMovedFromACityIsTheCountysWrittenWithinItsCityAndTownOrAlone() {
    // the county after its city and before its town; 产业转移园 for 产业转移工业园
    assertThat(RESOLVER.resolve("佛山顺德(云浮新兴新成)产业转移工业园").park().map(p -> p.id().value())).contains("S449109");
    assertThat(RESOLVER.resolve("深圳宝安(龙川)产业转移园").park().map(p -> p.id().value())).contains("S449094");
    // the county's short name with no brackets, after its city or alone (the catalogue: 罗定市, 蓬江区)
    assertThat(RESOLVER.resolve("罗定产业转移工业园").park().map(p -> p.id().value())).contains("S449111");
    assertThat(RESOLVER.resolve("江门蓬江产业转移工业园").park().map(p -> p.id().value())).contains("S449075");
    assertThat(RESOLVER.resolve("罗定产业转移园").park().map(p -> p.id().value())).contains("S449111");
    // a town alone in the brackets names no county, nor does a county of another city: no such park
    assertThat(RESOLVER.resolve("佛山顺德(新成)产业转移园").park()).isEmpty();
    assertThat(RESOLVER.resolve("云浮龙川产业转移工业园").park()).isEmpty();
  }

  @Test
  void aBondedZoneIsTheCustomsZoneItWasMadeFrom() {
    // most 保税港区 and 出口加工区 were made 综合保税区 after 2018 (real-park-names-unseen-48)
    ParkNameResolution dongjiang = RESOLVER.resolve("东疆综合保税区");
    assertThat(dongjiang.park().map(p -> p.id().value())).contains("G123005"); // 天津东疆保税港区
    assertThat(dongjiang.candidates().get(0).match()).isEqualTo(ParkNameResolver.Match.MADE_BONDED);
    assertThat(dongjiang.candidates().get(0).why()).endsWith("written as the 综合保税区 it was made");
    // a city with several customs zones: which of them, the name does not say
    assertThat(RESOLVER.resolve("天津综保区").park()).isEmpty();
    assertThat(RESOLVER.resolve("青岛综保区").park()).isEmpty();
    assertThat(RESOLVER.resolve("珲春综保区").park().map(p -> p.id().value())).contains("G223021"); // 吉林珲春出口加工区
    // a 综合保税区 the catalogue lists is that one, not the older zone of its place
    assertThat(RESOLVER.resolve("赣州综合保税区").park().map(p -> p.id().value())).contains("G363076");
  }

  @Test
  void aHenanCountysAdvancedManufacturingZoneIsItsIndustrialConcentrationZone() {
    // 河南 renamed its counties' 产业集聚区 先进制造业开发区 in 2021 (real-park-names-unseen-19, -33, -46)
    ParkNameResolution tongxu = RESOLVER.resolve("通许县先进制造业开发区");
    assertThat(tongxu.park().map(p -> p.id().value())).contains("S419034"); // 通许县产业集聚区
    assertThat(tongxu.candidates().get(0).match()).isEqualTo(ParkNameResolver.Match.COUNTY);
    // not a county with several zones, nor a city
    assertThat(RESOLVER.resolve("洛阳市先进制造业开发区").park()).isEmpty();
  }

  @Test
  void aCountyWrittenByItsShortNameOrItsNameSinceARenameIsTheCatalogues() {
    ParkNameResolution lintong = RESOLVER.resolve("临潼新丰工业集中区");
    assertThat(lintong.park().map(p -> p.id().value())).contains("S619018"); // 临潼区新丰工业集中区
    assertThat(lintong.candidates().get(0).why()).endsWith("its county written 临潼 for 临潼区");
    // so too a prefecture's city (real-park-names-unseen-44, at014)
    ParkNameResolution guigang = RESOLVER.resolve("贵港产业园区");
    assertThat(guigang.park().map(p -> p.id().value())).contains("S459013"); // 贵港市产业园区
    assertThat(guigang.candidates().get(0).why()).endsWith("its city written 贵港 for 贵港市");
    // where the city's and a county's zones share the rest of the name, either may be meant
    assertThat(RESOLVER.resolve("安阳产业集聚区").status()).isEqualTo(ParkNameResolution.Status.AMBIGUOUS);
    ParkNameResolution huyi = RESOLVER.resolve("陕西鄠邑沣京工业园区"); // 户县 became 鄠邑区 in 2016
    assertThat(huyi.park().map(p -> p.id().value())).contains("S619009"); // 陕西户县沣京工业园区
    assertThat(huyi.candidates().get(0).why()).endsWith("its county written 鄠邑, 鄠邑区 since 2016, for 户县");
    // only whole renames of counties: not a county-level city made a district (榆林市, 榆阳区 since 1999)
    assertThat(RESOLVER.resolve("陕西榆阳经济技术开发区").park()).isEmpty();
  }

  @Test
  void aCountyZonesShortFormWithoutItsCountyIsItsOnlyNearAPlaceThatHoldsIt() {
    assertThat(RESOLVER.resolve("杏花村开发区", "汾阳").park().map(p -> p.id().value())).contains("S147024");
    assertThat(RESOLVER.resolve("杏花村开发区", "吕梁").park().map(p -> p.id().value())).contains("S147024");
    assertThat(RESOLVER.resolve("杏花村开发区").park()).isEmpty();
    assertThat(RESOLVER.resolve("杏花村开发区", "太原").park()).isEmpty();
  }

  @Test
  void anAutonomousCountyWrittenWithItsShortNameAndCountyIsAPlaceNearby() {
    // 天祝县 for 天祝藏族自治县; 工业集聚区 for the catalogue's 工业集中区
    assertThat(RESOLVER.resolve("金强工业集中区", "天祝县").park().map(p -> p.id().value())).contains("S629042");
    assertThat(RESOLVER.resolve("金強工業集聚區", "天祝縣").park().map(p -> p.id().value())).contains("S629042");
  }

  @Test
  void aPlaceNearbyChoosesAmongAllCandidatesWhereNoneOfTheBestLiesInIt() {
    // 临港开发区 is the short form of three national zones (84) and of 岳阳's high-tech zone (82)
    assertThat(RESOLVER.resolve("临港开发区").status()).isEqualTo(ParkNameResolution.Status.AMBIGUOUS);
    assertThat(RESOLVER.resolve("临港开发区", "岳阳").park().map(p -> p.id().value())).contains("S438090");
    assertThat(RESOLVER.resolve("临港开发区", "沧州").park().map(p -> p.id().value())).contains("G131058");
  }

  @Test
  void aPlaceNearbyThatContradictsTheZoneANameGivesChoosesItsOwnZoneEndingSo() {
    // 大桥开发区 is 铜陵大桥经济开发区's short form, and the end of 安庆长江大桥经济开发区's
    assertThat(RESOLVER.resolve("大桥开发区").park().map(p -> p.id().value())).contains("S347070");
    assertThat(RESOLVER.resolve("大橋開發區", "宜秀區").park().map(p -> p.id().value())).contains("S347077");
    assertThat(RESOLVER.resolve("大桥开发区", "安庆").park().map(p -> p.id().value())).contains("S347077");
    assertThat(RESOLVER.resolve("大桥开发区", "铜陵").park().map(p -> p.id().value())).contains("S347070");
    // 芜湖 holds a 长江大桥经济开发区 too; 合肥 none: the zone named exactly stays
    assertThat(RESOLVER.resolve("大桥开发区", "芜湖").park().map(p -> p.id().value())).contains("S347060");
    assertThat(RESOLVER.resolve("大桥开发区", "合肥").park().map(p -> p.id().value())).contains("S347070");
    // one candidate a zone
    assertThat(RESOLVER.resolve("大桥开发区", "安庆").candidates()).extracting(c -> c.park().id().value())
        .doesNotHaveDuplicates();
  }

  @Test
  void aNoteInBracketsAndCountyWideAreLeftOut() {
    assertThat(RESOLVER.resolve("贵港国家生态工业(制糖)示范园区").park().map(p -> p.id().value())).contains("S459039");
    assertThat(RESOLVER.resolve("商南县县域工业集中区").park().map(p -> p.id().value())).contains("S619048");
    // a place in brackets is kept: which zone, it says
    assertThat(RESOLVER.resolve("山东潍坊(寿光)高新区").park()).isEmpty();
  }

  @Test
  void anIndustrialParkIsAlsoWrittenWithGongYeYuan() {
    assertThat(RESOLVER.resolve("平果工业园").park().map(p -> p.id().value())).contains("S459045"); // 平果工业区
    assertThat(RESOLVER.resolve("平果工業園").park().map(p -> p.id().value())).contains("S459045");
  }

  @Test
  void aSubParksDistrictMayBeNamedLikeOneElsewhere() {
    // 新华区 is 沧州's and 石家庄's: the zone's own place has one
    assertThat(RESOLVER.resolve("沧州经济开发区新华园").park().map(p -> p.id().value())).contains("S137030");
    assertThat(RESOLVER.resolve("沧州经济开发区新华园").match()).contains(ParkNameResolver.Match.SUB_PARK);
    // a district only another city has is still elsewhere: 中关村石家庄园 is none
    assertThat(RESOLVER.resolve("沧州经济开发区桥西园").status()).isEqualTo(ParkNameResolution.Status.NONE);
  }

  @Test
  void aCountyNamedNearbyFindsAZonePlacedInItsPrefecture() {
    assertThat(RESOLVER.resolve("金山工业园区", "固阳县").park().map(p -> p.id().value())).contains("S159043");
    // with no place, or a county of another prefecture, three zones end so
    assertThat(RESOLVER.resolve("金山工业园区").status()).isEqualTo(ParkNameResolution.Status.AMBIGUOUS);
    assertThat(RESOLVER.resolve("金山工业园区", "长宁县").status()).isEqualTo(ParkNameResolution.Status.AMBIGUOUS);
  }

  @Test
  void aCountysOneZoneWithNoPlaceNearbyNeedsTheCountyInFullOrItsProvince() {
    assertThat(RESOLVER.resolve("湘阴县工业园区").park().map(p -> p.id().value())).contains("S438034");
    assertThat(RESOLVER.resolve("浙江磐安经济开发区").park().map(p -> p.id().value())).contains("S339070");
    // 磐安 alone may be a town's name, and 东区 a word as much as 攀枝花's district: with no place nearby, none
    assertThat(RESOLVER.resolve("磐安经济开发区").status()).isEqualTo(ParkNameResolution.Status.NONE);
    assertThat(RESOLVER.resolve("东区产业园区").status()).isEqualTo(ParkNameResolution.Status.NONE);
  }

  @Test
  void aHighTechZoneIsAlsoWrittenWithHighTechPark() {
    assertThat(RESOLVER.resolve("莆田高新园区").park().map(p -> p.id().value())).contains("G352094");
    assertThat(RESOLVER.resolve("莆田高新园区").match()).contains(ParkNameResolver.Match.SHORT_FORM);
  }

  @Test
  void aParkTwoPlacesRunTogetherIsNamedByTheirFirstCharacters() {
    assertThat(RESOLVER.resolve("甘眉工业园区").park().map(p -> p.id().value())).contains("S519092");
    assertThat(RESOLVER.resolve("成阿工业园区").park().map(p -> p.id().value())).contains("S519043");
    // not words that are no places: 中国—东盟, 沈阳—欧盟
    assertThat(RESOLVER.resolve("广东经济技术开发区").status()).isEqualTo(ParkNameResolution.Status.NONE);
  }

  @Test
  void aSecondNameInBracketsIsReadWhereTheFirstResolvesToNone() {
    assertThat(RESOLVER.resolve("茂名产业转移工业园(茂名高新区)").park().map(p -> p.id().value()))
        .contains("S448053"); // 广东茂名高新技术产业开发区
    // not where the brackets say where a park lies: the names begin with different places
    assertThat(RESOLVER.resolve("深圳湾科技生态园(南山高新区)").status()).isEqualTo(ParkNameResolution.Status.NONE);
    // nor a note in brackets that names no zone
    assertThat(RESOLVER.resolve("茂名产业转移工业园(茂名片区)").status()).isEqualTo(ParkNameResolution.Status.NONE);
  }

  /** Right answers less wrong ones over {@code names}, printed with every miss. */
  private static int score(List<Map<String, Object>> names, String what) {
    int right = 0;
    List<String> wrong = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (Map<String, Object> n : names) {
      String expected = (String) n.get("expected");
      String got = code((String) n.get("written"), (String) n.get("near"));
      String line = n.get("id") + " " + n.get("written") + " expected " + expected + " got " + got;
      if (expected == null ? got == null : expected.equals(got)) {
        right++;
      } else if (got == null) {
        none.add(line);
      } else {
        wrong.add(line);
      }
    }
    System.out.printf("ParkNameResolver on %d %s: right %d, wrong %d, none %d: %d (%.1f%%)%n",
        names.size(), what, right, wrong.size(), none.size(), right - wrong.size(),
        100.0 * (right - wrong.size()) / names.size());
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    none.forEach(w -> System.out.println("  none:  " + w));
    return right - wrong.size();
  }

  @Test
  void findsTheLongestKnownNameEndingAtAPosition() {
    String text = "会上，蘇州高新區与苏州高新技术产业开发区综合保税区签约，全省产业园区增长。";
    int end = text.indexOf("与");
    assertThat(RESOLVER.nameStart(text, 0, end)).isEqualTo(text.indexOf("蘇州"));
    assertThat(RESOLVER.nameStart(text, text.indexOf("州"), end)).as("not before from").isEqualTo(-1);
    int bonded = text.indexOf("签约");
    assertThat(RESOLVER.nameStart(text, 0, bonded)).isEqualTo(text.indexOf("苏州高新技术"));
    // a name without its place that ends dozens of zones' names (产业园区) names none of them
    assertThat(RESOLVER.nameStart(text, 0, text.indexOf("增长"))).isEqualTo(-1);
    assertThat(RESOLVER.resolve("产业园区").status()).isEqualTo(ParkNameResolution.Status.NONE);
    assertThatThrownBy(() -> RESOLVER.nameStart(text, 0, text.length() + 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
