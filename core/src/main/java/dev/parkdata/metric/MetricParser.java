package dev.parkdata.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.math.LongMath;
import dev.parkdata.internal.ChineseNumerals;
import dev.parkdata.internal.Decimals;
import dev.parkdata.internal.FigureWords;
import dev.parkdata.internal.OpenUnits;
import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.FigureLimitException;
import dev.parkdata.unit.FigureLimits;
import dev.parkdata.unit.Magnitude;
import dev.parkdata.unit.NonTerminatingConversionException;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnitCatalog;
import dev.parkdata.unit.UnitConverter;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads quantity expressions as Chinese park reports write them, into {@link Metric}s.
 *
 * <h2>Forms read</h2>
 *
 * <ul>
 *   <li>Numbers: Arabic digits with or without thousands separators ({@code 44,451}), full-width
 *       digits ({@code ４４４５１}), decimals, an optional sign; Chinese numerals ({@code 十四},
 *       {@code 一百零五}, {@code 两}, {@code 三千万}, financial {@code 壹贰叁}); mixed forms ({@code
 *       1万600} = 10600, {@code 1.5万亿}, and groups apart by white space where a smaller magnitude
 *       word ends the next: {@code 1 兆 5,855 億元} = 15855亿元); figures with no digit ({@code 亿元} = 1亿元, {@code
 *       万余家} = 10000家 OVER).
 *   <li>Units of the {@link UnitCatalog}: simplified, traditional and symbols, with or without a
 *       magnitude word ({@code 亿元}, {@code 萬億美元}, {@code GW}), compound ({@code 万元/亩}),
 *       with or without spaces before them. {@code 百分之三十} and {@code 千分之五} are percent and
 *       per mille.
 *   <li>Qualifier words of {@code quantities.md}, simplified or traditional: before the figure
 *       (约, 大约, 近似, 超, 超过, 逾, 高于, 突破, 过, 不低于, 不少于, 至少, 近, 将近, 接近, 不到, 不足,
 *       低于, 未满, 最高, 最多, 不超过, 上限, and the EXACT words 达, 达到, 为, 是, 实现; 上 right
 *       before a magnitude word, AT_LEAST: {@code 上万家}, {@code 上百亿元}); after it
 *       (以上, 以下, 以内, 左右, 上下, and 起跳, from that figure up, as Taiwan writes it); 余 or 多
 *       after the number or its magnitude word (OVER). An
 *       EXACT word before the figure gives way to a word after it (达200亿元以上 is AT_LEAST); two
 *       different qualifiers are an error.
 *   <li>Ranges {@code a-b}, {@code a—b}, {@code a~b}, {@code a～b}, {@code a至b}, {@code a到b}: the
 *       unit or magnitude may appear only after b ({@code 10至20亿元} is 10 to 20 亿元); if a has its
 *       own magnitude word or unit it is converted into b's unit ({@code 5000万-1亿元} is 0.5-1亿元).
 *       A range takes no other qualifier. A mark after a bound: {@code (含)} or {@code (含本数)}
 *       keeps it, {@code (不含)} or {@code (不含本数)} leaves it out ({@code 200—500萬元(不含本數)}
 *       is {@code [200..500)}, still RANGE; {@code 500万元(不含)以上} is MORE_THAN).
 *   <li>Issue 16 (see {@code docs/figures.md}, the contract): 分之 fractions ({@code 三分之二} is 2
 *       in the unit 三分之一, a ratio of exactly 100/3 %; {@code 二百分之3}, {@code 3分之1}, {@code
 *       四分一}, {@code 1/3}); figures with no unit ({@code 300}, {@code 600亿}: the number unit
 *       {@code 1}, named by its magnitude word once scaled); 倍 and durations with 多 ({@code
 *       两倍多}, {@code 1年多}, {@code 三个多月}: OVER; {@code 五年多来}, a duration up to now);
 *       {@code 个亿} as 亿元 where money is evident;
 *       {@code 万平}, {@code 平方}; open classifiers (棵, 头, 笔 …) and any classifier with 次
 *       ({@code 艘次}); 元角分 ({@code 12元5角3分} is 12.53元); 负 as a minus sign; digit-by-digit
 *       numerals before a magnitude ({@code 一七四五億}); adjacent numerals apart by 、 ({@code
 *       二、三十年} is 20-30年).
 * </ul>
 *
 * <p>Where the magnitude word goes is described in {@link Metric}: to the unit, except before
 * 余/多 and in mixed forms, where it goes to the number.
 *
 * <h2>Reading inside a longer text</h2>
 * {@link #parse(CharSequence, ParsePosition)} reads one expression starting at the position's
 * index, like {@link java.text.Format#parseObject(String, ParsePosition)}: on success it sets the
 * index just past the expression and returns the metric; on failure it leaves the index, sets
 * the error index and returns {@code null}, without throwing. It reads characters one at a time
 * with no regular expressions and no backtracking beyond a few characters, and allocates little
 * beyond the result.
 *
 * <p>Within a text a figure needs more than alone: a figure with no unit is read only with a digit
 * and a magnitude word of 万 or more ({@code 投资600亿}), not before a character that begins a unit
 * the catalogue lacks (升, 克 …), so that a plain number (300, 第3, 5-8) is not taken for a
 * quantity; {@code 1/3} only from 1/2 to 9/10 (not 6/30); and {@code 个亿} is 亿元 when a money word
 * (投资, 营收, 产值 …) stands within 12 characters before it in its clause or just after it
 * ({@code 投资7个亿}). {@link #parse(CharSequence)}, which is given the expression alone, reads
 * every figure with no unit ({@code 300}, {@code 1万600}) and needs {@code 个亿} to have its
 * money written ({@code 7个亿元}, {@code 人民币7个亿}).
 *
 * <h2>Limits</h2>
 * {@link #parse(CharSequence)} refuses text longer than {@value #MAX_LENGTH} characters at once.
 * A run of more than {@value FigureLimits#MAX_PLAIN_DIGITS} digits ends reading there, and a
 * figure beyond the {@link FigureLimits} is not read: both are a {@link MetricParseException}
 * (a {@code null} result from {@link #parse(CharSequence, ParsePosition)}). So reading takes
 * time in proportion to the length of the text read, whatever the text.
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} is shared.
 */
public final class MetricParser {
  /** The longest text {@link #parse(CharSequence)} reads: longer is refused at once. */
  public static final int MAX_LENGTH = 100_000;

  private static final Magnitude[] MAGNITUDES = Magnitude.values();

  /** The qualifier words read before a figure, shared with the scanner of dev.parkdata.extract. */
  private static final WordTable PREFIXES = words(FigureWords.prefixWords());

  /** Words that may stand between a qualifier and its figure: 最高可获, 约有, 最多节省, 突破了. */
  private static final WordTable CONNECTORS = plainWords(
      "可获得", "可獲得", "可获", "可獲", "可达到", "可達到", "可达", "可達", "获得", "獲得", "可", "有", "了",
      "补助", "補助", "补贴", "補貼", "奖励", "獎勵", "资助", "資助", "节省", "節省", "占", "佔");

  /** Currency words and signs written before a figure, with the unit spelling they stand for. */
  private static final WordTable CURRENCY_WORDS = meaningWords(
      "人民币", "元", "人民幣", "元", "新台币", "新台币", "新台幣", "新台币", "新臺幣", "新台币",
      "台币", "新台币", "台幣", "新台币", "臺幣", "新台币", "港币", "港元", "港幣", "港元",
      "HK$", "港元", "US$", "美元", "RMB", "元", "￥", "元", "¥", "元", "$", "美元", "＄", "美元");

  /** Words after a duration that make it one up to now: 三十年来, 十年间. */
  private static final WordTable DURATION_WORDS = plainWords("以来", "以來", "来", "來", "间", "間");

  /** The unit of a figure with no unit stated (300, 600亿). */
  private static final BaseUnit NUMBER = Units.NUMBER.base().orElseThrow();
  private static final BaseUnit SQUARE_METRE = Units.SQUARE_METRE.base().orElseThrow();

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

  private static final WordTable SUFFIXES = words(
      "及以上", Qualifier.AT_LEAST, "及以下", Qualifier.AT_MOST, "不到", Qualifier.LESS_THAN,
      "不足", Qualifier.LESS_THAN, "封顶", Qualifier.AT_MOST, "封頂", Qualifier.AT_MOST,
      "以上", Qualifier.AT_LEAST, "以下", Qualifier.AT_MOST, "以内", Qualifier.AT_MOST,
      "以內", Qualifier.AT_MOST, "左右", Qualifier.APPROXIMATELY, "上下", Qualifier.APPROXIMATELY,
      // 2000坪起跳: from 2000 坪 up, as Taiwan writes it
      "起跳", Qualifier.AT_LEAST);

  private static final MetricParser STANDARD = new MetricParser(UnitCatalog.standard());

  private final UnitCatalog catalog;
  /** The catalogue's unit spellings, each with its units ({@link Word#units}). */
  private final WordTable unitSpellings;

  private MetricParser(UnitCatalog catalog) {
    this.catalog = catalog;
    Map<String, Unit[]> unitsBySpelling = new LinkedHashMap<>();
    for (BaseUnit base : catalog.baseUnits()) {
      if (base.dimension().equals(Dimension.NUMBER)) {
        continue; // 1 is never written after a figure: a figure with no unit is read as such
      }
      Unit[] scaled = new Unit[MAGNITUDES.length];
      for (Magnitude m : MAGNITUDES) {
        if (m == Magnitude.ONE || base.isScalable()) {
          scaled[m.exponent()] = Unit.of(m, base);
        }
      }
      for (String spelling : base.spellings()) {
        unitsBySpelling.putIfAbsent(spelling, scaled); // a spelling two units share is the first's
      }
    }
    Word[] words = new Word[unitsBySpelling.size()];
    int i = 0;
    for (Map.Entry<String, Unit[]> e : unitsBySpelling.entrySet()) {
      words[i++] = new Word(e.getKey(), null, null, e.getValue());
    }
    unitSpellings = new WordTable(words);
  }

  /** The parser of the standard {@link UnitCatalog}, used by {@link Metric#parse(CharSequence)}. */
  public static MetricParser standard() {
    return STANDARD;
  }

  /** A parser that reads the units of {@code catalog}, for projects with classifiers of their own. */
  public static MetricParser using(UnitCatalog catalog) {
    checkNotNull(catalog, "catalog");
    return catalog == UnitCatalog.standard() ? STANDARD : new MetricParser(catalog);
  }

  /** The catalogue whose units this parser reads. */
  public UnitCatalog catalog() {
    return catalog;
  }

  /**
   * Reads {@code text}, which must hold exactly one expression (white space around it aside).
   *
   * @throws MetricParseException naming the input, the index where reading stopped and what was
   *     expected there; at index {@value #MAX_LENGTH} if the text is longer than that
   */
  public Metric parse(CharSequence text) {
    checkNotNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new MetricParseException(
          text.toString(), MAX_LENGTH, "the end of the text: at most " + MAX_LENGTH + " characters are read");
    }
    Cursor c = new Cursor(text, 0, false);
    try {
      Metric m = read(c);
      c.skipSpace();
      if (c.pos < text.length()) {
        throw c.fail("the end of the expression");
      }
      return m;
    } catch (Failure f) {
      throw new MetricParseException(text.toString(), f.index, f.expected);
    }
  }

  /**
   * Reads one expression of {@code text} from {@code position.getIndex()}, leading white space
   * allowed. On success sets the index just past the expression (trailing white space is not
   * consumed) and returns the metric. On failure leaves the index unchanged, sets the error index
   * to where reading stopped and returns {@code null}.
   *
   * @throws IndexOutOfBoundsException if the index is outside {@code [0, text.length()]}
   */
  public Metric parse(CharSequence text, ParsePosition position) {
    checkNotNull(text, "text");
    checkNotNull(position, "position");
    int start = position.getIndex();
    if (start < 0 || start > text.length()) {
      throw new IndexOutOfBoundsException("index " + start + " outside [0, " + text.length() + "]");
    }
    Cursor c = new Cursor(text, start, true);
    try {
      Metric m = read(c);
      position.setIndex(c.pos);
      return m;
    } catch (Failure f) {
      position.setErrorIndex(f.index);
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The grammar.

  private Metric read(Cursor c) {
    try {
      return readExpression(c);
    } catch (FigureLimitException e) {
      throw new Failure(c.pos, "a figure within the limits of " + FigureLimits.MAX_SIGNIFICANT_DIGITS
          + " significant digits and exponent ±" + FigureLimits.MAX_EXPONENT + " (" + e.getMessage() + ")");
    } catch (IllegalArgumentException | ArithmeticException e) {
      // Defensive: values the grammar accepts but the model refuses (checked above where known).
      throw new Failure(c.pos, "a valid quantity (" + e.getMessage() + ")");
    }
  }

  private Metric readExpression(Cursor c) {
    c.skipSpace();
    int prefixAt = c.pos;
    Qualifier prefix = readPrefix(c);
    c.bounded = prefix != null && prefix != Qualifier.EXACT;
    c.currency = readCurrency(c);
    if (c.currency != null) {
      c.skipSpace();
    }
    Metric m = readBody(c, prefix, prefixAt);
    if (c.currency != null) {
      m = inCurrency(c, m, prefixAt);
    }
    return m;
  }

  /**
   * Reads the words before a figure: a qualifier, then optionally a verb (可获, 有, 补助 …) and a
   * second qualifier that agrees with it (最高补助不超过, 高达约). Null if there is none.
   */
  private static Qualifier readPrefix(Cursor c) {
    int at = c.pos;
    Qualifier first = match(c, PREFIXES);
    if (first == null) {
      if (c.peek() == '上' && at + 1 < c.text.length() && ChineseNumerals.unitExponent(c.text.charAt(at + 1)) >= 2) {
        c.pos++;
        return Qualifier.AT_LEAST; // 上万家, 上百亿元: 上 before 百 or a larger magnitude word is "reaching"
      }
      return null;
    }
    c.near = c.pos - at == 1 && c.text.charAt(at) == '近';
    c.skipSpace();
    int afterFirst = c.pos;
    boolean connector = matchWord(c, CONNECTORS);
    int secondAt = c.pos;
    Qualifier second = match(c, PREFIXES);
    if (second == null) {
      if (!connector) {
        c.pos = afterFirst;
      }
      return first;
    }
    c.skipSpace();
    if (first == Qualifier.EXACT) {
      c.near = secondAt + 1 == c.pos && c.text.charAt(secondAt) == '近';
      return second;
    }
    if (second != Qualifier.EXACT && second != first) {
      throw new Failure(secondAt, "no second qualifier after " + first);
    }
    return first;
  }

  /** Reads a currency word or sign written before the figure (人民币, 新台币, 港币, ¥, $); null if none. */
  private BaseUnit readCurrency(Cursor c) {
    Word word = CURRENCY_WORDS.at(c.text, c.pos);
    if (word == null) {
      return null;
    }
    Word unit = unitSpellings.at(word.meaning, 0);
    if (unit == null) {
      return null; // a catalogue without this currency
    }
    c.pos += word.text.length();
    return unit.units[0].base().orElseThrow();
  }

  /** {@code m} in the currency written before it: 新台币4.76兆元 is in 新台币, 元 being the generic word. */
  private static Metric inCurrency(Cursor c, Metric m, int at) {
    Unit unit = m.unit();
    BaseUnit currency = c.currency;
    if (unit.isCompound()) {
      throw new Failure(at, "a currency word before a simple unit");
    }
    BaseUnit base = unit.base().orElseThrow();
    if (base.equals(currency)) {
      return m;
    }
    if (!base.name().equals("元") || currency.dimension().kind() != Dimension.Kind.MONEY) {
      throw new Failure(at, "a figure in the currency written before it (" + currency + ")");
    }
    Unit in = Unit.of(unit.magnitude(), currency);
    return m.isRange() ? Metric.range(m.value(), m.max(), in) : Metric.of(m.value(), in, m.qualifier());
  }

  /**
   * Whether a 半 read alone after a qualifier ends at {@code i}: the text ends there, or goes on with
   * no Chinese character or with 的 (过半的企业); not a word 半 begins (半导体, 半壁江山) or a unit (近半年).
   */
  private static boolean endsAHalf(CharSequence text, int i) {
    if (i >= text.length()) {
      return true;
    }
    char next = text.charAt(i);
    return next == '的' || !Character.isIdeographic(next);
  }

  private Metric readBody(Cursor c, Qualifier prefix, int prefixAt) {
    if (c.startsWith("半数") || c.startsWith("半數")) {
      c.pos += 2;
      return withSuffix(c, prefix, FIFTY, Units.PERCENT);
    }
    if (c.startsWith("百分之") || c.startsWith("千分之")) {
      Unit unit = c.charAt(c.pos) == '百' ? Units.PERCENT : Units.PER_MILLE;
      c.pos += 3;
      readFigure(c);
      return withSuffix(c, prefix, c.value(), unit);
    }
    int figureAt = c.pos;
    if (c.peek() == '半' && prefix != null && prefix != Qualifier.EXACT && endsAHalf(c.text, c.pos + 1)) {
      c.pos++; // 近半, 过半, 逾半: half, as 近一半 and 过一半 are, the qualifier bounding it
      return withSuffix(c, prefix, FIFTY, Units.PERCENT);
    }
    if (c.peek() == '半') { // 半年: half a year
      c.pos++;
      c.lead = HALF;
      c.mag = 0;
      c.explicitMagnitude = false;
      c.approxMax = null;
      Unit unit = readUnit(c, 0);
      return withSuffix(c, prefix, HALF, unit);
    }
    readFigure(c);
    Metric fraction = readFraction(c, prefix, prefixAt, figureAt);
    if (fraction != null) {
      return fraction;
    }
    boolean chinese = c.chinese;
    BigDecimal lead = c.lead;
    int mag = c.mag;
    boolean explicit = c.explicitMagnitude;
    int afterFigure = c.pos;
    if (c.approxMax != null) { // 一两个月, 两三百家: an approximate range of adjacent numerals
      BigDecimal max = c.approxMax;
      Unit unit = readUnitOrBare(c, mag);
      if (prefix != null && prefix != Qualifier.EXACT) {
        throw new Failure(prefixAt, "no qualifier before a range");
      }
      return Metric.range(lead, max, unit);
    }
    c.skipSpace();
    if (c.peek() == '成' && mag == 0 && isChengRatio(c, lead)) { // 六成, 三成半, 二成八
      c.pos++;
      BigDecimal value = lead.multiply(BigDecimal.TEN);
      int d = c.pos < c.text.length() ? ChineseNumerals.digit(c.peek()) : -1;
      if (d < 0) {
        d = digit(c.peek());
      }
      if (c.peek() == '半') {
        value = value.add(FIVE);
        c.pos++;
      } else if (d > 0 && !(c.pos + 1 < c.text.length() && (isFigureContinuation(c.text.charAt(c.pos + 1))))) {
        value = value.add(BigDecimal.valueOf(d));
        c.pos++;
      }
      return withSuffix(c, prefix, Decimals.normalize(value), Units.PERCENT);
    }
    if (c.peek() == '半' && chinese && lead.compareTo(BigDecimal.ONE) == 0 && mag == 0
        && !isUnitAt(c.text, c.pos + 1)) { // 一半
      c.pos++;
      return withSuffix(c, prefix, FIFTY, Units.PERCENT);
    }
    if (isOver(c.peek()) || isFewAfterTens(c)) {
      BigDecimal value = c.value();
      if (value.signum() <= 0) {
        throw new Failure(figureAt, "a positive number before 余/多");
      }
      c.pos++;
      Unit unit = readUnitOrBare(c, 0);
      return over(prefix, prefixAt, value, unit);
    }
    // A bound's mark, then a range: 200(不含)-500万元, 1000万(含)-5000万元.
    boolean minOpen = readMark(c) < 0;
    if (rangeAhead(c)) {
      return readRangeEnd(c, prefix, prefixAt, lead, mag, explicit, null, minOpen);
    }
    c.pos = afterFigure;
    Unit unit;
    if (c.peek() == '大' && mag == 0 && isCountOfBig(c, lead)) { // 5大产业园区: a count in 个
      c.pos++;
      unit = Units.GE;
    } else {
      Unit overDuration = lead.signum() > 0 ? readOverDuration(c) : null;
      if (overDuration != null) { // 三个多月, 两个多小时
        return over(prefix, prefixAt, lead, overDuration);
      }
      unit = readUnitOrBare(c, mag);
    }
    if (c.peek() == '半' && !unit.isCompound() && !isNumber(unit) && lead.scale() <= 0 && !isHalfWord(c)) { // 两年半, 三吨半
      c.pos++;
      lead = lead.add(HALF);
    } else if (isYuan(unit) && lead.scale() <= 0 && lead.signum() >= 0) { // 12元5角3分
      lead = readJiaoFen(c, lead);
    }
    if (isOver(c.peek()) && takesOverAfterUnit(unit) && lead.signum() > 0 && !beginsWordAfterOver(c)) {
      c.pos++; // 两倍多, 1年多
      if (!unit.isCompound() && unit.dimension().kind() == Dimension.Kind.DURATION) {
        int at = c.pos;
        if (!matchWord(c, DURATION_WORDS)) { // 五年多来: over five years, up to now
          c.pos = at;
        }
      }
      return over(prefix, prefixAt, lead, unit);
    }
    int afterUnit = c.pos;
    c.skipSpace();
    minOpen = readMark(c) < 0;
    if (rangeAhead(c)) {
      return readRangeEnd(c, prefix, prefixAt, lead, 0, false, unit, minOpen);
    }
    c.pos = afterUnit;
    return withSuffix(c, prefix, lead, unit);
  }

  /** An OVER figure (余/多), which takes no other qualifier before it. */
  private static Metric over(Qualifier prefix, int prefixAt, BigDecimal value, Unit unit) {
    if (prefix != null && prefix != Qualifier.EXACT) {
      throw new Failure(prefixAt, "one qualifier (OVER is given by 余/多)");
    }
    return Metric.of(value, unit, Qualifier.OVER);
  }

  /**
   * Reads a unit; with none, the currency written before the figure (¥300, 新台币300), or else no
   * unit at all (a bare figure: 300, 600亿), with a magnitude word at the cursor as its unit's.
   * Within a longer text a bare figure needs a digit and a magnitude word of 万 or more (投资600亿),
   * and no character after it that begins a unit the catalogue lacks.
   */
  private Unit readUnitOrBare(Cursor c, int mag) {
    int at = c.pos;
    if (mag == 0 && c.peek() == '月' && isTwoAlone(c, at - 1)) {
      c.pos++;
      return Units.MONTH; // 两月 is two months; 二月, 三月 name months of the year and stay unread
    }
    Unit unit = tryUnit(c, mag);
    if (unit != null) {
      return unit;
    }
    int m = mag;
    if (m == 0) {
      int save = c.pos;
      c.skipSpace();
      int exp = magnitudeAt(c.text, c.pos);
      if (exp > 0) {
        m = exp;
        c.pos += magnitudeLength(c.text, c.pos);
      } else {
        c.pos = save;
      }
    }
    if (c.currency != null) {
      unit = Unit.of(MAGNITUDES[m], c.currency);
      c.currency = null;
      return unit;
    }
    // In a text a figure with no unit needs a digit (投资600亿) or a bound before it (营收破亿, 过百亿)
    if (!c.inText || ((c.hasDigit || c.bounded) && Math.max(m, c.mag) >= ChineseNumerals.WAN && !isUnitLike(c.peek()))) {
      return Unit.of(MAGNITUDES[m], NUMBER);
    }
    c.pos = at;
    throw new Failure(at, "a unit");
  }

  /** Whether the figure is 两 (兩) alone, at {@code i}. */
  private static boolean isTwoAlone(Cursor c, int i) {
    return i >= c.start && (c.text.charAt(i) == '两' || c.text.charAt(i) == '兩')
        && (i == c.start || !ChineseNumerals.isNumeral(c.text.charAt(i - 1)));
  }

  /** Characters that begin units the catalogue lacks (升, 克, 英亩 …): a bare figure does not end before them. */
  private static boolean isUnitLike(char ch) {
    return "立升克斤方毫厘英海磅盎吋".indexOf(ch) >= 0;
  }

  private static boolean isNumber(Unit unit) {
    return unit.dimension().equals(Dimension.NUMBER);
  }

  private static boolean isYuan(Unit unit) {
    return unit.equals(Units.YUAN);
  }

  /**
   * After a whole number of 元: one digit and 角, then maybe one digit and 分, or one digit and 分
   * (12元5角3分 is 12.53元; 分钟, 分之 are not 分). Returns the amount with them added.
   */
  private static BigDecimal readJiaoFen(Cursor c, BigDecimal yuan) {
    BigDecimal amount = yuan;
    int d = anyDigit(c, c.pos);
    if (d >= 0 && c.pos + 1 < c.text.length() && c.text.charAt(c.pos + 1) == '角') {
      amount = amount.add(BigDecimal.valueOf(d, 1));
      c.pos += 2;
      d = anyDigit(c, c.pos);
    }
    if (d >= 0 && c.pos + 1 < c.text.length() && c.text.charAt(c.pos + 1) == '分'
        && (c.pos + 2 >= c.text.length() || "钟鐘之".indexOf(c.text.charAt(c.pos + 2)) < 0)) {
      amount = amount.add(BigDecimal.valueOf(d, 2));
      c.pos += 2;
    }
    return amount;
  }

  /** The value of the Arabic or Chinese digit at {@code i}, or -1. */
  private static int anyDigit(Cursor c, int i) {
    if (i >= c.text.length()) {
      return -1;
    }
    char ch = c.text.charAt(i);
    int d = digit(ch);
    return d >= 0 ? d : ChineseNumerals.digit(ch);
  }

  /** Units after which 多 or 余 makes the figure OVER: 倍 (两倍多) and durations (1年多). */
  private static boolean takesOverAfterUnit(Unit unit) {
    return !unit.isCompound()
        && (unit.equals(Units.TIMES) || unit.dimension().kind() == Dimension.Kind.DURATION);
  }

  /** Whether 多/余 at the cursor begins a word of its own: 多元, 多家, 多次. */
  private static boolean beginsWordAfterOver(Cursor c) {
    char next = c.pos + 1 < c.text.length() ? c.text.charAt(c.pos + 1) : '\0';
    return "元个個家项項功种種样樣次方层層措渠点點位名倍月天年万萬亿億".indexOf(next) >= 0;
  }

  /** A duration after 个多 or 个余 (三个多月, 两个多小时), the cursor past it; null if there is none. */
  private Unit readOverDuration(Cursor c) {
    char ge = c.peek();
    if ((ge != '个' && ge != '個') || c.pos + 2 >= c.text.length() || !isOver(c.text.charAt(c.pos + 1))) {
      return null;
    }
    int at = c.pos;
    if (c.text.charAt(at + 2) == '月') {
      c.pos = at + 3;
      return Units.MONTH;
    }
    c.pos = at + 2;
    Unit unit = trySimpleUnit(c, 0);
    if (unit != null && !unit.isCompound() && unit.dimension().kind() == Dimension.Kind.DURATION) {
      return unit;
    }
    c.pos = at;
    return null;
  }

  /**
   * Reads a 分之 fraction after its whole, read as the figure at {@code figureAt}: 三分之二 (2 in
   * 三分之一), 二百分之3, 3分之1, 四分一 (Hong Kong, one digit each, the part below the whole) and
   * 1/3 (within a longer text only from 1/2 to 9/10). Null, the cursor unchanged, if none follows.
   */
  private Metric readFraction(Cursor c, Qualifier prefix, int prefixAt, int figureAt) {
    CharSequence s = c.text;
    int at = c.pos;
    long whole;
    if (c.startsWith("分之")) {
      whole = fractionWhole(c, figureAt);
      c.pos += 2;
      readPart(c);
    } else if (c.chinese && at == figureAt + 1 && c.peek() == '分' && at + 1 < s.length()
        && ChineseNumerals.digit(s.charAt(figureAt)) >= 2
        && ChineseNumerals.digit(s.charAt(at + 1)) >= 1
        && ChineseNumerals.digit(s.charAt(at + 1)) < ChineseNumerals.digit(s.charAt(figureAt))
        && (at + 2 >= s.length() || !isFigureContinuation(s.charAt(at + 2)))) {
      whole = ChineseNumerals.digit(s.charAt(figureAt)); // 四分一
      c.lead = BigDecimal.valueOf(ChineseNumerals.digit(s.charAt(at + 1)));
      c.mag = 0;
      c.pos = at + 2;
    } else if (c.peek() == '/' && !c.chinese && c.mag == 0 && c.lead.signum() > 0 && c.lead.scale() <= 0) {
      long q = 0;
      int i = at + 1;
      while (i < s.length() && digit(s.charAt(i)) >= 0 && i - at <= 13) {
        q = q * 10 + digit(s.charAt(i));
        i++;
      }
      boolean ends = i >= s.length()
          || (digit(s.charAt(i)) < 0 && "/.．%％﹪".indexOf(s.charAt(i)) < 0 && !isAsciiLetter(s.charAt(i)));
      boolean plausible = c.inText ? q <= 10 && c.lead.compareTo(BigDecimal.valueOf(q)) < 0 : q <= OpenUnits.MAX_FRACTION;
      if (i == at + 1 || !ends || q < 2 || !plausible) {
        return null;
      }
      whole = q; // 1/3
      c.pos = i;
    } else {
      return null;
    }
    Unit unit = Unit.of(OpenUnits.fraction(whole));
    BigDecimal part = c.value();
    if (isOver(c.peek()) && part.signum() > 0) { // 三分之一多
      c.pos++;
      return over(prefix, prefixAt, part, unit);
    }
    int afterPart = c.pos;
    c.skipSpace();
    boolean minOpen = readMark(c) < 0;
    if (rangeAhead(c)) { // 三分之一至三分之二
      if (prefix != null && prefix != Qualifier.EXACT) {
        throw new Failure(prefixAt, "no qualifier before a range");
      }
      int separatorAt = c.pos;
      c.pos++;
      c.skipSpace();
      int maxAt = c.pos;
      readFigure(c);
      if (!c.startsWith("分之")) {
        throw c.fail("分之 in the upper end of a range of fractions");
      }
      Unit maxUnit = Unit.of(OpenUnits.fraction(fractionWhole(c, maxAt)));
      c.pos += 2;
      readPart(c);
      return range(c, separatorAt, convertLower(part, unit, maxUnit, separatorAt), minOpen, c.value(), maxUnit);
    }
    c.pos = afterPart;
    return withSuffix(c, prefix, part, unit);
  }

  /** Reads the part of a fraction after 分之: one number (三分之一两 is no fraction). */
  private void readPart(Cursor c) {
    int at = c.pos;
    readFigure(c);
    if (c.approxMax != null) {
      throw new Failure(at, "one number after 分之");
    }
  }

  /** The whole of a fraction, the figure just read at {@code at}: a whole number from 2. */
  private static long fractionWhole(Cursor c, int at) {
    BigDecimal whole = c.value();
    if (c.approxMax != null || whole.signum() <= 0 || whole.stripTrailingZeros().scale() > 0
        || whole.compareTo(BigDecimal.valueOf(OpenUnits.MAX_FRACTION)) > 0 || whole.compareTo(BigDecimal.ONE) <= 0) {
      throw new Failure(at, "a whole number from 2 to " + OpenUnits.MAX_FRACTION + " before 分之");
    }
    return whole.longValueExact();
  }

  private static boolean isAsciiLetter(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
  }

  /** Whether 成 at the cursor makes the figure {@code lead} a ratio in tenths: 六成, not 形成 or 成长. */
  private static boolean isChengRatio(Cursor c, BigDecimal lead) {
    if (lead.signum() <= 0 || lead.compareTo(BigDecimal.TEN) > 0 || lead.scale() > 0) {
      return false;
    }
    char next = c.pos + 1 < c.text.length() ? c.text.charAt(c.pos + 1) : '\0';
    return "长長立本员員交果功效绩績熟型品就为為都了分人年份".indexOf(next) < 0;
  }

  /** Whether 大 at the cursor after the small count {@code lead} means "big ones": 5大产业, not 3大幅. */
  private static boolean isCountOfBig(Cursor c, BigDecimal lead) {
    if (lead.compareTo(BigDecimal.ONE) <= 0 || lead.compareTo(BigDecimal.TEN) >= 0 || lead.scale() > 0) {
      return false;
    }
    char next = c.pos + 1 < c.text.length() ? c.text.charAt(c.pos + 1) : '\0';
    return "幅于於约約概量型学學会會道街楼樓厦廈小多家致都".indexOf(next) < 0;
  }

  /** Whether 半 at the cursor begins another word (半导体, 半岛) rather than adding a half. */
  private static boolean isHalfWord(Cursor c) {
    char next = c.pos + 1 < c.text.length() ? c.text.charAt(c.pos + 1) : '\0';
    return "导導岛島山径徑数數月天".indexOf(next) >= 0;
  }

  private static boolean isFigureContinuation(char ch) {
    return ChineseNumerals.isNumeral(ch) || digit(ch) >= 0;
  }

  /**
   * Reads a bound's mark at the cursor: (含) or (含本数), which keeps the bound (1), (不含) or
   * (不含本数), which leaves it out (-1), in ASCII or full-width brackets; 0, the cursor
   * unchanged, if there is none.
   */
  private static int readMark(Cursor c) {
    char open = c.peek();
    if (open != '(' && open != '（') {
      return 0;
    }
    CharSequence s = c.text;
    int i = c.pos + 1;
    boolean excluded = regionMatches(s, i, "不含");
    if (excluded) {
      i += 2;
    } else if (i < s.length() && s.charAt(i) == '含') {
      i++;
    } else {
      return 0;
    }
    if (regionMatches(s, i, "本数") || regionMatches(s, i, "本數")) {
      i += 2;
    }
    if (i < s.length() && (s.charAt(i) == ')' || s.charAt(i) == '）')) {
      c.pos = i + 1;
      return excluded ? -1 : 1;
    }
    return 0;
  }

  private static Metric withSuffix(Cursor c, Qualifier prefix, BigDecimal value, Unit unit) {
    int end = c.pos;
    c.skipSpace();
    int markAt = c.pos;
    int mark = readMark(c);
    if (mark == 0) {
      c.pos = end;
    }
    boolean duration = !unit.isCompound() && unit.dimension().kind() == Dimension.Kind.DURATION;
    if (duration) {
      int at = c.pos;
      if (matchWord(c, DURATION_WORDS)) { // 三十年来, 十年间: a duration up to now
        end = c.pos;
      } else {
        c.pos = at;
      }
    }
    c.skipSpace();
    int suffixAt = c.pos;
    Qualifier suffix = match(c, SUFFIXES);
    if (suffix == null && duration && (c.peek() == '内' || c.peek() == '內')) {
      c.pos++;
      suffix = Qualifier.AT_MOST; // 5年内, 三个月内
    }
    if (suffix != null && mark == 0) { // 500万元以下(不含本数): the mark after the word
      int afterSuffix = c.pos;
      c.skipSpace();
      markAt = c.pos;
      mark = readMark(c);
      if (mark == 0) {
        c.pos = afterSuffix;
      }
    }
    if (suffix == null) {
      c.pos = end; // a mark with no word after it is not read: the figure ends before it
    } else if (mark < 0) { // 500万元(不含)以上: more than 500万元
      if (suffix == Qualifier.AT_LEAST) {
        suffix = Qualifier.MORE_THAN;
      } else if (suffix == Qualifier.AT_MOST) {
        suffix = Qualifier.LESS_THAN;
      } else if (suffix != Qualifier.LESS_THAN) {
        throw new Failure(markAt, "以上 or 以下 after (不含)");
      }
    }
    Qualifier q = prefix == null ? Qualifier.EXACT : prefix;
    if (q == Qualifier.NEARLY && c.near && duration) {
      q = Qualifier.EXACT; // 近五年, 近十年来: 近 is "the recent", not "nearly"
    }
    if (suffix != null) {
      if (q == Qualifier.LESS_THAN && suffix == Qualifier.AT_MOST) {
        suffix = q; // 不到两个月内
      }
      if (q != Qualifier.EXACT && q != suffix) {
        throw new Failure(suffixAt, "no second qualifier after " + q);
      }
      q = suffix;
    }
    return Metric.of(value, unit, q);
  }

  /** After a separator at the cursor has been seen: reads the upper end and builds the range. */
  private Metric readRangeEnd(Cursor c, Qualifier prefix, int prefixAt, BigDecimal lead, int mag, boolean explicit,
      Unit leftUnit, boolean minOpen) {
    int separatorAt = c.pos;
    if (prefix != null && prefix != Qualifier.EXACT) {
      throw new Failure(prefixAt, "no qualifier before a range");
    }
    c.pos++;
    c.skipSpace();
    readFigure(c);
    BigDecimal max = c.lead;
    c.skipSpace();
    if (isOver(c.peek())) {
      throw new Failure(c.pos, "a unit (a range takes no 余/多)");
    }
    Unit unit = readUnitOrBare(c, c.mag);
    BigDecimal min;
    if (leftUnit != null) {
      min = convertLower(lead, leftUnit, unit, separatorAt);
    } else {
      min = explicit ? Decimals.normalize(lead.scaleByPowerOfTen(mag - unit.magnitude().exponent())) : lead;
    }
    return range(c, separatorAt, min, minOpen, max, unit);
  }

  /** The lower end of a range, in the unit of its upper end. */
  private static BigDecimal convertLower(BigDecimal lower, Unit from, Unit to, int separatorAt) {
    if (!from.isCompatibleWith(to)) {
      throw new Failure(separatorAt, "a range in units of one dimension");
    }
    try {
      return from.converterTo(to).convertExact(lower);
    } catch (NonTerminatingConversionException e) {
      throw new Failure(separatorAt, "a range whose lower end converts exactly to " + to);
    }
  }

  /** The range from {@code min} to {@code max}, the latter just read, with a mark after it read too. */
  private static Metric range(Cursor c, int separatorAt, BigDecimal min, boolean minOpen, BigDecimal max, Unit unit) {
    int afterMax = c.pos;
    c.skipSpace();
    int mark = readMark(c);
    if (mark == 0) {
      c.pos = afterMax;
    }
    boolean maxOpen = mark < 0;
    int order = min.compareTo(max);
    if (order > 0) {
      throw new Failure(separatorAt, "a range whose lower end does not exceed its upper end");
    }
    if (order == 0 && (minOpen || maxOpen)) {
      throw new Failure(separatorAt, "a range whose lower end is below its upper end, as an end is open");
    }
    return minOpen || maxOpen
        ? Metric.range(Interval.of(min, !minOpen, max, !maxOpen), unit)
        : Metric.range(min, max, unit);
  }

  private static boolean isOver(char ch) {
    return ch == '余' || ch == '餘' || ch == '多';
  }

  /**
   * Whether 几 follows 十 at the cursor: 十几年, 二十几家, "ten-odd", as 十多年 is. Not after 百 or 千,
   * where a magnitude word follows it (两千几百名, 一百几十家: a few hundred, a few tens).
   */
  private static boolean isFewAfterTens(Cursor c) {
    char ch = c.peek();
    if ((ch != '几' && ch != '幾') || c.pos == 0) {
      return false;
    }
    return ChineseNumerals.unitExponent(c.text.charAt(c.pos - 1)) == 1;
  }

  private static boolean isRangeSeparator(char ch) {
    switch (ch) {
      case '-': case '—': case '–': case '~': case '～': case '〜': case '－': case '至': case '到':
        return true;
      default:
        return false;
    }
  }

  /** Whether the cursor is at a range separator followed by the start of a number. */
  private boolean rangeAhead(Cursor c) {
    if (!isRangeSeparator(c.peek())) {
      return false;
    }
    int i = c.pos + 1;
    while (i < c.text.length() && isSpace(c.text.charAt(i))) {
      i++;
    }
    if (i >= c.text.length()) {
      return false;
    }
    char ch = c.text.charAt(i);
    if (isSign(ch) && i + 1 < c.text.length()) {
      ch = c.text.charAt(i + 1);
    }
    return digit(ch) >= 0 || (ChineseNumerals.isNumeral(ch) && !isUnitAt(c.text, i));
  }

  /**
   * Reads a number with its trailing magnitude word into the cursor: {@code lead} × 10^{@code
   * mag}, {@code explicitMagnitude} if a magnitude word was written.
   */
  private void readFigure(Cursor c) {
    c.lead = null;
    c.mag = 0;
    c.explicitMagnitude = false;
    c.approxMax = null;
    char ch = c.peek();
    boolean negative = false;
    char next = c.pos + 1 < c.text.length() ? c.text.charAt(c.pos + 1) : '\0';
    if (isSign(ch) && digit(next) >= 0) {
      negative = ch != '+';
      c.pos++;
      ch = c.peek();
    } else if ((ch == '负' || ch == '負') && (digit(next) >= 0 || ChineseNumerals.isNumeral(next))) {
      negative = true; // 负2.1%, 负零点八个百分点
      c.pos++;
      ch = c.peek();
    }
    int start = c.pos;
    if (digit(ch) >= 0) {
      c.chinese = false;
      c.hasDigit = true;
      readArabic(c);
    } else if (ChineseNumerals.isNumeral(ch) && !FigureWords.isCircle(ch)) {
      c.chinese = true;
      readChinese(c);
      c.hasDigit = false;
      for (int i = start; i < c.pos && !c.hasDigit; i++) {
        c.hasDigit = ChineseNumerals.digit(c.text.charAt(i)) >= 0 || ChineseNumerals.tens(c.text.charAt(i)) >= 0;
      }
    } else {
      throw c.fail("a number");
    }
    if (negative) {
      if (c.approxMax != null) {
        throw new Failure(start, "a number (no sign before an approximate range)");
      }
      c.lead = c.lead.negate();
    }
  }

  private void readArabic(Cursor c) {
    BigDecimal total = null;
    int lastExp = Integer.MAX_VALUE;
    while (true) {
      BigDecimal d = readDigits(c);
      int save = c.pos;
      c.skipSpace();
      int exp = !isUnitAt(c.text, c.pos) || regionMatches(c.text, c.pos + 1, "分之") ? magnitudeAt(c.text, c.pos) : -1;
      if (exp <= 0 || exp >= lastExp) {
        c.pos = save;
        c.lead = total == null ? d : total.add(d);
        return;
      }
      c.pos += magnitudeLength(c.text, c.pos);
      c.explicitMagnitude = true;
      if ((c.peek() == '零' || c.peek() == '〇') && c.pos + 1 < c.text.length() && digit(c.text.charAt(c.pos + 1)) >= 0) {
        c.pos++; // 2万零700亿
      }
      int group = d.stripTrailingZeros().scale() <= 0 ? smallerGroupAfterSpace(c.text, c.pos, exp) : c.pos;
      if (group > c.pos) {
        c.pos = group; // 1 兆 5,855 億元, as Taiwan's press spaces it: one figure, 15855亿元
      }
      if (digit(c.peek()) >= 0) {
        BigDecimal part = d.scaleByPowerOfTen(exp);
        total = total == null ? part : total.add(part);
        lastExp = exp;
        continue;
      }
      if (total == null) {
        c.lead = d;
        c.mag = exp;
      } else if (exp >= ChineseNumerals.WAN) {
        // 1兆9664亿元, 11亿3200万元: the smallest magnitude word named goes to the unit, and of
        // 千万 only 万 (3亿3千万元 is 33000 万元)
        int unitExp = exp >= ChineseNumerals.ZHAO ? ChineseNumerals.ZHAO
            : exp >= ChineseNumerals.YI ? ChineseNumerals.YI : ChineseNumerals.WAN;
        c.lead = Decimals.normalize(total.scaleByPowerOfTen(-unitExp).add(d.scaleByPowerOfTen(exp - unitExp)));
        c.mag = unitExp;
      } else {
        c.lead = total.add(d.scaleByPowerOfTen(exp));
      }
      return;
    }
  }

  /**
   * Where the digits after white space at {@code i} begin, where they are a whole number less than
   * one of the magnitude before them ({@code exp}) counted in the smaller magnitude word that
   * follows them, not the first characters of a unit (兆 5,855 億: the next group of one figure; not
   * 亿 20000万, 万 5千米); else {@code i}. The caller asks only after a whole first group (not 1.5亿).
   */
  private int smallerGroupAfterSpace(CharSequence s, int i, int exp) {
    int j = i;
    while (j < s.length() && isSpace(s.charAt(j))) {
      j++;
    }
    if (j == i || j >= s.length() || digit(s.charAt(j)) < 0) {
      return i;
    }
    int k = j;
    long value = 0;
    while (k < s.length() && (digit(s.charAt(k)) >= 0 || s.charAt(k) == ',') && value < Integer.MAX_VALUE) {
      value = digit(s.charAt(k)) >= 0 ? value * 10 + digit(s.charAt(k)) : value;
      k++;
    }
    while (k < s.length() && isSpace(s.charAt(k))) {
      k++;
    }
    int next = k < s.length() && (!isUnitAt(s, k) || regionMatches(s, k + 1, "分之")) ? magnitudeAt(s, k) : -1;
    return next > 0 && next < exp && exp - next <= 18 && value < LongMath.pow(10, exp - next) ? j : i;
  }

  private static BigDecimal readDigits(Cursor c) {
    CharSequence s = c.text;
    int n = s.length();
    long unscaled = 0;
    int count = 0;
    int scale = 0;
    StringBuilder big = null;
    boolean fraction = false;
    int sinceGroup = 0;
    int i = c.pos;
    while (i < n) {
      char ch = s.charAt(i);
      int d = digit(ch);
      if (d < 0) {
        if (!fraction && (ch == ',' || ch == '，') && groupOfThreeAt(s, i + 1)) {
          i++;
          sinceGroup = 0;
          continue;
        }
        if (!fraction && (ch == ' ' || ch == '\u00A0' || ch == '\u2009' || ch == '\u202F')
            && (sinceGroup == 3 || (count == sinceGroup && sinceGroup >= 1 && sinceGroup <= 3))
            && groupOfThreeAt(s, i + 1)) {
          i++; // 12 345户: digits grouped by a space
          sinceGroup = 0;
          continue;
        }
        if (!fraction && (ch == '.' || ch == '．' || ch == '·') && i + 1 < n && digit(s.charAt(i + 1)) >= 0) {
          fraction = true;
          i++;
          continue;
        }
        break;
      }
      if (count == FigureLimits.MAX_PLAIN_DIGITS) {
        // No figure within the limits has more digits: stop before BigDecimal's quadratic reading.
        throw new Failure(i, "a number of at most " + FigureLimits.MAX_PLAIN_DIGITS + " digits");
      }
      if (fraction) {
        scale++;
      }
      if (big == null && count < 18) {
        unscaled = unscaled * 10 + d;
      } else {
        if (big == null) {
          big = new StringBuilder(32).append(unscaled);
        }
        big.append((char) ('0' + d));
      }
      count++;
      sinceGroup++;
      i++;
    }
    c.pos = i;
    return big == null ? BigDecimal.valueOf(unscaled, scale) : new BigDecimal(big.toString()).movePointLeft(scale);
  }

  private static boolean groupOfThreeAt(CharSequence s, int i) {
    if (i + 3 > s.length()) {
      return false;
    }
    for (int k = i; k < i + 3; k++) {
      if (digit(s.charAt(k)) < 0) {
        return false;
      }
    }
    return i + 3 == s.length() || digit(s.charAt(i + 3)) < 0;
  }

  private void readChinese(Cursor c) {
    CharSequence s = c.text;
    int start = c.pos;
    int end = start;
    while (end < s.length() && ChineseNumerals.isNumeral(s.charAt(end))
        && (ChineseNumerals.unitExponent(s.charAt(end)) < 0 || !isUnitAt(s, end)
            || (end > start && regionMatches(s, end + 1, "分之")))) { // 二百分之3: 3 in 200, not 二 %
      end++;
    }
    if (end == start) {
      throw c.fail("a number");
    }
    if (end + 1 < s.length() && ChineseNumerals.isDecimalPoint(s.charAt(end)) && ChineseNumerals.digit(s.charAt(end + 1)) >= 0
        && ChineseNumerals.unitExponent(s.charAt(end - 1)) < ChineseNumerals.WAN) {
      readChineseDecimal(c, start, end); // 四点二亿, 零点八, 二·二五
      return;
    }
    // 二、三十年, 一、两年: two adjacent numerals apart by 、 are the approximate range of 一两, 二三十.
    int pairEnd = end;
    if (end == start + 1 && end + 1 < s.length() && s.charAt(end) == '、'
        && ChineseNumerals.isApproximatePair(s.charAt(start), s.charAt(end + 1))) {
      pairEnd = end + 2;
      while (pairEnd < s.length() && ChineseNumerals.isNumeral(s.charAt(pairEnd))
          && (ChineseNumerals.unitExponent(s.charAt(pairEnd)) < 0 || !isUnitAt(s, pairEnd))) {
        pairEnd++;
      }
    }
    boolean pair = pairEnd > end
        || (end - start >= 2 && ChineseNumerals.isApproximatePair(s.charAt(start), s.charAt(start + 1)));
    if (pair) {
      int second = pairEnd > end ? end + 1 : start + 1;
      int stop = Math.max(pairEnd, end);
      int exp = stop - second == 2 ? ChineseNumerals.unitExponent(s.charAt(second + 1)) : stop - second == 1 ? 0 : -1;
      if (exp >= 0 && exp <= 3) { // 一两, 两三百, 二、三十
        BigDecimal scale = BigDecimal.ONE.scaleByPowerOfTen(exp);
        c.lead = Decimals.normalize(BigDecimal.valueOf(ChineseNumerals.digit(s.charAt(start))).multiply(scale));
        c.approxMax = Decimals.normalize(BigDecimal.valueOf(ChineseNumerals.digit(s.charAt(second))).multiply(scale));
        c.pos = stop;
        return;
      }
    }
    // The last magnitude word (万, 亿, 万亿, 兆) goes to the unit, the rest to the number:
    // 三千万元 is 3000 万元, 亿元 is 1 亿元, 一亿五千万元 is 15000 万元.
    int mag = 0;
    int magAt = end;
    int last = ChineseNumerals.unitExponent(s.charAt(end - 1));
    if (last == ChineseNumerals.ZHAO) {
      mag = ChineseNumerals.ZHAO;
      magAt = end - 1;
    } else if (last == ChineseNumerals.YI) {
      boolean wanYi = end - 2 >= start && ChineseNumerals.unitExponent(s.charAt(end - 2)) == ChineseNumerals.WAN;
      mag = wanYi ? ChineseNumerals.WAN + ChineseNumerals.YI : ChineseNumerals.YI;
      magAt = wanYi ? end - 2 : end - 1;
    } else if (last == ChineseNumerals.WAN) {
      mag = ChineseNumerals.WAN;
      magAt = end - 1;
    }
    if (magAt < end && ChineseNumerals.digitByDigit(s, start, magAt)) { // 一七四五億: 1745 亿
      long digits = ChineseNumerals.read(s, start, magAt);
      if (digits < 0) {
        throw new Failure(~(int) digits, "a Chinese numeral");
      }
      c.pos = end;
      c.lead = BigDecimal.valueOf(digits);
      c.mag = mag;
      c.explicitMagnitude = true;
      return;
    }
    long value = ChineseNumerals.read(s, start, end);
    if (value < 0) {
      throw new Failure(~(int) value, "a Chinese numeral");
    }
    c.pos = end;
    c.lead = mag == 0 ? BigDecimal.valueOf(value) : Decimals.normalize(BigDecimal.valueOf(value).movePointLeft(mag));
    c.mag = mag;
    c.explicitMagnitude = mag > 0;
  }

  /** Reads {@code 整数 点 digits [magnitude]}: the whole part is {@code text[start, point)}. */
  private void readChineseDecimal(Cursor c, int start, int point) {
    CharSequence s = c.text;
    long whole = ChineseNumerals.read(s, start, point);
    if (whole < 0) {
      throw new Failure(~(int) whole, "a Chinese numeral");
    }
    StringBuilder digits = new StringBuilder(8);
    int f = point + 1;
    while (f < s.length() && ChineseNumerals.digit(s.charAt(f)) >= 0) {
      if (digits.length() == 18) {
        throw new Failure(f, "at most 18 decimal places in a Chinese numeral");
      }
      digits.append((char) ('0' + ChineseNumerals.digit(s.charAt(f))));
      f++;
    }
    int mag = 0;
    if (!isUnitAt(s, f)) {
      int exp = magnitudeAt(s, f);
      if (exp > 0) {
        mag = exp;
        f += magnitudeLength(s, f);
      }
    }
    c.pos = f;
    c.lead = new BigDecimal(whole + "." + digits);
    // 一兆一千三百五十五點五二億: the 兆 before the decimal is 10^4 亿, not 10^12 亿
    int larger = point - 1;
    while (larger > start && ChineseNumerals.unitExponent(s.charAt(larger)) <= mag) {
      larger--;
    }
    if (mag > 0 && ChineseNumerals.unitExponent(s.charAt(larger)) > mag) {
      long high = ChineseNumerals.read(s, start, larger + 1);
      long low = larger + 1 < point ? ChineseNumerals.read(s, larger + 1, point) : 0;
      if (high < 0 || low < 0) {
        throw new Failure(~(int) Math.min(high, low), "a Chinese numeral");
      }
      c.lead = Decimals.normalize(BigDecimal.valueOf(high).movePointLeft(mag).add(new BigDecimal(low + "." + digits)));
    }
    c.mag = mag;
    c.explicitMagnitude = mag > 0;
  }

  /** Reads a unit; {@code mag} is a magnitude word already read before it. */
  private Unit readUnit(Cursor c, int mag) {
    Unit unit = tryUnit(c, mag);
    if (unit == null) {
      c.skipSpace();
      throw c.fail("a unit");
    }
    return unit;
  }

  /** Reads a unit, simple or compound (万元/亩); null, the cursor unchanged, if none starts there. */
  private Unit tryUnit(Cursor c, int mag) {
    int at = c.pos;
    c.skipSpace();
    Unit unit = trySimpleUnit(c, mag);
    if (unit == null) {
      c.pos = at;
      return null;
    }
    if (c.peek() == '/') {
      int slash = c.pos;
      c.pos++;
      Unit denominator = trySimpleUnit(c, 0);
      if (denominator == null && c.peek() == '日') {
        c.pos++; // 5.0万吨/日: per day (日 alone is no unit: 1日 is a date)
        denominator = Units.DAY;
      }
      if (denominator == null) {
        throw c.fail("a unit after '/'");
      }
      if (unit.isCompound() || denominator.isCompound()) {
        throw new Failure(slash, "a simple unit on each side of '/'");
      }
      unit = Unit.ratio(unit, denominator);
    }
    return unit;
  }

  /**
   * Reads a unit with or without a magnitude word: a spelling of the catalogue, 平 after a
   * magnitude word (10万平 is 10万平方米), 个亿 where money is evident, an open classifier (棵,
   * 株 …), and a classifier followed by 次 (艘次). Null, the cursor unchanged, if none is there.
   */
  private Unit trySimpleUnit(Cursor c, int mag) {
    CharSequence s = c.text;
    int i = c.pos;
    int m = mag;
    Word spelling = unitSpellings.at(s, i);
    if (spelling == null && m == 0) {
      int exp = magnitudeAt(s, i);
      if (exp > 0) {
        i += magnitudeLength(s, i);
        m = exp;
        spelling = unitSpellings.at(s, i);
      }
    }
    if (m == 0 && isGeYi(s, i)) {
      return readGeYi(c, i);
    }
    Unit unit;
    int end;
    if (spelling != null) {
      unit = spelling.units[m];
      if (unit == null) {
        throw new Failure(i, "a unit that takes a magnitude word (not " + spelling.units[0] + ")");
      }
      end = i + spelling.text.length();
    } else {
      BaseUnit open = m > 0 && isPing(s, i) ? SQUARE_METRE : OpenUnits.classifierAt(s, i);
      if (open == null) {
        return null;
      }
      unit = Unit.of(MAGNITUDES[m], open);
      end = i + 1;
    }
    if (end < s.length() && s.charAt(end) == '次' && unit.dimension().isCount()
        && (end + 1 >= s.length() || "要數数年日之序级級生贷貸".indexOf(s.charAt(end + 1)) < 0)) {
      BaseUnit times = OpenUnits.times(unit.base().orElseThrow()); // 艘次, 台次: a count of its own
      if (times != null) {
        unit = Unit.of(unit.magnitude(), times);
        end++;
      }
    }
    c.pos = end;
    return unit;
  }

  /** Whether 平 at {@code i} is 平方米, as in 10万平 (not 平台, 平均). */
  private static boolean isPing(CharSequence s, int i) {
    return i < s.length() && s.charAt(i) == '平'
        && (i + 1 >= s.length() || "台均衡安稳穩價价原面方米".indexOf(s.charAt(i + 1)) < 0);
  }

  private static boolean isGeYi(CharSequence s, int i) {
    return i + 1 < s.length() && (s.charAt(i) == '个' || s.charAt(i) == '個')
        && (s.charAt(i + 1) == '亿' || s.charAt(i + 1) == '億');
  }

  /**
   * 个亿 at {@code i}: 亿 of the money unit after it (40个亿元, 40个亿美元), or 亿元 where money is
   * evident from the currency written before the figure (人民币40个亿) or a money word before it in
   * the text or just after it (投资40个亿, 40个亿的投资); a failure otherwise.
   */
  private Unit readGeYi(Cursor c, int i) {
    int after = i + 2;
    Word spelling = unitSpellings.at(c.text, after);
    if (spelling != null) {
      Unit unit = spelling.units[ChineseNumerals.YI];
      if (unit != null && unit.dimension().isMoney()) {
        c.pos = after + spelling.text.length();
        return unit;
      }
    }
    if (c.currency != null || FigureWords.moneyWordNear(c.text, c.start, after)) {
      c.pos = after;
      return Units.YI_YUAN;
    }
    throw new Failure(i, "a unit: 个亿 is 亿元 only where money is evident (40个亿元, 人民币40个亿, 投资40个亿)");
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens.

  /** Whether a unit spelling of the catalogue starts at {@code i}. */
  private boolean isUnitAt(CharSequence s, int i) {
    return unitSpellings.at(s, i) != null;
  }

  private static boolean regionMatches(CharSequence s, int i, String word) {
    int n = word.length();
    if (i + n > s.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (s.charAt(i + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The exponent of the magnitude word at {@code i} (十 … 万亿), or -1. */
  private static int magnitudeAt(CharSequence s, int i) {
    if (i >= s.length()) {
      return -1;
    }
    int first = ChineseNumerals.unitExponent(s.charAt(i));
    if (first < 0) {
      return -1;
    }
    if (first == ChineseNumerals.ZHAO) {
      return first;
    }
    int second = i + 1 < s.length() ? ChineseNumerals.unitExponent(s.charAt(i + 1)) : -1;
    boolean pair = (second == ChineseNumerals.WAN && first < ChineseNumerals.WAN)
        || (second == ChineseNumerals.YI && first <= ChineseNumerals.WAN);
    return pair ? first + second : first;
  }

  private static int magnitudeLength(CharSequence s, int i) {
    int first = ChineseNumerals.unitExponent(s.charAt(i));
    return magnitudeAt(s, i) == first ? 1 : 2;
  }

  private static boolean matchWord(Cursor c, WordTable words) {
    Word w = words.at(c.text, c.pos);
    if (w == null) {
      return false;
    }
    c.pos += w.text.length();
    return true;
  }

  private static Qualifier match(Cursor c, WordTable words) {
    Word w = words.at(c.text, c.pos);
    if (w == null) {
      return null;
    }
    c.pos += w.text.length();
    return w.qualifier;
  }

  /** The value of an ASCII or full-width digit, or -1. */
  private static int digit(char ch) {
    if (ch >= '0' && ch <= '9') {
      return ch - '0';
    }
    if (ch >= '０' && ch <= '９') {
      return ch - '０';
    }
    return -1;
  }

  private static boolean isSign(char ch) {
    return ch == '-' || ch == '−' || ch == '－' || ch == '+';
  }

  /** White space within a line: a figure never spans a line break (2000 at a line's end, 元 on the next). */
  private static boolean isSpace(char ch) {
    if (ch > ' ' && ch < 0x7F || ch >= 0x4E00 && ch <= 0x9FFF) {
      return false; // printable ASCII and CJK ideographs, most of what is read, at once
    }
    return (Character.isWhitespace(ch) || Character.isSpaceChar(ch))
        && ch != '\n' && ch != '\r' && ch != '\u2028' && ch != '\u2029' && ch != '\u000B' && ch != '\f'
        && ch != '\u0085';
  }

  @Override
  public String toString() {
    return "MetricParser[" + catalog + "]";
  }

  private static WordTable words(Object... pairs) {
    Word[] words = new Word[pairs.length / 2];
    for (int i = 0; i < words.length; i++) {
      words[i] = new Word((String) pairs[2 * i], (Qualifier) pairs[2 * i + 1], null, null);
    }
    return new WordTable(words);
  }

  private static WordTable plainWords(String... texts) {
    Word[] words = new Word[texts.length];
    for (int i = 0; i < words.length; i++) {
      words[i] = new Word(texts[i], null, null, null);
    }
    return new WordTable(words);
  }

  private static WordTable meaningWords(String... pairs) {
    Word[] words = new Word[pairs.length / 2];
    for (int i = 0; i < words.length; i++) {
      words[i] = new Word(pairs[2 * i], null, pairs[2 * i + 1], null);
    }
    return new WordTable(words);
  }

  private static WordTable words(Map<String, Qualifier> words) {
    Object[] pairs = new Object[2 * words.size()];
    int i = 0;
    for (Map.Entry<String, Qualifier> e : words.entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    return words(pairs);
  }

  private static final class Word {
    final String text;
    /** What a qualifier word means; null for other words. */
    final Qualifier qualifier;
    /** The unit spelling a currency word stands for; null for other words. */
    final String meaning;
    /** A unit spelling's units, indexed by magnitude exponent (null where none applies); null for other words. */
    final Unit[] units;

    Word(String text, Qualifier qualifier, String meaning, Unit[] units) {
      checkArgument(!text.isEmpty());
      this.text = text;
      this.qualifier = qualifier;
      this.meaning = meaning;
      this.units = units;
    }
  }

  /**
   * Words grouped by their first character, each group longest first. The parser tries a table at
   * nearly every character of a text it scans, and most characters start none of its words: one
   * binary search says so, where trying every word cost the extractor a fifth of its time.
   */
  private static final class WordTable {
    private final char[] firsts;
    private final Word[][] groups;

    WordTable(Word[] words) {
      Word[] sorted = words.clone();
      // first character, then longest first: the longest word that matches wins
      Arrays.sort(sorted, Comparator.comparingInt((Word w) -> w.text.charAt(0))
          .thenComparing(Comparator.comparingInt((Word w) -> w.text.length()).reversed()));
      List<Word[]> byFirst = new ArrayList<>();
      int from = 0;
      for (int i = 1; i <= sorted.length; i++) {
        if (i == sorted.length || sorted[i].text.charAt(0) != sorted[from].text.charAt(0)) {
          byFirst.add(Arrays.copyOfRange(sorted, from, i));
          from = i;
        }
      }
      groups = byFirst.toArray(new Word[0][]);
      firsts = new char[groups.length];
      for (int g = 0; g < groups.length; g++) {
        firsts[g] = groups[g][0].text.charAt(0);
      }
    }

    /** The longest word at {@code s[i]}, or null. */
    Word at(CharSequence s, int i) {
      if (i >= s.length()) {
        return null;
      }
      int k = Arrays.binarySearch(firsts, s.charAt(i));
      if (k < 0) {
        return null;
      }
      for (Word w : groups[k]) {
        if (regionMatches(s, i, w.text)) {
          return w;
        }
      }
      return null;
    }
  }

  /** The reading state of one call: the text, the index, and the last figure read. */
  private static final class Cursor {
    final CharSequence text;
    int pos;
    BigDecimal lead;
    int mag;
    boolean explicitMagnitude;
    /** The upper end of an approximate range of adjacent numerals (一两, 两三百), or null. */
    BigDecimal approxMax;
    /** Whether the qualifier word read was the single 近. */
    boolean near;
    /** The currency written before the figure, or null. */
    BaseUnit currency;
    /** Whether the figure last read is in Chinese numerals. */
    boolean chinese;
    /** Whether the figure last read has a digit (not only 十 百 千 万 亿). */
    boolean hasDigit;
    /** Whether a qualifier that bounds the figure was read before it (过, 破, 超过 …; not 达). */
    boolean bounded;
    /** Whether reading within a longer text ({@link #parse(CharSequence, ParsePosition)}). */
    final boolean inText;
    /** Where reading started. */
    final int start;

    Cursor(CharSequence text, int pos, boolean inText) {
      this.text = text;
      this.pos = pos;
      this.start = pos;
      this.inText = inText;
    }

    char peek() {
      return pos < text.length() ? text.charAt(pos) : '\0';
    }

    char charAt(int i) {
      return text.charAt(i);
    }

    boolean startsWith(String word) {
      return regionMatches(text, pos, word);
    }

    void skipSpace() {
      while (pos < text.length() && isSpace(text.charAt(pos))) {
        pos++;
      }
    }

    /** The figure last read, with its magnitude folded in. */
    BigDecimal value() {
      return mag == 0 ? lead : Decimals.normalize(lead.scaleByPowerOfTen(mag));
    }

    Failure fail(String expected) {
      return new Failure(pos, expected);
    }
  }

  /** A failure inside the grammar; cheap (no stack trace), turned into the public outcome. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int index;
    final String expected;

    Failure(int index, String expected) {
      super(expected, null, false, false);
      this.index = index;
      this.expected = expected;
    }
  }
}
