package dev.parkdata.metric;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.ChineseNumerals;
import dev.parkdata.internal.Decimals;
import dev.parkdata.internal.OpenUnits;
import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Magnitude;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;

/**
 * Writes metrics as people write them.
 *
 * <ul>
 *   <li>{@link #SIMPLIFIED}: {@code 1900亿元}, {@code 2万余家}, {@code 31.85平方公里}, {@code
 *       最高2000万元}, {@code 400-600个}, {@code 约1吉瓦}, {@code 超过1亿元}, {@code 200亿元以上}, {@code
 *       近1000个}, {@code 不到7个工作日}.
 *   <li>{@link #TRADITIONAL}: the same with traditional characters: {@code 2萬餘家}, {@code
 *       1900億元}, {@code 約1吉瓦}, {@code 超過1億元}.
 *   <li>{@link #ENGLISH}: as an English reader writes it, for reports: {@code 190 billion yuan}
 *       (1900亿元), {@code over 20,000 enterprises} (2万余家), {@code 400–600 units} (400-600个),
 *       {@code nearly 100 people} (近100人), {@code US$1.5 billion}, {@code 21.6%}, {@code 120,000
 *       yuan per mu} (12万元/亩). Not read back.
 * </ul>
 *
 * <p>In English the qualifier is words before the number (about, more than, at least, over,
 * nearly, less than, at most); a magnitude word of the unit goes into the number, which is then
 * grouped as English groups it: from a million up, in millions, billions or trillions where that
 * needs at most three decimals ({@code 1.25 billion}), and otherwise written with all its digits
 * and thousands separators ({@code 1,234,567}), as is any number below a million. Nothing is
 * rounded. The noun is the base unit's {@linkplain dev.parkdata.unit.BaseUnit#englishPlural()
 * plural} except after exactly 1, a currency with a {@linkplain
 * dev.parkdata.unit.BaseUnit#englishSymbol() symbol} is written with it before the number, and a
 * sign such as % is attached after it. A range is joined by an en dash, or by "to" where an end
 * is negative.
 *
 * <p>Numbers are written in plain decimal notation without trailing zeros. An OVER figure is
 * written with 余 after its number, and a number of whole 万 (亿, 万亿) in a unit without a
 * magnitude word is written with the magnitude word before 余 (20000 家 OVER is {@code 2万余家});
 * under the rule described in {@link Metric} both forms read back to the same metric. A range
 * whose upper end is negative is written with 至 instead of a hyphen; an end a range leaves out is
 * marked {@code (不含)} after it ({@code 200-500万元(不含)}, {@code 200(不含)-500万元}). A figure
 * with no unit is its number alone, or with its magnitude word ({@code 300}, {@code 600亿}); a 分之
 * fraction is written whole first ({@code 三分之二}, {@code 三分之一至三分之二}), its part in
 * Chinese numerals when it is a whole number below 10000, else in digits ({@code 七分之-2.5}).
 *
 * <p>For the two Chinese styles {@code MetricParser.standard().parse(format(m))} equals {@code m}
 * for every metric whose unit is in the standard catalogue or read by every catalogue (a figure
 * with no unit, a 分之 fraction, an open classifier). Instances are immutable and
 * thread-safe.
 */
public final class MetricFormat {
  /** Simplified Chinese, the form of {@link Metric#toString()}. */
  public static final MetricFormat SIMPLIFIED = new MetricFormat(Style.SIMPLIFIED);
  /** Traditional Chinese. */
  public static final MetricFormat TRADITIONAL = new MetricFormat(Style.TRADITIONAL);
  /** English words; not read back by the parser. */
  public static final MetricFormat ENGLISH = new MetricFormat(Style.ENGLISH);

  private enum Style {
    SIMPLIFIED,
    TRADITIONAL,
    ENGLISH
  }

  private static final Magnitude[] OVER_WORDS = {Magnitude.WAN_YI, Magnitude.YI, Magnitude.WAN};

  /** The mark of a range's end left out of it: 200-500万元(不含). */
  private static final String EXCLUDED = "(不含)";

  /** A fraction's part below this, a whole number, is written in Chinese numerals (三分之二). */
  private static final BigDecimal MAX_CHINESE_PART = BigDecimal.valueOf(10_000);

  private final Style style;

