package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Issue 16: for every figure the extractor reports, the value written in the text (sign,
 * decimals, magnitude) is the metric's value. Sentences are generated with negative, decimal,
 * grouped and full-width Arabic figures, Chinese numerals, 点-decimals (simplified and
 * traditional, with leading zeros in the fraction and a magnitude word after), and mixed figures
 * (1万600, 11亿3200万, 1.5万亿, 一亿零五十), alone, after a qualifier and in lists that share the
 * unit of their last member.
 */
class WrittenValueProperties {
  private static final String DIGITS = "零一二三四五六七八九";
  private static final MetricExtractor X = MetricExtractor.standard();

  /** A figure as written and the value it means, in 元 when 元 follows it. */
  private record Written(String text, BigDecimal value) {
    @Override
    public String toString() {
      return text + " = " + value.toPlainString();
    }
  }

  /** Signed decimals: -, − or －; groups of three with commas; ASCII or full-width digits. */
  private static Gen<Written> arabic() {
    return longs().between(-99_999_999L, 99_999_999L).zip(integers().between(0, 3), integers().between(0, 2),
        integers().between(0, 3),
        (unscaled, scale, sign, form) -> {
          BigDecimal v = BigDecimal.valueOf(unscaled, scale);
          String plain = v.abs().toPlainString();
          String text = form == 1 ? grouped(plain) : form == 2 ? fullWidth(plain) : plain;
          return new Written(v.signum() < 0 ? "-−－".charAt(sign) + text : text, v);
        });
  }

