package dev.parkdata.unit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.parkdata.internal.ChineseNumerals;
import dev.parkdata.internal.OpenUnits;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The base units that can be read, with every spelling of each. {@link #standard()} holds the
 * catalogue of {@code units.md}: currencies, area, energy, power, mass, compute, percent and per
 * mille, percentage points, multiples, durations and the count classifiers (家 个 项 件 名 人 位
 * 套 张 批次 场 期 只 支 所 and more).
 *
 * <p>The list of classifiers is open: a project that meets 盆 or 艇 registers it in a catalogue of
 * its own, leaving the standard one untouched:
 *
 * <pre>{@code
 * UnitCatalog mine = UnitCatalog.standard().toBuilder()
 *     .add(BaseUnit.classifier("盆", "盆", "pot"))
 *     .build();
 * Unit u = mine.parse("万盆");   // 万 × 盆, a count(盆)
 * UnitCatalog.standard().parse("万盆");  // throws UnknownUnitException
 * }</pre>
 *
 * <p>Every catalogue also reads, beyond the units it lists, the units no list can hold (see {@code
 * docs/figures.md}): the number unit {@code 1} of a figure with no unit, and its scaled forms named
 * by the magnitude word alone ({@code 亿}); the 分之 fractions, one for each whole ({@code 三分之一},
 * {@code 3分之1}, a ratio of 100/3 %); the open classifiers (棵, 株, 头, 羽, 列, 笔 …, a count each);
 * and any classifier followed by 次 ({@code 艘次}, {@code 台次}, a count of its own).
 *
 * <p>Catalogues are immutable and thread-safe.
 */
public final class UnitCatalog implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest text {@link #parse} reads; longer is refused at once. */
  public static final int MAX_LENGTH = 200;

  private static final List<Magnitude> MAGNITUDES_LONGEST_FIRST;

  static {
    List<Magnitude> ms = new ArrayList<>(List.of(Magnitude.values()));
    ms.remove(Magnitude.ONE);
    ms.sort(Comparator.comparingInt((Magnitude m) -> m.word().length()).reversed());
    MAGNITUDES_LONGEST_FIRST = List.copyOf(ms);
  }

  private final ImmutableList<BaseUnit> units;
  private final ImmutableMap<String, BaseUnit> bySpelling;
  private final ImmutableMap<String, BaseUnit> byCode;
  private final ImmutableMap<Character, ImmutableList<String>> spellingsByFirstChar;

  private UnitCatalog(List<BaseUnit> units) {
    this.units = ImmutableList.copyOf(units);
    Map<String, BaseUnit> spellings = new LinkedHashMap<>();
    Map<String, BaseUnit> codes = new LinkedHashMap<>();
    Map<String, BaseUnit> names = new HashMap<>();
    for (BaseUnit unit : units) {
      BaseUnit sameName = names.putIfAbsent(unit.name(), unit);
      checkArgument(sameName == null, "unit '%s' is already in the catalogue", unit);
      for (String spelling : unit.spellings()) {
        BaseUnit previous = spellings.putIfAbsent(spelling, unit);
        checkArgument(
            previous == null || previous.equals(unit),
            "spelling '%s' names both %s and %s", spelling, previous, unit);
      }
      unit.code().ifPresent(code -> codes.putIfAbsent(code, unit));
    }
    this.bySpelling = ImmutableMap.copyOf(spellings);
    this.byCode = ImmutableMap.copyOf(codes);
    Map<Character, List<String>> byFirst = new HashMap<>();
    for (String spelling : spellings.keySet()) {
      byFirst.computeIfAbsent(spelling.charAt(0), c -> new ArrayList<>()).add(spelling);
    }
    ImmutableMap.Builder<Character, ImmutableList<String>> index = ImmutableMap.builder();
    byFirst.forEach((c, list) -> {
      list.sort(Comparator.comparingInt(String::length).reversed());
      index.put(c, ImmutableList.copyOf(list));
    });
    this.spellingsByFirstChar = index.build();
  }

  /** The standard catalogue of {@code units.md}. */
  public static UnitCatalog standard() {
    return Standard.CATALOG;
  }

  /** Returns a new builder holding this catalogue's units, to add more to. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.units.addAll(units);
    return builder;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every base unit of this catalogue, in catalogue order. */
  public List<BaseUnit> baseUnits() {
    return units;
  }

  /** The base unit with this exact spelling ({@code "畝"}, {@code "km²"}), if any. */
  public Optional<BaseUnit> baseUnit(CharSequence spelling) {
    checkNotNull(spelling, "spelling");
    BaseUnit unit = bySpelling.get(spelling.toString());
    if (unit == null) {
      unit = bySpelling.get(BaseUnit.normalize(spelling));
    }
    return Optional.ofNullable(unit);
  }

  /**
   * The base unit with this UN/CEFACT or ISO 4217 code ({@code "KMK"}, {@code "USD"}), if any.
   */
  public Optional<Unit> fromCode(String code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(byCode.get(code)).map(Unit::of);
  }

  /**
   * The reference unit of a dimension of this catalogue (平方米 for area, 家 for {@code
   * count(家)}, 元/平方米 for {@code money(CNY)/area}).
   */
  public Optional<Unit> referenceUnit(Dimension dimension) {
    checkNotNull(dimension, "dimension");
    if (dimension.kind() == Dimension.Kind.COMPOUND) {
      Optional<Unit> num = referenceUnit(dimension.numerator().orElseThrow());
      Optional<Unit> den = referenceUnit(dimension.denominator().orElseThrow());
      return num.isPresent() && den.isPresent() ? Optional.of(Unit.ratio(num.get(), den.get())) : Optional.empty();
    }
    for (BaseUnit unit : units) {
      if (unit.isReference() && unit.dimension().equals(dimension)) {
        return Optional.of(Unit.of(unit));
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a unit: a base unit, a magnitude word and a base unit ({@code "亿元"}, {@code "萬億美元"}),
   * or two of those separated by {@code /} ({@code "万元/亩"}). Spellings are matched as given and
   * in Unicode NFKC form, so full-width forms are read; surrounding white space is ignored. Text
   * longer than {@value #MAX_LENGTH} characters is refused at once, so that reading takes time
   * and memory in proportion to the length of the text (NFKC can make a character 18).
   *
   * @throws UnknownUnitException naming the input if it is not a unit of this catalogue or is
   *     longer than {@value #MAX_LENGTH} characters
   */
  public Unit parse(CharSequence text) {
    checkNotNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new UnknownUnitException(
          text.toString(), "longer than " + MAX_LENGTH + " characters, which no unit is");
    }
    String input = text.toString();
    String s = BaseUnit.normalize(input);
    if (s.isEmpty()) {
      throw new UnknownUnitException(input, "empty");
    }
    int slash = s.indexOf('/');
    if (slash >= 0) {
      if (s.indexOf('/', slash + 1) >= 0) {
        throw new UnknownUnitException(input, "more than one '/'");
      }
      Unit numerator = parseSimple(s.substring(0, slash).strip(), input);
      Unit denominator = parseSimple(s.substring(slash + 1).strip(), input);
      return Unit.ratio(numerator, denominator);
    }
    return parseSimple(s, input);
  }

  private Unit parseSimple(String s, String input) {
    BaseUnit whole = baseUnitOrOpen(s);
    if (whole != null) {
      return Unit.of(whole);
    }
    for (Magnitude m : MAGNITUDES_LONGEST_FIRST) {
      String word = s.startsWith(m.word()) ? m.word() : s.startsWith(m.traditionalWord()) ? m.traditionalWord() : null;
      if (word == null) {
        continue;
      }
      String rest = s.substring(word.length());
      if (rest.isEmpty()) {
        return Unit.of(m, StandardUnits.NUMBER); // 亿: a figure with no unit, named by its magnitude word
      }
      BaseUnit base = baseUnitOrOpen(rest);
      if (base != null) {
        if (!base.isScalable()) {
          throw new UnknownUnitException(input, base + " takes no magnitude word");
        }
        return Unit.of(m, base);
      }
    }
    BaseUnit fraction = fraction(s);
    if (fraction != null) {
      return Unit.of(fraction);
    }
    throw new UnknownUnitException(input, s.isEmpty() ? "empty" : "not in the unit catalogue");
  }

  /**
   * The base unit spelled {@code s}: of this catalogue, or one that every catalogue reads (the
   * number unit {@code 1}, an open classifier such as 棵, a classifier followed by 次 such as 艘次).
   */
  private BaseUnit baseUnitOrOpen(String s) {
    BaseUnit unit = bySpelling.get(s);
    if (unit != null) {
      return unit;
    }
    if (s.equals(StandardUnits.NUMBER.name())) {
      return StandardUnits.NUMBER;
    }
    unit = OpenUnits.classifierNamed(s);
    if (unit == null && s.length() > 1 && s.endsWith("次")) {
      BaseUnit counted = baseUnitOrOpen(s.substring(0, s.length() - 1));
      unit = counted == null ? null : OpenUnits.times(counted);
    }
    return unit;
  }

  /** The fraction named {@code s}, 三分之一 or 3分之1, or null. */
  private static BaseUnit fraction(String s) {
    int at = s.endsWith("分之一") || s.endsWith("分之1") ? s.lastIndexOf("分之") : -1;
    if (at <= 0 || at > 24) {
      return null;
    }
    long whole;
    if (ChineseNumerals.isNumeral(s.charAt(0))) {
      for (int i = 0; i < at; i++) {
        if (!ChineseNumerals.isNumeral(s.charAt(i))) {
          return null;
        }
      }
      whole = ChineseNumerals.read(s, 0, at);
    } else {
      whole = 0;
      for (int i = 0; i < at; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9' || i >= 13) {
          return null;
        }
        whole = whole * 10 + (c - '0');
      }
    }
    return whole >= 2 && whole <= OpenUnits.MAX_FRACTION ? OpenUnits.fraction(whole) : null;
  }

  /**
   * Finds the longest base unit spelled in {@code text} from index {@code start}, with no
   * magnitude word: for {@code "平方公里内"} at 0, 平方公里 ending at 4. For tokenizers such as
   * the metric parser.
   *
   * @return the unit and the index just past it, or empty if no spelling starts there
   */
  public Optional<Match> matchBaseUnit(CharSequence text, int start) {
    checkNotNull(text, "text");
    if (start < 0 || start >= text.length()) {
      return Optional.empty();
    }
    ImmutableList<String> candidates = spellingsByFirstChar.get(text.charAt(start));
    if (candidates == null) {
      return Optional.empty();
    }
    for (String spelling : candidates) {
      int end = start + spelling.length();
      if (end <= text.length() && regionMatches(text, start, spelling)) {
        return Optional.of(new Match(Unit.of(bySpelling.get(spelling)), start, end));
      }
    }
    return Optional.empty();
  }

  private static boolean regionMatches(CharSequence text, int start, String spelling) {
    for (int i = 0; i < spelling.length(); i++) {
      if (text.charAt(start + i) != spelling.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "UnitCatalog[" + units.size() + " base units]";
  }

  /** A unit found in a text, with the half-open range {@code [start, end)} of its spelling. */
  public static final class Match {
    private final Unit unit;
    private final int start;
    private final int end;

    Match(Unit unit, int start, int end) {
      this.unit = unit;
      this.start = start;
      this.end = end;
    }

    /** The unit. */
    public Unit unit() {
      return unit;
    }

    /** The index of the spelling's first char. */
    public int start() {
      return start;
    }

    /** The index just past the spelling. */
    public int end() {
      return end;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Match)) {
        return false;
      }
      Match that = (Match) o;
      return unit.equals(that.unit) && start == that.start && end == that.end;
    }

    @Override
    public int hashCode() {
      return (31 * unit.hashCode() + start) * 31 + end;
    }

    /** Returns {@code "平方公里@[0,4)"}. */
    @Override
    public String toString() {
      return unit + "@[" + start + "," + end + ")";
    }
  }

  /** Builds a {@link UnitCatalog}. */
  public static final class Builder {
    private final List<BaseUnit> units = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a base unit.
     *
     * @throws IllegalArgumentException at {@link #build()} if a unit of the same name is already
     *     in the catalogue or one of its spellings already names another unit
     */
    public Builder add(BaseUnit unit) {
      units.add(checkNotNull(unit, "unit"));
      return this;
    }

    /** Returns the catalogue. */
    public UnitCatalog build() {
      return new UnitCatalog(units);
    }
  }

  private static final class Standard {
    static final UnitCatalog CATALOG = new UnitCatalog(StandardUnits.all());
  }

  /** Serialized as a {@link Ser}, read back through its builder, or as the standard catalogue itself. */
  private Object writeReplace() {
    return new Ser(Ser.UNIT_CATALOG, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
