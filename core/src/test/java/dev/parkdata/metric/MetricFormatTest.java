package dev.parkdata.metric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricFormatTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1900亿元        | 1900亿元        | 1900億元        | 190 billion yuan",
      "2萬餘家         | 2万余家         | 2萬餘家         | over 20,000 enterprises",
      "440多家         | 440余家         | 440餘家         | over 440 enterprises",
      "5000余万元      | 5000余万元      | 5000餘萬元      | over 50 million yuan",
      "31.85平方公裡   | 31.85平方公里   | 31.85平方公里   | 31.85 square kilometres",
      "每年最高2000万元 | 最高2000万元   | 最高2000萬元    | at most 20 million yuan",
      "400-600個       | 400-600个       | 400-600個       | 400–600 units",
      "约1GW           | 约1吉瓦         | 約1吉瓦         | about 1 gigawatt",
      "超亿元          | 超过1亿元       | 超過1億元       | more than 100 million yuan",
      "200亿元以上     | 200亿元以上     | 200億元以上     | at least 20 billion yuan",
      "近1000个        | 近1000个        | 近1000個        | nearly 1,000 units",
      "近100人         | 近100人         | 近100人         | nearly 100 people",
      "不足7个工作日   | 不到7个工作日   | 不到7個工作日   | less than 7 working days",
      "48.51畝         | 48.51亩         | 48.51畝         | 48.51 mu",
      "12万元/亩       | 12万元/亩       | 12萬元/畝       | 120,000 yuan per mu",
      "0.15亿元/平方公里 | 0.15亿元/平方公里 | 0.15億元/平方公里 | 15 million yuan per square kilometre",
      "3亿余元         | 3亿余元         | 3億餘元         | over 300 million yuan",
      "1.5亿美元       | 1.5亿美元       | 1.5億美元       | US$150 million",
      "2万亿美元       | 2万亿美元       | 2萬億美元       | US$2 trillion",
      "10至20亿元      | 10-20亿元       | 10-20億元       | 1–2 billion yuan",
      "1.25万亿元      | 1.25万亿元      | 1.25萬億元      | 1.25 trillion yuan",
      "12.345678亿元   | 12.345678亿元   | 12.345678億元   | 1,234,567,800 yuan",
      "1234567元       | 1234567元       | 1234567元       | 1,234,567 yuan",
      "1家             | 1家             | 1家             | 1 enterprise",
      "1万家           | 1万家           | 1萬家           | 10,000 enterprises",
      "21.6%           | 21.6%           | 21.6%           | 21.6%",
      "3-5%            | 3-5%            | 3-5%            | 3–5%",
      "2.5个百分点     | 2.5个百分点     | 2.5個百分點     | 2.5 percentage points",
      "3倍             | 3倍             | 3倍             | 3 times",
      "0.5平方公里     | 0.5平方公里     | 0.5平方公里     | 0.5 square kilometres",
      "-5至-3亿元      | -5至-3亿元      | -5至-3億元      | -500 to -300 million yuan",
      "三分之二        | 三分之二        | 三分之二        | 2 in 3",
      "近三分之一      | 近三分之一      | 近三分之一      | nearly 1 in 3",
      "二百分之3       | 二百分之三      | 二百分之三      | 3 in 200",
      "萬分之五        | 万分之五        | 萬分之五        | 5 in 10000",
      "1.5万亿         | 1.5万亿         | 1.5萬億         | 1.5 trillion",
      "300             | 300             | 300             | 300",
      "2000 万以上     | 2000万以上      | 2000萬以上      | at least 20 million",
      "两倍多          | 2余倍           | 2餘倍           | over 2 times",
      "200—500萬元(不含本數) | 200-500万元(不含) | 200-500萬元(不含) | 2 to under 5 million yuan",
      "7个亿元         | 7亿元           | 7億元           | 700 million yuan",
      "5万吨标煤       | 5万吨标准煤     | 5萬噸標準煤     | 50,000 tonnes of standard coal equivalent",
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
