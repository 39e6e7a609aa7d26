package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Area;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.Policy;
import dev.parkdata.source.Citation;
import dev.parkdata.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixtures hold every figure of the five articles that belongs to a park, cluster, chain,
 * policy or enterprise: each figure {@link MetricExtractor} finds in an article is the same
 * quantity as a figure of the fixtures cited from that article, or is listed below with the
 * reason it is left out. Skipped when {@code shared/articles} is not found above the working
 * directory.
 */
class ArticleCoverageTest {

  /** The titles of the fixtures' sources, by article file prefix. */
  static final Map<String, List<String>> SOURCES =
      Map.of(
          "000",
          List.of("国家高新区生物医药产业集群强势崛起", "北京银行保险产业园开园 全力支持首都“高精尖”经济结构",
              "西安创业咖啡街区开启2.0升级版", "中国创新挑战赛(北京) 重大成果落地"),
          "001", List.of("科技创新片区：双轮驱动的科创“大脑”"),
          "002",
          List.of("兰州高新区为生物医药产业注入向“新”力", "重庆两江协同创新区—明月湖 获“算力产业园”授牌",
              "深圳前海深港现代服务业合作区 发布科技创新办法", "北京南中轴国际文化科技园：打造科技文化融合发展新地标"),
          "003",
          List.of("威高国际医疗器械产业园落户青岛高新区", "珠海高新区与华发集团共建光伏绿色能源科技园",
              "巨子生物在香港交易所上市", "北京昌平打造医药健康产业“发动机”"),
          "004",
          List.of("重点布局六大百亿级产业链 苏州高新区走集群化发展新路", "浙江舟山两园融合并建项目开工",
              "成都高新区发布智慧城市建设机会清单", "银川科技服务产业园正式揭牌 为“数字宁夏”注入强劲动力",
              "京津冀擦出协同创新“火花” 河北保定有个“类中关村”"));

  /**
   * Figures left out, by article, as the extractor prints them. Each is a national or regional
   * tally about no one park, a duration or age, a count of named things (aspects, platforms,
   * measures), or the figure of an entity that is no park, cluster, chain, policy or enterprise.
   * Figures in a short quotation (“三次创业”, “五大体系”) are names the extractor does not report
   * (issue 16), so they need no exclusion.
   */
  private static final Map<String, Set<String>> EXCLUDED =
      Map.of(
          "000",
          Set.of(
              "152家", // national: zones with a biomedicine industry
              "超过30%", "15家", "超过50%", // national: zones by biomedicine's share
              "超过1亿元", // the revenue threshold in the indicator of the 2158 enterprises
              "3批", // batches of a national programme
              "806亿元", // 中山市's output: a city
              "超过12%", // national pharmaceutical output growth
              "2个", // 银行、保险: two sectors named
              "5年", // ANSTO's years of research
              "9个", // proposals to a competition
              "4个", // observer cities of a conference; aspects of a talk
              "5个", // aspects of a conference's agenda
              "3个", "8个", // 三大, 八大: counts of named categories
              "0.5年", "10年", "1年", // 近半年来, 近十年来, 一年来: durations before a statement
              "24小时"), // 24 小时城市聚落: a street's slogan (小时 is a unit since issue 16)
          "001",
          Set.of(
              "15条", // the count of articles of a 海淀 policy, not a quantity the model holds
              "2个"), // 两大: a count of named categories (「三大中心」 is a name in quotes, not reported)
          "002",
          Set.of(
              "2个", // workshops counted in words; their floor area is held
              "5年", // 南湖高新区's plan takes five years
              "4个", // four aspects of the Qianhai measures
              "3个", "6个"), // 三大, 六大: counts of named categories
          "003",
          Set.of(
              "26个", "108亿元", "超过725亿元", "800余家", // 北京市昌平区: a district, not a park
              "5年", // the span of the 725亿元 forecast
              "1.5万亿美元", // the global pharmaceutical market
              "20余年", // the life science park's age
              "14位", "10个", "200位", "50位", "50年", "40年", "20余个", "7位", "60余位",
              "300余名", // prizes, forums and 昌平's talents: no park or enterprise
              "100余家次", // 昌平's investments in enterprises: a district
              "2个", "3个"), // 两大, 三大: counts of named categories (“五大体系”, “八大” are names in quotes)
          "004",
          Set.of(
              "10家", // provincial lists the zone is on
              "1900亿元", // the caption repeating the goal 突破1900亿元, which is held
              "6条", // the six chains, held as entities
              "19项", // the number of measures of the Suzhou plan
              "3年", "最高5个月", "3-5年", // durations of plans and works (5个月内: at most)
              "2个", // two parks built as one, held as one
              "348天", // days a system was on duty
              "4个", // four platforms named, not measured
              "5个", "6个", // 五大, 六大: counts of named categories
              "5年")); // 5年来: a duration before a statement

