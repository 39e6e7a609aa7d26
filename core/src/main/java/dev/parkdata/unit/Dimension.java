package dev.parkdata.unit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What a unit measures. Units convert into each other only within one dimension.
 *
 * <p>Some kinds are one dimension ({@link Kind#AREA}: 平方米, 公顷, 亩 and 平方公里 all convert);
 * others split into one dimension per unit, because there is no fixed factor between them:
 * each currency ({@code money(CNY)}, {@code money(USD)}: only a dated
 * {@link ExchangeRate} crosses), each count classifier ({@code count(家)} is not
 * {@code count(个)}: an enterprise is not a project) and each calendar duration
 * ({@code duration(年)}, {@code duration(个月)}). A compound dimension is the ratio of two
 * dimensions ({@code money(CNY)/area} for 万元/亩).
 *
 * <p>Instances are immutable values; {@link #toString()} gives the stable key used above.
 */
public final class Dimension implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The kinds of dimension. */
  public enum Kind {
    /** A currency; one dimension per currency. */
    MONEY("money", "货币"),
    /** Length: 米, 公里. */
    LENGTH("length", "长度"),
    /** Area: 平方米, 公顷, 亩, 平方公里. */
    AREA("area", "面积"),
    /** Volume: 立方米 (water, gas, earthworks). */
    VOLUME("volume", "体积"),
    /** Energy: 千瓦时 (度), 兆瓦时, 吉瓦时. */
    ENERGY("energy", "能量"),
    /**
     * Energy stated as a mass of standard coal (千克标准煤, 吨标准煤, 吨标煤): its own dimension, not
     * converted to 千瓦时, because reports convert electricity to coal by more than one factor
     * (the calorific equivalent and the coal a power plant burns for it).
     */
    STANDARD_COAL("standard-coal", "标准煤"),
    /** Power: 瓦, 千瓦, 兆瓦, 吉瓦. */
    POWER("power", "功率"),
    /** Mass: 千克, 吨. */
    MASS("mass", "质量"),
    /** Computing power: FLOPS and its multiples. */
    COMPUTE("compute", "算力"),
    /** A ratio: percent, per mille and the 分之 fractions (三分之一). */
    RATIO("ratio", "比率"),
    /** A difference of two percents: percentage points, never a percent. */
    RATIO_DIFFERENCE("ratio-difference", "百分点"),
    /** A multiple: 倍. */
    MULTIPLE("multiple", "倍数"),
    /**
     * A figure stated with no unit (300, 600亿, 1.5万亿): a number whose unit the text left out,
     * which converts to no unit of another kind (600亿 in a report is seldom 600亿 of nothing).
     */
    NUMBER("number", "数值"),
    /** A calendar duration; one dimension per unit (年, 个月, 天, 个工作日). */
    DURATION("duration", "时长"),
    /** A count of things of one classifier (家, 个, 项 …); one dimension per classifier. */
    COUNT("count", "数量"),
    /** The ratio of two dimensions (万元/亩). */
    COMPOUND("compound", "复合");

    private final String key;
    private final String chineseName;

    Kind(String key, String chineseName) {
      this.key = key;
      this.chineseName = chineseName;
    }

    /** The stable lower-case key, {@code "area"}. */
    public String key() {
      return key;
    }

    /** The Chinese name, {@code "面积"}. */
    public String chineseName() {
      return chineseName;
    }

    /** Whether this kind splits into one dimension per unit (money, duration, count). */
    public boolean isPerUnit() {
      return this == MONEY || this == DURATION || this == COUNT;
    }
  }

  /** Length. */
  public static final Dimension LENGTH = new Dimension(Kind.LENGTH, null, null, null);
  /** Area. */
  public static final Dimension AREA = new Dimension(Kind.AREA, null, null, null);
  /** Energy. */
  public static final Dimension ENERGY = new Dimension(Kind.ENERGY, null, null, null);
  /** Volume. */
  public static final Dimension VOLUME = new Dimension(Kind.VOLUME, null, null, null);
  /** Energy as a mass of standard coal. */
  public static final Dimension STANDARD_COAL = new Dimension(Kind.STANDARD_COAL, null, null, null);
  /** Power. */
  public static final Dimension POWER = new Dimension(Kind.POWER, null, null, null);
  /** Mass. */
  public static final Dimension MASS = new Dimension(Kind.MASS, null, null, null);
  /** Computing power. */
  public static final Dimension COMPUTE = new Dimension(Kind.COMPUTE, null, null, null);
  /** Percent and per mille. */
  public static final Dimension RATIO = new Dimension(Kind.RATIO, null, null, null);
  /** Percentage points. */
  public static final Dimension RATIO_DIFFERENCE = new Dimension(Kind.RATIO_DIFFERENCE, null, null, null);
  /** Multiples (倍). */
  public static final Dimension MULTIPLE = new Dimension(Kind.MULTIPLE, null, null, null);
  /** Figures with no unit stated. */
  public static final Dimension NUMBER = new Dimension(Kind.NUMBER, null, null, null);

  private final Kind kind;
  private final String qualifier;
  private final Dimension numerator;
  private final Dimension denominator;

  private Dimension(Kind kind, String qualifier, Dimension numerator, Dimension denominator) {
    this.kind = kind;
    this.qualifier = qualifier;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** The dimension of the currency with ISO 4217 code {@code code}, e.g. {@code "CNY"}. */
  public static Dimension money(String currencyCode) {
    checkNotNull(currencyCode, "currencyCode");
    checkArgument(isCurrencyCode(currencyCode), "ISO 4217 code expected, got '%s'", currencyCode);
    return new Dimension(Kind.MONEY, currencyCode, null, null);
  }

  private static boolean isCurrencyCode(String s) {
    if (s.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** The dimension of counts of the classifier {@code classifier}, e.g. {@code "家"}. */
  public static Dimension count(String classifier) {
    checkArgument(classifier != null && !classifier.isBlank(), "classifier must not be blank");
    return new Dimension(Kind.COUNT, classifier, null, null);
  }

  /** The dimension of the calendar duration {@code unit}, e.g. {@code "年"}. */
  public static Dimension duration(String unit) {
    checkArgument(unit != null && !unit.isBlank(), "duration unit must not be blank");
    return new Dimension(Kind.DURATION, unit, null, null);
  }

  /** The ratio of two dimensions: {@code money(CNY)/area}. Neither may itself be compound. */
  public static Dimension ratio(Dimension numerator, Dimension denominator) {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    checkArgument(
        numerator.kind != Kind.COMPOUND && denominator.kind != Kind.COMPOUND,
        "compound of compound dimensions is not supported: %s / %s", numerator, denominator);
    return new Dimension(Kind.COMPOUND, null, numerator, denominator);
  }

  /**
   * Reads the stable key of {@link #toString()}: {@code "area"}, {@code "money(CNY)"}, {@code
   * "count(家)"}, {@code "duration(年)"}, {@code "money(CNY)/area"}.
   *
   * @throws IllegalArgumentException if {@code key} is not the key of a dimension
   */
  public static Dimension parse(CharSequence key) {
    checkNotNull(key, "key");
    String s = key.toString();
    int slash = s.indexOf('/');
    if (slash >= 0) {
      return ratio(simple(s.substring(0, slash)), simple(s.substring(slash + 1)));
    }
    return simple(s);
  }

  private static Dimension simple(String key) {
    int open = key.indexOf('(');
    if (open >= 0) {
      checkArgument(key.endsWith(")"), "'%s' lacks its closing parenthesis", key);
      String kind = key.substring(0, open);
      String qualifier = key.substring(open + 1, key.length() - 1);
      switch (kind) {
        case "money":
          return money(qualifier);
        case "count":
          return count(qualifier);
        case "duration":
          return duration(qualifier);
        default:
          throw new IllegalArgumentException("'" + kind + "' takes no qualifier");
      }
    }
    for (Dimension d : new Dimension[] {
        LENGTH, AREA, VOLUME, ENERGY, STANDARD_COAL, POWER, MASS, COMPUTE, RATIO, RATIO_DIFFERENCE, MULTIPLE, NUMBER}) {
      if (d.kind.key.equals(key)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dimension '" + key + "'");
  }

  /** The kind of this dimension. */
  public Kind kind() {
    return kind;
  }

  /**
   * The currency code, classifier or duration unit of a per-unit dimension ({@code "CNY"},
   * {@code "家"}, {@code "年"}); empty for the others.
   */
  public Optional<String> qualifier() {
    return Optional.ofNullable(qualifier);
  }

  /** The numerator of a compound dimension. */
  public Optional<Dimension> numerator() {
    return Optional.ofNullable(numerator);
  }

  /** The denominator of a compound dimension. */
  public Optional<Dimension> denominator() {
    return Optional.ofNullable(denominator);
  }

  /** Whether this is a currency. */
  public boolean isMoney() {
    return kind == Kind.MONEY;
  }

  /** Whether this is a count of one classifier. */
  public boolean isCount() {
    return kind == Kind.COUNT;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Dimension)) {
      return false;
    }
    Dimension that = (Dimension) o;
    return kind == that.kind
        && Objects.equals(qualifier, that.qualifier)
        && Objects.equals(numerator, that.numerator)
        && Objects.equals(denominator, that.denominator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, qualifier, numerator, denominator);
  }

  /**
   * The stable key: {@code "area"}, {@code "money(CNY)"}, {@code "count(家)"},
   * {@code "money(CNY)/area"}.
   */
  @Override
  public String toString() {
    if (kind == Kind.COMPOUND) {
      return numerator + "/" + denominator;
    }
    return qualifier == null ? kind.key : kind.key + "(" + qualifier + ")";
  }

  /** Serialized as a {@link Ser}, read back through its factories. */
  private Object writeReplace() {
    return new Ser(Ser.DIMENSION, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
