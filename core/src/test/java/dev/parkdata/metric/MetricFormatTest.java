package dev.parkdata.metric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricFormatTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1900亿元        | 1900亿元        | 1900億元        | 1900 hundred million yuan (CNY)",
      "2萬餘家         | 2万余家         | 2萬餘家         | over 20000 (under 30000) establishment",
      "440多家         | 440余家         | 440餘家         | over 440 (under 450) establishment",
      "5000余万元      | 5000余万元      | 5000餘萬元      | over 5000 (under 6000) ten thousand yuan (CNY)",
      "31.85平方公裡   | 31.85平方公里   | 31.85平方公里   | 31.85 square kilometre",
      "每年最高2000万元 | 最高2000万元   | 最高2000萬元    | at most 2000 ten thousand yuan (CNY)",
      "400-600個       | 400-600个       | 400-600個       | 400 to 600 unit (generic)",
      "约1GW           | 约1吉瓦         | 約1吉瓦         | about 1 gigawatt",
      "超亿元          | 超过1亿元       | 超過1億元       | more than 1 hundred million yuan (CNY)",
      "200亿元以上     | 200亿元以上     | 200億元以上     | at least 200 hundred million yuan (CNY)",
      "近1000个        | 近1000个        | 近1000個        | nearly 1000 unit (generic)",
      "不足7个工作日   | 不到7个工作日   | 不到7個工作日   | less than 7 working day",
      "48.51畝         | 48.51亩         | 48.51畝         | 48.51 mu",
      "12万元/亩       | 12万元/亩       | 12萬元/畝       | 12 ten thousand yuan (CNY) per mu",
      "3亿余元         | 3亿余元         | 3億餘元         | over 300000000 (under 400000000) yuan (CNY)",
      "三分之二        | 三分之二        | 三分之二        | 2 in 3",
      "近三分之一      | 近三分之一      | 近三分之一      | nearly 1 in 3",
      "二百分之3       | 二百分之三      | 二百分之三      | 3 in 200",
      "萬分之五        | 万分之五        | 萬分之五        | 5 in 10000",
      "1.5万亿         | 1.5万亿         | 1.5萬億         | 1.5 trillion (no unit)",
      "300             | 300             | 300             | 300 (no unit)",
      "2000 万以上     | 2000万以上      | 2000萬以上      | at least 2000 ten thousand (no unit)",
      "两倍多          | 2余倍           | 2餘倍           | over 2 (under 3) times",
      "200—500萬元(不含本數) | 200-500万元(不含) | 200-500萬元(不含) | 200 to under 500 ten thousand yuan (CNY)",
      "7个亿元         | 7亿元           | 7億元           | 7 hundred million yuan (CNY)",
      "5万吨标煤       | 5万吨标准煤     | 5萬噸標準煤     | 5 ten thousand tonne of standard coal equivalent",
  })
  void writesAsPeopleWrite(String input, String simplified, String traditional, String english) {
    Metric m = input.startsWith("每年") ? MetricParser.standard().parse(input, new java.text.ParsePosition(2)) : Metric.parse(input);
    assertThat(MetricFormat.SIMPLIFIED.format(m)).isEqualTo(simplified);
    assertThat(MetricFormat.TRADITIONAL.format(m)).isEqualTo(traditional);
    assertThat(MetricFormat.ENGLISH.format(m)).isEqualTo(english);
    assertThat(Metric.parse(simplified)).isEqualTo(m);
    assertThat(Metric.parse(traditional)).isEqualTo(m);
  }
}
