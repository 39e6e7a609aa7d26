package dev.parkdata.internal;

import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Units;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The units no catalogue lists one by one, read by every catalogue and by the parser (see {@code
 * docs/figures.md}): the 分之 fractions (三分之一, one for each whole number) and the open count
 * classifiers (棵, 株, 头 … and any classifier followed by 次: 艘次, 台次). Not API: the parser of
 * {@code dev.parkdata.metric} and the catalogue of {@code dev.parkdata.unit} share it.
 */
public final class OpenUnits {
  private OpenUnits() {}

  /** The largest whole a fraction may have: 万亿分之一. */
  public static final long MAX_FRACTION = 1_000_000_000_000L;

  private static final BaseUnit PERCENT = Units.PERCENT.base().orElseThrow();
  private static final BaseUnit PER_MILLE = Units.PER_MILLE.base().orElseThrow();
  private static final BaseUnit[] SMALL_FRACTIONS = new BaseUnit[21];

  static {
    for (int n = 2; n < SMALL_FRACTIONS.length; n++) {
      SMALL_FRACTIONS[n] = newFraction(n);
    }
  }

  /**
   * The unit one {@code n}-th of a whole, a ratio: 三分之一 for 3, so that 三分之二 is 2 of it and
   * 1/3 × 100 % exactly. 百分之一 is {@code %} and 千分之一 is {@code ‰}, the catalogue's own.
   *
   * @throws IllegalArgumentException if {@code n} is not from 2 to {@value #MAX_FRACTION}
   */
  public static BaseUnit fraction(long n) {
    if (n < 2 || n > MAX_FRACTION) {
      throw new IllegalArgumentException("a fraction's whole from 2 to " + MAX_FRACTION + ", got " + n);
    }
    return n < SMALL_FRACTIONS.length ? SMALL_FRACTIONS[(int) n]
        : n == 100 ? PERCENT
        : n == 1000 ? PER_MILLE
        : newFraction(n);
  }

  private static BaseUnit newFraction(long n) {
    return BaseUnit.derivedFrom(fractionName(n, false) + "分之一", PERCENT, Rational.of(100, n))
        .traditionalName(fractionName(n, true) + "分之一")
        .englishName("in " + n)
        .notScalable()
        .build();
  }

  /** The numeral of a fraction's whole: 三, 十二, and 百, 千, 万, 十万 without a leading 一. */
  private static String fractionName(long n, boolean traditional) {
    String numeral = ChineseNumerals.write(n, traditional);
    return isPowerOfTen(n) && numeral.length() > 1 && numeral.charAt(0) == '一' ? numeral.substring(1) : numeral;
  }

  private static boolean isPowerOfTen(long n) {
    while (n >= 10 && n % 10 == 0) {
      n /= 10;
    }
    return n == 1;
  }

  /**
   * Whether {@code unit} is a 分之 fraction (三分之一): a ratio other than % and ‰, whose whole
   * is {@link #fractionWhole}.
   */
  public static boolean isFraction(BaseUnit unit) {
    return unit.dimension().equals(Dimension.RATIO) && unit.name().endsWith("分之一");
  }

  /** The whole of a {@linkplain #isFraction fraction}: 3 for 三分之一. */
  public static long fractionWhole(BaseUnit fraction) {
    return Rational.of(100).divide(fraction.factor()).numerator().longValueExact();
  }

  // ---------------------------------------------------------------------------------------------
  // Open classifiers.

