package dev.parkdata.extract;

import com.google.common.collect.ImmutableMap;
import dev.parkdata.catalog.ParkNameResolver;
import dev.parkdata.internal.ChangeWords;
import dev.parkdata.internal.FigureWords;
import dev.parkdata.internal.QuotationMarks;
import dev.parkdata.internal.Traditional;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.unit.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Word lists looked up backwards from a position: the longest word of the list that ends there.
 * Words are grouped by their last character, which is found by binary search.
 */
final class Words {
  /** The qualifier words read before a figure, EXACT ones (达, 为) aside, and what they mean. */
  private static final Map<String, Qualifier> QUALIFIER_WORDS = FigureWords.prefixWords().entrySet().stream()
      .filter(e -> e.getValue() != Qualifier.EXACT || e.getKey().length() > 1 && !isPlainExact(e.getKey()))
      .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));

  static final Words QUALIFIERS = new Words(QUALIFIER_WORDS.keySet().toArray(new String[0]));
  /** The meaning of each word of {@link #QUALIFIERS}, by index. */
  static final Qualifier[] QUALIFIER_MEANINGS = QUALIFIER_WORDS.values().toArray(new Qualifier[0]);

  /** Verbs that may stand between a qualifier and its figure: 最高可获2000万元, 约有, 最高为. */
  static final Words VERBS = new Words(
      "可获得", "可獲得", "可获", "可獲", "可达到", "可達到", "可达", "可達", "达到", "達到", "达", "達", "获得", "獲得", "可",
      "为", "為", "是", "有", "了", "补助", "補助", "补贴", "補貼", "奖励", "獎勵", "资助", "資助", "节省", "節省", "占", "佔");

  /** Currency words and signs written before a figure: 约人民币5.08亿元, 新台币4.76兆元, ¥300. */
  static final Words CURRENCY = new Words(
      "人民币", "人民幣", "新台币", "新台幣", "新臺幣", "台币", "台幣", "臺幣", "港币", "港幣", "HK$", "US$", "RMB",
      "￥", "¥", "$", "＄");

  /** EXACT words that are not taken into a mention's span (达 300亿元 is read as 300亿元). */
  private static boolean isPlainExact(String word) {
    return Set.of("达到", "達到", "实现", "實現").contains(word);
  }

  /**
   * Indicator words naming a measure (面积, 营业收入, 占比 …), simplified; their traditional forms
   * are added by {@link #traditional(String)}. Found up to {@link MetricExtractor}'s reach.
   */
  static final Words MEASURES = withTraditional(
      "面积", "总面积", "占地面积", "占地", "建筑面积", "总建筑面积", "规划面积", "规划用地", "用地面积", "用地",
      "建成面积", "建成区面积", // built, not all of it: no total area
      "改造面积", "办公空间", "实施范围",
      "营业收入", "营收", "总营收", "营收规模", "总营收规模", "收入", "总收入", "主营业务收入", "销售收入",
      "营业额", "年营业额", "总营业额",
      "销售额", "年销售额", "工业销售", "工业销售产值", "工业销售率", "产品销售率", "工业产品销售率", "产值", "总产值", "年产值", "工业总产值", "工业产值", "年工业总产值", "年工业产值",
      "全部工业总产值", "全部工业产值", "全部工业增加值", "产值规模", "生产总值",
      "地区生产总值", "GDP", "增加值", "工业增加值", "产业增加值", "税收", "上缴税收", "税金", "税金总额", "上缴税金", "实缴税金", "财政收入", "财政总收入",
      "地方财政收入", "一般公共预算收入", "利润", "利税", "出口", "出口额", "出口总额", "进口", "进口额", "进口总额", "进出口", "进出口额", "进出口总额",
      "外贸", "贸易额", "贸易总额",
      "产出", "单位面积产出", "亩均产出", "亩均税收", "亩均产值", "地均产值",
      "总投资", "投资总额", "投资", "投资额", "投入", "研发投入", "现金投入", "固定资产投资", "全社会固定资产投资", "融资",
      "完成投资", "完成投资额", // a statistic of its own, investment put in place: 重点项目完成投资
      "募集资金", "募资", "资金", "金额", "预算支出", "财政支出", "总支出", "一般支出", "基金支出", "研发经费支出", "全社会研发经费支出", "研发经费投入", "全社会研发经费投入", "补助", "补贴", "奖励", "注册资本", "规模", "产业规模", "市场规模",
      "土地面积", "人口", "常住人口", "利用外资", "实际使用外资", "实际利用外资", "利润总额", "进出口值", "进出口总值",
      "外资", "合同外资", "到位外资", "实际到位外资", "到位资金", "实际到位资金",
      "内资", "利用内资", "实际利用内资", "引进内资", "实际引进内资", "到位内资",
      "就业人数", "从业人数", "员工人数", "员工数", "发电量", "年发电量", "就业", "就业岗位", "岗位", "贡献", "知识产权",
      "装机规模", "装机容量", "装机", "算力", "产能", "产量", "能耗", "排放量", "年排放量", "绿电", "标准煤",
      "床位", "占比", "比重", "比例", "增速", "增幅", "净增率",
      "数量", // 开业企业数量从299家增长到4.2万家: how many, a measure of the things before it
      "出租率", "入驻率", "入住率", "空置率",
      "覆盖率", "森林覆盖率", "绿化覆盖率", // 森林覆盖率从2017年的11%提高到当前的34%
      // the measures of statistical communiqués
      "社会消费品零售总额", "零售总额", "零售额", "销售总额", "用电量", "全社会用电量", "工业用电量",
      "吞吐量", "货物吞吐量", "集装箱吞吐量", "存款余额", "贷款余额", "成交额", "技术合同成交额", "交易额",
      "授权量", "专利授权量", "发明专利授权量", "申请量", "可支配收入", "人均可支配收入", "税收收入",
      // money brought in by attracting investment (not 招商引资 alone: 招商引资活动 are events)
      "引资额", "协议引资", "合同引资", "合同引资额");

  /**
   * Indicator words naming what is counted (企业, 项目 …): often the subject of a clause rather
   * than what its figure counts, so they are taken only right before the figure (企业2158家,
   * 的企业有2158家), with at most two characters between.
   */
  static final Words NOUNS = withTraditional(
      "企业", "规上企业", "规模以上企业", "高新技术企业", "专精特新企业", "独角兽企业", "上市公司",
      "上市企业", "创新型企业", "科技型企业", "科技企业", "公司", "机构", "研发机构", "平台", "创新平台",
      "项目", "重大项目", "产业项目", "人才", "人员", "研发人员", "员工", "从业人员", "专利", "发明专利", "商标",
      "注册商标", "措施", "举措", "基金", "子基金", "人才公寓", "厂商", "市场主体", "经营主体",
      "主导产业", "支柱产业", "特色产业", "新兴产业", "优势产业", "首位产业",
      "游客", "遊客"); // 接待海内外游客2530万人次: a new area's tourists (遊, which the table of 游 does not give)

  /**
   * Words of change: they take the indicator before them along (营收同比增长). Those of {@link
   * ChangeWords} but the ones that name a measure of their own here (增速, 增幅), and the few written
   * with 同比 or 分别 that stand alone before a figure (同比增长22%).
   */
  static final Words CHANGES = withTraditional(changeWords());

  private static String[] changeWords() {
    List<String> words = new ArrayList<>(List.of("同比增长", "同比分别增长", "分别增长", "同比下降", "同比增速", "同比增幅"));
    for (List<String> kind : List.of(ChangeWords.GROWTHS, ChangeWords.CHANGES)) {
      for (String w : kind) {
        if (!isMeasure(w)) {
          words.add(w);
        }
      }
    }
    return words.toArray(new String[0]);
  }

  private final String[] words;
  private final char[] lastChars;
  /** For each last character, the indexes of its words, longest first. */
  private final int[][] byLast;

  private Words(String... words) {
    this.words = words.clone();
    TreeMap<Character, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < words.length; i++) {
      groups.computeIfAbsent(words[i].charAt(words[i].length() - 1), c -> new ArrayList<>()).add(i);
    }
    lastChars = new char[groups.size()];
    byLast = new int[groups.size()][];
    int k = 0;
    for (var e : groups.entrySet()) {
      lastChars[k] = e.getKey();
      byLast[k] = e.getValue().stream()
          .sorted(Comparator.comparingInt((Integer i) -> words[i].length()).reversed())
          .mapToInt(Integer::intValue)
          .toArray();
      k++;
    }
  }

  private static Words withTraditional(String... simplified) {
    return new Words(inBothScripts(simplified));
  }

  /**
   * {@code simplified} and, after them, their traditional forms that differ, also with 産 for 產
   * (Hong Kong's and Japan's form of it, which some pages and converters write: 工業産值).
   */
  private static String[] inBothScripts(String... simplified) {
    Set<String> all = new LinkedHashSet<>(Arrays.asList(simplified));
    for (String w : simplified) {
      String traditional = traditional(w);
      all.add(traditional);
      all.add(traditional.replace('產', '産'));
    }
    return all.toArray(new String[0]);
  }

  /** {@code word} with the characters of {@link Traditional}'s table in their traditional form. */
  static String traditional(String word) {
    return Traditional.of(word);
  }


  String word(int index) {
    return words[index];
  }

  /** Whether {@code word} is one of these words, whole. */
  boolean isWord(String word) {
    int i = endingAt(word, 0, word.length());
    return i >= 0 && words[i].length() == word.length();
  }

  /** The index of the longest word ending at {@code end} and starting at or after {@code floor}, or -1. */
  int endingAt(CharSequence t, int floor, int end) {
    if (end <= floor) {
      return -1;
    }
    int k = Arrays.binarySearch(lastChars, t.charAt(end - 1));
    if (k < 0) {
      return -1;
    }
    for (int i : byLast[k]) {
      String w = words[i];
      if (end - w.length() >= floor && Text.startsWith(t, end - w.length(), end, w)) {
        return i;
      }
    }
    return -1;
  }

  /** The longest word starting at {@code k} and ending at or before {@code end}, or null. */
  String startingAt(CharSequence t, int k, int end) {
    int i = startingAtIndex(t, k, end);
    return i < 0 ? null : words[i];
  }

  /** The index of the longest word starting at {@code k} and ending at or before {@code end}, or -1. */
  int startingAtIndex(CharSequence t, int k, int end) {
    int longest = -1;
    for (int i = 0; i < words.length; i++) {
      if ((longest < 0 || words[i].length() > words[longest].length()) && Text.startsWith(t, k, end, words[i])) {
        longest = i;
      }
    }
    return longest;
  }

  /**
   * The index of the qualifier word ending at {@code end}, or -1; a one-character word is not a
   * qualifier where it ends another word (通过, 最近, 节约).
   */
  int qualifierEndingAt(CharSequence t, int floor, int end) {
    int i = endingAt(t, floor, end);
    if (i < 0 || words[i].length() > 1 || end - 1 == floor) {
      return i;
    }
    char before = t.charAt(end - 2);
    String excluded;
    switch (words[i].charAt(0)) {
      case '过': case '過':
        excluded = "通经經不越度错錯走跨";
        break;
      case '近':
        excluded = "最附临臨靠贴貼";
        break;
      case '约': case '約':
        excluded = "节節签簽合预預公制特邀相";
        break;
      case '超':
        excluded = "高";
        break;
      case '破':
        excluded = "打爆突";
        break;
      default:
        excluded = "";
    }
    return excluded.indexOf(before) >= 0 ? -1 : i;
  }

  /**
   * The indicator written before {@code end} in the clause that starts at or after {@code floor}:
   * the nearest known word, a change word with the indicator just before it, or null.
   */
  static String indicatorBefore(CharSequence t, int floor, int end) {
    int gap = 0;
    for (int j = end; j > floor; j--) {
      char c = t.charAt(j - 1);
      if (Text.isClauseBreak(c) || c == '\n') {
        return null;
      }
      String w = indicatorEndingAt(t, floor, j, gap <= 2);
      if (w != null) {
        int word = j - w.length();
        // 占比 after a measure is its share; 比重 or 比例 after one names the whole (占GDP比重)
        String measured = w.endsWith("占比") || w.endsWith("佔比") ? indicatorEndingAt(t, floor, word, false) : null;
        if (measured != null && !isShareWord(measured)) {
          word -= measured.length(); // 高技术产业实际利用外资占比: the share of a measure, narrowed as the measure is
        }
        // a measure in Latin letters before the word is what it measures (GDP增幅: GDP's); not before a
        // share's word, whose whole it is (R&D占GDP比例)
        int latin = word > floor && Text.isLatinLetter(t.charAt(word - 1)) && !isShareWord(w) ? MEASURES.endingAt(t, floor, word) : -1;
        if (latin >= 0) {
          return t.subSequence(word - MEASURES.words[latin].length(), rateAfter(t, j, end)).toString();
        }
        return withModifiers(t, floor, word, rateAfter(t, j, end));
      }
      int change = CHANGES.endingAt(t, floor, j);
      if (change >= 0 && !isChangeWord(t, floor, j, CHANGES.words[change])) {
        change = -1;
      }
      if (change >= 0) {
        int changeStart = j - CHANGES.words[change].length();
        int after = j;
        while (after < end && Text.isSpace(t.charAt(after))) {
          after++;
        }
        // 出租率上升至92%, 提高到: the new level of what changed, not its change (增长率为20%, 成長為 are)
        boolean level = after < end && (t.charAt(after) == '至' || t.charAt(after) == '到');
        int glossed = 0; // characters of a year glossed in brackets: 較去(2019)年
        for (int k = changeStart; k > floor && changeStart - k - glossed <= ChangeWords.MAX_CONNECTIVES; k--) {
          String base = indicatorEndingAt(t, floor, k, true);
          if (base != null) {
            return withoutDegree(withoutAdjustment(withoutYearGloss(withModifiers(t, floor, k - base.length(), level ? k : j))));
          }
          int gloss = yearGlossEndingAt(t, floor, k);
          if (gloss > 0) {
            glossed += gloss;
            k -= gloss - 1;
            continue;
          }
          int average = AVERAGES.endingAt(t, floor, k);
          if (average >= 0) { // 地区生产总值年均增长7.5%: the measure's average growth, named so
            k -= AVERAGES.words[average].length() - 1;
            continue;
          }
          int degree = DEGREES.endingAt(t, floor, k);
          if (degree >= 0) { // 营业收入大幅增长42%: how much, which the indicator leaves out (withoutDegree)
            glossed += DEGREES.words[degree].length();
            k -= DEGREES.words[degree].length() - 1;
            continue;
          }
          int priced = k > floor && (t.charAt(k - 1) == '，' || t.charAt(k - 1) == ',') ? k - 1 : k;
          int adjustment = ADJUSTMENTS.endingAt(t, floor, priced);
          if (adjustment >= 0) { // 工业增加值按可比价格计算，比上年增长1.9%: how it was counted, not what
            glossed += k - priced + ADJUSTMENTS.words[adjustment].length();
            k = priced - ADJUSTMENTS.words[adjustment].length() + 1;
            continue;
          }
          if (!ChangeWords.isConnective(t.charAt(k - 1))) {
            break;
          }
        }
        int k = changeStart; // before the connectives: 电子信息产业同比增长
        while (k > floor && changeStart - k < ChangeWords.MAX_CONNECTIVES && ChangeWords.isConnective(t.charAt(k - 1))) {
          k--;
        }
        int stem = -1;
        int bare = 0;
        int classified = CLASSIFIED_INDUSTRIES.endingAt(t, floor, k);
        if (classified >= 0 && classifiedStart(t, floor, k, classified)) {
          // 纺织业增长21.6%, 计算机、通信和其他电子设备制造业增长32.9%: a division's growth, named whole
          return withModifiers(t, floor, k - CLASSIFIED_INDUSTRIES.word(classified).length(), level ? k : j);
        }
        int industry = INDUSTRIES.endingAt(t, floor, k);
        if (industry >= 0) { // 生物医药产业增长8.4%: the industry's growth (a bare 产业 says nothing)
          bare = INDUSTRIES.words[industry].length();
          stem = k - bare;
        } else if (k - 2 >= floor && MEASURE_ENDS.indexOf(t.charAt(k - 1)) >= 0 && Character.isIdeographic(t.charAt(k - 2))
            && NOT_IN_MODIFIERS.indexOf(t.charAt(k - 2)) < 0) {
          bare = 2; // 原煤消费量下降5.9%: a measure the lists do not know, by its last character
          stem = k - bare;
        }
        if (stem >= floor && (withModifiers(t, floor, stem, k).length() > bare || stem == floor && bare == 2)) {
          return withModifiers(t, floor, stem, level ? k : j);
        }
        return level ? null : CHANGES.words[change];
      }
      if (!Text.isSpace(c)) {
        gap++;
      }
    }
    return null;
  }

  /** How a change was counted, written between the measure and its change: 按可比价格计算. */
  private static final Words ADJUSTMENTS = withTraditional("按可比价格计算", "按可比价计算", "扣除价格因素");

  /** Words before a change that make it an average over years: 年均增长, 年平均增长, 平均增长. */
  private static final Words AVERAGES = withTraditional("年平均", "年均", "平均");

  /** Adverbs of degree or pace before a change, no part of what changed: 大幅增长, 略微衰退, 稳步增长. */
  private static final Words DEGREES = withTraditional("大幅", "小幅", "略微", "稳步", "快速", "显著", "明显");

  /** Where an adverb of {@link #DEGREES} ending at {@code end} starts, not before {@code floor}; else {@code end}. */
  static int beforeDegree(CharSequence t, int floor, int end) {
    int degree = DEGREES.endingAt(t, floor, end);
    return degree < 0 ? end : end - DEGREES.words[degree].length();
  }

  /** {@code word} without an adverb of {@link #DEGREES} right before its change: 营业收入大幅增长 is 营业收入增长. */
  static String withoutDegree(String word) {
    for (int i = 0; i < DEGREES.words.length; i++) {
      String degree = DEGREES.words[i];
      int at = word.lastIndexOf(degree);
      if (at > 0 && CHANGES.startingAtIndex(word, at + degree.length(), word.length()) >= 0) {
        return word.substring(0, at) + word.substring(at + degree.length());
      }
    }
    return word;
  }

  /**
   * The words of a clause {@code t[open, of)} before 占 that name the part of a share, where no
   * word of the lists does (天然气占一次能源消费量比重为11.1%: 天然气; 数字经济核心产业占GDP比重):
   * two to twelve Chinese characters or letters, no function character, no verb that says what
   * happened (实现, 累计 …), and no place or park alone (全市, 园区); else null.
   */
  static String partBefore(CharSequence t, int open, int of) {
    int from = open;
    while (from < of && Text.isSpace(t.charAt(from))) {
      from++;
    }
    int n = of - from;
    if (n < 2 || n > 12) {
      return null;
    }
    for (int k = from; k < of; k++) {
      char c = t.charAt(k);
      if (!(Character.isIdeographic(c) || c < 128 && Character.isLetter(c)) || FUNCTION_CHARACTERS.indexOf(c) >= 0) {
        return null;
      }
    }
    for (int k = from + 1; k <= of; k++) {
      int verb = MODIFIER_ENDS.endingAt(t, from, k);
      if (verb >= 0 && MODIFIER_ENDS.words[verb].length() > 1) {
        return null; // 实现, 累计, 其中 …: not the name of a part (可再生能源, 超高清 are)
      }
    }
    int to = of;
    for (boolean stripped = true; stripped && to > from; ) { // 分别占, 则仅占, 合计占: how, not what
      stripped = false;
      for (String adverb : BEFORE_A_SHARE) {
        if (to - adverb.length() >= from && Text.startsWith(t, to - adverb.length(), to, adverb)) {
          to -= adverb.length();
          stripped = true;
          break;
        }
      }
    }
    if (to - from < 2 || "区區园園市县縣省镇鎮者年月日期季度".indexOf(t.charAt(to - 1)) >= 0) {
      return null; // a place or park alone (全市, 园区), 两者, or a time (上半年占全年的比重)
    }
    return t.subSequence(from, to).toString();
  }

  /**
   * Where a rate or an amount of the measure ending at {@code j} ends, written right after it and
   * before the figure at {@code end} (营收完成率105%, 固定资产投资完成率达到105%: 完成率; 完成投资工作量超
   * 万亿元, 发明专利量达15.5件: 工作量, 量), 率 or 量 or 额 and the characters before it, no more than
   * {@value #RATE_AFTER_REACH}, then only verbs of being; or {@code j}.
   */
  private static int rateAfter(CharSequence t, int j, int end) {
    int to = end;
    while (to > j && (REACHING.indexOf(t.charAt(to - 1)) >= 0 || Text.isSpace(t.charAt(to - 1)))) {
      to--;
    }
    if (to - j < 1 || to - j > RATE_AFTER_REACH || AMOUNT_ENDS.indexOf(t.charAt(to - 1)) < 0
        && (to - j < 2 || t.charAt(to - 1) != '率')) {
      return j;
    }
    for (int k = j; k < to; k++) {
      if (!Character.isIdeographic(t.charAt(k))) {
        return j;
      }
    }
    return to;
  }

  /** Last characters of an amount written after its measure: 工作量, 量, 额. */
  private static final String AMOUNT_ENDS = "量额額";

  /** The most characters of a rate written after its measure: 完成率, 增长率, 覆盖率. */
  private static final int RATE_AFTER_REACH = 3;

  /** Adverbs that may stand right before 占 and are no part of what the share is of. */
  private static final String[] BEFORE_A_SHARE = {"分别", "分別", "合计", "合計", "共计", "共計", "则", "則", "仅", "僅", "只"};

  /** Last characters of a measure's name: 消费量, 交易额, 增加值, 总量. */
  private static final String MEASURE_ENDS = "量额額值售"; // 售: 工业开票销售增长7%, 零售

  /**
   * Characters of a verb of being or reaching that may stand between a word and its figure: 城镇化率达到50%,
   * 占比为69.9%, 突破30%，达到31.6%.
   */
  static final String REACHING = "达達到为為是";

  /** The same, and the adverbs a rate may have before its figure: 已达, 均为. */
  private static final String BEFORE_A_RATE = REACHING + "已均";

  /**
   * A rate named right before a percentage in a word the lists do not know, ending in 率, with the
   * words that narrow it (城镇化率超过50%: 城镇化率; 研发投入转化率达到30%), where at most three
   * characters of a verb of being or reaching stand between ({@link #BEFORE_A_RATE}) and at least
   * one character comes before 率; else null.
   */
  static String rateBefore(CharSequence t, int floor, int end) {
    int k = end;
    while (k > floor && Text.isSpace(t.charAt(k - 1))) {
      k--;
    }
    for (int skipped = 0; k > floor && skipped < 3 && BEFORE_A_RATE.indexOf(t.charAt(k - 1)) >= 0; skipped++) {
      k--;
    }
    if (k - 2 < floor || t.charAt(k - 1) != '率' || !Character.isIdeographic(t.charAt(k - 2))
        || NOT_IN_MODIFIERS.indexOf(t.charAt(k - 2)) >= 0) {
      return null;
    }
    String word = withModifiers(t, floor, k - 2, k);
    return word.length() >= 2 ? word : null;
  }

  /**
   * Nouns of an industry or a branch of the economy: a subject that narrows the measure it achieved
   * (电子信息产业实现产值142.6亿元: 电子信息产业产值) and the growth written right after it
   * (生物医药产业增长8.4%: 生物医药产业增长).
   */
  static final Words INDUSTRIES = withTraditional("产业", "行业", "工业", "制造业", "服务业", "产业集群");

  /**
   * The names of the sections and divisions of 国民经济行业分类 (GB/T 4754—2017, and 2011's name of
   * division 25) that statistical reports break their figures down by, taken whole though they hold
   * 、, 和, 及, 其他 or 的 (计算机、通信和其他电子设备制造业增长32.9%; 交通运输、仓储和邮政业增加值) or end in a
   * 业 that {@link #INDUSTRIES} does not (纺织业增长21.6%, 建筑业增加值). Source: 国家统计局,
   * 国民经济行业分类 GB/T 4754—2017, 门类 A–S and 大类 01–62, 65, 70–72, 74, 75.
   */
  static final Words CLASSIFIED_INDUSTRIES = withTraditional(
      "农、林、牧、渔业", "农林牧渔业", "采矿业", "电力、热力、燃气及水生产和供应业", "建筑业", "批发和零售业",
      "交通运输、仓储和邮政业", "住宿和餐饮业", "信息传输、软件和信息技术服务业", "金融业", "房地产业",
      "租赁和商务服务业", "科学研究和技术服务业", "水利、环境和公共设施管理业", "居民服务、修理和其他服务业",
      "卫生和社会工作", "文化、体育和娱乐业", "公共管理、社会保障和社会组织",
      "农业", "林业", "畜牧业", "渔业", "煤炭开采和洗选业", "石油和天然气开采业", "黑色金属矿采选业",
      "有色金属矿采选业", "非金属矿采选业", "其他采矿业", "农副食品加工业", "食品制造业", "酒、饮料和精制茶制造业",
      "烟草制品业", "纺织业", "纺织服装、服饰业", "皮革、毛皮、羽毛及其制品和制鞋业", "木材加工和木、竹、藤、棕、草制品业",
      "家具制造业", "造纸和纸制品业", "印刷和记录媒介复制业", "文教、工美、体育和娱乐用品制造业",
      "石油、煤炭及其他燃料加工业", "石油加工、炼焦和核燃料加工业", "化学原料和化学制品制造业", "医药制造业",
      "化学纤维制造业", "橡胶和塑料制品业", "非金属矿物制品业", "黑色金属冶炼和压延加工业", "有色金属冶炼和压延加工业",
      "金属制品业", "通用设备制造业", "专用设备制造业", "汽车制造业", "铁路、船舶、航空航天和其他运输设备制造业",
      "电气机械和器材制造业", "计算机、通信和其他电子设备制造业", "仪器仪表制造业", "其他制造业", "废弃资源综合利用业",
      "金属制品、机械和设备修理业", "电力、热力生产和供应业", "燃气生产和供应业", "水的生产和供应业", "房屋建筑业",
      "土木工程建筑业", "建筑安装业", "建筑装饰、装修和其他建筑业", "批发业", "零售业", "铁路运输业", "道路运输业",
      "水上运输业", "航空运输业", "管道运输业", "多式联运和运输代理业", "装卸搬运和仓储业", "邮政业", "住宿业",
      "餐饮业", "软件和信息技术服务业", "租赁业", "商务服务业", "专业技术服务业", "科技推广和应用服务业");

  /**
   * Whether the classified industry {@code i} ending at {@code end} begins a name there rather than
   * ends a longer word: the character before it is none of a name (其中纺织业, 、纺织业, 规上纺织业 are
   * 纺织业; 医药制造业 is not 药制造业, nor 生物农业 农业): not a Chinese character, or one that ends
   * a modifier ({@link #NOT_IN_MODIFIERS}), or a word of {@link #MODIFIER_ENDS} or 规上, 规模以上 ends there.
   */
  private static boolean classifiedStart(CharSequence t, int floor, int end, int i) {
    int start = end - CLASSIFIED_INDUSTRIES.word(i).length();
    if (start == floor) {
      return true;
    }
    char c = t.charAt(start - 1);
    return !Character.isIdeographic(c) || NOT_IN_MODIFIERS.indexOf(c) >= 0 || MODIFIER_ENDS.endingAt(t, floor, start) >= 0
        || SCALE_WORDS.endingAt(t, floor, start) >= 0;
  }

  /** Words of firms' size before a division's name: 规上纺织业, 规模以上工业. */
  private static final Words SCALE_WORDS = withTraditional("规上", "规模以上", "限上", "限额以上");

  /**
   * The length of a year glossed in brackets that ends at {@code k}, as Taiwan's press writes a
   * relative year (去(2019)年, 今（2021）年): the bracket with two to four digits; else 0.
   */
  static int yearGlossEndingAt(CharSequence t, int floor, int k) {
    if (k - 1 <= floor || (t.charAt(k - 1) != ')' && t.charAt(k - 1) != '）')) {
      return 0;
    }
    int i = k - 2;
    while (i >= floor && Text.digit(t.charAt(i)) >= 0 && k - 2 - i < 4) {
      i--;
    }
    int digits = k - 2 - i;
    return i >= floor && digits >= 2 && (t.charAt(i) == '(' || t.charAt(i) == '（') ? digits + 2 : 0;
  }

  /**
   * {@code words} after the park or word for one they open with, if any (杨凌示范区精制食用植物油:
   * 精制食用植物油; 园区营业收入: 营业收入), for a list of things named after the park they are of.
   */
  static String afterPark(String words) {
    int cut = 0;
    for (String end : PARK_ENDS) {
      int at = words.lastIndexOf(end);
      if (at >= 0 && at + end.length() < words.length() - 1) {
        cut = Math.max(cut, at + end.length());
      }
    }
    return words.substring(cut);
  }

  /** The ends of parks' names and words for them that {@link #afterPark} cuts after. */
  private static final String[] PARK_ENDS = {"示范区", "示範區", "开发区", "開發區", "高新区", "高新區", "经开区", "經開區",
    "园区", "園區", "新区", "新區", "综保区", "綜保區", "全区", "全區", "该区", "該區", "产业园", "產業園", "工业园", "工業園"};

  /** {@code word} without how its change was counted (工业增加值按可比价格计算，比上年增长: 工业增加值比上年增长). */
  static String withoutAdjustment(String word) {
    for (String adjustment : ADJUSTMENTS.words) {
      int at = word.indexOf(adjustment);
      if (at > 0) {
        int after = at + adjustment.length();
        if (after < word.length() && (word.charAt(after) == '，' || word.charAt(after) == ',')) {
          after++;
        }
        return word.substring(0, at) + word.substring(after);
      }
    }
    return word;
  }

  /** {@code word} without a year glossed in brackets after 去, 今, 上 or 前: 營業額較去(2019)年成長 is 營業額較去年成長. */
  static String withoutYearGloss(String word) {
    for (int k = word.length(); k > 0; k--) {
      int gloss = yearGlossEndingAt(word, 0, k);
      if (gloss > 0 && k - gloss > 0 && "去今上前本".indexOf(word.charAt(k - gloss - 1)) >= 0) {
        return word.substring(0, k - gloss) + word.substring(k);
      }
    }
    return word;
  }

  /**
   * The measure word (not a noun of what is counted, nor a change) nearest before {@code end} in
   * {@code t[floor, end)}, across clause breaks but not a line break, with the words that narrow
   * it, where {@code takes} accepts the word itself; or null: 营收创新高，其中竹科0.82兆元 gives
   * 0.82兆元 营收.
   */
  static String measureInSentence(CharSequence t, int floor, int end, Predicate<String> takes) {
    for (int j = end; j > floor; j--) {
      if (t.charAt(j - 1) == '\n') {
        return null;
      }
      int m = MEASURES.endingAt(t, floor, j);
      if (m >= 0 && CHANGES.endingAt(t, floor, j) < 0) {
        return takes.test(MEASURES.words[m]) ? withModifiers(t, floor, j - MEASURES.words[m].length(), j) : null;
      }
    }
    return null;
  }

  /** Function words of one character, in both scripts: they end a name or a noun phrase. */
  static final String FUNCTION_CHARACTERS = "的在于於与與和及是为為对對将將把被让讓向从從由至到了等以并並而也还還都又已所其该該各全本我这這此个個";

  /** The most characters {@link #withModifiers} takes before an indicator word: 省级循环经济试点企业. */
  static final int MODIFIER_REACH = 10;

  /**
   * Characters that end a modifier on the left: function words; the last characters of places,
   * parks and periods (高新区营收, 苏州市企业, 上半年产值), which say where or when, not what.
   */
  private static final String NOT_IN_MODIFIERS = FUNCTION_CHARACTERS + "有共均区區园園市县縣省内內年月日期";

  /**
   * Words that end a modifier on the left: verbs of reaching, having and gathering, and words that
   * open a clause (其中), which say what happened to the thing counted, not what it is.
   */
  private static final Words MODIFIER_ENDS = withTraditional(
      "实现", "达到", "完成", "累计", "拥有", "入驻", "落户", "集聚", "聚集", "吸引", "培育", "认定", "申报", "带动",
      "获得", "突破", "超过", "合计", "总计", "共计", "其中", "涉及", "包括", "形成", "建成", "占", "佔", "整体", "整體", "总体", "總體",
      "预计", "預計", "落地", "达", "约", "近", "超", "可", "按", "但", "或", "且", "季度", "年度",
      "开展", "安装", "新建", "建有", "现有", "举办", "组织", "铺设", "修建",
      "月份", "年份", // 1-10月份业务总收入: a period's end, 业务总收入
      "目前", "当前", "如今", // 目前实际管辖面积: when, not what
      "本次", "此次", "这次", // 本次集中开工项目: which occasion, not what
      "促使", "使得", "推动", "依托", "依靠", "围绕", "聚焦", // 促使总投资达22.08亿元: what caused it, not what
      "各类", "各种", "各项"); // 各类高新技术和先进制造业企业: how many kinds, not which

  /**
   * The indicator word {@code t[word, end)} with the words before it that narrow what it counts or
   * measures (省级循环经济试点企业, 规上工业增加值, 创新型医药健康企业), back to {@code floor}: Chinese
   * characters up to {@value #MODIFIER_REACH} of them, stopping at a function word, a verb that
   * says what happened to the thing ({@link #MODIFIER_ENDS}), the end of a place's or park's
   * name, or a period; leaving out a place named first (深圳营收 is 营收; but 香港企业 are firms from
   * 香港, not all firms) and a park's short name
   * with what comes before it (竹科营业额 is 营业额); and none where they stop at a character that
   * may begin a word running into them (全球医药市场规模, 以上学历占比, 从业员工: 市场规模, 占比, 员工).
   * Modifiers with a function character in them are taken whole ({@link #COMPOUND_MODIFIERS}:
   * 规模以上, 上市, 人均), two things joined by 和, 及 or 与 are one thing named by both, each with
   * a reach of its own ({@link #joinedStart}: 批发和零售业增加值), a ranking's digits stay
   * ({@link #rankedStart}: 世界500强企业), a quoted name ({@link #quotedStart}: 省级“专精特新”企业) and a
   * phase ({@link #isPhaseEndingAt}: 一期占地面积) are read through, and a place before 外 and where money comes from is no
   * place's end (省外资金, 市外内资, 境内外; {@link #isOutside}), nor is 内 before 资企 (内资企业) or a 年
   * opening 年产值; and a measure
   * keeps the narrowed subject that achieved it ({@link #narrowSubject}: 规模以上工业企业实现利润 is
   * 规模以上工业企业利润).
   */
  static String withModifiers(CharSequence t, int floor, int word, int end) {
    int classified = CLASSIFIED_INDUSTRIES.endingAt(t, floor, word);
    if (classified >= 0 && classifiedStart(t, floor, word, classified)) {
      // 交通运输、仓储和邮政业增加值: the division's measure, its name whole (once: a run of such names
      // is read no further back, so the reading stays bounded)
      return modifiersBefore(t, floor, word - CLASSIFIED_INDUSTRIES.word(classified).length(), end);
    }
    return modifiersBefore(t, floor, word, end);
  }

  /** {@link #withModifiers} once a division's name before {@code word} is taken. */
  private static String modifiersBefore(CharSequence t, int floor, int word, int end) {
    if (t.charAt(word) == '年' && word > floor
        && (Character.isIdeographic(t.charAt(word - 1)) || Text.digit(t.charAt(word - 1)) >= 0)) {
      return t.subSequence(word + 1, end).toString(); // 上半年产值, 企业年产值, 2020年營業額: 年 says when, 产值 what
    }
    boolean projects = PROJECTS.isWord(t.subSequence(word, end).toString());
    int staged = -1; // where a project's stage begins: a verb, which begins the modifiers cleanly
    int k = word;
    int bounds = 0; // characters of a sum bounding the thing, which count against no reach
    int afterBound = -1; // where the modifiers after the first such sum begin
    int afterJoin = -1; // where the second of two things joined by 和 begins
    int fresh = -1; // where 新 before the verb that ends the modifiers begins: no place (新建, 新安)
    while (k > floor && word - k - bounds < MODIFIER_REACH) {
      int bound = boundStart(t, floor, k);
      if (bound >= 0) {
        afterBound = afterBound < 0 ? k : afterBound;
        bounds += k - bound;
        k = bound; // 5亿元以上项目, 产值超亿元企业: the sum says which things
        continue;
      }
      int compound = COMPOUND_MODIFIERS.endingAt(t, floor, k);
      if (compound >= 0) {
        k -= COMPOUND_MODIFIERS.words[compound].length(); // 规模以上: 以 in it begins no function word
        continue;
      }
      int stage = projects ? PROJECT_STAGES.endingAt(t, floor, k) : -1;
      if (stage >= 0) { // 落地项目, 入园项目: which projects, not what happened to them
        k -= PROJECT_STAGES.words[stage].length();
        staged = k;
        continue;
      }
      int ranked = rankedStart(t, floor, k);
      if (ranked >= 0) {
        k = ranked; // 世界500强企业: a ranking's digits are part of the name
        continue;
      }
      int joined = afterJoin < 0 ? joinedStart(t, floor, k, word, end) : -1;
      if (joined >= 0) {
        afterJoin = k;
        bounds = word - joined; // the first thing has a reach of its own
        k = joined; // 批发和零售业, 科技及创新型企业: one thing named by two (once: longer lists are lists)
        continue;
      }
      char c = t.charAt(k - 1);
      if (isPhaseEndingAt(t, floor, k, word)) {
        k -= 2; // 一期占地面积, 二期项目: which phase, not when (上期, 同期, 上一期 stay out)
        continue;
      }
      int quoted = quotedStart(t, floor, k);
      if (quoted >= 0) {
        bounds += 2; // the marks count against no reach
        k = quoted; // 省级“专精特新”企业, 「雙百雙新」產業項目: a quoted name says which things, quotes and all
        continue;
      }
      boolean rank = k < word && (t.charAt(k) == '级' || t.charAt(k) == '級'); // 省级, 市级 rank, not place
      boolean outside = isOutside(t, k, end) // 省外资金, 境内外
          || k < word && t.charAt(k) == '域' && "省市县縣区區".indexOf(c) >= 0; // 县域平均增速: 县域 one word
      boolean domestic = (c == '内' || c == '內') && startsWithAny(t, k, end, DOMESTIC_FIRMS); // 内资企业
      boolean yearly = c == '年' && Text.startsWith(t, k, end, "产值") && (k - 1 == floor || !Character.isIdeographic(t.charAt(k - 2)))
          && k < word; // 年产值过亿元企业 opening its clause: 年产值 one word (全年产值 says when)
      int verb = MODIFIER_ENDS.endingAt(t, floor, k);
      if (verb >= 0 && !inAnotherWord(t, floor, k)) {
        int at = k - MODIFIER_ENDS.words[verb].length();
        if (at > floor && isNew(t, at - 1)) {
          k = at - 1; // 新入驻企业, 新认定高新技术企业: the new ones, not all
          fresh = k;
        }
        break;
      }
      // 全球500强企业: 全球 one word before a ranking, the world's (not 全球医药市场规模, whose start is not known)
      boolean oneWord = c == '全' && k + 1 < word && t.charAt(k) == '球' && Text.digit(t.charAt(k + 1)) >= 0
          || c == '本' && k < word && t.charAt(k) == '土' // 本土上市企业: 本土 one word, local
          || isReturning(t, floor, k - 1, word); // 直接还原铁产量: 还 of returning, no adverb
      if (!Character.isIdeographic(c) || (NOT_IN_MODIFIERS.indexOf(c) >= 0 && !rank && !outside && !domestic && !yearly && !oneWord)) {
        break;
      }
      k--;
    }
    if (afterJoin >= 0 && k == floor && floor > 0 && Character.isIdeographic(t.charAt(floor - 1))) {
      k = afterJoin; // the first of two joined things runs on past where the words may be read: the second alone
    }
    if (k < word && k > floor && Character.isIdeographic(t.charAt(k - 1))) {
      boolean cleanEnd = CLEAN_ENDS.indexOf(t.charAt(k - 1)) >= 0 || MODIFIER_ENDS.endingAt(t, floor, k) >= 0
          || isHaving(t, k) || isTaking(t, k, end) || isDoneTo(t, floor, k, word, end);
      if ((!cleanEnd || word - k == 1) && staged >= 0) {
        return t.subSequence(staged, end).toString(); // 全区成功引进生物医药产业类项目: from the stage
      }
      if (!cleanEnd || word - k == 1) {
        // stopped by a character that may begin a word running into the modifiers (全球, 以上, 期间,
        // 从业), or one character left (年底): where they start is not known, so none are taken,
        // but those after a sum that bounds the thing (主营业务收入30亿元以上制造业企业: 制造业企业)
        // and the second of two joined things alone (高端汽车和新能源智能汽车产业 too long to know)
        int clean = afterJoin >= 0 && afterBound >= 0 ? Math.min(afterJoin, afterBound) : Math.max(afterJoin, afterBound);
        return t.subSequence(clean >= 0 ? clean : word, end).toString();
      }
    }
    if (k != staged && k != fresh && !startsWithAny(t, k, word, EMERGING)) {
      int place = placeAt(t, k, word);
      if (!(place > 0 && k + place == word && ALL_FIRMS.contains(t.subSequence(word, end).toString()))) {
        k += place; // but a stage is no place: 新建项目, not 新建区's 项目
      } // and firms of a place are those from it: 1,022家香港企业, 71家北京企业
    }
    for (int i = word; i > k; i--) { // a park's short name says which park, not what: 竹科营业额, 前海税收
      if (KnownParkNames.startEndingAt(t, k, i, end) >= 0) {
        k = i;
        break;
      }
    }
    // 续建项目累计完成投资: the verb opens the measure 完成投资, the subject stands before it all the same
    int verbInWord = k == word && end - word > COMPLETED.length() && COMPLETED.contentEquals(t.subSequence(word, word + COMPLETED.length()))
        ? COMPLETED.length() : 0;
    String subject = narrowSubject(t, floor, k + verbInWord);
    String measured = addedBefore(t, floor, k) + t.subSequence(k, end);
    return subject != null && isMeasure(measureBefore(t, word, end)) ? subject + measured : measured;
  }

  /**
   * Whether a phase (一期, 二期 … 九期) ends at {@code k}, right before the indicator word at {@code
   * word}, or before 工程, 项目 or a part of the park ({@link #PHASED_PARTS}: 二期起步区规划面积) and it:
   * not a period (上一期, 同一期, 本期, 每一期).
   */
  private static boolean isPhaseEndingAt(CharSequence t, int floor, int k, int word) {
    if (k - 2 < floor || t.charAt(k - 1) != '期' || "一二三四五六七八九".indexOf(t.charAt(k - 2)) < 0) {
      return false;
    }
    if (k - 3 >= floor && "上下同前后每这這那本该該统統".indexOf(t.charAt(k - 3)) >= 0) {
      return false;
    }
    return k == word || k + 2 == word && PHASED.contains(t.subSequence(k, word).toString())
        || k + 3 == word && PHASED_PARTS.startingAtIndex(t, k, word) >= 0;
  }

  /** What a phase may stand before, ahead of the measure's word: 一期工程投资, 二期项目总投资. */
  private static final Set<String> PHASED = Set.of("工程", "项目", "項目");

  /** Characters after which a word is the last of a list: 纺织业、橡胶和塑料制品业, 起步区和核心区. */
  private static final String LISTED_AFTER = "、和及与與";

  /** Characters before a part of a park that make it not one part's subject: a list's, a denial. */
  private static final String NOT_ONE_PART = LISTED_AFTER + "非";

  /** Parts of a park a phase may stand before, ahead of the measure's word: 二期起步区规划面积. */
  private static final Words PHASED_PARTS = withTraditional("起步区", "启动区", "核心区", "先行区");

  /** The longest quoted name read as a modifier, without its marks: “万亩千亿”, “中国电气工业100强”. */
  private static final int QUOTED_REACH = 10;

  /**
   * Where the quoted name ending right before {@code k} opens (its opening mark), where {@code
   * t[k - 1]} closes it with a curved or corner mark (not a straight one, which opens as well) and
   * it holds one to {@link #QUOTED_REACH} characters, all Chinese characters, letters or digits,
   * naming no five-year plan (“十三五”固定资产投资: when, not which) and no park (“园区”); else -1.
   */
  private static int quotedStart(CharSequence t, int floor, int k) {
    int kind = k - 1 > floor && t.charAt(k - 1) != '"' ? QuotationMarks.CLOSING.indexOf(t.charAt(k - 1)) : -1;
    if (kind < 0) {
      return -1;
    }
    char open = QuotationMarks.OPENING.charAt(kind);
    for (int j = k - 2; j >= floor && k - 2 - j <= QUOTED_REACH; j--) {
      char c = t.charAt(j);
      if (c == open) {
        String quoted = t.subSequence(j + 1, k - 1).toString();
        boolean plan = quoted.length() == 3 && quoted.charAt(0) == '十' && quoted.charAt(2) == '五';
        boolean park = Arrays.stream(PARK_ENDS).anyMatch(quoted::endsWith);
        return j < k - 2 && !plan && !park ? j : -1;
      }
      if (!Character.isIdeographic(c) && !Character.isLetterOrDigit(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** First characters of words that end in 新: 创新, 高新, 更新, 最新 … */
  private static final String ENDING_IN_NEW = "创創高更革最全清崭嶄重日焕煥刷翻维維";

  /** Whether {@code t[k]} is 新 standing alone (新入驻企业), not the end of a word (创新企业, 高新企业). */
  private static boolean isNew(CharSequence t, int k) {
    return t.charAt(k) == '新' && (k == 0 || ENDING_IN_NEW.indexOf(t.charAt(k - 1)) < 0);
  }

  /** 新兴产业, emerging industries, as one word: no 新兴县's 产业. */
  private static final String[] EMERGING = {"新兴产业", "新興產業", "新興産業"};

  /**
   * Places that 外 after them makes one word with, before {@link #FROM_OUTSIDE}: 省外资金, 市外内资,
   * 区外到位资金 (not 试验区外商投资: no money's word after 外).
   */
  private static final String OUTSIDE = "省市县縣区區";

  /**
   * What follows a place's 外 when it says where money or firms come from (省外资金, 省外到位产业资金,
   * 市外内资, 省外境内资金), not 外 beginning a word of its own (全市外贸, 外来人口, 外商, 外资企业).
   */
  private static final String[] FROM_OUTSIDE = {"资金", "資金", "到位", "内资", "內資", "境内", "境內", "国内", "國內"};

  /** 内资 as a word of its own, of firms: 内资企业 (not 区内资源). */
  private static final String[] DOMESTIC_FIRMS = {"资企", "資企", "地上市", "地企业", "地企業", "地公司"}; // 内资企业; 内地上市公司

  /**
   * Whether the character before {@code k} and the 外 at {@code k} make one word: a place's, where
   * money or firms from outside it follow ({@link #FROM_OUTSIDE}), or 内外 (境内外上市企业).
   */
  private static boolean isOutside(CharSequence t, int k, int end) {
    if (k < 1 || k + 1 >= end || t.charAt(k) != '外') {
      return false;
    }
    char c = t.charAt(k - 1);
    return c == '内' || c == '內' || OUTSIDE.indexOf(c) >= 0 && startsWithAny(t, k + 1, end, FROM_OUTSIDE)
        && !startsWithAny(t, k + 1, end, FOREIGN_CAPITALS_AMOUNT);
  }

  /** After 外, foreign capital's amount, not money from outside the place (开发区外资金额: 外资's 金额). */
  private static final String[] FOREIGN_CAPITALS_AMOUNT = inBothScripts("资金额");

  /** Whether {@code t[k, end)} starts with one of {@code words}. */
  static boolean startsWithAny(CharSequence t, int k, int end, String[] words) {
    for (String w : words) {
      if (Text.startsWith(t, k, end, w)) {
        return true;
      }
    }
    return false;
  }

  /** Characters that join two things into one named by both: 批发和零售业, 科技及创新型企业. */
  private static final String JOINING = "和及与與";

  /** Verbs that end in a joining character: 涉及, 惠及 (MODIFIER_ENDS has others). */
  private static final Words NOT_JOINING = withTraditional("涉及", "惠及", "波及", "普及", "危及", "参与", "给与");

  /**
   * Whether {@code surface} is a count of a group named right after it, a numeral and 大 (三大, 五大:
   * 五大主导产业 is what is measured, not five of something).
   */
  static boolean isGroupCount(String surface) {
    return surface.length() == 2 && surface.charAt(1) == '大' && "一二两兩三四五六七八九十".indexOf(surface.charAt(0)) >= 0;
  }

  /**
   * Whether the words {@code t[from, to)} run straight into {@code word}, the indicator read before
   * the figure at {@code to}: they open with its first two characters and hold no clause break
   * (五大|主导产业产值同比增长, 三大|支柱产业实现产值, whose indicator is 支柱产业产值).
   */
  static boolean runsInto(CharSequence t, int from, int to, String word) {
    if (word.length() < 2 || to - from < 2 || !Text.startsWith(t, from, from + 2, word.substring(0, 2))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if ("。！？；!?;，,、：:\n".indexOf(t.charAt(k)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the digits of a ranking that ends at {@code k} begin (世界500强企业: 500, before 强), back
   * to {@code floor}; -1 if no ranking ends there.
   */
  private static int rankedStart(CharSequence t, int floor, int k) {
    if (k >= t.length() || (t.charAt(k) != '强' && t.charAt(k) != '強')) {
      return -1;
    }
    int j = k;
    while (j > floor && Text.digit(t.charAt(j - 1)) >= 0) {
      j--;
    }
    return j < k ? j : -1;
  }

  /**
   * Where the first of two things joined by 和, 及 or 与 begins its last character, when the
   * modifiers read so far, {@code t[k, word)}, are the second (批发和零售业增加值, 高层次人才及留学归国人员):
   * {@code k - 1}, the joining character's start, so that the loop reads on into the first; -1
   * where no such join ends at {@code k}, the first is a measure of its own (营业收入和利润: two
   * figures' words), or it ends where a modifier ends.
   */
  private static int joinedStart(CharSequence t, int floor, int k, int word, int end) {
    if (k > word || k - 2 < floor || JOINING.indexOf(t.charAt(k - 1)) < 0
        || k == word && MEASURES.isWord(t.subSequence(word, end).toString())) { // 项目和总投资: two things
      return -1;
    }
    char before = t.charAt(k - 2);
    boolean compound = COMPOUND_MODIFIERS.endingAt(t, floor, k - 1) >= 0; // 境内外上市及新三板挂牌企业
    if (!Character.isIdeographic(before) || NOT_IN_MODIFIERS.indexOf(before) >= 0 && !compound
        || MODIFIER_ENDS.endingAt(t, floor, k - 1) >= 0 || MEASURES.endingAt(t, floor, k - 1) >= 0
        || MODIFIER_ENDS.endingAt(t, floor, k) >= 0 || NOT_JOINING.endingAt(t, floor, k) >= 0) {
      return -1;
    }
    return k - 1;
  }

  /**
   * {@code t[word, end)} without a change and the connectives before it that end it: the measure
   * whose change it is (主营业务收入同比增长: 主营业务收入), or the whole where no change ends it.
   */
  private static String measureBefore(CharSequence t, int word, int end) {
    int change = CHANGES.endingAt(t, word, end);
    if (change < 0) {
      return t.subSequence(word, end).toString();
    }
    int k = end - CHANGES.words[change].length();
    while (k > word && ChangeWords.isConnective(t.charAt(k - 1))) {
      k--;
    }
    return t.subSequence(word, k).toString();
  }

  /** The word of projects, whose stage its modifiers say ({@link #PROJECT_STAGES}). */
  private static final Words PROJECTS = withTraditional("项目");

  /**
   * Verbs that, before 项目, say which projects are counted, the stage they are at, and stay in the
   * indicator (签约项目, 落地项目, 开工项目, 入园项目 are different counts), where before other words
   * they end the modifiers ({@link #MODIFIER_ENDS}: 入驻企业 are the park's firms) or a park's name
   * would (入园).
   */
  private static final Words PROJECT_STAGES = withTraditional(
      "签约", "落地", "开工", "竣工", "投产", "引进", "招引", "谋划", "入园", "入区", "在库", "储备",
      "新建", "意向", "洽谈"); // 新建项目: 新建 before other words ends them (新建厂房), 向 is a function word

  /** Words of exceeding before a sum that bounds things: 超亿元企业, 过亿元项目, 超过50亿元项目. */
  private static final String[] EXCEEDING = {"超过", "超過", "超", "过", "過", "逾"};

  /**
   * The start of a sum of money that ends at {@code end} (with 以上, 以下 or 的 after it) and
   * bounds the things named after it (5亿元以上项目, 50亿元项目, 超亿元企业, 1000万元以上的企业; a scale,
   * 100亿级项目), back to {@code floor}; -1 if none ends there. A sum needs digits, or a magnitude
   * after a word of exceeding (超亿元).
   */
  static int boundStart(CharSequence t, int floor, int end) {
    int j = end;
    if (j > floor && t.charAt(j - 1) == '的') {
      j--;
    }
    if (j - 2 >= floor && (Text.startsWith(t, j - 2, j, "以上") || Text.startsWith(t, j - 2, j, "以下"))) {
      j -= 2;
    }
    // 100亿级项目, 百亿级企业: a scale, a sum of money whose 元 the 级 stands for
    boolean scale = j - 1 > floor && (t.charAt(j - 1) == '级' || t.charAt(j - 1) == '級') && "万亿千百萬億".indexOf(t.charAt(j - 2)) >= 0;
    // 纳税过千万的企业: a magnitude with no 元 after a word of exceeding (below) is a sum too
    boolean bare = !scale && j > floor && "万亿千萬億".indexOf(t.charAt(j - 1)) >= 0;
    if (!scale && !bare && (j <= floor || t.charAt(j - 1) != '元')) {
      return -1;
    }
    if (!bare) {
      j--;
    }
    if (!scale && !bare && j > floor && "美港欧歐日".indexOf(t.charAt(j - 1)) >= 0) {
      j--;
    }
    int magnitude = j;
    while (j > floor && "万亿千百萬億".indexOf(t.charAt(j - 1)) >= 0) {
      j--;
    }
    boolean magnified = j < magnitude;
    int digits = j;
    j = digitsStart(t, floor, j);
    boolean numbered = j < digits;
    if (!numbered && !magnified) {
      return -1; // 元 alone: no sum
    }
    if (numbered && j - 1 > floor && Text.RANGE_MARKS.indexOf(t.charAt(j - 1)) >= 0) {
      int k = j - 1; // 10亿元至50亿元项目, 1.5至3亿元项目: a range of sums bounds them too
      if (k > floor && t.charAt(k - 1) == '元') {
        k--;
      }
      while (k > floor && "万亿千百萬億".indexOf(t.charAt(k - 1)) >= 0) {
        k--;
      }
      int low = digitsStart(t, floor, k);
      if (low < k) {
        return low;
      }
    }
    for (String word : EXCEEDING) {
      if (j - word.length() >= floor && Text.startsWith(t, j - word.length(), j, word)) {
        return j - word.length();
      }
    }
    return (numbered || scale) && !bare ? j : -1; // 百亿级企业: a scale needs no digits
  }

  /** Where the digits of a number ending at {@code end} begin, back to {@code floor}, with its point and commas (1,000, 1.5). */
  private static int digitsStart(CharSequence t, int floor, int end) {
    int j = end;
    while (j > floor && (Text.digit(t.charAt(j - 1)) >= 0
        || (t.charAt(j - 1) == '.' || t.charAt(j - 1) == ',') && j - 1 > floor && Text.digit(t.charAt(j - 2)) >= 0)) {
      j--; // 1,000万元: a comma between digits, not one before them
    }
    return j;
  }

  /**
   * The last characters of the things a count right after them counts where no word of the lists
   * names them: facilities, buildings, vehicles and machines, events (垃圾处理厂, 标准化厂房, 基站,
   * 路灯, 招商引资活动, 展会). Verbs end no such thing (开工30个, 净增114户, 撮合67宗 count what the
   * clause does not name), nor do the words of N大 (数字经济三大).
   */
  private static final String COUNTED_THING_ENDS =
      "厂房站灯馆场楼院校桥线塔仓室厅店车船机器动会节团心台路网" + "廠燈館場樓橋線倉廳車機動會節團臺網";

  /**
   * The things a count counts, named before a verb of reaching right before it (国家级“专精特新”企业累计达40家,
   * 入驻企业总数达到92家, 企业总数发展到4650家): a noun of {@link #NOUNS} with its modifiers, then
   * perhaps a word of a total ({@link #TOTALS}: kept, 企业总数) and 累计 or the like ({@link
   * #TOGETHER}), then a verb of {@link #COUNT_REACHING}, nothing else between them and the figure;
   * null otherwise. A noun further from a figure than {@link #indicatorBefore} takes one is the
   * subject of its clause, but not before a count reached: the count is of it.
   */
  static String countedBefore(CharSequence t, int floor, int start) {
    int k = start;
    while (k > floor && Text.isSpace(t.charAt(k - 1))) {
      k--;
    }
    int verb = COUNT_REACHING.endingAt(t, floor, k);
    if (verb < 0) {
      return null;
    }
    k -= COUNT_REACHING.word(verb).length();
    int adverb = TOGETHER.endingAt(t, floor, k);
    if (adverb >= 0) {
      k -= TOGETHER.word(adverb).length();
    }
    int total = TOTALS.endingAt(t, floor, k);
    String totalWord = total < 0 ? "" : TOTALS.word(total);
    k -= totalWord.length();
    int noun = NOUNS.endingAt(t, floor, k);
    if (noun < 0) {
      return null;
    }
    return withModifiers(t, floor, k - NOUNS.word(noun).length(), k) + totalWord;
  }

  /**
   * What a percentage of a goal met measures (实际利用外资完成年度目标的100%, 市级重点项目投资占年度计划的93.3%):
   * the measure, a verb of meeting ({@link #MEETING}), the goal (年度目标, 全年任务, 年度计划: a goal's
   * word of {@link #GOALS} with at most {@value #GOAL_REACH} characters of its own before it) and 的
   * right before the figure, the measure's words read before the verb as {@link #indicatorBefore}
   * reads them, or, where the verb opens its clause right after a figure, {@code last}, that
   * figure's (实际利用省外资金47.24亿元，完成全年目标的100.49%; of a growth, what grew); null otherwise.
   * Not the measure's own figure: the share of its goal reached.
   */
  static GoalMet goalMet(CharSequence t, int floor, int start, String last) {
    if (start - 1 <= floor || t.charAt(start - 1) != '的') {
      return null;
    }
    int goalEnd = start - 1;
    int goal = GOALS.endingAt(t, floor, goalEnd);
    if (goal < 0) {
      return null;
    }
    int k = meetingStart(t, floor, goalEnd - GOALS.word(goal).length());
    if (k < 0) {
      return null;
    }
    String verb = MEETING.word(MEETING.startingAtIndex(t, k, goalEnd));
    // 完成了年度目标 names what 完成年度目标 does
    String met = verb.replace("了", "") + t.subSequence(k + verb.length(), goalEnd);
    String measure = indicatorBefore(t, floor, k);
    if (measure == null && last != null && onlyCommasBetween(t, floor, k)) {
      measure = withoutChange(last);
    }
    return measure == null ? null : new GoalMet(measure, met);
  }

  /**
   * Where the verb of meeting a goal ({@link #MEETING}) starts whose end stands at most {@value
   * #GOAL_REACH} Chinese characters before the goal's word at {@code goal} (完成年度目标, 占年度投资计划),
   * or -1: the one test of a goal said met, for the extractor's indicator and the reader's facts.
   */
  static int meetingStart(CharSequence t, int floor, int goal) {
    for (int j = goal; j > floor && goal - j <= GOAL_REACH; j--) {
      int verb = MEETING.endingAt(t, floor, j);
      if (verb >= 0) {
        return j - MEETING.word(verb).length();
      }
      if (!Character.isIdeographic(t.charAt(j - 1))) {
        return -1;
      }
    }
    return -1;
  }

  /** A share of a goal met ({@link #goalMet}): the measure and the words of the goal met (完成年度目标). */
  record GoalMet(String measure, String met) {
    /** The indicator: the measure and the goal met, as written (实际利用外资完成年度目标). */
    String indicator() {
      return measure + met;
    }
  }

  /** {@code word} without the word of change that ends it and its connectives (营收同比增长: 营收); null if nothing is left. */
  private static String withoutChange(String word) {
    int i = CHANGES.endingAt(word, 0, word.length());
    if (i < 0) {
      return word;
    }
    int end = word.length() - CHANGES.words[i].length();
    int k = end;
    while (k > 0 && end - k < ChangeWords.MAX_CONNECTIVES && ChangeWords.isConnective(word.charAt(k - 1))) {
      k--;
    }
    return k == 0 ? null : word.substring(0, k);
  }

  private static boolean onlyCommasBetween(CharSequence t, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("，, ".indexOf(t.charAt(i)) < 0) {
        return false;
      }
    }
    return to > from;
  }

  /** The words that end a goal whose share met a percentage gives: 年度目标, 全年任务, 年度计划, 目标任务. */
  private static final Words GOALS = withTraditional("目标", "任务", "计划", "目标任务");

  /**
   * Verbs of meeting a goal, before it (完成年度目标, 占年度计划, 达到年度目标的): the figure after the
   * goal and 的 is the share met, a fact ({@link ArticleReader}'s goals) of a measure ({@link #goalMet});
   * {@link #meetingStart} reads them for both.
   */
  private static final Words MEETING = withTraditional("完成了", "完成", "实现", "达成", "达到", "占");

  /** The most characters between a verb of meeting and the goal's word: 年度投资, 全年, 市定. */
  static final int GOAL_REACH = 4;

  /** Verbs of a count reaching its figure, after the things counted: 达到, 发展到, 增至. */
  private static final Words COUNT_REACHING = withTraditional("达", "达到", "达至", "发展到", "增长到", "增长至", "增加到", "增加至", "增至");

  /** Words of the whole number of things counted, kept after them: 企业总数, 规上企业存量. */
  private static final Words TOTALS = withTraditional("总数", "总量", "数量", "存量", "拥有量");

  /**
   * The thing a count written right after it counts, where no word of the lists names it
   * (建成垃圾处理厂1座、污水处理厂2座, 现有标准化厂房35栋): the Chinese characters before {@code start}
   * back to a verb that says what happened to them, a function word or punctuation, as {@link
   * #withModifiers} reads modifiers, at least two of them and ending in a thing's last character
   * ({@link #COUNTED_THING_ENDS}); null otherwise.
   */
  static String nounRightBefore(CharSequence t, int floor, int start) {
    String noun = withModifiers(t, floor, start, start);
    return noun.length() >= 2 && COUNTED_THING_ENDS.indexOf(noun.charAt(noun.length() - 1)) >= 0 ? noun : null;
  }

  /**
   * What an amount or quantity written right after them measures where no word of the lists names
   * it (完成工业应税销售88亿元, 原煤生产1362.46万吨, 发电133.6亿千瓦时): the Chinese characters before
   * {@code start} back to a verb that says what happened, a function word or punctuation, as
   * {@link #withModifiers} reads modifiers, at least two of them; null otherwise, and where they
   * follow 可, open with a pronoun or a verb of {@link #LESSENING}, are a verb alone (新增, 签约) or
   * end with one of {@link #DOING} or a firm's name ({@link #FIRM_ENDS}). Not for counts, where a
   * verb right before (开工30个, 净增114户) says what the clause did, not what it counts, nor for
   * powers, a plant's capacity after its firm's name (晶澳太阳能3GW), which the extractor does not ask.
   */
  static String wordsRightBefore(CharSequence t, int floor, int start) {
    String words = withModifiers(t, floor, start, start);
    int before = start - words.length();
    if (words.length() < 2 || before < floor || !Text.startsWith(t, before, start, words)) {
      return null; // none, or words read apart from the figure (a word of adding before 入驻)
    }
    if (before > floor && t.charAt(before - 1) == '可' || PRONOUNS.indexOf(words.charAt(0)) >= 0) {
      return null; // 可利用產業空間10.26平方公里: after 可 a verb's phrase, not a thing's name; 你投资5万元: a reader's
    }
    for (Words verbs : BARE_VERBS) {
      if (verbs.isWord(words)) {
        return null; // 新增5亿元, 签约5亿元: what was done, not to what
      }
    }
    for (String w : LESSENING.words) {
      if (words.startsWith(w)) {
        return null;
      }
    }
    return DOING.endingAt(words, 0, words.length()) < 0 && FIRM_ENDS.endingAt(words, 0, words.length()) < 0 ? words : null;
  }

  /**
   * Verbs of lessening, taking back, paying out and helping that open words of an act, not a
   * measure: 减免税费3亿元, 协助改造3000万元.
   */
  private static final Words LESSENING = withTraditional("降低", "减免", "减少", "节约", "节省", "收回", "拨付", "协助");

  /**
   * The last words of firms' names, whose quantities are theirs, not the park's (常丰农化3.18万吨,
   * 新航化工180吨: their plants' capacities).
   */
  private static final Words FIRM_ENDS = withTraditional("公司", "集团", "股份", "化工", "化纤", "农化", "铝业", "钢铁", "科技");

  /**
   * Verbs of building, handing over, giving and setting aside that end the words before a quantity
   * without naming what it is (累计开工200万平方米, 竣工交付67万平方米, 安排1.33亿元, 给予60万元: of what,
   * the text said before).
   */
  private static final Words DOING = withTraditional("开工", "竣工", "施工", "完工", "交付", "安排", "打造", "建设", "开发", "拿出", "给予",
      "发行", "发放", "争取"); // 先後發行55億元, 特別爭取約15億元

  /** Pronouns that open words addressed to a reader, not a measure's name: 你投资5万元. */
  private static final String PRONOUNS = "你您我他她它";

  /** Words of coming into a park, which say how firms came, not what they are: 入园企业 are 企业. */
  private static final Words ENTERING = withTraditional("入园", "入驻", "落户", "落戶", "进驻", "入区", "进园");

  /** Words of adding that change what is counted: 新增企业 are the new firms, not all of them. */
  private static final Words ADDED = withTraditional("新增", "新引进", "新落户", "新落戶");

  /**
   * Whether {@code word} opens with a verb of its own that says how the things came or what became
   * of them (引进项目, 落户企业, 培育瞪羚企业): a word of {@link #PROJECT_STAGES}, {@link #ENTERING} or
   * {@link #MODIFIER_ENDS}.
   */
  static boolean opensWithVerb(String word) {
    for (Words verbs : new Words[] {PROJECT_STAGES, ENTERING, MODIFIER_ENDS}) {
      for (String w : verbs.words) {
        if (word.startsWith(w) && word.length() > w.length()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word of adding {@code word} opens with (新增高新技术企业: 新增), or "". */
  static String addedIn(String word) {
    for (String w : ADDED.words) {
      if (word.startsWith(w) && word.length() > w.length()) {
        return w;
      }
    }
    return "";
  }

  /**
   * The word of adding written before a word of coming in that ends at {@code k} (新增入园企业:
   * 新增), which the modifiers stopped at: the new firms are counted, as in 新增企业; else "".
   */
  private static String addedBefore(CharSequence t, int floor, int k) {
    int entering = ENTERING.endingAt(t, floor, k);
    if (entering < 0) {
      return "";
    }
    int added = ADDED.endingAt(t, floor, k - ENTERING.word(entering).length());
    return added < 0 ? "" : ADDED.word(added);
  }

  /**
   * Whether the one-character word that ends a modifier at {@code k} (约) ends another word there
   * instead (签约, 节约, 合约): 新签约亿元以上项目 keeps 新签约.
   */
  private static boolean inAnotherWord(CharSequence t, int floor, int k) {
    char c = t.charAt(k - 1);
    return (c == '约' || c == '約') && k - 2 >= floor && "签簽节節合预預公制特邀相".indexOf(t.charAt(k - 2)) >= 0;
  }

  /** Verbs between a subject and what it achieved: 规模以上工业企业实现利润. */
  private static final Words ACHIEVED = withTraditional("实现了", "完成了", "实现", "完成", "形成"); // 形成产值40.5亿元

  /**
   * The verbs that, written alone before a quantity, say what was done, not to what ({@link
   * #wordsRightBefore}: 新增5亿元, 签约5亿元); declared after every list it holds, so that they are set.
   */
  private static final List<Words> BARE_VERBS = List.of(ADDED, ACHIEVED, ENTERING, PROJECT_STAGES, MODIFIER_ENDS);

  /** The one of {@link #ACHIEVED} that opens a measure too: 完成投资, investment put in place. */
  private static final String COMPLETED = "完成";

  /**
   * The subject written right before 实现, 完成 or 形成 ({@link #ACHIEVED}) that ends at {@code k} (or before 累计, a year or
   * 全年 and the like between them: 规模以上工业企业全年实现工业总产值), where it is a noun of what
   * is counted, narrowed by its modifiers or its own word (规模以上工业企业实现利润5.48亿元: 规模以上工业企业,
   * and the measure is theirs, 规模以上工业企业利润; 高新技术企业完成营业收入), an industry the lists know,
   * or a division of 国民经济行业分类 named whole (橡胶和塑料制品业累计实现产值), or a part of the park
   * (核心区实现主营业务收入: the part's measure, 核心区主营业务收入); null for a bare one
   * (企业实现营收: the park's firms, all of them) or none.
   */
  private static String narrowSubject(CharSequence t, int floor, int k) {
    int verb = ACHIEVED.endingAt(t, floor, k);
    if (verb < 0) {
      return null;
    }
    int subjectEnd = k - ACHIEVED.words[verb].length();
    int together = TOGETHER.endingAt(t, floor, subjectEnd); // 高新技术企业累计实现主营业务收入
    if (together >= 0) {
      subjectEnd -= TOGETHER.word(together).length();
    }
    subjectEnd -= yearEndingAt(t, floor, subjectEnd); // 光电产业2013年累计完成产值
    int when = WHOLE_PERIODS.endingAt(t, floor, subjectEnd); // 规模以上工业企业全年实现工业总产值
    if (when >= 0) {
      subjectEnd -= WHOLE_PERIODS.word(when).length();
    }
    int noun = NOUNS.endingAt(t, floor, subjectEnd);
    int industry = noun < 0 ? INDUSTRIES.endingAt(t, floor, subjectEnd) : -1; // 电子信息产业实现产值
    int classified = noun < 0 && industry < 0 ? CLASSIFIED_INDUSTRIES.endingAt(t, floor, subjectEnd) : -1;
    if (classified >= 0 && classifiedStart(t, floor, subjectEnd, classified)) {
      // 橡胶和塑料制品业累计实现产值7.5亿元: a division of 国民经济行业分类 named whole, its own measure;
      // not the last of a list (纺织业、橡胶和塑料制品业累计实现产值12亿元: both's)
      int at = subjectEnd - CLASSIFIED_INDUSTRIES.word(classified).length();
      return at > floor && LISTED_AFTER.indexOf(t.charAt(at - 1)) >= 0 ? null : CLASSIFIED_INDUSTRIES.word(classified);
    }
    if (noun < 0 && industry < 0) {
      int part = PHASED_PARTS.endingAt(t, floor, subjectEnd); // 核心区实现主营业务收入: the part's, not the park's
      int at = part < 0 ? -1 : subjectEnd - PHASED_PARTS.word(part).length();
      // not the last of a list (起步区和核心区实现…: both's) nor a part denied (非核心区)
      return part < 0 || at > floor && NOT_ONE_PART.indexOf(t.charAt(at - 1)) >= 0 ? null : PHASED_PARTS.word(part);
    }
    String bare = noun >= 0 ? NOUNS.words[noun] : INDUSTRIES.words[industry];
    String subject = withModifiers(t, floor, subjectEnd - bare.length(), subjectEnd);
    subject = listedBefore(t, floor, subjectEnd - subject.length()) + subject;
    // a bare one narrows nothing: 企业实现营收, 工业实现增加值 are the park's, all of it
    return ALL_FIRMS.contains(subject) || subject.equals(bare) && noun < 0 ? null : subject;
  }

  /** Periods between a subject and 实现 or 完成 (or opening a clause before one) that say when, not who: 全年, 上半年. */
  private static final Words WHOLE_PERIODS = withTraditional("全年", "今年", "去年", "当年", "上半年", "下半年");

  /** Words of adding up between a subject and 实现 or 完成 (累计实现, 共实现) or a count's verb (企业累计达40家). */
  private static final Words TOGETHER = withTraditional("累计", "合计", "共计", "总计", "一共", "共");

  /** The length of a year written with four digits and 年: 2013年. */
  private static final int YEAR_LENGTH = 5;

  /** The length of a year of four digits (2013年) that ends at {@code k}; else 0. */
  private static int yearEndingAt(CharSequence t, int floor, int k) {
    if (k - YEAR_LENGTH < floor || t.charAt(k - 1) != '年') {
      return 0;
    }
    for (int i = k - YEAR_LENGTH; i < k - 1; i++) {
      if (Text.digit(t.charAt(i)) < 0) {
        return 0;
      }
    }
    return YEAR_LENGTH;
  }

  /** The most characters of one item {@link #listedBefore} takes: 新一代信息技术. */
  private static final int LISTED_ITEM_REACH = 8;

  /**
   * The items listed before a subject that begins at {@code start} and names one thing with them
   * (酒、饮料和精制茶制造业, 高端汽车和新能源智能汽车产业, 机器人和智能制造产业), joined by 和, 及, 与 or
   * 、 and opening their clause, with the joining characters; else "". Each item is Chinese
   * characters that a modifier may hold, so a place or a verb before them takes nothing.
   */
  private static String listedBefore(CharSequence t, int floor, int start) {
    int k = start;
    while (k > floor && "和及与與、".indexOf(t.charAt(k - 1)) >= 0) {
      int j = k - 1;
      while (j > floor && k - 1 - j < LISTED_ITEM_REACH && Character.isIdeographic(t.charAt(j - 1))
          && NOT_IN_MODIFIERS.indexOf(t.charAt(j - 1)) < 0 && MODIFIER_ENDS.endingAt(t, floor, j) < 0) {
        j--;
      }
      if (j == k - 1) {
        return "";
      }
      k = j;
      if (k == floor || t.charAt(k - 1) == '\n' || Text.isClauseBreak(t.charAt(k - 1)) && t.charAt(k - 1) != '、') {
        return t.subSequence(k, start).toString();
      }
    }
    return "";
  }

  /**
   * What firms achieve, as against what a place does (地区生产总值, 固定资产投资, 财政收入 are the
   * park's even after a count of its firms).
   */
  private static final Words FIRMS_ACHIEVE = withTraditional(
      "产值", "总产值", "工业总产值", "工业产值", "营收", "营业收入", "营业总收入", "收入", "销售收入", "营业额", "利润", "利润总额", "税收");

  /**
   * The measure {@code measure} (a bare measure word, 产值) as achieved by {@code counted}, the
   * narrowed noun of a count in the clause before (集聚200多家生物医药企业，实现年产值200亿元以上:
   * 生物医药企业产值; 已集聚医疗器械相关企业超过300家，产值达200亿元: 医疗器械相关企业产值), where the
   * measure opens the clause of {@code t[open, end)}, after at most a period, 累计 or 共, 实现, 完成 or
   * 形成 and a 年 ({@link #opensWith}: 亿元以上企业16家，累计实现工业总产值37.2亿元; 1-5月份形成产值); not
   * where the firms are only planned (计划引进企业); else null.
   * Only firms achieve so, and a bare 企业 narrows nothing (企业300家，实现产值: the park's).
   */
  static String achievedByCounted(CharSequence t, int open, int end, String counted, String measure) {
    if (counted == null || ALL_FIRMS.contains(counted) || !endsWithAny(counted, ALL_FIRMS)
        || FIRMS_ACHIEVE.endingAt(measure, 0, measure.length()) < 0) {
      return null; // firms only (签约项目33个，总投资64.1亿元 is the usual 总投资), and what firms achieve
    }
    if (startsWithAny(counted, 0, counted.length(), PLANNED_FIRMS)) {
      return null; // 计划引进企业50家，形成产值20亿元: what is planned, not what those firms achieved
    }
    return opensWith(t, open, end, measure, false) ? counted + measure : null;
  }

  /**
   * The measure {@code measure} (a bare measure word, 利润总额) as achieved by the narrowed subject
   * of {@code lastMeasure}, the measure of a figure in an earlier clause of the sentence (at {@code
   * lastStart} in {@code lastText}, which holds at least the text just before it), where the
   * clause {@code t[open, end)} opens ({@link #opensWith}) with 实现, 完成 or 形成 and the measure and
   * names no subject of its own (高新技术企业累计实现主营业务收入3044.4亿元，同比增长10.5%；实现利润总额195.5亿元:
   * 高新技术企业利润总额), or, {@code listed} after a 、, with the measure alone (医药健康产业实现收入
   * 717亿元、产值281亿元: 医药健康产业产值); else null. Only firms and industries achieve so, narrowed,
   * as in {@link #narrowSubject}.
   */
  static String achievedBySubject(CharSequence t, int open, int end, String lastMeasure, CharSequence lastText,
      int lastStart, String measure, boolean listed) {
    if (!FIRMS_ACHIEVE.isWord(measure) || !opensWith(t, open, end, measure, !listed)) {
      return null;
    }
    for (int i = lastMeasure.length() - 1; i >= 2; i--) {
      int noun = NOUNS.endingAt(lastMeasure, 0, i);
      int industry = noun < 0 ? INDUSTRIES.endingAt(lastMeasure, 0, i) : -1;
      if ((noun >= 0 || industry >= 0) && isMeasure(lastMeasure.substring(i))) {
        String subject = lastMeasure.substring(0, i);
        boolean bare = ALL_FIRMS.contains(subject) || industry >= 0 && INDUSTRIES.word(industry).equals(subject);
        return bare || !achievedBefore(lastText, lastStart, subject) ? null : subject + measure;
      }
    }
    return null;
  }

  /** How far before its figure {@link #achievedBefore} looks for the subject, in characters. */
  static final int SUBJECT_BEFORE_REACH = 40;

  /**
   * Whether {@code subject} is written before the figure at {@code figure} as the subject of 实现
   * or 完成 (高新技术企业累计实现主营业务收入: a year and a word of adding up may come between), not as
   * the words that narrow a measure (完成规模以上工业增加值: 规模以上工业 achieved nothing).
   */
  private static boolean achievedBefore(CharSequence t, int figure, String subject) {
    String before = t.subSequence(Math.max(0, figure - SUBJECT_BEFORE_REACH), figure).toString();
    int at = before.lastIndexOf(subject);
    if (at < 0) {
      return false;
    }
    int k = figure - before.length() + at + subject.length();
    k += yearStartingAt(t, k, figure);
    for (String word : TOGETHER.words) {
      if (Text.startsWith(t, k, figure, word)) {
        k += word.length();
        break;
      }
    }
    for (String word : ACHIEVED.words) {
      if (Text.startsWith(t, k, figure, word)) {
        return true;
      }
    }
    return false;
  }

  /** The length of a year of four digits (2013年) that starts at {@code k} before {@code end}; else 0. */
  private static int yearStartingAt(CharSequence t, int k, int end) {
    return k + YEAR_LENGTH <= end ? yearEndingAt(t, k, k + YEAR_LENGTH) : 0;
  }

  /**
   * Whether the clause {@code t[open, end)} opens, after spaces and a period ({@link #periodAt}:
   * 1-5月份, 全年), with {@code measure}, after 累计 or 共, 实现, 完成 or 形成 (required when {@code
   * verb}) and a 年 (累计实现年产值; 现有26户规上企业，1-5月份形成产值40.5亿元).
   */
  private static boolean opensWith(CharSequence t, int open, int end, String measure, boolean verb) {
    int k = open;
    while (k < end && Text.isSpace(t.charAt(k))) {
      k++;
    }
    k += periodAt(t, k, end);
    for (String word : TOGETHER.words) { // 亿元以上企业16家，累计实现工业总产值
      if (Text.startsWith(t, k, end, word)) {
        k += word.length();
        break;
      }
    }
    boolean achieved = false;
    for (String word : ACHIEVED.words) {
      if (Text.startsWith(t, k, end, word)) {
        k += word.length();
        achieved = true;
        break;
      }
    }
    if (verb && !achieved) {
      return false;
    }
    if (k < end && (t.charAt(k) == '年')) {
      k++;
    }
    return Text.startsWith(t, k, end, measure);
  }

  /**
   * The length of the period opening {@code t} at {@code k}: a whole period ({@link #WHOLE_PERIODS}:
   * 全年, 上半年) or a span of months in digits ({@link Text#isRangeMark}: 1-5月份, 1—9月, 1至5月); 0
   * where none does, or one written otherwise (1月至5月, 前三季度: not read here, so no narrowing).
   */
  private static int periodAt(CharSequence t, int k, int end) {
    String whole = WHOLE_PERIODS.startingAt(t, k, end);
    if (whole != null) {
      return whole.length();
    }
    int j = k;
    while (j < end && Text.digit(t.charAt(j)) >= 0) {
      j++;
    }
    if (j == k || j >= end || !Text.isRangeMark(t.charAt(j))) {
      return 0;
    }
    int to = ++j;
    while (j < end && Text.digit(t.charAt(j)) >= 0) {
      j++;
    }
    if (j == to || j >= end || t.charAt(j) != '月') {
      return 0;
    }
    j++;
    return j < end && t.charAt(j) == '份' ? j + 1 - k : j - k;
  }

  /** Words opening firms that are only planned, whose output is none yet: 计划引进企业, 拟引进企业. */
  private static final String[] PLANNED_FIRMS = inBothScripts("计划", "拟", "力争", "预计", "将");

  /** Subjects that narrow nothing: a park's firms, all of them (园区工业企业累计完成工业总产值: 工业总产值). */
  private static final Set<String> ALL_FIRMS = Set.of("企业", "企業", "公司", "工业企业", "工業企業");

  private static boolean endsWithAny(String word, Set<String> ends) {
    for (String end : ends) {
      if (word.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Modifiers with a function character in them, taken whole: 规模以上工业增加值, 限额以上批发零售业,
   * 亿元以上项目, 在建项目.
   */
  private static final Words COMPOUND_MODIFIERS =
      withTraditional("规模以上", "规模以下", "限额以上", "亿元以上", "万元以上", "在建", "在谈",
          "市级以上", "省级以上", "国家级以上", "县级以上", "区级以上", // 新增市级以上创新平台: which level up
          "区属", "市属", "县属", "省属", // 区属规模以上工业产值: the district's own firms
          "公共", "实到", "到位", // 一般公共预算收入, 实到外资, 实际到位资金: 共 and 到 begin no function word there
          "新培育", // 新培育高新技术企业8家: the new ones, as 新增 counts them
          "新增省", "新增市", // 新增省战略性新兴产业企业: the province's or city's title, no place's end
          "核心区", "起步区", "启动区", "先行区", // 核心区面积, 核心区主营业务收入: a part's, not the park's
          "上市", "国内", "國內", "境内", "境內", // 上市后备企业, 国内生产总值: 市 and 内 no place's end there
          "对外直接", "對外直接", // 对外直接投资: 对 no function word there (but 对外商投资 is 投资 of 外商)
          "人均", "户均", "戶均", "月均", "日均", "平均", // 人均收入, 月均投资额: per what
          "出让", "已出让", "未出让", "转让"); // 出让土地面积: land sold, not all the land (让 no function word there)

  /**
   * Whether 还 at {@code i} is a word of returning (还原, 偿还, 归还, 还款, 还贷), not the adverb "also"
   * that ends a measure's words (还新增签约项目11个).
   */
  private static boolean isReturning(CharSequence t, int floor, int i, int end) {
    char c = t.charAt(i);
    if (c != '还' && c != '還') {
      return false;
    }
    return i + 1 < end && "原款贷貸本".indexOf(t.charAt(i + 1)) >= 0 || i - 1 >= floor && "偿償归歸退".indexOf(t.charAt(i - 1)) >= 0;
  }

  /**
   * Characters that end modifiers on the left as words of their own: 的, 等, 和, 共, the ends of
   * places and parks, 年, 于 (至於生物技術產業營業額), and adverbs (也, 还, 都, 又: 该区还新增签约项目).
   */
  private static final String CLEAN_ENDS = "的等和及与與区區园園市县縣省内內年月共于於也还還都又";

  /**
   * Characters that make a word with a 有 before them (有色金属, 有机食品, 有限公司, 有效发明专利, 有关企业):
   * the modifiers that start after such a 有 may start inside a word.
   */
  private static final String AFTER_HAVING_IN_A_WORD = "色机機限效关關序力线線形偿償益害利些";

  /**
   * Whether the things counted, named from {@code k}, follow a verb's 了 (集聚了量子产业链企业80多家: 量子产业链企业)
   * and the word is a noun of things ({@link #NOUNS}), not a measure, which a 了 may stand well before
   * (拆除了岸边585万平方米养殖池, 除了中关村科学城21.59平方公里).
   */
  private static boolean isDoneTo(CharSequence t, int floor, int k, int word, int end) {
    return t.charAt(k - 1) == '了' && k - 2 >= floor && NOUNS.isWord(t.subSequence(word, end).toString());
  }

  /** Characters that make a word with a 以 before them (以上, 以下, 以来, 以及 …): no modifier starts after such a 以. */
  private static final String AFTER_TAKING_IN_A_WORD = "上下来來后後前内內外及便免为為往至";

  /**
   * Whether the modifiers starting at {@code k} follow a 以 of taking, "with", and the measure ending at
   * {@code end} is the highest or first (以光電產業營業額最高: 光電產業營業額); not a 以 that begins a word with
   * them ({@link #AFTER_TAKING_IN_A_WORD}: 5年以上企业) or a name (以勒鋼鐵占地0.6公頃: a firm's).
   */
  private static boolean isTaking(CharSequence t, int k, int end) {
    return k < t.length() && t.charAt(k - 1) == '以' && AFTER_TAKING_IN_A_WORD.indexOf(t.charAt(k)) < 0
        && startsWithAny(t, end, t.length(), FOREMOST);
  }

  /** Words after a measure taken with 以 that make it the foremost of a list: 以光電產業營業額最高. */
  private static final String[] FOREMOST = inBothScripts("最高", "最多", "最大", "居冠", "居首", "为主", "居多");

  /**
   * Whether the modifiers starting at {@code k} follow a 有 of having (园区有世界500强企业38家: 世界500强企业),
   * not one that begins a word with them ({@link #AFTER_HAVING_IN_A_WORD}: 有色金属企业, 有些企业) or ends one
   * ({@link #OWNING}: 国有控股企业).
   */
  private static boolean isHaving(CharSequence t, int k) {
    return k < t.length() && t.charAt(k - 1) == '有' && AFTER_HAVING_IN_A_WORD.indexOf(t.charAt(k)) < 0
        && (k < 2 || OWNING.indexOf(t.charAt(k - 2)) < 0);
  }

  /** Characters that make a word with a 有 after them (国有, 公有, 私有, 所有, 原有, 固有): owned, not had. */
  private static final String OWNING = "国國公私所原固";

  /** The lengths of the places' names looked for inside a text, in characters: 苏州, 淄川区, 黔东南州. */
  static final int SHORTEST_PLACE = 2;
  static final int LONGEST_PLACE = 4;

  /**
   * The length of the longest name of a place ({@link ParkNameResolver#isPlace}, {@value
   * #SHORTEST_PLACE} to {@value #LONGEST_PLACE} characters) that starts at {@code start} and ends
   * by {@code end}; 0 if none: the place a name or a measure is written after (赤峰红山经济开发区,
   * 深圳营收).
   */
  static int placeAt(CharSequence t, int start, int end) {
    for (int len = Math.min(LONGEST_PLACE, end - start); len >= SHORTEST_PLACE; len--) {
      if (ParkNameResolver.isPlace(t.subSequence(start, start + len).toString())) {
        return len;
      }
    }
    return 0;
  }

  /**
   * The length of the longest name of a place, as {@link #placeAt} reads them, that ends at {@code
   * end} and starts at {@code s} or after; 0 if none: the place a name is written after (丹东临港工业园区).
   */
  static int placeEndingAt(CharSequence t, int s, int end) {
    for (int len = Math.min(LONGEST_PLACE, end - s); len >= SHORTEST_PLACE; len--) {
      if (ParkNameResolver.isPlace(t.subSequence(end - len, end).toString())) {
        return len;
      }
    }
    return 0;
  }

  /**
   * What the counted things do, right after their noun, so that the noun ends its phrase (86家企业竞相入驻,
   * 25个重点项目按时间节点推进, 12家数字经济企业已入驻): not another noun it begins (企业家, 企业产值,
   * 项目投资). Words, not single characters: 9家企业共12款产品 counts no 企业.
   */
  private static final String[] COUNTED_DO = inBothScripts(
      "竞相", "齐聚", "相继", "陆续", "先后", "纷纷", "按时", "按期", "实现", "完成", "入驻", "落户", "进驻", "集聚",
      "带着", "全部", "已经", "已入驻", "已落户", "已投产", "已开工", "已建成", "均已", "正在", "累计",
      "落地", "日益", "聚集", "汇聚"); // 14家航空企业落地生根, 300余家地信企业日益集聚

  /**
   * The stage the projects or firms counted right before it reached, written after their noun
   * (36个项目开工, 27个工业项目建成投产, 12个项目已经投产, 5家企业竣工投产): a run of the words of
   * {@link #STAGES_AFTER} (for firms {@link #FIRM_STAGES}, ending the clause or before a function
   * word: 入驻企业 are the park's firms, not a stage's, and 10家企业建成智能工厂 counts what they built),
   * after at most one word of {@link #BEFORE_A_STAGE} and with 集中 kept (26个项目集中开工: a mass
   * groundbreaking's count, 集中开工项目), a word of settling ({@link #ENTERING}) only first
   * (20个项目签约落户: 签约项目); null where none follows, or where its characters run into another
   * word or a time to come ({@link #STAGE_RUNS_ON}: 签约额, 开工率, 投产后).
   */
  private static String stageAfter(CharSequence t, String noun, int j, int e) {
    boolean projects = noun.endsWith("项目") || noun.endsWith("項目");
    if (!projects && !noun.endsWith("企业") && !noun.endsWith("企業")) {
      return null;
    }
    int k = j;
    String adverb = BEFORE_A_STAGE.startingAt(t, k, e);
    k += adverb == null ? 0 : adverb.length();
    StringBuilder stage = new StringBuilder();
    if (Text.startsWith(t, k, e, MASS)) {
      stage.append(MASS);
      k += MASS.length();
    }
    Words stages = projects ? STAGES_AFTER : FIRM_STAGES;
    int words = 0;
    while (k < e) {
      String w = stages.startingAt(t, k, e);
      if (w == null && projects && words == 0) {
        w = ENTERING.startingAt(t, k, e); // 8个项目进驻: settling, a stage where it comes first
      }
      if (w == null) {
        break; // 20个项目签约落户: 签约项目
      }
      stage.append(w);
      k += w.length();
      words++;
    }
    if (words == 0) {
      return null;
    }
    if (k < e) {
      char c = t.charAt(k);
      if (STAGE_RUNS_ON.indexOf(c) >= 0 || !projects && Character.isIdeographic(c) && FUNCTION_CHARACTERS.indexOf(c) < 0) {
        return null; // 签约额, 投产后; 10家企业建成智能工厂: what the firms built, not a stage they reached
      }
    }
    return stage.toString();
  }

  /** Words of a project's stage written after its noun ({@link #stageAfter}); or one of {@link #ENTERING}, first. */
  private static final Words STAGES_AFTER = withTraditional("签约", "落地", "开工", "竣工", "投产", "建成", "投运");

  /** The stages of firms' plants written after 企业 ({@link #stageAfter}): 37家企业竣工投产. */
  private static final Words FIRM_STAGES = withTraditional("开工", "竣工", "投产", "建成", "投运");

  /** Adverbs between the things counted and their stage, left out of it: 12个项目已经投产. */
  private static final Words BEFORE_A_STAGE = withTraditional(
      "已经", "均已", "全部", "顺利", "成功", "正式", "相继", "陆续", "先后", "同时", "已");

  /** 集中 before a stage, kept: 集中开工 is a mass groundbreaking, 集中开工项目 a count of its own. */
  private static final String MASS = "集中";

  /**
   * Characters after a stage's words that make them part of another word (签约额, 开工率, 投产期,
   * 建成区) or a time to come (投产后, 开工时: 5个项目投产后可新增产值…).
   */
  private static final String STAGE_RUNS_ON = "额額率期区區面量数數后後时時";

  /** How far after a count {@link #nounAfter} looks for what it counts, in characters. */
  static final int NOUN_AFTER_REACH = 12;

  /**
   * The noun of what is counted written right after a count from {@code figure} to {@code start},
   * in the same clause and within {@value #NOUN_AFTER_REACH} characters ({@code 440多家创新型医药健康企业}:
   * 企业), where the noun ends the phrase (not 企业家), or what the things do follows it
   * ({@link #COUNTED_DO}: 86家企业竞相入驻) or a measure of theirs (66户规上工业企业产值同比增长,
   * 21只基金投资共计117个项目: the count is of the firms, the funds; not 247家企业工业产值超亿元, which
   * counts the firms above a bound, nor 五大主导产业产值增长, a group named), unless examples named before
   * 等 stand before the count, where only a stage after it names the things (盛品天火锅食材等17个项目签约:
   * those are counted for what they did, as 签约项目; 戴爾等12家企業實現25%以上高速增長, for what they
   * achieved), but firms so named that settle are counted as firms (金刚化工、中煤科工等71家北京企业落户:
   * 北京企业); a stage before a count of projects stays ({@link #stageBefore}, back to the sentence's start
   * {@code s}). A ranking's digits may stand between
   * (已有15家世界500强企业); or null.
   */
  static String nounAfter(CharSequence t, int s, int figure, int start, int e) {
    boolean examples = figure > 0 && t.charAt(figure - 1) == '等';
    for (int j = start + 1; j <= e && j - start <= NOUN_AFTER_REACH; j++) {
      char c = t.charAt(j - 1);
      if (Text.isClauseBreak(c) && !Text.isQuoteMark(c) || c == '\n' || Text.digit(c) >= 0 && !isRankingDigit(t, j - 1, e)) {
        return null;
      }
      int n = NOUNS.endingAt(t, start, j);
      String stage = n >= 0 ? stageAfter(t, NOUNS.words[n], j, e) : null;
      if (stage != null) { // 36个项目开工: the count of 开工项目, as 开工项目36个 is
        return stage + withModifiers(t, start, j - NOUNS.words[n].length(), j);
      }
      if (n >= 0 && (j == e || !Character.isIdeographic(t.charAt(j)) || "的和与與及在等".indexOf(t.charAt(j)) >= 0
          || Text.startsWith(t, j, e, AND_ALSO) // 160多家零部件企业以及30多家研发中心
          || amongThem(t, j, e)
          || !examples && (startsWithAny(t, j, e, COUNTED_DO) || measureOfTheirsAt(t, j, e) && t.charAt(start - 1) != '大')
          || examples && !PROJECTS.isWord(NOUNS.words[n]) && startsWithAny(t, j, e, COUNTED_DO) && !startsWithAny(t, j, e, ACHIEVING))) {
        String modified = withModifiers(t, start, j - NOUNS.words[n].length(), j);
        String staged = PROJECTS.isWord(NOUNS.words[n]) ? stageBefore(t, s, figure) : null;
        return staged == null ? modified : staged + modified; // 集中开工复工8个项目: 集中开工复工项目
      }
    }
    return null;
  }

  /** 以及, "and also": like 及, it ends the noun counted before it. */
  private static final String AND_ALSO = "以及";

  /** Words of achieving after firms counted ({@link #COUNTED_DO}): with examples named, a count of those that achieved it. */
  private static final String[] ACHIEVING = inBothScripts("实现", "完成");

  /** Whether the digit at {@code i} is in a ranking's number, a run of digits before 强 (已有15家世界500强企业). */
  private static boolean isRankingDigit(CharSequence t, int i, int e) {
    int k = i;
    while (k < e && Text.digit(t.charAt(k)) >= 0) {
      k++;
    }
    return k < e && (t.charAt(k) == '强' || t.charAt(k) == '強');
  }

  /** The words of a stage that may stand before a count of projects ({@link #stageBefore}). */
  private static final Words STAGES_BEFORE = withTraditional(
      "签约", "落地", "开工", "复工", "竣工", "投产", "建成", "投运", "引进", "招引", "谋划", "储备", "洽谈");

  /**
   * The stage written right before a count of projects that starts at {@code figure} (共谋划386个项目,
   * 引进了9个“零耗地”项目, 集中开工复工8个项目, 新开工2个10至50亿元项目): a run of the words of {@link
   * #STAGES_BEFORE}, with 集中 or 新 before it kept, after 了 and before 共 or 累计 left out, back to the
   * sentence's start {@code s}; null where none stands there, or where the run begins inside another
   * word (不签约).
   */
  static String stageBefore(CharSequence t, int s, int figure) {
    int k = figure;
    if (k > s && (t.charAt(k - 1) == '了')) {
      k--;
    }
    int end = k;
    int floor = Math.max(s, figure - NOUN_AFTER_REACH);
    while (k > floor) {
      int w = STAGES_BEFORE.endingAt(t, floor, k);
      if (w < 0) {
        break;
      }
      k -= STAGES_BEFORE.words[w].length();
    }
    if (k == end) {
      return null;
    }
    if (k - MASS.length() >= floor && Text.startsWith(t, k - MASS.length(), k, MASS)) {
      k -= MASS.length(); // 集中开工: a mass groundbreaking's count
    } else if (k > floor && isNew(t, k - 1)) {
      k--; // 新开工: the new ones
    }
    if (k > s && Character.isIdeographic(t.charAt(k - 1)) && STAGE_OPENERS.indexOf(t.charAt(k - 1)) < 0
        && MODIFIER_ENDS.endingAt(t, s, k) < 0) {
      return null; // 不签约, 拟开工: the run is part of another word or a mood, not the stage reached
    }
    return t.subSequence(k, end).toString();
  }

  /** Characters a stage before a count may follow: the subject's end or a word of totalling (共, 累计: in {@link #MODIFIER_ENDS}). */
  private static final String STAGE_OPENERS = "共区區园園县縣市省已先后後还還又再";

  /** Whether 中 ending a clause stands at {@code j}: 在2370家火炬企业中，…: among the things counted. */
  private static boolean amongThem(CharSequence t, int j, int e) {
    return t.charAt(j) == '中' && (j + 1 == e || Text.isClauseBreak(t.charAt(j + 1)));
  }

  /**
   * Whether a measure ({@link #MEASURES}) starts at {@code j} that no bound follows (产值同比增长, 投资共计;
   * not 产值超亿元, 产值均超亿元, 总投资超过10亿元, 产值在亿元以上, 产值达到1亿元以上, 产值10亿元以上: the
   * count is of the things above the bound): after any adverb, no word of a bound, nor 以上 or 以下
   * before the clause ends.
   */
  private static boolean measureOfTheirsAt(CharSequence t, int j, int e) {
    String measure = MEASURES.startingAt(t, j, e);
    if (measure == null) {
      return false;
    }
    int k = j + measure.length();
    while (k < e && BOUND_ADVERBS.indexOf(t.charAt(k)) >= 0) {
      k++;
    }
    if (startsWithAny(t, k, e, BOUND_VERBS)) {
      return false;
    }
    for (; k < e && !Text.isClauseBreak(t.charAt(k)); k++) {
      if (startsWithAny(t, k, e, BOUND_ENDS)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Words after a measure that make it a bound on the things counted before it: the words of
   * {@link #EXCEEDING} (产值超亿元) and more (产值突破亿元, 产值在亿元以上).
   */
  private static final String[] BOUND_VERBS = Stream.concat(Arrays.stream(EXCEEDING),
      Arrays.stream(inBothScripts("突破", "在", "达到亿", "达亿", "上亿"))).toArray(String[]::new);

  /** Adverbs between a measure and the word of its bound: 产值均超亿元. */
  private static final String BOUND_ADVERBS = "均都皆";

  /** Words ending a bound after a measure, in its clause: 产值10亿元以上. */
  private static final String[] BOUND_ENDS = inBothScripts("以上", "以下");

  /** The words of a bound a sum is written after, past which it bounds the things counted before: 超过, 突破. */
  private static final String[] BOUND_BEFORE_SUM = Stream.concat(Arrays.stream(EXCEEDING),
      Arrays.stream(inBothScripts("突破"))).toArray(String[]::new);

  /**
   * Whether the sum written at {@code sum} (its mention's text, {@code surface}) bounds the things a
   * count from {@code countStart} to {@code count} counts: the sum opens with a bound, and between
   * them stands the things' noun ({@link #NOUNS}) alone (68家企业超过10亿元), or a measure of theirs
   * ({@link #MEASURES}) after the noun or alone where the count picks some of a group (20个项目中有5个总投资超过10亿元):
   * the count is of those above it, the sum of no one. Not a measure after a count of its own
   * (此次签约的12个项目总投资超过80亿元: their total).
   */
  static boolean boundsThingsCounted(CharSequence t, int countStart, int count, int sum, String surface) {
    if (!startsWithAny(surface, 0, surface.length(), BOUND_BEFORE_SUM)) {
      return false;
    }
    int k = sum;
    int measure = MEASURES.endingAt(t, count, k);
    if (measure >= 0) {
      k -= MEASURES.words[measure].length();
      if (!endsWithAny(t, countStart, SOME_OF)) {
        return false;
      }
    }
    if (k == count) {
      return true;
    }
    int noun = NOUNS.endingAt(t, count, k);
    return noun >= 0 && k - NOUNS.words[noun].length() == count;
  }

  /** Words right before a count that make it some of a group named before: 20个项目中有5个, 其中3家. */
  private static final String[] SOME_OF = inBothScripts("中有", "其中");

  private static boolean endsWithAny(CharSequence t, int end, String[] words) {
    for (String w : words) {
      if (end >= w.length() && Text.startsWith(t, end - w.length(), end, w)) {
        return true;
      }
    }
    return false;
  }

  /** How far after a sum {@link #isThreshold} looks for the things it bounds, in characters. */
  static final int THRESHOLD_REACH = 8;

  /** Characters after the things a sum bounds that end their name: function words and verbs of being (超亿元企业达131家). */
  private static final String THINGS_END_BEFORE = "的和与與及在等达達有共为為";

  /**
   * The first character of 累计 (累計), which ends the things a sum bounds where no 的 stands between
   * them (年产值过100亿元企业累计达6家), not where one does: 总投资30亿元的光伏项目累计完成投资12亿元 is
   * the project's investment, not a bound.
   */
  private static final char SO_FAR_FIRST = '累';

  /** Words after a sum that make it a bound, before the things it bounds: 以上, 以下, 以内, (含), 的. */
  private static final String[] BOUNDS = {"以上", "以下", "以内", "以內", "(含)", "（含）", "的"};

  /**
   * Whether the sum ending at {@code end} bounds a class of things named right after it rather
   * than measuring anything: 亿元以上项目, 纳税过亿元企业, 其中50亿元项目1个, 5000万元以上的工业企业:
   * the things ({@link #NOUNS}) end within {@value #THRESHOLD_REACH} characters in the clause, the
   * noun ending the phrase as in {@link #nounAfter}.
   */
  static boolean isThreshold(CharSequence t, int end, int e) {
    int j = end;
    boolean de = false;
    for (String bound : BOUNDS) {
      if (Text.startsWith(t, j, e, bound)) {
        j += bound.length();
        de |= bound.equals("的");
      }
    }
    for (int k = j + 1; k <= e && k - j <= THRESHOLD_REACH; k++) {
      char c = t.charAt(k - 1);
      if (!Character.isIdeographic(c)) {
        return false;
      }
      if (NOUNS.endingAt(t, j, k) >= 0 && (k == e || !Character.isIdeographic(t.charAt(k))
          || THINGS_END_BEFORE.indexOf(t.charAt(k)) >= 0 || !de && t.charAt(k) == SO_FAR_FIRST)) {
        return true;
      }
    }
    return false;
  }

  /** The most characters of the parks a count counts, {@link #parksCountedAfter}. */
  static final int PARKS_COUNTED_REACH = 8;

  /** Characters that end the name of what a count counts: function words, and verbs of having. */
  private static final String NOT_IN_COUNTED = FUNCTION_CHARACTERS + "有共均";

  /**
   * Words that end the name of what a count counts when it counts parks or groups of firms, in
   * both scripts; several characters each, so that 3个幼儿园 and 2个公园 count no parks.
   */
  private static final String[] PARKS = inBothScripts(
      "园区", "产业园", "科技园", "工业园", "科学园", "创业园", "软件园", "开发区", "高新区", "经开区", "试验区",
      "示范区", "合作区", "片区", "基地", "集群", "新区", "科学城");

  /**
   * The parks a count that ends at {@code start} counts, written right after it: the Chinese
   * characters there up to punctuation or a function word, at most {@value #PARKS_COUNTED_REACH},
   * ending in a word for a park or a group of them (2,000多个产业集群: 产业集群; 三个科学园区的营业额:
   * 科学园区; 48家国家级经开区); null for anything else.
   */
  static String parksCountedAfter(CharSequence t, int start, int e) {
    int j = start;
    while (j < e && j - start <= PARKS_COUNTED_REACH && Character.isIdeographic(t.charAt(j))
        && NOT_IN_COUNTED.indexOf(t.charAt(j)) < 0) {
      j++;
    }
    String counted = t.subSequence(start, j).toString();
    return j - start <= PARKS_COUNTED_REACH && namesParks(counted) ? counted : null;
  }

  /** Whether {@code counted}, what a count counts, ends in a word for a park or a group of them. */
  static boolean namesParks(String counted) {
    for (String word : PARKS) {
      if (counted.endsWith(word)) {
        return true;
      }
    }
    return false;
  }

  /** How far after a figure {@link #measureAfter} looks for the measure it names, in characters. */
  static final int MEASURE_AFTER_REACH = 8;

  /**
   * The measure ({@link #MEASURES}) written right after a figure that ends at {@code start}, or
   * after 的 there, in the same clause and ending within {@value #MEASURE_AFTER_REACH} characters
   * (可以提供大约10万平方米的办公空间: 办公空间; 实现806亿元产值规模: 产值规模), the longest that
   * starts there; or null.
   */
  static String measureAfter(CharSequence t, int start, int e) {
    int from = start < e && (t.charAt(start) == '的') ? start + 1 : start;
    String found = null;
    for (int j = from + 1; j <= e && j - start <= MEASURE_AFTER_REACH; j++) {
      if (Text.isClauseBreak(t.charAt(j - 1)) || t.charAt(j - 1) == '\n') {
        break;
      }
      int m = MEASURES.endingAt(t, from, j);
      if (m >= 0 && j - MEASURES.words[m].length() == from) {
        found = MEASURES.words[m];
      }
    }
    return found;
  }

  /** Places taken whole, whose share a percentage before 的 is: 全市50%的国家级孵化器. */
  private static final Words WHOLES = withTraditional("全市", "全省", "全国", "全区", "全县");

  /** The longest thing after 的 whose share a percentage is, in characters. */
  private static final int SHARED_REACH = 12;

  /**
   * The share a percentage at {@code [start, end)} is of what follows it after 的, where its clause
   * names the whole before it (拥有全市50%的国家级孵化器, 培育了全市35%的创新龙头企业、63%的创新型企业):
   * that thing and 占比 (国家级孵化器占比), back from the next clause break, 、 or function word,
   * at least two characters; null otherwise.
   */
  static String shareOfWhatFollows(CharSequence t, int floor, int start, int end, int e) {
    if (end >= e || t.charAt(end) != '的') {
      return null;
    }
    boolean whole = false;
    for (int k = start; k > floor && !whole; k--) {
      char c = t.charAt(k - 1);
      if ("，。；：,;:！？!?\n".indexOf(c) >= 0) {
        break; // a list (全市35%的…、63%的创新型(试点)企业、38%的…) is one clause
      }
      whole = WHOLES.endingAt(t, floor, k) >= 0;
    }
    if (!whole) {
      return null;
    }
    int j = end + 1;
    while (j < e && j - end <= SHARED_REACH && isThingCharacter(t.charAt(j))) {
      j++;
    }
    return j - end - 1 >= 2 && j - end <= SHARED_REACH ? t.subSequence(end + 1, j) + "占比" : null;
  }

  /** Whether {@code c} may stand in the name of a thing after 的: a Chinese character that is no function word, or a bracket. */
  private static boolean isThingCharacter(char c) {
    return (Character.isIdeographic(c) && FUNCTION_CHARACTERS.indexOf(c) < 0) || c == '(' || c == ')' || c == '（' || c == '）';
  }

  /**
   * Whether a measure ({@link #MEASURES}) ends within {@code reach} characters after {@code start}
   * and at {@code e} or before, in the same clause: the noun phrase there names one (的總樓面面積,
   * 的投资).
   */
  static boolean measureWithin(CharSequence t, int start, int e, int reach) {
    for (int end = start + 1; end <= e && end - start <= reach; end++) {
      if (Text.isClauseBreak(t.charAt(end - 1))) {
        return false;
      }
      if (MEASURES.endingAt(t, start, end) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The longest measure, or noun if {@code nouns}, ending at {@code end}; or null. */
  private static String indicatorEndingAt(CharSequence t, int floor, int end, boolean nouns) {
    int m = MEASURES.endingAt(t, floor, end);
    int n = nouns ? NOUNS.endingAt(t, floor, end) : -1;
    String measure = m >= 0 ? MEASURES.words[m] : null;
    String noun = n >= 0 ? NOUNS.words[n] : null;
    if (measure == null || (noun != null && noun.length() > measure.length())) {
      return noun;
    }
    return measure;
  }

  /** Whether {@code word} holds a word of {@link #MEASURES} anywhere: 规上工业增加值同比增长 does, 同比名义增长 not. */
  static boolean namesAMeasure(String word) {
    for (int end = word.length(); end > 0; end--) {
      if (MEASURES.endingAt(word, 0, end) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is one of {@link #MEASURES}, whole. */
  static boolean isMeasure(String word) {
    return MEASURES.isWord(word);
  }

  /**
   * Whether {@code word} ends in a measure or a noun of things counted ({@link #MEASURES}, {@link
   * #NOUNS}: 实际使用外资, 市场经营主体, 增速), none of which a span of years is the value of.
   */
  static boolean endsInMeasureOrNoun(String word) {
    return MEASURES.endingAt(word, 0, word.length()) >= 0 || NOUNS.endingAt(word, 0, word.length()) >= 0;
  }

  /**
   * Whether {@code word} is a measure alone or its change alone (营业额, 营业额年增, 吞吐量同比增长): no
   * words narrow it but those of a standard indicator of what firms achieve (规上工业总产值).
   */
  static boolean isBareMeasure(String word) {
    String measure = measureBefore(word, 0, word.length());
    return isMeasure(measure) || Indicators.byName(measure).map(FIRMS_ACHIEVE_STANDARD::contains).orElse(false);
  }

  /**
   * Whether {@code word}, bare ({@link #isBareMeasure}), is a measure of what firms or an industry
   * achieve (产值, 营业收入, 规上工业总产值), not of a whole area (地区生产总值, 一般公共预算收入).
   */
  static boolean isAchievedByFirms(String word) {
    String measure = measureBefore(word, 0, word.length());
    return FIRMS_ACHIEVE.isWord(measure) || Indicators.byName(measure).map(FIRMS_ACHIEVE_STANDARD::contains).orElse(false);
  }

  /** The standard indicators of what firms achieve that {@link #isBareMeasure} reads as bare. */
  private static final Set<Indicator> FIRMS_ACHIEVE_STANDARD = Set.of(Indicators.ABOVE_SIZE_INDUSTRIAL_OUTPUT,
      Indicators.ABOVE_SIZE_INDUSTRIAL_VALUE_ADDED, Indicators.GROSS_INDUSTRIAL_OUTPUT, Indicators.REVENUE);

  /**
   * Whether {@code word}, a word of change ending at {@code j}, is one there: 年增 (Taiwan's "growth
   * on the year") only before a figure or 率, not where a year runs into another word (2023年增资,
   * 今年增设, 全年增收); 升 only after 按年 or 同比 and before a figure (Hong Kong's 按年升78%; not 转型升级,
   * 升至).
   */
  private static boolean isChangeWord(CharSequence t, int floor, int j, String word) {
    boolean rise = word.equals("升");
    if (!word.equals("年增") && !rise) {
      return true;
    }
    int at = j - word.length();
    char before = at > floor ? t.charAt(at - 1) : ' ';
    char after = j < t.length() ? t.charAt(j) : ' ';
    if (rise) { // 按年升78%, not 转型升级 nor 升至
      return at - 2 >= floor && (Text.startsWith(t, at - 2, at, "按年") || Text.startsWith(t, at - 2, at, "同比"))
          && !Character.isIdeographic(after);
    }
    return Text.digit(before) < 0 && "今去全当當明前上".indexOf(before) < 0 && !Character.isIdeographic(after);
  }

  /**
   * Whether {@code word} names a rate or share (出租率, 覆盖率, 占比, 增速, 增幅), which only a
   * percentage or a ratio can measure.
   */
  static boolean namesARate(String word) {
    return word.endsWith("率") || isShareWord(word) || word.endsWith("增速") || word.endsWith("增幅");
  }

  /** Whether {@code word} names a share (比重, 占比, 比例, 佔比), with or without the words before it. */
  static boolean isShareWord(String word) {
    return word.endsWith("比重") || word.endsWith("占比") || word.endsWith("佔比") || word.endsWith("比例");
  }

  /** Whether {@code word} ends with a word of change, with or without an indicator before it (营收增长, 增长). */
  static boolean endsWithChange(String word) {
    return CHANGES.endingAt(word, 0, word.length()) >= 0;
  }

  /**
   * The measure {@code word}, a measure and its change, changes, without the change and what stands
   * between them (工业总产值比上年增长: 工业总产值; 地区生产总值净增: 地区生产总值); null where {@code word}
   * is no change or what is left ends in no measure (增长 alone; 产值年均增长, a mean growth).
   */
  static String measureChanged(String word) {
    String measure = CHANGES.endingAt(word, 0, word.length()) < 0 ? null : withoutChange(word);
    return measure != null && MEASURES.endingAt(measure, 0, measure.length()) >= 0 ? measure : null;
  }

  /**
   * Whether {@code measure}, ending in a word of {@link #MEASURES}, can measure a figure of {@code
   * dimension}: the standard indicator that word names accepts it, or the word names none (出口额
   * takes money, not tonnes).
   */
  static boolean measureTakes(String measure, Dimension dimension) {
    int i = MEASURES.endingAt(measure, 0, measure.length());
    return i >= 0 && Indicators.byName(MEASURES.words[i]).map(x -> x.accepts(dimension)).orElse(true);
  }

  /** Whether {@code word} is a word of change without the indicator before it (增长, 增加). */
  static boolean isChange(String word) {
    int i = CHANGES.endingAt(word, 0, word.length());
    return i >= 0 && CHANGES.words[i].length() == word.length();
  }
}