  private MetricFormat(Style style) {
    this.style = style;
  }

  /** Writes {@code metric} in this style. */
  public String format(Metric metric) {
    checkNotNull(metric, "metric");
    return style == Style.ENGLISH ? english(metric) : chinese(metric, style == Style.TRADITIONAL);
  }

  private static String chinese(Metric m, boolean traditional) {
    Unit unit = m.unit();
    String unitName = writtenUnit(unit, traditional);
    StringBuilder sb = new StringBuilder(24);
    Qualifier q = m.qualifier();
    if (q == Qualifier.NEARLY && !unit.isCompound() && unit.dimension().kind() == Dimension.Kind.DURATION) {
      sb.append(traditional ? "將近" : "将近"); // 近五年 is "the last five years" (EXACT): write 将近
    } else {
      sb.append(q.prefix(traditional));
    }
    String fraction = fractionName(unit, traditional);
    if (fraction != null) { // 三分之二: the whole before the part
      sb.append(fraction).append(part(m.value()));
      if (q == Qualifier.RANGE) {
        sb.append(m.bounds().isLowerClosed() ? "" : EXCLUDED).append('至').append(fraction).append(part(m.max()));
      } else if (q == Qualifier.OVER) {
        sb.append(traditional ? '餘' : '余');
      }
      return appendEnd(sb, m, q);
    }
    String value = Decimals.toPlainString(m.value());
    if (q == Qualifier.RANGE) {
      sb.append(value).append(m.bounds().isLowerClosed() ? "" : EXCLUDED)
          .append(m.max().signum() < 0 ? "至" : "-").append(Decimals.toPlainString(m.max()));
    } else if (q == Qualifier.OVER) {
      Magnitude word = overWord(m);
      if (word == Magnitude.ONE) {
        sb.append(value);
      } else {
        sb.append(Decimals.toPlainString(m.value().movePointLeft(word.exponent())))
            .append(traditional ? word.traditionalWord() : word.word());
      }
      sb.append(traditional ? '餘' : '余');
    } else {
      sb.append(value);
    }
    sb.append(unitName);
    return appendEnd(sb, m, q);
  }

  private static String appendEnd(StringBuilder sb, Metric m, Qualifier q) {
    if (q == Qualifier.RANGE && !m.bounds().isUpperClosed()) {
      sb.append(EXCLUDED);
    }
    return sb.append(q.suffix()).toString();
  }

  /** The unit as written after a number: none for a figure with no unit, 亿 for one in 亿. */
  private static String writtenUnit(Unit unit, boolean traditional) {
    if (unit.equals(Units.NUMBER)) {
      return "";
    }
    return traditional ? unit.traditionalName() : unit.name();
  }

  /** The whole of a 分之 fraction as written before its part (三分之), or null for another unit. */
  private static String fractionName(Unit unit, boolean traditional) {
    if (unit.isCompound() || !OpenUnits.isFraction(unit.base().orElseThrow())) {
      return null;
    }
    String name = traditional ? unit.traditionalName() : unit.name();
    return name.substring(0, name.length() - 1); // 三分之一 less its 一
  }

