package dev.parkdata.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.parkdata.catalog.ParkNameResolver;
import dev.parkdata.internal.FigureWords;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricParser;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.unit.FigureLimits;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds every quantity in a Chinese text (simplified or traditional): its span, its surface text,
 * the {@link Metric} with its qualifier, and where the text says it, the indicator it measures
 * and the time it refers to.
 *
 * <pre>{@code
 * List<Mention> mentions = MetricExtractor.standard().extract(
 *     "截至2021年底，园区营业收入超过300亿元，集聚企业2万余家，同比增长21.6%。");
 * // [15,22) "超过300亿元" 超过300亿元 MORE_THAN indicator=营业收入 period=截至2021年底
 * // [27,31) "2万余家" 2万余家 OVER indicator=企业 period=截至2021年底
 * // [36,41) "21.6%" 21.6% EXACT indicator=同比增长 period=截至2021年底
 * }</pre>
 *
 * <h2>What is found</h2>
 * Every expression {@link MetricParser} reads, starting at a digit or a Chinese numeral: figures
 * with units and magnitude words, ranges (400-600个), percents, percentage points, multiples,
 * Chinese-numeral figures (三十多年). The extractor adds:
 *
 * <ul>
 *   <li>a qualifier word before the figure, also through a verb ({@code 最高可获2000万元} is AT_MOST)
 *       and through the currency word 人民币 ({@code 约人民币5.08亿元} is 5.08亿元 APPROXIMATELY;
 *       人民币 is taken into the span only before a figure in yuan). The single-character words
 *       are not read as qualifiers where they end another word: 过 in 通过, 经过, 不过; 近 in 最近,
 *       附近; 约 in 节约, 签约, 合约, 预约. A qualifier before a range is left out of the span and
 *       the range kept ({@code 约400-600个} is 400-600个 RANGE); so is a qualifier that conflicts
 *       with one after the figure;
 *   <li>余/多 after a duration ({@code 1年多} is 1年 OVER; {@code 三个多月} is 3个月 OVER).
 *   <li>(issue 16) the words the parser reads before a figure, found backwards and read again by
 *       the parser: a currency (新台币4.76兆元 is in 新台币), a qualifier through a verb and a second
 *       agreeing qualifier (约有, 最高补助不超过), lead words (连续, 高达); a minus sign before Arabic
 *       digits (净利润-1200万元); durations with 来, 以来, 间 (三十年来 is 30年 EXACT; 近 before a
 *       duration is "recent"). A figure never spans a line break. See {@code docs/figures.md}.
 * </ul>
 *
 * <h2>What is not reported, and why</h2>
 * These are not quantities of a park (see {@code quantities.md}); each is dropped silently:
 *
 * <ul>
 *   <li><b>Dates and years</b>: a figure in 年 of four Arabic digits from 1000 to 2999, exact or a
 *       range (2022年, 1997-2017 年, 2018 年度). {@code 2000多年} is a duration and is reported.
 *       Month and day (9 月 27 日) are not units and are never read.
 *   <li><b>Time adverbials</b>: a duration followed by 前, 后 or 平均 (五年前, 两年平均增长), or
 *       after 前, 上, 每, 同, 去, 今 … (前一年, 每一年); durations with 来 are reported (issue 16).
 *   <li><b>Plan periods</b>: 十四五 is not a numeral the parser reads; it is a {@linkplain
 *       Mention#period() period}.
 *   <li><b>Ordinals and ranks</b>: a figure after 第 (第四届, 第20年); a Chinese numeral before 期
 *       (二期, 三期 are phases; 17 期 in Arabic digits is a count of editions and is reported); a
 *       figure followed by 名次 or 位次 (提升了38个名次 is a rank change, not 38 个 of anything).
 *   <li><b>Scale classes</b>: a figure followed by 级 (百公斤级, 百亿级, 千亿级 name a class).
 *   <li><b>Document and serial numbers</b>: a figure followed by 号 (国发〔2020〕7号).
 *   <li><b>Codes and product names</b>: a figure joined to Latin letters (GLP-1, 5G), glued to
 *       another number by +, - or / (5+2 天), or a unit symbol continued by letters. Names whose
 *       figure is followed by a word that is not a unit (13价肺炎球菌结合疫苗, 2型糖尿病, 500强) are
 *       not read in the first place.
 *   <li><b>Vague and idiomatic numerals</b>: after 数 or 几 (数百公斤); the bare 一 of the
 *       indefinite article (一家, 一批, 一个; 一年多 and 一倍 are reported); a magnitude word with no digit (万人, 亿元, 千家万户)
 *       unless a qualifier precedes it (超亿元, 超过百亿元 are reported); 三位一体.
 *   <li><b>Units outside the catalogue</b>: a classifier continued by 次 (100余家次 is in 家次,
 *       which the catalogue does not have): dropped rather than reported in 家.
 * </ul>
 *
 * <h2>Indicator and period</h2>
 * The {@linkplain Mention#indicator() indicator} is the known indicator word (总面积, 营业收入,
 * 规模以上企业, 产值 … about 200 simplified and traditional words) that ends nearest before the
 * mention in the same clause (not past ，、；：, brackets, quotes or a line break, nor past the
 * previous mention, nor more than 30 characters back); a change word (增长, 提高 …) takes the
 * indicator just before it along (营收同比增长). A figure joined to the previous one by 到 or 至
 * (从3.83亿元增加到141.27亿元) takes the previous one's indicator. Words that are usually the
 * subject rather than the measure (园区, 高新区) are not indicators, and nouns of what is counted
 * (企业, 项目, 机构 …) only count with at most two characters between them and the figure. The {@linkplain
 * Mention#period() period} is the nearest date expression before the mention in the same
 * sentence and line: a year with what follows it (2021年, 2023年底, 2024年1月至5月, 1997-2017 年,
 * with 截至, 截止, 到, 至, 自 or 从 before it), 截至6月底, or a plan period (十四五).
 *
 * <h2>Parks</h2>
 * An extractor {@linkplain #withParkNames with park names} also finds the parks a text names and
 * says which park each figure is about ({@link Mention#park()}).
 *
 * <p>A <b>park name</b> is either the longest name the resolver knows exactly that ends at a
 * position of the sentence (official names with and without their place, aliases, short forms
 * such as 苏州高新区, traditional forms), reported with the zone it resolves to (or AMBIGUOUS when
 * it names several); or, where the resolver knows none, a name the catalogue lacks, ending in a
 * park word (产业园, 科技园, 工业园, 科学园, 软件园 and their 园区 forms, 街区, 片区, 创新区, 合作区,
 * 商务区, 示范区, 试验区, 科学城, 科技城, 产业基地, 创新中心, 加工区) with at least two Chinese
 * characters before it, back to punctuation, a function word (的, 在, 与, 和 …), a verb that
 * stands before names (落户, 共建, 打造, 进驻 …), a bracket opened before the name or closed in it,
 * or what follows a number (2024年, 21家, 三大), reported as NONE (银川科技服务产业园,
 * 前海深港现代服务业合作区). Words that only say what kind of park it is (中国自贸试验区,
 * 科技产业园区, 国家大学科技园) name none, nor does a name followed by 公司 or 集团, which names a
 * company (香港科技園公司). A longer name covering shorter ones takes their place
 * (苏州高新区综合保税区 is one name; 中关村科学城 is not 中关村).
 *
 * <p>A figure is about, in this order:
 * <ol>
 *   <li>the park named last before it in its sentence and paragraph (a line break ends a paragraph);
 *   <li>the park named right after it and 的 (总投资50亿元的威高国际医疗器械产业园);
 *   <li>the park named last before its sentence, when the sentence refers to a park before the
 *       figure without naming it (园区, 该区, 全区, 本区, 区内, 该园, 园内, or a bare 高新区, 开发区,
 *       经开区, 综保区 standing alone, not ending a compound such as 产业园区).
 * </ol>
 * Otherwise it has no park: a paragraph that names none and a sentence that refers to none say
 * nothing about which park a figure concerns, and a guess would be a silent error.
 *
 * <h2>Offsets, sentences and streaming</h2>
 * Offsets are in Unicode code points (see {@link Mention}). The text is read sentence by
 * sentence: a sentence ends after 。！？；!?; or, when longer than 4096 characters, at its last
 * white space or comma within them, or else after 4096 characters. Qualifiers, indicators and
 * periods are looked for within the sentence only, so {@link #extract(Reader, Consumer)} needs
 * memory for one sentence and gives exactly the mentions of {@link #extract(CharSequence)}. The
 * work is linear in the length of the text, and no text makes the extractor throw: what it
 * cannot read as a figure (a figure beyond the {@link FigureLimits}, such as a run of 4,000
 * digits; 余 or 多 after zero, as in 0个多月) is not reported as one.
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} is shared.
 */
public final class MetricExtractor {
  static final int DEFAULT_MAX_SENTENCE = 4096;
  private static final int INDICATOR_REACH = 30;

  private static final MetricExtractor STANDARD = new MetricExtractor(MetricParser.standard(), DEFAULT_MAX_SENTENCE, null);

  private final MetricParser parser;
  private final int maxSentence;
  /** Null: no park names are looked for. */
  private final ParkNameResolver parkNames;

  private MetricExtractor(MetricParser parser, int maxSentence, ParkNameResolver parkNames) {
    this.parser = parser;
    this.maxSentence = maxSentence;
    this.parkNames = parkNames;
  }

  /** The extractor of the standard unit catalogue. */
  public static MetricExtractor standard() {
    return STANDARD;
  }

  /** An extractor that reads figures with {@code parser}, for catalogues of a project's own. */
  public static MetricExtractor using(MetricParser parser) {
    checkNotNull(parser, "parser");
    return parser == MetricParser.standard() ? STANDARD : new MetricExtractor(parser, DEFAULT_MAX_SENTENCE, null);
  }

  /**
   * This extractor, also finding the park names that {@code resolver} knows and giving each
   * figure the park it is about ({@link Mention#park()}; the rule is above). {@code
   * ParkNameResolver.standard()} loads the national catalogue on first use.
   */
  public MetricExtractor withParkNames(ParkNameResolver resolver) {
    checkNotNull(resolver, "resolver");
    return new MetricExtractor(parser, maxSentence, resolver);
  }

  /** For tests: an extractor that cuts sentences longer than {@code maxSentence} characters. */
  static MetricExtractor withMaxSentence(int maxSentence) {
    checkArgument(maxSentence >= 2, "maxSentence %s < 2", maxSentence);
    return new MetricExtractor(MetricParser.standard(), maxSentence, null);
  }

  /** Every mention in {@code text}, in order of position. */
  public List<Mention> extract(CharSequence text) {
    ImmutableList.Builder<Mention> mentions = ImmutableList.builder();
    extract(text, mentions::add);
    return mentions.build();
  }

  /** Passes every mention in {@code text} to {@code sink}, in order of position. */
  public void extract(CharSequence text, Consumer<? super Mention> sink) {
    extract(text, sink, null);
  }

  /**
   * Passes every mention in {@code text} to {@code sink} and, when this extractor has {@linkplain
   * #withParkNames park names}, every park name to {@code parks} (null: not wanted), each in
   * order of position; the park names of a sentence reach {@code parks} before its figures reach
   * {@code sink}.
   */
  public void extract(CharSequence text, Consumer<? super Mention> sink, Consumer<? super ParkMention> parks) {
    checkNotNull(text, "text");
    checkNotNull(sink, "sink");
    ParkScan parkScan = parkNames == null ? null : new ParkScan(parkNames, parks);
    Scan scan = new Scan(parkScan == null ? sink : m -> sink.accept(parkScan.attribute(m)));
    int n = text.length();
    int s = 0;
    while (s < n) {
      int e = sentenceEnd(text, s, n, true);
      if (parkScan != null) {
        parkScan.sentence(text, s, e);
      }
      scan.sentence(text, s, e);
      s = e;
    }
  }

  /**
   * Every mention in the text of {@code reader}, in order of position; the same as {@link
   * #extract(CharSequence)} on the whole text. The reader is read to its end and not closed.
   *
   * @throws IOException if reading fails
   */
  public List<Mention> extract(Reader reader) throws IOException {
    ImmutableList.Builder<Mention> mentions = ImmutableList.builder();
    extract(reader, mentions::add);
    return mentions.build();
  }

  /**
   * Passes every mention in the text of {@code reader} to {@code sink} as soon as its sentence
   * has been read, holding one sentence (at most 4096 characters) and one block of input in
   * memory. The reader is read to its end and not closed.
   *
   * @throws IOException if reading fails
   */
  public void extract(Reader reader, Consumer<? super Mention> sink) throws IOException {
    extract(reader, sink, null);
  }

  /**
   * As {@link #extract(Reader, Consumer)}, also passing every park name to {@code parks} (null:
   * not wanted) when this extractor has {@linkplain #withParkNames park names}.
   *
   * @throws IOException if reading fails
   */
  public void extract(Reader reader, Consumer<? super Mention> sink, Consumer<? super ParkMention> parks)
      throws IOException {
    checkNotNull(reader, "reader");
    checkNotNull(sink, "sink");
    ParkScan parkScan = parkNames == null ? null : new ParkScan(parkNames, parks);
    Scan scan = new Scan(parkScan == null ? sink : m -> sink.accept(parkScan.attribute(m)));
    StringBuilder buffer = new StringBuilder(2 * maxSentence);
    char[] block = new char[Math.max(maxSentence, 1024)];
    boolean eof = false;
    while (!eof) {
      int read = reader.read(block);
      if (read < 0) {
        eof = true;
      } else {
        buffer.append(block, 0, read);
      }
      int s = 0;
      while (s < buffer.length()) {
        int e = sentenceEnd(buffer, s, buffer.length(), eof);
        if (e < 0) {
          break;
        }
        if (parkScan != null) {
          parkScan.sentence(buffer, s, e);
        }
        scan.sentence(buffer, s, e);
        s = e;
      }
      buffer.delete(0, s);
    }
  }

  /**
   * Where the sentence starting at {@code s} ends, looking no further than {@code limit}; -1 if
   * that cannot be told before more text is read. Depends only on the text, not on {@code limit},
   * so that reading in blocks cuts where reading the whole text does.
   */
  private int sentenceEnd(CharSequence t, int s, int limit, boolean eof) {
    int max = s + maxSentence;
    int stop = Math.min(limit, max);
    for (int i = s; i < stop; i++) {
      if (isTerminator(t.charAt(i))) {
        return i + 1;
      }
    }
    if (limit >= max) {
      for (int i = max - 1; i > s; i--) {
        char c = t.charAt(i);
        if (Character.isWhitespace(c) || c == '，' || c == ',' || c == '、') {
          return i + 1;
        }
      }
      return Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max;
    }
    return eof ? limit : -1;
  }

  private static boolean isTerminator(char c) {
    switch (c) {
      case '。': case '！': case '？': case '；': case '!': case '?': case ';':
        return true;
      default:
        return false;
    }
  }

  @Override
  public String toString() {
    return "MetricExtractor[" + parser + (parkNames == null ? "" : ", with park names") + "]";
  }

  // ---------------------------------------------------------------------------------------------

  /** The state of one extraction: the sink and the code points counted so far. */
  private final class Scan {
    final Consumer<? super Mention> sink;
    final ParsePosition position = new ParsePosition(0);
    final int[] starts = new int[MAX_WORDS_BEFORE];
    /** Code points before the current sentence. */
    int codePoints;

    Scan(Consumer<? super Mention> sink) {
      this.sink = sink;
    }

    /** Extracts the mentions of the sentence {@code text[s, e)}. */
    void sentence(CharSequence text, int s, int e) {
      CharSequence t = e == text.length() ? text : new Prefix(text, e);
      int counted = s; // chars up to here are in cp
      int cp = codePoints;
      int floor = s; // the end of the last mention
      Dates dates = null;
      String lastIndicator = null;
      int i = s;
      while (i < e) {
        char ch = t.charAt(i);
        if (!FigureWords.isFigureCharacter(ch)) {
          i++;
          continue;
        }
        int run = Text.runEnd(t, i, e);
        if (i > s && Text.digit(ch) >= 0 && isMinus(t.charAt(i - 1))
            && !(i - 2 >= s && (Text.digit(t.charAt(i - 2)) >= 0 || Text.isLatinLetter(t.charAt(i - 2))))) {
          i--; // 净利润-1200万元: the sign is part of the figure (but 5-8, GLP-1 are not signs)
        }
        position.setIndex(i);
        position.setErrorIndex(-1);
        Metric m = rejectedBefore(t, s, i) ? null : parser.parse(t, position);
        if (m == null) {
          i = run;
          continue;
        }
        int end = position.getIndex();
        // 三个多月, 1年多: 多 or 余 after a duration; OVER needs a positive value (0个多月 is not).
        if (!m.isRange() && m.qualifier() == Qualifier.EXACT && m.value().signum() > 0) {
          if (m.unit().equals(Units.GE) && Text.startsWithOver(t, end) && end + 1 < e && t.charAt(end + 1) == '月') {
            m = Metric.of(m.value(), Units.MONTH, Qualifier.OVER);
            end += 2;
          } else if (isDuration(m.unit()) && end < e && Text.isOver(t.charAt(end))) {
            m = Metric.of(m.value(), m.unit(), Qualifier.OVER);
            end++;
          }
        }
        boolean chinese = Text.digit(ch) < 0;
        if (rejectedAfter(t, s, i, run, end, e, m, chinese)) {
          i = Math.max(end, run);
          continue;
        }
        // Words before: [qualifier [verb] [qualifier]] [currency] figure, read again by the parser
        // from the farthest of them that still gives one expression ending where the figure does.
        int start = i;
        int found = candidates(t, s, i, starts);
        for (int k = found - 1; k >= 0; k--) {
          position.setIndex(starts[k]);
          position.setErrorIndex(-1);
          Metric longer = parser.parse(t, position);
          if (longer != null && position.getIndex() >= end) {
            m = longer;
            start = starts[k];
            end = position.getIndex();
            break;
          }
        }
        if (chinese && run - i == 1 && t.charAt(i) == '一' && isIndefiniteClassifier(m.unit())) {
          i = Math.max(end, run); // 一批, 一系列: "a number of", even after a verb (突破一批关键技术)
          continue;
        }
        if (start == i && chinese && run - i == 1 && t.charAt(i) == '一' && (run >= e || "点點·".indexOf(t.charAt(run)) < 0)
            && !isDuration(m.unit())
            && !m.unit().equals(Units.TIMES) && !m.unit().equals(Units.PERCENT)) {
          i = Math.max(end, run); // the indefinite article: 一家, 一批 (but 至少一人, 一年多, 一倍, 一成 are figures)
          continue;
        }
        if (start == i && Text.isBareMagnitude(t, i, run)) {
          i = Math.max(end, run); // 万人, 亿元: a magnitude word alone is a figure only after a qualifier
          continue;
        }
        String indicator = Words.indicatorBefore(t, Math.max(floor, Math.max(s, start - INDICATOR_REACH)), start);
        if ((indicator == null || Words.isChange(indicator)) && floor > s && continues(t, floor, start)) {
          indicator = lastIndicator; // 从3.83亿元增加到141.27亿元: the second figure measures what the first does
        }
        if (dates == null) {
          dates = Dates.scan(t, s, e);
        }
        String period = dates.before(t, start);
        cp += Text.codePoints(t, counted, start);
        int startCp = cp;
        cp += Text.codePoints(t, start, end);
        counted = end;
        sink.accept(Mention.of(startCp, cp, t.subSequence(start, end).toString(), m, indicator, period));
        floor = end;
        lastIndicator = indicator;
        i = end;
      }
      codePoints = cp + Text.codePoints(t, counted, e);
    }
  }

  private static final int MAX_WORDS_BEFORE = 4;

  private static boolean isMinus(char c) {
    return c == '-' || c == '−' || c == '－';
  }

  /**
   * Where the words before the figure at {@code i} may start, nearest first, into {@code starts}:
   * a currency word (人民币, 新台币, ¥), then up to two qualifier or lead words (约, 最高, 高达, 连续),
   * each maybe after a verb that follows a qualifier (最高可获, 约有, 最高补助不超过). Returns how many.
   */
  private static int candidates(CharSequence t, int s, int i, int[] starts) {
    int n = 0;
    int j = Text.skipSpaceBack(t, s, i);
    int w = Words.CURRENCY.endingAt(t, s, j);
    if (w >= 0) {
      j -= Words.CURRENCY.word(w).length();
      starts[n++] = j;
      j = Text.skipSpaceBack(t, s, j);
    }
    for (int round = 0; round < 2 && n < MAX_WORDS_BEFORE; round++) {
      int q = Words.QUALIFIERS.qualifierEndingAt(t, s, j);
      if (q >= 0) {
        j -= Words.QUALIFIERS.word(q).length();
        starts[n++] = j;
        j = Text.skipSpaceBack(t, s, j);
        continue;
      }
      int v = Words.VERBS.endingAt(t, s, j);
      if (v < 0) {
        break;
      }
      int before = j - Words.VERBS.word(v).length();
      q = Words.QUALIFIERS.qualifierEndingAt(t, s, before);
      if (q < 0) {
        break;
      }
      j = before - Words.QUALIFIERS.word(q).length();
      starts[n++] = j;
      j = Text.skipSpaceBack(t, s, j);
    }
    return n;
  }

  /** Whether {@code t[from, to)} joins two figures as the ends of one change: 增加到, 提高至. */
  private static boolean continues(CharSequence t, int from, int to) {
    if (to - from > 8) {
      return false;
    }
    boolean joined = false;
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (Text.isClauseBreak(c)) {
        return false;
      }
      joined |= c == '到' || c == '至';
    }
    return joined;
  }

  private static boolean isDuration(Unit unit) {
    return unit.equals(Units.YEAR) || unit.equals(Units.MONTH) || unit.equals(Units.DAY);
  }

  /** Whether what stands before the figure at {@code i} rules it out: an ordinal, a vague or coded number. */
  private static boolean rejectedBefore(CharSequence t, int s, int i) {
    if (i == s) {
      return false;
    }
    char raw = t.charAt(i - 1);
    if (Text.isLatinLetter(raw)) {
      return true; // GLP-1, A5
    }
    if ((raw == '+' || raw == '-' || raw == '－' || raw == '/' || raw == '_') && i - 2 >= s
        && (Text.isLatinLetter(t.charAt(i - 2)) || Text.digit(t.charAt(i - 2)) >= 0)) {
      return true; // 5+2, GLP-1
    }
    int j = Text.skipSpaceBack(t, s, i);
    if (j == s) {
      return false;
    }
    char prev = t.charAt(j - 1);
    return prev == '第' // ordinals: 第四届, 第 20 年
        || prev == '数' || prev == '數' || prev == '几' || prev == '幾'; // 数百公斤, 几十家
  }

  /** Whether the figure {@code t[i, end)} read as {@code m} is not a quantity of a park. */
  private static boolean rejectedAfter(
      CharSequence t, int s, int i, int run, int end, int e, Metric m, boolean chinese) {
    char next = end < e ? t.charAt(end) : '\0';
    if (next == '级' || next == '級' // scale classes
        || next == '号' || next == '號' // document numbers
        || next == '次' // 家次: a unit the catalogue lacks
        || Text.startsWith(t, end, e, "名次") || Text.startsWith(t, end, e, "位次") // rank changes
        || Text.startsWith(t, end, e, "一体") || Text.startsWith(t, end, e, "一體")) { // 三位一体
      return true;
    }
    if (end > 0 && BOUND_WORDS.contains(String.valueOf(t.charAt(end - 1)) + next)) {
      return true; // 份额, 批发: the classifier is the first character of another word
    }
    if (Text.isLatinLetter(next) && Text.isLatinLetter(t.charAt(end - 1))) {
      return true; // a unit symbol that is part of a longer word
    }
    boolean duration = isDuration(m.unit());
    if (duration && ("前后後".indexOf(next) >= 0 || Text.startsWith(t, end, e, "平均"))) {
      return true; // 五年前, 三年后: a time, not a duration; 两年平均增长: a statistic's period
    }
    if (m.unit().equals(Units.YEAR) && m.qualifier() == Qualifier.EXACT && end == run + 1) {
      if (chinese && run - i >= 2 && isDigitsOnly(t, i, run)) {
        return true; // 一四年, 一二年: a year abbreviated digit by digit
      }
      if (!chinese && (run - i == 2 || run - i == 3) && m.value().compareTo(BigDecimal.valueOf(60)) >= 0
          && m.value().compareTo(BigDecimal.valueOf(150)) <= 0 && m.value().scale() <= 0) {
        return true; // 民国107年, 96年: a year of the Republic of China calendar or a two-digit year
      }
    }
    if (duration && i > s && "前上下后後每同当當去今明".indexOf(t.charAt(i - 1)) >= 0) {
      return true; // 前一年, 每一年: a time, not a duration
    }
    if (chinese && !m.unit().isCompound() && m.unit().base().orElseThrow().name().equals("期")) {
      return true; // 二期: a phase
    }
    return isYear(t, i, run, m); // 2022年, 二〇二二年
  }

  /** Words that begin with a classifier's character: a figure before them has no unit. */
  private static final java.util.Set<String> BOUND_WORDS =
      java.util.Set.of("份额", "份額", "批发", "批發", "批准", "批复", "批復");

  /** Classifiers that after 一 mean "a number of", not one: 一批 新项目. */
  private static boolean isIndefiniteClassifier(dev.parkdata.unit.Unit unit) {
    return !unit.isCompound() && "批".equals(unit.base().orElseThrow().name());
  }

  /** Whether {@code t[i, run)} holds digit characters only (一四, 二〇), not 两 nor 十 百 千. */
  private static boolean isDigitsOnly(CharSequence t, int i, int run) {
    for (int k = i; k < run; k++) {
      if ("〇零一二三四五六七八九".indexOf(t.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** 2022年, 1997-2017 年: four Arabic digits from 1000 to 2999 in 年, exact or a range. */
  private static boolean isYear(CharSequence t, int i, int run, Metric m) {
    if (!m.unit().equals(Units.YEAR) || run - i != 4
        || (m.qualifier() != Qualifier.EXACT && m.qualifier() != Qualifier.RANGE)) {
      return false;
    }
    return isYearValue(m.value()) && isYearValue(m.max());
  }

  private static boolean isYearValue(BigDecimal v) {
    return v.compareTo(BigDecimal.valueOf(1000)) >= 0 && v.compareTo(BigDecimal.valueOf(2999)) <= 0
        && v.stripTrailingZeros().scale() <= 0;
  }

  /** A view of the first {@code length} characters of a text, so the parser reads no further. */
  private static final class Prefix implements CharSequence {
    private final CharSequence text;
    private final int length;

    Prefix(CharSequence text, int length) {
      this.text = text;
      this.length = length;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      if (index >= length) {
        throw new IndexOutOfBoundsException(index);
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      if (end > length) {
        throw new IndexOutOfBoundsException(end);
      }
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text.subSequence(0, length).toString();
    }
  }
}