  /** {@code digits} with its whole part grouped by three with commas: 12,345.6. */
  private static String grouped(String digits) {
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(whole.charAt(i));
    }
    return point < 0 ? sb.toString() : sb + digits.substring(point);
  }

  private static String fullWidth(String digits) {
    StringBuilder sb = new StringBuilder();
    for (char c : digits.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) ('０' + c - '0') : c);
    }
    return sb.toString();
  }

  /** Whole numbers in Chinese numerals: 十二, 一百零五, 三千, 一万零六百, 一亿零五十, 三千二百亿. */
  private static Gen<Written> chinese() {
    return longs().between(0, 999_999_999_999L).zip(integers().between(0, 11),
        (n, digits) -> {
          long v = n % (long) Math.pow(10, digits + 1);
          return new Written(chinese(v), BigDecimal.valueOf(v));
        });
  }

  /** Whole numbers below 10000 in Chinese numerals, with no magnitude word at the end. */
  private static Gen<Written> smallChinese() {
    return integers().between(1, 9999).map(n -> new Written(chinese(n), BigDecimal.valueOf(n)));
  }

  /**
   * 点-decimals: a Chinese whole part (not ending in 万: 一万点五 is not read), 点 or 點, one to four
   * fraction digits, maybe 万 or 亿 after a whole part below 10000.
   */
  private static Gen<Written> pointDecimal(boolean magnitude) {
    return integers().between(0, 99_999).zip(longs().between(0, 9999), integers().between(1, 4), integers().between(0, 5),
        (number, fraction, places, form) -> {
          boolean scaled = magnitude && form >= 4;
          int whole = scaled ? number % 10_000 : number % 10_000 == 0 && number > 0 ? number + 1 : number;
          String digits = String.format("%04d", fraction).substring(0, places);
          StringBuilder sb = new StringBuilder(chinese(whole)).append(form % 2 == 0 ? '点' : '點');
          for (char c : digits.toCharArray()) {
            sb.append(DIGITS.charAt(c - '0'));
          }
          BigDecimal v = new BigDecimal(whole + "." + digits);
          if (scaled) {
            sb.append(form == 4 ? '万' : '亿');
            v = v.scaleByPowerOfTen(form == 4 ? 4 : 8);
          }
          return new Written(sb.toString(), v);
        });
  }

  /** Arabic digits mixed with magnitude words: 1万600, 11亿3200万, 1.5万亿, -1200万, 3.25亿. */
  private static Gen<Written> mixed() {
    return integers().between(1, 9999).zip(integers().between(1, 9999), integers().between(0, 3),
        (high, low, form) -> {
          switch (form) {
            case 0:
              return new Written(high + "万" + low, BigDecimal.valueOf(high * 10_000L + low));
            case 1:
              return new Written(high + "亿" + low + "万", BigDecimal.valueOf(high * 100_000_000L + low * 10_000L));
            case 2:
              BigDecimal v = BigDecimal.valueOf(high, 2);
              return new Written(v.toPlainString() + "万亿", v.scaleByPowerOfTen(12));
            default:
              return new Written("-" + high + "万", BigDecimal.valueOf(-high * 10_000L));
          }
        });
  }

  /** {@code n} (below 10¹²) in Chinese numerals, as written: 零, 十二, 一百一十, 一万零六百. */
  static String chinese(long n) {
    if (n == 0) {
      return "零";
    }
    String[] groups = {"", "万", "亿"};
    StringBuilder sb = new StringBuilder();
    boolean zero = false;
    for (int g = 2; g >= 0; g--) {
      int section = (int) (n / (long) Math.pow(10_000, g) % 10_000);
      if (section == 0) {
        zero |= sb.length() > 0;
        continue;
      }
      if (sb.length() > 0 && (zero || section < 1000)) {
        sb.append('零');
      }
      sb.append(section(section, sb.length() == 0)).append(groups[g]);
      zero = false;
    }
    return sb.toString();
  }

  /** A section of four digits: 一千零五, 二百一十; {@code first}: 十二 rather than 一十二 at the start. */
  private static String section(int x, boolean first) {
    String[] units = {"千", "百", "十", ""};
    StringBuilder sb = new StringBuilder();
    boolean zero = false;
    int[] d = {x / 1000, x / 100 % 10, x / 10 % 10, x % 10};
    for (int k = 0; k < 4; k++) {
      if (d[k] == 0) {
        zero |= sb.length() > 0;
        continue;
      }
      if (zero) {
        sb.append('零');
        zero = false;
      }
      if (!(first && sb.length() == 0 && k == 2 && d[k] == 1)) {
        sb.append(DIGITS.charAt(d[k]));
      }
      sb.append(units[k]);
    }
    return sb.toString();
  }

  private static Gen<Written> figures() {
    return arabic().mix(chinese()).mix(pointDecimal(true)).mix(mixed()).describedAs(Written::toString);
  }

  /** The value of {@code m} in 元. */
  private static BigDecimal yuan(Mention m) {
    return m.metric().unit().convertExact(m.metric().value(), Units.YUAN);
  }

  @Test
  void theValueWrittenIsTheValueReported() {
    qt().withExamples(2000)
        .forAll(figures(), Generate.pick(List.of("净利润", "营收同比增长", "园区产值为", "利润 ", "去年投资约", "总额超过")))
        .checkAssert((w, before) -> {
          String sentence = before + w.text() + "元。";
          List<Mention> found = X.extract(sentence);
          assertThat(found).as(sentence).hasSize(1);
          Mention m = found.get(0);
          assertThat(m.text()).as(sentence).endsWith(w.text() + "元");
          assertThat(yuan(m).compareTo(w.value())).as(sentence + " → " + m).isZero();
        });
  }

  @Test
  void everyFigureOfAListSharingOneUnitIsReportedWithItsOwnValue() {
    Gen<Written> members = arabic().mix(smallChinese()).mix(pointDecimal(false)).describedAs(Written::toString);
    qt().withExamples(1000)
        .forAll(lists().of(members).ofSizeBetween(2, 5), Generate.pick(List.of("、", "和", "及", "、 ")))
        .checkAssert((list, mark) -> {
          StringBuilder sb = new StringBuilder("分别为");
          for (int k = 0; k < list.size(); k++) {
            sb.append(k == 0 ? "" : mark).append(list.get(k).text());
          }
          String sentence = sb.append("元。").toString();
          List<Mention> found = X.extract(sentence);
          assertThat(found).as(sentence).hasSameSizeAs(list);
          for (int k = 0; k < list.size(); k++) {
            assertThat(found.get(k).metric().unit()).as(sentence).isEqualTo(Units.YUAN);
            assertThat(yuan(found.get(k)).compareTo(list.get(k).value())).as(sentence + " → " + found).isZero();
          }
        });
  }
}
