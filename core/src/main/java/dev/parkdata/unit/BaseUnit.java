package dev.parkdata.unit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A unit without a magnitude word, as listed in the unit catalogue: 元, 美元, 平方米, 公顷, 亩,
 * 平方公里, 千瓦时, 家, 个 … A {@link Unit} is a {@link Magnitude} times a base unit (亿元 = 亿 × 元)
 * or a ratio of two units.
 *
 * <p>Every base unit belongs to a {@link Dimension} and has an exact rational {@linkplain
 * #factor() factor} to its dimension's {@linkplain #reference() reference unit} (1 亩 = 2000/3
 * 平方米). The reference unit of a dimension has factor 1 and is its own reference.
 *
 * <p>Instances are immutable. Two base units are equal when their canonical names,
 * dimensions, factors and reference units are equal.
 */
public final class BaseUnit implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final String traditionalName;
  private final String englishName;
  private final String englishSingular;
  private final String englishPlural;
  private final String englishSymbol;
  private final Dimension dimension;
  private final Rational factor;
  private final BaseUnit reference;
  private final String code;
  private final boolean scalable;
  /**
   * The names and aliases as given, stripped; {@link #spellings()} derives the other forms. A JDK
   * list, not Guava's: {@link Units} makes a hundred base units, and every cold load of a figure
   * in 公顷 would load Guava's list classes for them.
   */
  private final List<String> givenSpellings;
  /** Computed on first use: NFKC needs the normalizer's data, which creating units should not load. */
  private transient volatile ImmutableSet<String> spellings;

  private BaseUnit(
      String name,
      String traditionalName,
      String englishName,
      String englishSingular,
      String englishPlural,
      String englishSymbol,
      Dimension dimension,
      Rational factor,
      BaseUnit reference,
      String code,
      boolean scalable,
      List<String> givenSpellings) {
    this.name = name;
    this.traditionalName = traditionalName;
    this.englishName = englishName;
    this.englishSingular = englishSingular;
    this.englishPlural = englishPlural;
    this.englishSymbol = englishSymbol;
    this.dimension = dimension;
    this.factor = factor;
    this.reference = reference == null ? this : reference;
    this.code = code;
    this.scalable = scalable;
    this.givenSpellings = givenSpellings;
  }

  /**
   * Starts a reference unit of {@code dimension}: the unit with factor 1 that the others of its
   * dimension are defined against.
   *
   * @param name the canonical simplified name, {@code "平方米"}
   * @param dimension its dimension
   */
  public static Builder referenceOf(String name, Dimension dimension) {
    return new Builder(name, dimension, Rational.ONE, null);
  }

  /**
   * Starts a unit defined as {@code factor} × {@code reference}: {@code derivedFrom("亩",
   * 平方米, Rational.of(10000, 15))}.
   */
  public static Builder derivedFrom(String name, BaseUnit reference, Rational factor) {
    checkNotNull(reference, "reference");
    checkArgument(reference.isReference(), "%s is not a reference unit", reference);
    checkNotNull(factor, "factor");
    checkArgument(factor.signum() > 0, "factor must be positive, got %s", factor);
    return new Builder(name, reference.dimension, factor, reference);
  }

  /**
   * A count classifier of its own dimension, as users register the ones the standard catalogue
   * lacks: {@code BaseUnit.classifier("辆", "輛", "vehicle")}.
   */
  public static BaseUnit classifier(String name, String traditionalName, String englishName) {
    return referenceOf(name, Dimension.count(name))
        .traditionalName(traditionalName)
        .englishName(englishName)
        .build();
  }

  /** The canonical simplified name, {@code "平方公里"}. */
  public String name() {
    return name;
  }

  /** The traditional-character name, {@code "平方公里"} or {@code "畝"}. */
  public String traditionalName() {
    return traditionalName;
  }

  /**
   * The English name, {@code "square kilometre"}, with a note in parentheses where the name alone
   * would not tell units apart: {@code "yuan (CNY)"}, {@code "unit (generic)"}.
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The English noun written after one of this unit, {@code "square kilometre"}, {@code "yuan"},
   * {@code "person"}: by default the {@linkplain #englishName() English name} without its note.
   */
  public String englishSingular() {
    return englishSingular;
  }

  /**
   * The English noun written after any number but one, {@code "square kilometres"}, {@code
   * "yuan"}, {@code "people"}: by default the regular plural of the {@linkplain #englishSingular()
   * singular} (its last word takes -s, -es after s, x, z, ch and sh, or -ies for a consonant and y;
   * a noun not ending in a lower-case English letter, such as {@code PFLOPS}, stays as it is).
   */
  public String englishPlural() {
    return englishPlural;
  }

  /**
   * The symbol English text writes instead of the noun, where it has one: before the number for a
   * currency ({@code "US$"} in US$1.5 billion), attached after it otherwise ({@code "%"} in 21.6%).
   */
  public Optional<String> englishSymbol() {
    return Optional.ofNullable(englishSymbol);
  }

  /** The dimension this unit measures. */
  public Dimension dimension() {
    return dimension;
  }

  /** The exact factor to the {@linkplain #reference() reference unit}: 10^6 for 平方公里. */
  public Rational factor() {
    return factor;
  }

  /** The reference unit of this unit's dimension (平方米 for 亩); itself for a reference unit. */
  public BaseUnit reference() {
    return reference;
  }

  /** Whether this is its dimension's reference unit. */
  public boolean isReference() {
    return reference == this;
  }

  /** The UN/CEFACT Recommendation 20 or ISO 4217 code, where one exists: {@code "KMK"}, {@code "CNY"}. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Whether magnitude words apply to this unit (万元, 亿度, 万人). Percent, percentage points,
   * multiples and durations take none.
   */
  public boolean isScalable() {
    return scalable;
  }

  /**
   * Every spelling that names this unit: the canonical and traditional names and the aliases,
   * each as given, in Unicode NFKC form and, where it holds ASCII characters, in full-width form
   * (so {@code ㎡} is held as {@code ㎡} and {@code m2}, and {@code m2} also as {@code ｍ２}).
   * Matching text char by char, as {@link UnitCatalog#matchBaseUnit} does, thus finds the
   * full-width spellings that {@link UnitCatalog#parse} reads through NFKC.
   */
  public Set<String> spellings() {
    ImmutableSet<String> result = spellings;
    if (result == null) {
      ImmutableSet.Builder<String> forms = ImmutableSet.builder();
      for (String spelling : givenSpellings) {
        String normalized = normalize(spelling);
        forms.add(spelling, normalized, fullWidth(normalized));
      }
      // Racy but idempotent: every thread computes an equal set.
      result = forms.build();
      spellings = result;
    }
    return result;
  }

  /** The canonical and traditional names and the aliases as given (stripped), without derived forms. */
  List<String> givenSpellings() {
    return givenSpellings;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof BaseUnit)) {
      return false;
    }
    BaseUnit that = (BaseUnit) o;
    // The factor and reference take part: two catalogues may define a 斤 of 1/2 and of 3/5 千克,
    // and converters are cached by unit.
    return name.equals(that.name)
        && dimension.equals(that.dimension)
        && factor.equals(that.factor)
        && reference.name.equals(that.reference.name);
  }

  @Override
  public int hashCode() {
    return ((31 * name.hashCode() + dimension.hashCode()) * 31 + factor.hashCode()) * 31 + reference.name.hashCode();
  }

  /** The canonical simplified name. */
  @Override
  public String toString() {
    return name;
  }

  static String normalize(CharSequence spelling) {
    return Normalizer.normalize(spelling, Normalizer.Form.NFKC).strip();
  }

  /** Returns {@code spelling} with its printable ASCII characters in full-width form. */
  static String fullWidth(String spelling) {
    StringBuilder sb = new StringBuilder(spelling.length());
    for (int i = 0; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      sb.append(c > ' ' && c < 0x7F ? (char) (c - '!' + '\uFF01') : c);
    }
    return sb.toString();
  }

  /** Builds a {@link BaseUnit}. */
  public static final class Builder {
    private final String name;
    private final Dimension dimension;
    private final Rational factor;
    private final BaseUnit reference;
    private String traditionalName;
    private String englishName;
    private String englishSingular;
    private String englishPlural;
    private String englishSymbol;
    private String code;
    private boolean scalable = true;
    private final List<String> aliases = new ArrayList<>();

    private Builder(String name, Dimension dimension, Rational factor, BaseUnit reference) {
      checkArgument(name != null && !name.isBlank(), "unit name must not be blank");
      checkArgument(!name.contains("/"), "a base unit's name cannot contain '/': '%s'", name);
      this.name = name;
      this.dimension = checkNotNull(dimension, "dimension");
      this.factor = factor;
      this.reference = reference;
      this.traditionalName = name;
      this.englishName = name;
    }

    /** Sets the traditional-character name; defaults to the simplified name. */
    public Builder traditionalName(String traditionalName) {
      checkArgument(
          traditionalName != null && !traditionalName.isBlank(), "traditional name must not be blank");
      checkArgument(
          !traditionalName.contains("/"), "a base unit's name cannot contain '/': '%s'", traditionalName);
      this.traditionalName = traditionalName;
      return this;
    }

    /** Sets the English name; defaults to the simplified name. */
    public Builder englishName(String englishName) {
      this.englishName = checkNotNull(englishName, "englishName");
      return this;
    }

    /**
     * Sets the English nouns written after a number, when they are not the English name without
     * its note and that name's regular plural: {@code englishNoun("person", "people")}.
     */
    public Builder englishNoun(String singular, String plural) {
      checkArgument(singular != null && !singular.isBlank(), "English singular must not be blank");
      checkArgument(plural != null && !plural.isBlank(), "English plural must not be blank");
      this.englishSingular = singular;
      this.englishPlural = plural;
      return this;
    }

    /**
     * Sets the symbol English text writes instead of the noun: a currency's before the number
     * ({@code "US$"}), another's after it ({@code "%"}).
     */
    public Builder englishSymbol(String symbol) {
      checkArgument(symbol != null && !symbol.isBlank(), "English symbol must not be blank");
      this.englishSymbol = symbol;
      return this;
    }

    /** Sets the UN/CEFACT or ISO 4217 code. */
    public Builder code(String code) {
      this.code = checkNotNull(code, "code");
      return this;
    }

    /** Declares that magnitude words do not apply (percent, 倍, durations). */
    public Builder notScalable() {
      this.scalable = false;
      return this;
    }

    /** Adds other spellings that name this unit ({@code "平米"}, {@code "㎡"}, {@code "m2"}). */
    public Builder aliases(String... aliases) {
      for (String alias : aliases) {
        checkArgument(alias != null && !alias.isBlank(), "alias must not be blank");
        this.aliases.add(alias.strip());
      }
      return this;
    }

    /** Returns the unit. */
    public BaseUnit build() {
      List<String> spellings = new ArrayList<>(2 + aliases.size());
      spellings.add(name.strip());
      spellings.add(traditionalName.strip());
      spellings.addAll(aliases);
      List<String> given = List.copyOf(spellings);
      String singular = englishSingular != null ? englishSingular : withoutNote(englishName);
      String plural = englishPlural != null ? englishPlural : regularPlural(singular);
      return new BaseUnit(
          name, traditionalName, englishName, singular, plural, englishSymbol, dimension, factor, reference, code,
          scalable, given);
    }

    /** {@code "yuan (CNY)"} → {@code "yuan"}. */
    private static String withoutNote(String english) {
      int note = english.lastIndexOf(" (");
      return note > 0 && english.endsWith(")") ? english.substring(0, note) : english;
    }

    /** The regular English plural of a noun phrase's last word: hectare → hectares, batch → batches. */
    static String regularPlural(String noun) {
      int n = noun.length();
      if (n == 0 || noun.charAt(n - 1) < 'a' || noun.charAt(n - 1) > 'z') {
        return noun; // a sign, a symbol such as PFLOPS or a name not in English letters: no plural
      }
      if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch") || noun.endsWith("sh")) {
        return noun + "es";
      }
      if (n >= 2 && noun.charAt(n - 1) == 'y' && "aeiou".indexOf(noun.charAt(n - 2)) < 0) {
        return noun.substring(0, n - 1) + "ies";
      }
      return noun + "s";
    }
  }

  /** Serialized as a {@link Ser}, read back through its builder or the standard catalogue. */
  private Object writeReplace() {
    return new Ser(Ser.BASE_UNIT, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
