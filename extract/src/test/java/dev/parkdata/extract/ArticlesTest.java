package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles of {@code ../shared/articles}, when that folder is present (found by
 * walking up from the working directory): for each, mentions checked by hand must be found (by
 * surface text and metric, some with indicator and period), and figures that are not park
 * metrics must not be. Skipped when the folder is absent.
 */
class ArticlesTest {
  private static final MetricExtractor X = MetricExtractor.standard();

  private static Path articles() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("articles");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static List<Mention> mentionsOf(String prefix) throws IOException {
    Path dir = articles();
    Assumptions.assumeTrue(dir != null, "shared/articles not found above the working directory");
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
    }
    Assumptions.assumeTrue(file != null, "article " + prefix + " not found");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Mention> mentions = X.extract(text);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      assertThat(X.extract(reader)).isEqualTo(mentions);
    }
    for (Mention m : mentions) {
      assertThat(text.substring(text.offsetByCodePoints(0, m.start()), text.offsetByCodePoints(0, m.end())))
          .isEqualTo(m.text());
    }
    return mentions;
  }

  /** Asserts that each "surface=metric" pair is among the mentions. */
  private static void assertFound(List<Mention> mentions, String... pairs) {
    List<String> actual = mentions.stream().map(m -> m.text() + "=" + m.metric()).toList();
    assertThat(actual).contains(pairs);
  }

  private static Mention find(List<Mention> mentions, String surface) {
    return mentions.stream().filter(m -> m.text().equals(surface)).findFirst().orElseThrow();
  }

  private static void assertAbsent(List<Mention> mentions, String... fragments) {
    for (String fragment : fragments) {
      assertThat(mentions).as("no mention containing %s", fragment).noneMatch(m -> m.text().contains(fragment));
    }
  }

  @Test
  void article000() throws IOException {
    List<Mention> m = mentionsOf("000_");
    assertFound(m, "152 家=152家", "超过 30%=超过30%", "超亿元=超过1亿元", "2158 家=2158家", "3898 家=3898家",
        "3.83 亿元=3.83亿元", "141.27 亿元=141.27亿元", "1407 万元=1407万元", "65 公顷=65公顷",
        "95 万平方米=95万平方米", "30 余家=30余家", "60 余场=60余场", "17 期=17期", "2.3 亿元=2.3亿元");
    assertThat(find(m, "152 家").period()).contains("截至 2017 年年底");
    assertThat(find(m, "超亿元").indicator()).contains("营业收入");
    assertThat(find(m, "141.27 亿元").period()).contains("1997-2017 年");
    assertAbsent(m, "2017", "2011", "万人", "+2", "2018");
  }

  @Test
  void article001Traditional() throws IOException {
    List<Mention> m = mentionsOf("001_");
    assertFound(m, "31.85平方公裡=31.85平方公里", "2萬餘家=2万余家", "231家=231家", "440多家=440余家",
        "400-600個=400-600个", "3916家=3916家", "61億元=61亿元", "119.68平方公裡=119.68平方公里",
        "5.466平方公裡=5.466平方公里", "44451平米=44451平方米", "超過2.4%=超过2.4%");
    assertThat(find(m, "31.85平方公裡").indicator()).contains("總面積");
    assertThat(find(m, "2萬餘家").indicator()).contains("科技創新企業");
    assertThat(find(m, "231家").indicator()).contains("規模以上企業");
    assertAbsent(m, "20年", "三期", "2020年", "2021");
  }

  @Test
  void article002() throws IOException {
    List<Mention> m = mentionsOf("002_");
    assertFound(m, "200多家=200余家", "200亿元以上=200亿元以上", "约1100平方米=约1100平方米",
        "约10000平方米=约10000平方米", "2000万支=2000万支", "不到7个工作日=不到7个工作日", "62.4亿元=62.4亿元",
        "不低于500PFLOPS=500PFLOPS以上", "最高可获2000万元=最高2000万元", "21.6%=21.6%", "超220家=超过220家",
        "超过百亿元=超过100亿元", "近500套=近500套", "约1.9万平方米=约1.9万平方米");
    // Issue 16: a figure never spans a paragraph break, so 三十多 / 年 across a blank line is not read.
    assertThat(m).noneMatch(x -> x.text().startsWith("三十多"));
    Mention growth = find(m, "21.6%");
    assertThat(growth.indicator()).contains("规上科技服务业营收同比增长");
    assertThat(growth.period()).contains("2024年1月至5月");
    assertThat(find(m, "200亿元以上").indicator()).contains("生物医药企业产值"); // the firms counted before it
    assertAbsent(m, "38", "GLP", "13", "百公斤", "2023", "一名", "一家");
  }

  @Test
  void article003() throws IOException {
    List<Mention> m = mentionsOf("003_");
    assertFound(m, "50亿元=50亿元", "约1GW=约1吉瓦", "500MWh=500兆瓦时", "约11亿度=约11亿千瓦时", "33万吨=33万吨",
        "约人民币5.08亿元=约5.08亿元", "580个=580个", "79项=79项", "108亿元=108亿元", "超过725亿元=超过725亿元",
        "800多家=800余家", "717亿元=717亿元", "31.5%=31.5%", "40余家=40余家", "近1000个=近1000个",
        "近28亿元=近28亿元", "1.5万亿美元=1.5万亿美元");
    assertThat(find(m, "约1GW").period()).contains("十四五");
    assertThat(find(m, "717亿元").period()).contains("2021年");
    assertAbsent(m, "千亿", "百公斤", "四届", "2022", "2013");
    // Issue 16: 家次 is a classifier of the catalogue, so 100余家次 is reported in 家次, no longer dropped.
    assertFound(m, "100余家次=100余家次");
  }

  @Test
  void article004() throws IOException {
    List<Mention> m = mentionsOf("004_");
    // Issue 16: a figure never spans a paragraph break, so 18 / 家 across a blank line is not read.
    assertThat(m).noneMatch(x -> x.text().startsWith("18\n"));
    assertFound(m, "30%以上=30%以上", "28.49亿元=28.49亿元", "3029批次=3029批次",
        "超过300家=超过300家", "突破1900亿元=超过1900亿元", "63%=63%", "5000余万元=5000余万元", "48.51亩=48.51亩",
        "近2万平方米=近2万平方米", "约3亿元=约3亿元", "348天=348天", "三到五年=3-5年", "超过15%=超过15%",
        "650余件=650余件", "4000多位=4000余位", "900多万元=900余万元");
    assertThat(find(m, "突破1900亿元").period()).contains("到2022年");
    assertThat(find(m, "48.51亩").indicator()).contains("占地面积");
    assertAbsent(m, "百亿", "三位", "2020", "2015");
    // Issue 16: a duration with 来 is reported as a duration (5年来 is 5 年, EXACT).
    assertFound(m, "5年来=5年");
  }
}