  /** The part of a fraction: a Chinese numeral for a whole number below 10000 (二), else digits. */
  private static String part(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.signum() >= 0 && v.scale() <= 0 && v.compareTo(MAX_CHINESE_PART) < 0) {
      return ChineseNumerals.write(v.longValueExact(), false);
    }
    return Decimals.toPlainString(value);
  }

  /** The magnitude word written before 余: 万 for 20000 家, none for 440 家 or 5000 万元. */
  private static Magnitude overWord(Metric m) {
    Unit unit = m.unit();
    if (unit.isCompound() || unit.magnitude() != Magnitude.ONE || !unit.base().orElseThrow().isScalable()) {
      return Magnitude.ONE;
    }
    BigDecimal stripped = m.value().stripTrailingZeros();
    int stepExponent = -stripped.scale();
    for (Magnitude word : OVER_WORDS) {
      if (stepExponent >= word.exponent()) {
        return word;
      }
    }
    return Magnitude.ONE;
  }

  /** English groups of three digits' magnitudes, largest first, as exponents and words. */
  private static final int[] GROUP_EXPONENTS = {12, 9, 6};
  private static final String[] GROUP_WORDS = {"trillion", "billion", "million"};
  /** A number is written in a group's word only if that takes at most this many decimals. */
  private static final int GROUP_DECIMALS = 3;

  private static String english(Metric m) {
    Unit unit = m.unit();
    Unit counted = unit.isCompound() ? unit.numerator().orElseThrow() : unit;
    BaseUnit base = counted.base().orElseThrow();
    int exponent = counted.magnitude().exponent();
    boolean range = m.qualifier() == Qualifier.RANGE;
    BigDecimal value = m.value().movePointRight(exponent);
    String[] numbers = range ? grouped(value, m.max().movePointRight(exponent)) : grouped(value);
    String word = numbers[numbers.length - 1];
    boolean open = range && (!m.bounds().isLowerClosed() || !m.bounds().isUpperClosed());
    String number = range
        ? (m.bounds().isLowerClosed() ? "" : "above ") + numbers[0]
            + (open || value.signum() < 0 || m.max().signum() < 0 ? " to " : "–")
            + (m.bounds().isUpperClosed() ? "" : "under ") + numbers[1]
        : numbers[0];
    if (!word.isEmpty()) {
      number = number + " " + word;
    }
    String symbol = base.englishSymbol().orElse(null);
    String quantity;
    if (base.dimension().equals(Dimension.NUMBER)) {
      quantity = number; // 1.5 trillion, 300: a figure with no unit has no noun
    } else if (OpenUnits.isFraction(base)) {
      quantity = number + " " + base.englishName(); // 2 in 3
    } else if (symbol != null && base.dimension().isMoney()) {
      quantity = number.startsWith("-") ? "-" + symbol + number.substring(1) : symbol + number;
    } else if (symbol != null) {
      quantity = number + symbol;
    } else {
      boolean one = !range && word.isEmpty() && value.compareTo(BigDecimal.ONE) == 0;
      quantity = number + " " + (one ? base.englishSingular() : base.englishPlural());
    }
    if (unit.isCompound()) {
      Unit per = unit.denominator().orElseThrow();
      BaseUnit perBase = per.base().orElseThrow();
      quantity = quantity + " per " + (per.magnitude() == Magnitude.ONE
          ? perBase.englishSingular()
          : grouped(BigDecimal.ONE.movePointRight(per.magnitude().exponent()))[0] + " " + perBase.englishPlural());
    }
    return m.qualifier().englishPrefix() + quantity;
  }

  /**
   * {@code values} as English writes them, then the word of their group (empty for none): in the
   * largest group of millions, billions or trillions the largest of them reaches, where every one
   * then needs at most {@value #GROUP_DECIMALS} decimals, else with all digits; with thousands
   * separators either way. Exact: only the decimal point moves.
   */
  private static String[] grouped(BigDecimal... values) {
    BigDecimal largest = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      largest = largest.max(v.abs());
    }
    String[] out = new String[values.length + 1];
    out[values.length] = "";
    BigDecimal[] shown = values;
    for (int i = 0; i < GROUP_EXPONENTS.length; i++) {
      if (largest.compareTo(BigDecimal.ONE.movePointRight(GROUP_EXPONENTS[i])) >= 0) {
        BigDecimal[] scaled = new BigDecimal[values.length];
        boolean fits = true;
        for (int j = 0; j < values.length; j++) {
          scaled[j] = values[j].movePointLeft(GROUP_EXPONENTS[i]);
          fits &= scaled[j].stripTrailingZeros().scale() <= GROUP_DECIMALS;
        }
        if (fits) {
          shown = scaled;
          out[values.length] = GROUP_WORDS[i];
        }
        break;
      }
    }
    for (int j = 0; j < values.length; j++) {
      out[j] = withThousands(Decimals.toPlainString(shown[j]));
    }
    return out;
  }

  /** {@code "-1234567.5"} → {@code "-1,234,567.5"}: a comma between groups of three integer digits. */
  private static String withThousands(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    if (end - start <= 3) {
      return plain;
    }
    StringBuilder sb = new StringBuilder(plain.length() + (end - start) / 3);
    sb.append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(plain.charAt(i));
    }
    return sb.append(plain, end, plain.length()).toString();
  }

  @Override
  public String toString() {
    return "MetricFormat." + style;
  }
}