  /** Where the list of other articles' headlines begins in the 北京商报 page; left out. */
  private static final String RELATED = "相關焦點";

  private static Optional<Path> articles() {
    Path dir = Path.of("").toAbsolutePath();
    for (; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("articles");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static String article(String prefix) throws IOException {
    String text = wholeArticle(prefix);
    int related = text.indexOf(RELATED);
    return related < 0 ? text : text.substring(0, related);
  }

  /** The article file as it is, with the snippets of related stories some end with. */
  static String wholeArticle(String prefix) throws IOException {
    Optional<Path> dir = articles();
    assumeTrue(dir.isPresent(), "shared/articles not found above the working directory");
    try (var files = Files.list(dir.get())) {
      Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  /** Every metric of the dataset with the citation it is held under. */
  static Map<Metric, List<Citation>> cited(Dataset dataset) {
    Map<Metric, List<Citation>> result = new LinkedHashMap<>();
    List<Observation> observations = new ArrayList<>(dataset.observations());
    List<Target> targets = new ArrayList<>();
    for (Park park : dataset.allParks()) {
      observations.addAll(park.observations());
      targets.addAll(park.targets());
      for (Area area : park.areas()) {
        put(result, area.metric(), area.citation());
      }
    }
    for (Cluster c : dataset.clusters()) {
      observations.addAll(c.observations());
      targets.addAll(c.targets());
    }
    for (IndustrialChain c : dataset.chains()) {
      observations.addAll(c.observations());
      targets.addAll(c.targets());
    }
    for (Organisation o : dataset.organisations()) {
      observations.addAll(o.observations());
    }
    for (Observation o : observations) {
      put(result, o.metric(), o.citation());
    }
    for (Target t : targets) {
      put(result, t.threshold(), t.citation());
    }
    for (Policy p : dataset.policies()) {
      for (Measure m : p.measures()) {
        m.amount().ifPresent(a -> put(result, a, p.citation()));
        m.rate().ifPresent(r -> put(result, r.share(), p.citation()));
      }
    }
    return result;
  }

  private static void put(Map<Metric, List<Citation>> map, Metric metric, Optional<Citation> citation) {
    List<Citation> list = map.computeIfAbsent(metric, m -> new ArrayList<>());
    citation.ifPresent(list::add);
  }

  @ParameterizedTest
  @CsvSource({"000", "001", "002", "003", "004"})
  void everyFigureOfTheArticleIsHeldOrExcluded(String prefix) throws IOException {
    String text = article(prefix);
    List<String> titles = SOURCES.get(prefix);
    List<Metric> held =
        cited(Fixtures.dataset()).entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(c -> titles.contains(c.source().title())))
            .map(Map.Entry::getKey)
            .collect(Collectors.toList());
    Set<String> excluded = EXCLUDED.get(prefix);
    Set<String> missing = new TreeSet<>();
    Set<String> excludedButHeld = new TreeSet<>();
    Set<String> excludedSeen = new TreeSet<>();
    for (Mention mention : MetricExtractor.standard().extract(text)) {
      Metric metric = mention.metric();
      boolean isHeld = held.stream().anyMatch(m -> m.dimension().equals(metric.dimension()) && m.isSameQuantity(metric));
      String key = metric.toString();
      if (excluded.contains(key)) {
        excludedSeen.add(key);
        if (isHeld) {
          excludedButHeld.add(key);
        }
      } else if (!isHeld) {
        missing.add(key + " at " + mention.start() + ": " + text.substring(Math.max(0, mention.start() - 10), mention.end()));
      }
    }
    assertThat(missing).as("figures of article %s neither held nor excluded", prefix).isEmpty();
    assertThat(excludedButHeld).as("figures of article %s both excluded and held", prefix).isEmpty();
    assertThat(excludedSeen).as("exclusions of article %s that the article does not have", prefix)
        .containsExactlyInAnyOrderElementsOf(excluded);
  }

  @Test
  void everyFigureOfTheFixturesIsCitedWithAShortQuoteOfOurOwn() {
    Map<Metric, List<Citation>> cited = cited(Fixtures.dataset());
    assertThat(cited).allSatisfy((metric, citations) -> assertThat(citations).as(metric.toString()).isNotEmpty());
    assertThat(cited.values().stream().flatMap(List::stream).map(Citation::quote).flatMap(Optional::stream))
        .allSatisfy(quote -> assertThat(quote.length()).as(quote).isLessThanOrEqualTo(14));
  }

  @Test
  void everySourceListedHereCitesAFigure() {
    Set<String> titles = SOURCES.values().stream().flatMap(List::stream).collect(Collectors.toSet());
    Set<String> used =
        cited(Fixtures.dataset()).values().stream().flatMap(List::stream)
            .map(c -> c.source().title())
            .collect(Collectors.toSet());
    assertThat(titles).isSubsetOf(used);
  }
}
