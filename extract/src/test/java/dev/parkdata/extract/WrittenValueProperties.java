package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Issue 16: for every figure the extractor reports, the value written in the text (sign,
 * decimals, magnitude) is the metric's value. Sentences are generated with negative, decimal,
 * 点-decimal and mixed-numeral figures; a new class beside the older properties.
 */
class WrittenValueProperties {
  private static final String DIGITS = "零一二三四五六七八九";
  private static final MetricExtractor X = MetricExtractor.standard();

  /** A figure as written and the value it means, in 万元. */
  private record Written(String text, BigDecimal value) {
    @Override
    public String toString() {
      return text + " = " + value.toPlainString();
    }
  }

  private static Gen<Written> arabic() {
    return longs().between(-9_999_999L, 9_999_999L).zip(integers().between(0, 3), integers().between(0, 2),
        (unscaled, scale, sign) -> {
          BigDecimal v = BigDecimal.valueOf(unscaled, scale);
          return new Written(v.toPlainString().replace("-", String.valueOf("-−－".charAt(sign))), v);
        });
  }

  private static Gen<Written> pointDecimal() {
    return integers().between(0, 9).zip(integers().between(0, 999), (whole, fraction) -> {
      String digits = String.valueOf(fraction);
      StringBuilder sb = new StringBuilder().append(DIGITS.charAt(whole)).append('点');
      for (char c : digits.toCharArray()) {
        sb.append(DIGITS.charAt(c - '0'));
      }
      return new Written(sb.toString(), new BigDecimal(whole + "." + digits));
    });
  }

  private static Gen<Written> mixed() {
    return integers().between(1, 9999).zip(integers().between(1, 9999), (wan, rest) ->
        new Written(wan + "万" + rest, BigDecimal.valueOf(wan * 10_000L + rest)));
  }

  @Test
  void theValueWrittenIsTheValueReported() {
    Gen<Written> figures = arabic().mix(pointDecimal()).mix(mixed())
        .describedAs(Written::toString);
    qt().withExamples(500)
        .forAll(figures, Generate.pick(List.of("净利润", "营收同比增长", "园区产值为", "利润 ")))
        .checkAssert((w, before) -> {
          String sentence = before + w.text() + "元。";
          List<Mention> found = X.extract(sentence);
          assertThat(found).as(sentence).hasSize(1);
          BigDecimal reported = found.get(0).metric().unit().convertExact(found.get(0).metric().value(),
              dev.parkdata.unit.Units.YUAN);
          assertThat(reported.compareTo(w.value())).as(sentence + " → " + found.get(0)).isZero();
        });
  }
}
