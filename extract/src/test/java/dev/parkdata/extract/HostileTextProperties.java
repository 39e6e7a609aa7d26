package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricParseException;
import dev.parkdata.metric.MetricParser;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnknownUnitException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParsePosition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Issue 15: any text given to {@link Metric#parse}, {@link Unit#parse} and the {@link
 * MetricExtractor} gives a result or the reader's own exception, never another one, and takes
 * time in proportion to its length: a large input built from the same text stays within a
 * generous bound (not a benchmark: the bounds are ten to a hundred times what a run takes).
 */
class HostileTextProperties {
  /** parkdata's own words, so that generated text reaches the grammar's paths. */
  private static final List<String> WORDS = List.of(
      "0", "1", "12", "3.5", "1,000", "44,451", "００", "４４", "0.000", "-", "+", "−",
      "一", "二", "两", "十", "百", "千", "万", "亿", "萬", "億", "零", "〇", "壹", "贰", "拾", "佰",
      "元", "亿元", "万元", "美元", "家", "个", "個", "月", "年", "天", "平方公里", "公顷", "亩", "畝",
      "%", "‰", "倍", "千瓦时", "吉瓦", "GW", "km²", "万元/亩", "/", "次", "人", "项",
      "约", "大约", "超过", "超", "逾", "近", "将近", "不到", "不足", "最高", "不超过", "至少", "达", "为",
      "以上", "以下", "以内", "左右", "上下", "余", "餘", "多",
      "-", "—", "~", "～", "至", "到", "百分之", "千分之",
      "第", "数", "几", "号", "级", "名次", "一体", "来", "前", "后", "GLP-", "5G", "人民币", "可获",
      "十四五", "2021年", "截至", "年底", "营业收入", "企业", "增长", "同比", "总面积",
      "，", "。", "；", "、", " ", "\n", "\t", "（", "）", "\uD800", "\uDC00", "𠀀", "\uFDFA",
      // issue 16: lists, scope across words, periods and bases, what is not a mention
      "三", "四", "五", "九", "点", "和", "及", "的", "占", "每", "平方米", "个百分点", "比", "较", "相比", "去年",
      "同期", "上半年", "前三季度", "1-6月", "7月", "民國", "107", "○", "「", "」", "“", "”", "名", "位数",
      "年度", "\uFEFF", "成", "为");

  /** Grammar-shaped text: up to 60 of parkdata's words in any order. */
  private static Gen<String> grammarShaped() {
    return lists().of(Generate.pick(WORDS)).ofSizeBetween(0, 60)
        .map(words -> String.join("", words))
        .describedAs(HostileTextProperties::show);
  }

  /** Any text: arbitrary code points (lone surrogates among them), or digits only, or words. */
  private static Gen<String> anyText() {
    Gen<String> unicode = strings().allPossible().ofLengthBetween(0, 200);
    Gen<String> digits = strings().betweenCodePoints('0', '9').ofLengthBetween(0, 3000);
    Gen<String> chinese = strings().betweenCodePoints(0x4E00, 0x4E20).ofLengthBetween(0, 100);
    return Generate.frequency(List.of(
            Pair.of(3, unicode), Pair.of(1, digits), Pair.of(1, chinese), Pair.of(4, grammarShaped())))
        .describedAs(HostileTextProperties::show);
  }

  /** A generated text as a counter-example shows it: quoted, newlines escaped, long ones cut. */
  static String show(String text) {
    String shown = text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + " chars)" : text;
    return "\"" + shown.replace("\n", "\\n") + "\"";
  }

  /** {@code text} repeated to at least {@code length} characters. */
  private static String repeated(String text, int length) {
    String unit = text.isEmpty() ? " " : text;
    return unit.repeat(length / unit.length() + 1);
  }

  private static long millis(Runnable run) {
    long start = System.nanoTime();
    run.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void metricParseReturnsOrThrowsMetricParseException() {
    qt().forAll(anyText()).checkAssert(text -> {
      try {
        Metric m = Metric.parse(text);
        assertThat(Metric.parse(m.toString())).isEqualTo(m);
      } catch (MetricParseException expected) {
        assertThat(expected.input()).isEqualTo(text);
      }
      Metric inside = MetricParser.standard().parse(text, new ParsePosition(0));
      assertThat(inside == null || inside.unit() != null).isTrue();
    });
  }

  @Test
  void unitParseReturnsOrThrowsUnknownUnitException() {
    qt().forAll(anyText()).checkAssert(text -> {
      try {
        assertThat(Unit.parse(text).name()).isNotEmpty();
      } catch (UnknownUnitException expected) {
        assertThat(expected.input()).isEqualTo(text);
      }
    });
  }

  @Test
  void theExtractorNeverThrowsAndGivesMentionsInOrder() {
    qt().forAll(anyText()).checkAssert(text -> {
      List<Mention> mentions = MetricExtractor.standard().extract(text);
      int last = 0;
      for (Mention m : mentions) {
        assertThat(m.start()).isGreaterThanOrEqualTo(last);
        last = m.end();
      }
      try {
        assertThat(MetricExtractor.standard().extract(new StringReader(text))).isEqualTo(mentions);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  // Each case below reads a large text, so fewer cases: 20 of them still cover the kinds of text.

  @Test
  void metricParseTakesLinearTimeUpToItsLimitAndRefusesLongerAtOnce() {
    qt().withExamples(20).forAll(anyText(), integers().between(50_000, MetricParser.MAX_LENGTH))
        .checkAssert((text, length) -> {
          String large = repeated(text, length).substring(0, length);
          long ms = millis(() -> parseQuietly(large));
          assertThat(ms).as("Metric.parse of %s chars", large.length()).isLessThan(2_000);
          String tooLong = repeated(text, MetricParser.MAX_LENGTH + 1);
          assertThat(millis(() -> parseQuietly(tooLong))).isLessThan(200);
        });
  }

  private static void parseQuietly(String text) {
    try {
      Metric.parse(text);
    } catch (MetricParseException expected) {
      // a result or this exception, and nothing else
    }
  }

  @Test
  void unitParseTakesNoTimeOnAHugeInput() {
    qt().withExamples(20).forAll(anyText()).checkAssert(text -> {
      String large = repeated(text, 1_000_000);
      long ms = millis(() -> {
        try {
          Unit.parse(large);
        } catch (UnknownUnitException expected) {
          // refused at once
        }
      });
      assertThat(ms).isLessThan(500);
    });
  }

  @Test
  void theExtractorTakesLinearTime() {
    qt().withExamples(20).forAll(anyText()).checkAssert(text -> {
      String large = repeated(text, 1_000_000);
      int[] count = new int[1];
      long ms = millis(() -> MetricExtractor.standard().extract(large, m -> count[0]++));
      // about 1 s a megabyte would already be slow; 20 s is a bound, not a measure
      assertThat(ms).as("extracting from %s chars", large.length()).isLessThan(20_000);
    });
  }
}
