package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One administrative division of China as GB/T 2260 coded it for a span of years: {@code 430200
 * 株洲市, 地级, 1981–}. A code can stand for different places at different times (a retired code
 * is reused, or its area changes), so a division is a code <em>and</em> the years it meant this
 * place: {@code 430202 东区 1983–1997} and {@code 430202 荷塘区 1997–} are two divisions.
 *
 * <p>Years follow the code lists, which give the divisions as of 31 December: a division is in
 * use from {@link #since()} (inclusive) to {@link #until()} (exclusive), or to this day if {@code
 * until} is empty. Get divisions from {@link Divisions#gbt2260()}.
 *
 * <p>Instances are immutable; two are equal when all their fields are.
 */
public final class Division {
  private final String code;
  private final String name;
  private final DivisionLevel level;
  private final Optional<String> parentCode;
  private final int since;
  private final OptionalInt until;
  private final ImmutableList<Successor> successors;
  /** {@link #shortName()}, worked out on first use: the resolver asks it of many divisions a name. */
  private String shortName;

  Division(
      String code,
      String name,
      DivisionLevel level,
      Optional<String> parentCode,
      int since,
      OptionalInt until,
      ImmutableList<Successor> successors) {
    checkArgument(isCode(checkNotNull(code, "code")), "a GB/T 2260 code has six digits, got '%s'", code);
    checkArgument(!checkNotNull(name, "name").isBlank(), "division %s has a blank name", code);
    checkArgument(
        level != DivisionLevel.PROVINCE || parentCode.isEmpty(), "province %s %s cannot have a parent", code, name);
    checkArgument(
        until.isEmpty() || until.getAsInt() >= since,
        "division %s %s ends (%s) before it starts (%s)", code, name, until, since);
    this.code = code;
    this.name = name;
    this.level = checkNotNull(level, "level");
    this.parentCode = checkNotNull(parentCode, "parentCode");
    this.since = since;
    this.until = until;
    this.successors = checkNotNull(successors, "successors");
  }

  static boolean isCode(String code) {
    return code.length() == 6 && CatalogImporter.digits(code, 0, 6);
  }

  /** The six-digit code: {@code "430200"}. */
  public String code() {
    return code;
  }

  /** The name: {@code 株洲市}. */
  public String name() {
    return name;
  }

  /**
   * The name without the word for its kind of division ({@code 株洲} of 株洲市, {@code 淄川} of
   * 淄川区, {@code 恩施} of 恩施土家族苗族自治州, {@code 新疆} of 新疆维吾尔自治区, {@code 浦东} of
   * 浦东新区), as names of places are usually written inside other names. The name itself when
   * nothing is left or only one character would be ({@code 沛县}).
   */
  public String shortName() {
    String s = shortName;
    if (s == null) {
      s = DivisionNames.shortName(name);
      shortName = s; // racing threads store equal strings: harmless, as String.hashCode's cache
    }
    return s;
  }

  /**
   * Whether this is one of the four municipalities (北京市, 天津市, 上海市, 重庆市): a province-level
   * division that counts as a city, as in {@link CatalogQuery#inCity}.
   */
  public boolean isMunicipality() {
    return level == DivisionLevel.PROVINCE
        && (code.equals("110000") || code.equals("120000") || code.equals("310000") || code.equals("500000"));
  }

  /** 省级, 地级 or 县级. */
  public DivisionLevel level() {
    return level;
  }

  /**
   * The code of the division this one lay in while in use: a county's prefecture (or its
   * province, for counties directly under it), a prefecture's province; empty for a province.
   */
  public Optional<String> parentCode() {
    return parentCode;
  }

  /** The first year the code stood for this division. */
  public int since() {
    return since;
  }

  /** The year the division was retired or changed (exclusive); empty while it is in use. */
  public OptionalInt until() {
    return until;
  }

  /** Whether the division was in use at the end of {@code year}. */
  public boolean inUseIn(int year) {
    return since <= year && (until.isEmpty() || year < until.getAsInt());
  }

  /** Whether the division is still in use (in the latest year of the code lists). */
  public boolean inUse() {
    return until.isEmpty();
  }

  /**
   * The codes that took over (part of) this division's area, each with the year it did: on
   * retirement, on a change of area, or earlier for a part given away while the code stayed
   * in use. Empty for a division that has not changed.
   */
  public List<Successor> successors() {
    return successors;
  }

  /** The codes of {@link #successors()}, in order, without repeats. */
  public List<String> successorCodes() {
    return successors.stream().map(Successor::code).distinct().collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Division)) {
      return false;
    }
    Division d = (Division) o;
    return code.equals(d.code)
        && name.equals(d.name)
        && level == d.level
        && parentCode.equals(d.parentCode)
        && since == d.since
        && until.equals(d.until)
        && successors.equals(d.successors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, level, parentCode, since, until, successors);
  }

  /** {@code 430221 株洲县 (县级, 1981–2018 → 430211[1984], 430211[1997], 430212[2018])}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder()
        .append(code).append(' ').append(name).append(" (").append(level.chineseName()).append(", ")
        .append(since).append('–');
    until.ifPresent(text::append);
    if (!successors.isEmpty()) {
      text.append(" → ");
      for (int i = 0; i < successors.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(successors.get(i));
      }
    }
    return text.append(')').toString();
  }

  /** A code that took over (part of) a division's area, and the year it did. */
  public static final class Successor {
    private final String code;
    private final int year;

    Successor(String code, int year) {
      checkArgument(isCode(checkNotNull(code, "code")), "a GB/T 2260 code has six digits, got '%s'", code);
      this.code = code;
      this.year = year;
    }

    /** The successor's six-digit code. */
    public String code() {
      return code;
    }

    /** The year it took over: the successor division is the one in use that year. */
    public int year() {
      return year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Successor && ((Successor) o).code.equals(code) && ((Successor) o).year == year;
    }

    @Override
    public int hashCode() {
      return code.hashCode() * 31 + year;
    }

    /** {@code 430212[2018]}. */
    @Override
    public String toString() {
      return code + "[" + year + "]";
    }
  }
}
