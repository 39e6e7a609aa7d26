package dev.parkdata.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.TestGenerators;
import dev.parkdata.internal.ChineseNumerals;
import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.Magnitude;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnitCatalog;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MetricProperties {

  // ---------------------------------------------------------------------------------------------
  // Generators.

  private static final List<Unit> UNITS = allUnits();

  private static List<Unit> allUnits() {
    List<Unit> units = new ArrayList<>();
    for (BaseUnit base : UnitCatalog.standard().baseUnits()) {
      for (Magnitude m : Magnitude.values()) {
        if (m == Magnitude.ONE || base.isScalable()) {
          units.add(Unit.of(m, base));
        }
      }
    }
    units.add(Units.WAN_YUAN_PER_MU);
    units.add(Units.YI_YUAN_PER_SQUARE_KILOMETRE);
    units.add(Unit.parse("元/平方米"));
    // The units no catalogue lists: 分之 fractions, open classifiers, a classifier with 次.
    for (String open : List.of("二分之一", "三分之一", "七分之一", "十二分之一", "二百分之一", "万分之一",
        "一千五百分之一", "十万分之一", "棵", "万头", "亿羽", "艘次", "万台次", "笔")) {
      units.add(Unit.parse(open));
    }
    return List.copyOf(units);
  }

  private static final BigInteger MAX_UNSCALED = new BigInteger("99999999999999999999");

  /**
   * Unscaled values in ±(10²⁰ - 1), scales from -6 to 8; with zero, ±1, the ends of the range and
   * the extreme scales mixed in, and small values (whose sums cancel) beside 20-digit ones.
   */
  private static Gen<BigDecimal> decimals() {
    Gen<BigInteger> unscaled =
        Generate.frequency(
            Pair.of(
                1,
                Generate.pick(
                    List.of(
                        BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(), BigInteger.TEN,
                        MAX_UNSCALED, MAX_UNSCALED.negate()))),
            Pair.of(3, Generate.longRange(-1000, 1000).map(BigInteger::valueOf)),
            Pair.of(6, TestGenerators.bigIntegers(20)));
    Gen<Integer> scales =
        Generate.frequency(Pair.of(1, Generate.pick(List.of(-6, 0, 8))), Pair.of(4, Generate.range(-6, 8)));
    return unscaled.zip(scales, BigDecimal::new);
  }

  /** {@code 约5亿元 [5 亿元 APPROXIMATELY]}: the text and what it is made of. */
  static String describe(Metric m) {
    return m
        + " ["
        + m.value()
        + (m.isRange() ? " to " + m.max() + " " + m.bounds() : "")
        + " "
        + m.unit().name()
        + " "
        + m.qualifier()
        + "]";
  }

  private static Metric metric(BigDecimal v, BigDecimal w, Unit u, Qualifier q) {
    return q == Qualifier.RANGE
        ? Metric.range(v.min(w), v.max(w), u)
        : q == Qualifier.OVER
            ? Metric.of(v.signum() == 0 ? BigDecimal.ONE : v.abs(), u, q)
            : Metric.of(v, u, q);
  }

  /** Any unit (simple, scaled, compound), any qualifier; RANGE metrics one time in two. */
  static Gen<Metric> metrics() {
    Gen<Unit> units = Generate.pick(UNITS);
    Gen<Metric> single =
        decimals()
            .zip(
                units,
                Generate.enumValues(Qualifier.class),
                (v, u, q) ->
                    q == Qualifier.RANGE
                        ? Metric.range(v.min(v.abs()), v.abs(), u)
                        : metric(v, v, u, q));
    Gen<Metric> ranges =
        decimals().zip(decimals(), units, (a, b, u) -> Metric.range(a.min(b), a.max(b), u));
    // Ranges with an open end (200-500万元(不含)), each of the three ways.
    Gen<Metric> openRanges =
        decimals().zip(decimals(), units, Generate.range(1, 3), (a, b, u, open) -> {
          BigDecimal lo = a.min(b);
          BigDecimal hi = a.compareTo(b) == 0 ? a.add(BigDecimal.ONE) : a.max(b);
          return Metric.range(Interval.of(lo, (open & 1) == 0, hi, (open & 2) == 0), u);
        });
    return Generate.frequency(Pair.of(4, single), Pair.of(3, ranges), Pair.of(1, openRanges))
        .describedAs(MetricProperties::describe);
  }

  /** Metrics of one dimension (yuan), to add and compare. */
  static Gen<Metric> money() {
    Gen<Unit> units = Generate.pick(List.of(Units.YUAN, Units.WAN_YUAN, Units.YI_YUAN, Units.WAN_YI_YUAN));
    return decimals()
        .zip(decimals(), units, Generate.enumValues(Qualifier.class), MetricProperties::metric)
        .describedAs(MetricProperties::describe);
  }

  /** Fractions 0.00 to 1.00 in steps of 0.01. */
  static Gen<BigDecimal> fractions() {
    return Generate.range(0, 100).map(i -> BigDecimal.valueOf(i, 2)).describedAs(BigDecimal::toPlainString);
  }

  /** Factors -1000 to 1000 with 0 to 3 decimals. */
  static Gen<BigDecimal> factors() {
    return Generate.range(-1000, 1000)
        .zip(Generate.range(0, 3), (i, s) -> BigDecimal.valueOf(i, s))
        .describedAs(BigDecimal::toPlainString);
  }

  /** The characters of quantity expressions, as before. */
  private static final String QUANTITY_CHARS =
      "0123456789.,-~至到一二两三十百千万亿萬億零余餘多约超过近以上下内最高不到足元家个亩平方公里%百分之GWh/ "
          + "(不含)（）负、角次棵头倍年月兆";

  static Gen<String> quantityish() {
    return Generate.frequency(
            Pair.of(12, TestGenerators.stringsOf(QUANTITY_CHARS, 0, 14)),
            Pair.of(1, Generate.pick(TestGenerators.EDGE_STRINGS)))
        .describedAs(TestGenerators::quote);
  }

  // The words of the grammar, from the catalogue and the parser's documentation.

  private static final List<String> PREFIXES =
      List.of(
          "达", "達", "达到", "为", "為", "是", "实现", "實現", "约", "約", "大约", "近似", "超", "超过",
          "超過", "逾", "高于", "高於", "突破", "过", "不低于", "不低於", "不少于", "至少", "近", "将近",
          "將近", "接近", "不到", "不足", "低于", "未满", "未滿", "最高", "最多", "不超过", "不超過",
          "上限", "百分之", "千分之", "-", "+");

  private static final List<String> SUFFIXES =
      List.of("以上", "以下", "以内", "以內", "左右", "上下");

  private static final List<String> OVER_WORDS = List.of("余", "餘", "多");

  private static final List<String> RANGE_SEPARATORS = List.of("-", "—", "~", "～", "至", "到");

  private static final List<String> MAGNITUDE_WORDS = magnitudeWords();

  private static final List<String> UNIT_WORDS = unitWords();

  private static List<String> magnitudeWords() {
    Set<String> words = new LinkedHashSet<>();
    for (Magnitude m : Magnitude.values()) {
      words.add(m.word());
      words.add(m.traditionalWord());
    }
    words.remove("");
    return List.copyOf(words);
  }

  /** Every spelling of every unit (simplified, traditional, symbols, full-width), and compounds. */
  private static List<String> unitWords() {
    Set<String> words = new LinkedHashSet<>();
    for (BaseUnit base : UnitCatalog.standard().baseUnits()) {
      words.addAll(base.spellings());
    }
    words.addAll(List.of("万元/亩", "亿元/平方公里", "元/平方米", "%", "‰", "/"));
    return List.copyOf(words);
  }

  private static final List<String> WORDS = allWords();

  private static List<String> allWords() {
    Set<String> words = new LinkedHashSet<>();
    words.addAll(PREFIXES);
    words.addAll(SUFFIXES);
    words.addAll(OVER_WORDS);
    words.addAll(RANGE_SEPARATORS);
    words.addAll(MAGNITUDE_WORDS);
    words.addAll(UNIT_WORDS);
    words.addAll(List.of(".", ",", " ", "\u3000"));
    // Issue 16: fractions, open ends, 个亿, 平 after a magnitude, signs, pairs, 元角分, classifiers.
    words.addAll(List.of("分之", "分", "(不含)", "（不含本数）", "(含)", "个亿", "個億", "平", "负", "負", "、",
        "角", "次", "棵", "头", "羽", "/", "倍多", "个多月", "投资"));
    return List.copyOf(words);
  }

  /** Numbers as reports write them: Arabic, full-width, Chinese, financial, mixed, huge. */
  private static Gen<String> numbers() {
    return Generate.frequency(
        Pair.of(4, TestGenerators.stringsOf("0123456789", 1, 6)),
        Pair.of(2, TestGenerators.stringsOf("0123456789.,", 1, 8)),
        Pair.of(1, TestGenerators.stringsOf("０１２３４５６７８９．", 1, 5)),
        Pair.of(2, TestGenerators.stringsOf("零〇一二两三四五六七八九十百千万亿", 1, 6)),
        Pair.of(1, TestGenerators.stringsOf("壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸兩", 1, 5)),
        // hundreds to a thousand digits
        Pair.of(1, TestGenerators.stringsOf("0123456789", 300, 1000)));
  }

  /** {@code words} one time in {@code percent} hundred, else nothing. */
  private static Gen<String> sometimes(List<String> words, int percent) {
    return Generate.pick(words).toOptionals(100 - percent).map(o -> o.orElse(""));
  }

  /**
   * Expressions of the grammar's shape: [qualifier] number [separator number] [magnitude]
   * [余/多] [unit] [qualifier after], each part drawn from the grammar's own words, so that most
   * reach the unit or the end and many parse; the parts do not always agree (a range with 余, two
   * qualifiers), which the parser must reject with its typed exception.
   */
  static Gen<String> expressions() {
    Gen<String> numbers = numbers();
    Gen<String> prefixes = sometimes(PREFIXES, 40);
    Gen<String> ranges =
        Generate.pick(RANGE_SEPARATORS)
            .zip(numbers, String::concat)
            .toOptionals(80)
            .map(o -> o.orElse(""));
    Gen<String> magnitudes = sometimes(MAGNITUDE_WORDS, 50);
    Gen<String> overs = sometimes(OVER_WORDS, 15);
    Gen<String> units = sometimes(UNIT_WORDS, 85);
    Gen<String> suffixes = sometimes(SUFFIXES, 20);
    Gen<String> expressions =
        in ->
            prefixes.generate(in)
                + numbers.generate(in)
                + ranges.generate(in)
                + magnitudes.generate(in)
                + overs.generate(in)
                + units.generate(in)
                + suffixes.generate(in);
    return expressions.describedAs(TestGenerators::quote);
  }

  /**
   * Text shaped like quantity expressions: expressions, formatted metrics, either with arbitrary
   * and edge-case strings spliced in, and soups of the grammar's words.
   */
  static Gen<String> quantityShaped() {
    Gen<String> formatted =
        metrics()
            .zip(
                Generate.booleans(),
                (m, traditional) ->
                    (traditional ? MetricFormat.TRADITIONAL : MetricFormat.SIMPLIFIED).format(m));
    Gen<String> expressions = expressions();
    Gen<String> token =
        Generate.frequency(
            Pair.of(3, numbers()), Pair.of(4, Generate.pick(WORDS)), Pair.of(1, formatted));
    return Generate.frequency(
            Pair.of(4, expressions),
            Pair.of(1, formatted),
            Pair.of(2, TestGenerators.spliced(Generate.oneOf(expressions, formatted), 3)),
            Pair.of(2, TestGenerators.spliced(token, 8)))
        .describedAs(TestGenerators::quote);
  }

  /** A value the metric's bounds admit, chosen by a fraction in [0, 1]. */
  private static BigDecimal pick(Metric m, BigDecimal fraction) {
    Interval b = m.bounds();
    BigDecimal lo =
        b.hasLowerBound()
            ? b.lowerEndpoint()
            : b.hasUpperBound() ? b.upperEndpoint().subtract(BigDecimal.TEN) : m.value();
    BigDecimal hi = b.hasUpperBound() ? b.upperEndpoint() : lo.add(BigDecimal.TEN);
    BigDecimal v = lo.add(hi.subtract(lo).multiply(fraction));
    if (!b.contains(v)) {
      v = lo.add(hi).divide(BigDecimal.valueOf(2));
    }
    return v;
  }

  // ---------------------------------------------------------------------------------------------
  // Laws.

  @Test
  void simplifiedFormatReadsBack() {
    qt().withExamples(2000)
        .forAll(metrics())
        .checkAssert(
            m -> {
              assertThat(Metric.parse(MetricFormat.SIMPLIFIED.format(m))).isEqualTo(m);
              assertThat(Metric.parse(m.toString())).isEqualTo(m);
            });
  }

  /** The number part of English: one number or a range, then the group word that scales both. */
  private static final Pattern ENGLISH_NUMBER = Pattern.compile(
      "(-?[\\d,]+(?:\\.\\d+)?)(?:(?:–| to )(?:under )?(-?[\\d,]+(?:\\.\\d+)?))?(?: (million|billion|trillion))?");

  @Test
  void englishFormatKeepsEveryDigit() {
    qt().withExamples(2000)
        .forAll(metrics())
        .checkAssert(
            m -> {
              Unit counted = m.unit().isCompound() ? m.unit().numerator().orElseThrow() : m.unit();
              String english = MetricFormat.ENGLISH.format(m);
              String text = counted.base().orElseThrow().englishSymbol().map(s -> english.replace(s, "")).orElse(english);
              Matcher number = ENGLISH_NUMBER.matcher(text);
              assertThat(number.find()).as(english).isTrue();
              int group = number.group(3) == null ? 0
                  : List.of("million", "billion", "trillion").indexOf(number.group(3)) * 3 + 6;
              int exponent = counted.magnitude().exponent();
              assertThat(new BigDecimal(number.group(1).replace(",", "")).movePointRight(group))
                  .as(english).isEqualByComparingTo(m.value().movePointRight(exponent));
              if (m.isRange()) {
                assertThat(new BigDecimal(number.group(2).replace(",", "")).movePointRight(group))
                    .as(english).isEqualByComparingTo(m.max().movePointRight(exponent));
              }
            });
  }

  @Test
  void traditionalFormatReadsBack() {
    qt().withExamples(2000)
        .forAll(metrics())
        .checkAssert(m -> assertThat(Metric.parse(MetricFormat.TRADITIONAL.format(m))).isEqualTo(m));
  }

  /** Chinese digits one by one, 〇 for zero: 六四 for 64. */
  private static String chineseDigits(String digits) {
    StringBuilder out = new StringBuilder();
    for (char d : digits.toCharArray()) {
      out.append("〇一二三四五六七八九".charAt(d - '0'));
    }
    return out.toString();
  }

  @Test
  void aChineseDecimalReadsTheSameWhateverItsPoint() {
    // 九点六四% = 九.六四% = 九．六四% = 九‧六四% = 9.64%, as Taiwanese print writes the point
    qt().withExamples(1000)
        .forAll(Generate.range(0, 9999), Generate.range(0, 9999), Generate.pick(List.of("点", "點", ".", "．", "‧", "·")))
        .checkAssert((whole, fraction, point) -> {
          String digits = String.valueOf(fraction);
          Metric m = Metric.parse(ChineseNumerals.write(whole, false) + point + chineseDigits(digits) + "%");
          assertThat(m.value()).isEqualByComparingTo(new BigDecimal(whole + "." + digits));
          assertThat(m.unit()).isEqualTo(Units.PERCENT);
        });
  }

  @Test
  void aDecimalAfter兆CountsInTheMagnitudeAfterIt() {
    // 一兆一千三百五十五點五二億元 = 11355.52 亿元: 兆 is 10^4 亿
    qt().withExamples(1000)
        .forAll(Generate.range(1, 9), Generate.range(1000, 9999), Generate.range(1, 99))
        .checkAssert((zhao, whole, fraction) -> {
          String text = ChineseNumerals.write(zhao, true) + "兆" + ChineseNumerals.write(whole, true) + "點"
              + chineseDigits(String.valueOf(fraction)) + "億元";
          Metric m = Metric.parse(text);
          assertThat(m.value()).as(text)
              .isEqualByComparingTo(new BigDecimal(zhao * 10_000L + whole + "." + fraction));
          assertThat(m.unit().name()).isEqualTo("亿元");
        });
  }

  @Test
  void anyStringParsesOrThrowsTheTypedException() {
    // Arbitrary Unicode up to 255 chars (lone surrogates, full-width digits, ... mixed in) and
    // text made of the grammar's own words, numbers of up to 1,000 digits among them.
    Gen<String> texts =
        Generate.frequency(Pair.of(1, TestGenerators.anyStrings(255)), Pair.of(1, quantityShaped()))
            .describedAs(TestGenerators::quote);
    qt().withExamples(3000).forAll(texts).checkAssert(MetricProperties::parsesOrThrowsTheTypedException);
  }

  private static void parsesOrThrowsTheTypedException(String text) {
    try {
      assertThat(Metric.parse(text)).isNotNull();
    } catch (MetricParseException e) {
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.errorIndex()).isBetween(0, text.length());
    }
  }

  @Test
  void anyMixOfQuantityCharactersParsesOrThrowsTheTypedException() {
    qt().withExamples(3000)
        .forAll(quantityish())
        .checkAssert(
            text -> {
              parsesOrThrowsTheTypedException(text);
              ParsePosition p = new ParsePosition(0);
              Metric m = MetricParser.standard().parse(text, p);
              if (m == null) {
                assertThat(p.getIndex()).isZero();
                assertThat(p.getErrorIndex()).isBetween(0, text.length());
              } else {
                assertThat(p.getIndex()).isBetween(1, text.length());
              }
            });
  }

  /**
   * Within a longer text, a figure read with no unit has a magnitude word of 万 or more and a digit
   * (投资600亿) or a qualifier that bounds it (营收破亿): a plain number (300, 第3, 5-8) is not a
   * quantity there.
   */
  @Test
  void withinATextAFigureWithNoUnitHasADigitAndAMagnitudeWord() {
    qt().withExamples(3000)
        .forAll(Generate.oneOf(quantityish(), quantityShaped()))
        .checkAssert(
            text -> {
              for (int i = 0; i < text.length(); i++) {
                ParsePosition p = new ParsePosition(i);
                Metric m = MetricParser.standard().parse(text, p);
                if (m != null && m.dimension().equals(dev.parkdata.unit.Dimension.NUMBER)) {
                  String read = text.substring(i, p.getIndex());
                  assertThat(read).as(read).containsPattern("[万萬亿億兆]");
                  if (m.qualifier() == Qualifier.EXACT || m.qualifier() == Qualifier.RANGE) {
                    assertThat(read).as(read).containsPattern("[0-9０-９一二两兩三四五六七八九零〇壹贰貳叁參肆伍陆陸柒捌玖廿卅]");
                  }
                }
              }
            });
  }

  @Test
  void boundsContainTheNominalValueWhereTheQualifierSaysSo() {
    qt().withExamples(2000)
        .forAll(metrics())
        .checkAssert(
            m -> {
              Interval b = m.bounds();
              switch (m.qualifier()) {
                case EXACT:
                case AT_LEAST:
                case AT_MOST:
                case APPROXIMATELY:
                  assertThat(b.contains(m.value())).isTrue();
                  break;
                case RANGE:
                  assertThat(b.contains(m.value())).isEqualTo(b.isLowerClosed());
                  assertThat(b.contains(m.max())).isEqualTo(b.isUpperClosed());
                  break;
                case MORE_THAN:
                case OVER:
                  assertThat(b.contains(m.value())).isFalse();
                  assertThat(b.lowerEndpoint()).isEqualByComparingTo(m.value());
                  break;
                case NEARLY:
                case LESS_THAN:
                  assertThat(b.contains(m.value())).isFalse();
                  assertThat(b.upperEndpoint()).isEqualByComparingTo(m.value());
                  break;
              }
            });
  }

  @Test
  void sumsAndDifferencesAreSound() {
    qt().withExamples(2000)
        .forAll(money(), money(), fractions(), fractions())
        .checkAssert(
            (a, b, f, g) -> {
              BigDecimal x = pick(a, f);
              BigDecimal y = pick(b, g);
              // The true values, in a's unit.
              BigDecimal yInA = b.unit().convertExact(y, a.unit());
              assertThat(a.plus(b).bounds().contains(x.add(yInA))).isTrue();
              assertThat(a.minus(b).bounds().contains(x.subtract(yInA))).isTrue();
            });
  }

  @Test
  void scalingIsSound() {
    qt().withExamples(2000)
        .forAll(money(), fractions(), factors())
        .checkAssert(
            (a, f, k) -> {
              BigDecimal x = pick(a, f);
              assertThat(a.multipliedBy(k).bounds().contains(x.multiply(k))).isTrue();
            });
  }

  @Test
  void ratiosAreSound() {
    qt().withExamples(1000)
        .forAll(money(), money(), fractions(), fractions())
        .checkAssert(
            (a, b, f, g) -> {
              BigDecimal x = pick(a, f);
              BigDecimal y = b.unit().convertExact(pick(b, g), a.unit());
              if (y.signum() == 0 || b.value().signum() == 0 || b.max().signum() == 0) {
                return;
              }
              MathContext mc = MathContext.DECIMAL64;
              Interval bounds = a.percentOf(b, mc).bounds();
              // The exact ratio, compared without rounding: x * 100 / y lies in the bounds.
              BigDecimal scaled = x.multiply(BigDecimal.valueOf(100));
              if (bounds.hasLowerBound()) {
                int c = scaled.compareTo(bounds.lowerEndpoint().multiply(y));
                assertThat(c * y.signum()).isGreaterThanOrEqualTo(0);
              }
              if (bounds.hasUpperBound()) {
                int c = scaled.compareTo(bounds.upperEndpoint().multiply(y));
                assertThat(c * y.signum()).isLessThanOrEqualTo(0);
              }
            });
  }

  @Test
  void conversionAndNormalizationKeepTheQuantity() {
    qt().withExamples(1000)
        .forAll(money())
        .checkAssert(
            m -> {
              assertThat(m.toBase().isSameQuantity(m)).isTrue();
              assertThat(m.normalized().isSameQuantity(m)).isTrue();
              assertThat(m.normalized().unit().base()).isEqualTo(m.unit().base());
            });
  }

  @Test
  void compareToIsAntisymmetricAndAgreesWithSameQuantity() {
    qt().withExamples(1000)
        .forAll(money(), money())
        .checkAssert(
            (a, b) -> {
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
              if (a.isSameQuantity(b)) {
                assertThat(a.compareTo(b)).isZero();
              }
              if (a.equals(b)) {
                assertThat(a.compareTo(b)).isZero();
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
              }
            });
  }
}