  /**
   * Classifiers (量词) that no catalogue needs to list: simplified, traditional, English, and the
   * characters after which the classifier begins another word instead (头部, 列入, 类似). Kept to
   * characters that after a figure are a classifier, not the start of a verb or noun.
   */
  private static final String[][] OPEN = {
      {"棵", "棵", "tree", ""},
      {"株", "株", "plant", ""},
      {"匹", "匹", "horse, bolt", ""},
      {"头", "頭", "head (livestock)", "部号號条條脑腦等"},
      {"羽", "羽", "bird (poultry)", "毛绒絨"},
      {"尾", "尾", "fish", "声聲部款气氣"},
      {"枚", "枚", "piece", ""},
      {"粒", "粒", "grain", "子"},
      {"册", "冊", "volume", ""},
      {"幅", "幅", "picture", "度"},
      {"盏", "盞", "lamp", ""},
      {"轮", "輪", "round", "胎"},
      {"趟", "趟", "trip", ""},
      {"班", "班", "class, shift", "子级級组組车車列长長"},
      {"列", "列", "train", "入为為车車表举舉"},
      {"盒", "盒", "box", "子"},
      {"箱", "箱", "case", "子"},
      {"袋", "袋", "bag", "子"},
      {"瓶", "瓶", "bottle", "子颈頸"},
      {"罐", "罐", "can", "头頭子"},
      {"桶", "桶", "barrel", ""},
      {"串", "串", "string", ""},
      {"类", "類", "category", "似型别別"},
      {"档", "檔", "grade", "案次"},
      {"站", "站", "station", "点點在位长長"},
      {"笔", "筆", "deal", "记記者"},
      {"队", "隊", "team", "伍员員"},
      {"堂", "堂", "lesson", ""},
      {"桩", "樁", "case", "基"},
  };

  private static final char[] OPEN_CHARS;
  private static final BaseUnit[] OPEN_UNITS;
  private static final String[] OPEN_FOLLOWERS;

  static {
    // Each classifier under its simplified and its traditional character, sorted for binary search.
    TreeMap<Character, Integer> byChar = new TreeMap<>();
    BaseUnit[] units = new BaseUnit[OPEN.length];
    for (int i = 0; i < OPEN.length; i++) {
      units[i] = BaseUnit.classifier(OPEN[i][0], OPEN[i][1], OPEN[i][2] + " (open classifier)");
      byChar.put(OPEN[i][0].charAt(0), i);
      byChar.put(OPEN[i][1].charAt(0), i);
    }
    OPEN_CHARS = new char[byChar.size()];
    OPEN_UNITS = new BaseUnit[byChar.size()];
    OPEN_FOLLOWERS = new String[byChar.size()];
    int k = 0;
    for (Map.Entry<Character, Integer> e : byChar.entrySet()) {
      OPEN_CHARS[k] = e.getKey();
      OPEN_UNITS[k] = units[e.getValue()];
      OPEN_FOLLOWERS[k] = OPEN[e.getValue()][3];
      k++;
    }
  }

  /**
   * The open classifier at {@code text[i]} (simplified or traditional), or null if there is none
   * there or the character begins another word with the one after it (头部, 列入).
   */
  public static BaseUnit classifierAt(CharSequence text, int i) {
    if (i >= text.length()) {
      return null;
    }
    int k = Arrays.binarySearch(OPEN_CHARS, text.charAt(i));
    if (k < 0) {
      return null;
    }
    if (i + 1 < text.length() && OPEN_FOLLOWERS[k].indexOf(text.charAt(i + 1)) >= 0) {
      return null;
    }
    return OPEN_UNITS[k];
  }

  /** The open classifier named {@code name} alone (棵, 頭), or null. */
  public static BaseUnit classifierNamed(String name) {
    return name.length() == 1 ? classifierAt(name, 0) : null;
  }

  /**
   * The classifier of counts of {@code classifier} times (艘次 from 艘, 台次 from 台), a count of
   * its own; for a classifier whose name already ends in 次, null.
   */
  public static BaseUnit times(BaseUnit classifier) {
    if (!classifier.dimension().isCount() || classifier.name().endsWith("次")) {
      return null;
    }
    String name = classifier.name() + "次";
    return BaseUnit.classifier(name, classifier.traditionalName() + "次", name + " (open classifier)");
  }
}
