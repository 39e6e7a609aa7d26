package dev.parkdata.extract;

import com.google.common.collect.ImmutableSet;
import dev.parkdata.catalog.Division;
import dev.parkdata.catalog.DivisionLevel;
import dev.parkdata.catalog.Divisions;
import dev.parkdata.catalog.NameFolding;
import dev.parkdata.catalog.ParkNameResolution;
import dev.parkdata.catalog.ParkNameResolver;
import dev.parkdata.park.Park;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.UnitCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The park names of one extraction, found sentence by sentence before its figures, and the park
 * each figure is about (the rule is in {@link MetricExtractor}'s javadoc). Holds the sentence's
 * names, the park named last before it and the park of the last figure given one, nothing more,
 * so that streaming stays bounded.
 */
final class ParkScan {
  /**
   * Words that refer to the park the text is about without naming it. 园区, 高新区 and the like
   * count only standing alone (after punctuation, a non-Chinese character or a function word),
   * not at the end of a compound (产业园区, 各类园区), nor inside a name found.
   */
  private static final String[] REFERRING = {
    "该园区", "該園區", "全园区", "全園區", "本园区", "本園區", "这个园区", "這個園區", "园区", "園區",
    "该区", "該區", "全区", "全區", "本区", "本區", "我区", "我區", "区内", "區內",
    "该园", "該園", "全园", "全園", "本园", "本園", "园内", "園內",
    "高新区", "高新區", "开发区", "開發區", "经开区", "經開區", "综保区", "綜保區",
    "新区", "新區",
  };

  /**
   * The words of {@link #REFERRING} that refer to a park of their kind, each with the ends of the
   * names of that kind (and, third, ends of other kinds' names that end so too): 经开区 refers to the
   * 经济开发区 named last, not to a 产业园 named since.
   */
  private static final String[][][] KIND_REFERENCES = {
    {{"高新区", "高新區"}, {"高新区", "高新區", "技术产业开发区", "技術產業開發區", "技术开发区", "技術開發區", "高新园区", "高新園區"}},
    {{"开发区", "開發區", "经开区", "經開區"}, {"开发区", "開發區", "经开区", "經開區"}},
    {{"综保区", "綜保區"}, {"综合保税区", "綜合保稅區", "综保区", "綜保區"}},
    // a new area named once, then by its kind alone (雄安新区…。目前新区内企业…); not a 高新区 or 创新区
    {{"新区", "新區"}, {"新区", "新區"}, {"高新区", "高新區", "创新区", "創新區"}},
    // 全区 is a 区's whole: the zone named before a centre or park in it (在保定国家高新区成立了
    // 保定·中关村创新中心。全区就申报认定高新技术企业299家: the 高新区's); not a partner's
    // ({@link #districtOf}: …与中关村软件园签约); not 区内, the subject's inside
    {{"该区", "該區", "全区", "全區", "本区", "本區", "我区", "我區"}, {"区", "區"}},
  };

  /** The row of {@link #KIND_REFERENCES} for a 区's whole, whose park is the one a subject lies in. */
  private static final int WHOLE_OF_A_DISTRICT = KIND_REFERENCES.length - 1;

  /**
   * Whether {@code p}, as written or by its zone's name, is a park of the kind {@code k} of {@link
   * #KIND_REFERENCES}: its name ends with one of the kind's ends, and with none of the ends of other
   * kinds the row may list third (高新区 ends with 新区, and is no new area).
   */
  private static boolean isOfKind(ParkMention p, int k) {
    boolean ends = false;
    for (String end : KIND_REFERENCES[k][1]) {
      ends |= endsWith(p, end);
    }
    if (ends && KIND_REFERENCES[k].length > 2) {
      for (String other : KIND_REFERENCES[k][2]) {
        ends &= !endsWith(p, other);
      }
    }
    return ends;
  }

  /** Whether {@code p}'s name as written or its zone's name ends with {@code end}. */
  private static boolean endsWith(ParkMention p, String end) {
    return p.text().endsWith(end) || p.zoneName().map(n -> n.endsWith(end)).orElse(false);
  }

  /**
   * The park the sentence's referring word refers to: the subject, the park named last before the
   * sentence; but a kind's word (经开区, 高新区, 综保区; 全区 and 该区 are a 区's) refers to the park
   * of that kind named last where the subject is of another kind (雅安经济开发区…川西大数据产业园…。
   * 经开区共签约项目5个: the 经济开发区's figure).
   */
  private ParkMention referredTo() {
    String word = REFERRING[referringWord];
    for (int k = 0; k < KIND_REFERENCES.length; k++) {
      for (String kindWord : KIND_REFERENCES[k][0]) {
        if (kindWord.equals(word)) {
          return isOfKind(subject, k) || lastOfKind[k] == null ? subject : lastOfKind[k];
        }
      }
    }
    return subject;
  }

  /**
   * Characters after which 园区, 高新区 … stand alone: they end no compound. Function words, and the
   * last characters of words of time (目前园内, 以来全区, 年底园区, 如今园区; not 年: 2024年園區整體 may be all of them).
   */
  private static final String LEADS = "该該全本我在于於入使让讓对對为為与與和及至到是由从從将將据據把被向经經" + "前来來底末初今";

  /** Whether a word for a park (园区, 高新区 …) written after {@code c} stands alone: it ends no compound (国家高新区 does). */
  static boolean standsAloneAfter(char c) {
    return !Character.isIdeographic(c) || LEAD_SET.get(c);
  }

  /** {@link #LEADS} as a set of characters: asked at many positions of a text. */
  private static final BitSet LEAD_SET = LEADS.chars().collect(BitSet::new, BitSet::set, BitSet::or);

  /**
   * The words that end a park's name when the catalogue does not know it (银川科技服务产业园,
   * 前海深港现代服务业合作区, 中关村科学城), longest first where one ends another.
   */
  private static final String[] PARK_WORDS = {
    "产业园区", "產業園區", "工业园区", "工業園區", "科技园区", "科技園區", "科学园区", "科學園區",
    "软件园区", "軟件園區", "软体园区", "軟體園區", "示范园区", "示範園區", // 马鞍山承接产业转移集中示范园区
    "产业园", "產業園", "科技园", "科技園", "工业园", "工業園", "创业园", "創業園", "科学园", "科學園",
    "软件园", "軟件園", "软体园", "軟體園",
    "街区", "街區", "片区", "片區", "创新区", "創新區", "合作区", "合作區", "商务区", "商務區",
    "示范区", "示範區", "试验区", "試驗區", "综合实验区", "綜合實驗區", "科学城", "科學城", "科技城", "产业基地", "產業基地",
    "创新中心", "創新中心", "加工区", "加工區", "新区", "新區",
    "临空经济区", "臨空經濟區", // 北京大兴国际机场临空经济区: an airport's economic zone
    // zones renamed after the 2018 catalogue (益阳龙岭产业开发区, once 龙岭工业集中区) or not in it
    // (赤峰红山经济开发区, which must start with a place); not 开发区 alone, which stands for the park
    // after many a word (今年开发区)
    "产业开发区", "產業開發區", "经济开发区", "經濟開發區", "工业集中区", "工業集中區",
    "工业区", "工業區", // 榆神工业区, 平果工业区
    "产业集聚区", "產業集聚區", // 河南's zones: 市西部产业集聚区
    // zones made national after it (台州湾经济技术开发区, 2022), from a place like 经济开发区
    "经济技术开发区", "經濟技術開發區", "经开区", "經開區",
    // customs zones made 综合保税区 after it (东疆综保区), and 河南's zones renamed in 2021
    "综合保税区", "綜合保稅區", "综保区", "綜保區", "先进制造业开发区", "先進製造業開發區",
  };

  /** The last characters of the {@link #PARK_WORDS}. */
  private static final String PARK_WORD_ENDS = "园園区區城地心";

  /**
   * The {@link #PARK_WORDS} by their last character, at its index in {@link #PARK_WORD_ENDS}, in their
   * order: a position of the text is matched against those that can end there only.
   */
  private static final String[][] PARK_WORDS_BY_END = byLastCharacter(PARK_WORDS, PARK_WORD_ENDS);

  private static String[][] byLastCharacter(String[] words, String ends) {
    String[][] byEnd = new String[ends.length()][];
    for (int k = 0; k < ends.length(); k++) {
      char end = ends.charAt(k);
      byEnd[k] = Arrays.stream(words).filter(w -> w.charAt(w.length() - 1) == end).toArray(String[]::new);
    }
    int grouped = Arrays.stream(byEnd).mapToInt(g -> g.length).sum();
    if (grouped != words.length) {
      throw new IllegalStateException("a park word ends in none of " + ends); // caught by every test at class load
    }
    return byEnd;
  }

  /** Park words whose names start from the first place before them ({@link #unknownNameStart}). */
  private static final Set<String> FROM_PLACE = ImmutableSet.of(
      "经济开发区", "經濟開發區", "经济技术开发区", "經濟技術開發區", "经开区", "經開區",
      "临空经济区", "臨空經濟區"); // 北京大兴国际机场临空经济区; not 大力发展临空经济区, a kind

  /**
   * Words that say what kind of park a name is, not which: a name made of these alone before its
   * park word (科技产业园区, 中国自贸试验区, 国家大学科技园) names a kind of park, and is no name.
   */
  private static final String[] KIND_WORDS = {
    "中国", "中國", "全国", "全國", "我国", "我國", "国家级", "國家級", "国家", "國家", "国", "國", "省级", "省級",
    "自由贸易", "自由貿易", "自贸", "自貿", "高新技术", "高新技術", "高新", "科技", "经济", "經濟", "产业", "產業",
    "技术", "技術", "市级", "市級", "县级", "縣級", "县域", "縣域", // 经济技术开发区, 市级开发区, 县域经济开发区
    "工业", "工業", "大学", "大學", "现代", "現代", "特色", "重点", "重點", "综合", "綜合", "出口",
    "自主创新", "自主創新", "生态", "生態", "绿色", "綠色", "循环经济", "循環經濟", "低碳", "智慧", // 省级生态工业园区: a title
    "老", "新型", "现代化", "現代化", // 老工业区, 新型工业区, 现代化科技园区
    "新技术", "新技術", // 新技术产业园区: 高新技术's kind without 高 (天津新技术产业园区 is one)
    "边境", "邊境", // 国家级边境经济合作区: a kind of zone, as 博乐边境经济合作区 is one
    "跨境电商", "跨境電商", "跨境电子商务", "跨境電子商務", // 国家跨境电商综合试验区: a title a city holds
    "示范", "示範", "省", "市", // 省循环经济示范园区: a title, as 省级循环经济示范园区 is
  };

  /**
   * Words that say which part of a park a 片区 is, by where it lies or what it is for: 东部片区 and
   * 核心片区 are parts of the park the text is about, no park's name. Only before 片区: 中部科學園區
   * is a park.
   */
  private static final String[] PART_WORDS = {
    "东部", "東部", "西部", "南部", "北部", "中部", "东", "東", "西", "南", "北", "中", "核心", "起步", "启动", "啟動",
  };

  /** Words after which a park's name names a company (香港科技園公司), not the park. */
  private static final String[] COMPANY = {"公司", "集团", "集團", "有限公司", "有限责任公司", "有限責任公司", "股份有限公司",
      "股份公司"}; // 河南功能高分子膜材料创新中心有限公司 is a company

  /** Counters that end a name on the left after a numeral: 三大科学园区, 两个产业园 name no park. */
  private static final String COUNTERS = "大个個家类類所座处處";

  /** Chinese numerals, before a counter. */
  private static final String NUMERALS = "一二三四五六七八九十两兩";

  /** Characters a name the catalogue does not know never holds: function words, which end it on the left. */
  private static final String NOT_IN_NAMES = Words.FUNCTION_CHARACTERS;

  /** Verbs that stand before a park's name and end it on the left: 共建光伏绿色能源科技园. */
  private static final String[] VERBS_BEFORE = {
    "落户", "落戶", "共建", "建设", "建設", "建立", "设立", "設立", "打造", "揭牌", "成立", "入驻", "入駐", "授牌", "获批", "獲批", "位于",
    "位於", "签约", "簽約", "引进", "引進", "举办", "舉辦", "开工", "開工", "布局", "推动", "推動", "发布", "發布",
    "建成", "融合", "获得", "獲得", "注入", "落地", "聚集", "集聚", "图为", "圖為", "领衔", "領銜", "进驻", "進駐",
    "经营", "經營", "构建", "構建", "包括", "包含", "加快", "推进", "推進", "持续", "持續", "举行", "舉行",
    "又称", "又稱", "简称", "簡稱", "俗称", "俗稱", "亦称", "亦稱", "称为", "稱為", "名为", "名為", // (又称丰源工业园)
    "前身", "增挂", "增掛", "加挂", "加掛", "原名", "原称", "原稱", "现名", "現名", // 江西鹰潭经济开发区前身鹰潭工业园区: two names
    "东临", "東臨", "西临", "西臨", "南临", "南臨", "北临", "北臨", "毗邻", "毗鄰", "紧邻", "緊鄰", // 南临西城片区
    "创建", "創建", "争创", "爭創", "创成", "創成", "申报", "申報", // 创建省级高新技术产业园区: a title sought, no name
    "参观", "參觀", "考察", "走进", "走進", "来到", "來到", "调研", "調研", // 参观考察辽宁丹东临港产业园区
    "依托", "依託", // 泸县经开区依托城西工业园、城北工业园…
    "利用", "借助", "借力", // 利用综合保税区保税平台: a kind of zone used, no name
    "拥有", "擁有", "启动", "啟動", // 拥有中韩(盐城)产业园; 启动丰源工业园建设
    "抓好", "做强", "做強", "壮大", "壯大", // 突出抓好工业集中区这个集聚平台: the kind of zone worked on
    "占", "佔", // 占大湾区自贸片区外贸规模超七成: the whole a share is of, no name from 占
    "尽管", "儘管", "虽然", "雖然", // 尽管新区国内生产总值已迈过7000亿: a conjunction, no name's start
  };

  /**
   * Whether 属 ("belongs to") ends at {@code end} as a verb before a kind of park (…之一，属市级工业园区),
   * not as the end of a word (有色金属产业园, 附属, 所属, 隶属).
   */
  private static boolean isBelonging(CharSequence t, int s, int end) {
    if (end <= s || t.charAt(end - 1) != '属' && t.charAt(end - 1) != '屬') {
      return false;
    }
    return end - 1 == s || ENDING_IN_BELONGING.indexOf(t.charAt(end - 2)) < 0;
  }

  /** Characters that make a word with 属 after them: 金属, 附属, 所属, 下属, 隶属, 专属, 亲属, 归属, 家属, 直属, 从属. */
  private static final String ENDING_IN_BELONGING = "金附所下隶隸专專亲親归歸家直从從配部";

  /** Words after which a park's name says where something lies. */
  private static final String[] LOCATING = {"位于", "位於", "坐落于", "坐落於", "地处", "地處", "设在", "設在", "设于", "設於",
    "东临", "東臨", "西临", "西臨", "南临", "南臨", "北临", "北臨", "毗邻", "毗鄰", "紧邻", "緊鄰"}; // 南临西城片区

  /**
   * The most characters before its park word that a name the catalogue does not know may have, a
   * place glossed in brackets in it aside (中国（福建）自由贸易试验区厦门片区).
   */
  private static final int MAX_NAME_BEFORE = 14;

  /** The most characters of brackets and what stands in them that {@link #MAX_NAME_BEFORE} leaves aside: （黑龙江）. */
  private static final int MAX_GLOSS = 8;

  private final ParkNameResolver resolver;
  private final Consumer<? super ParkMention> sink;
  /** The parks named in the current sentence, in order. */
  private final List<ParkMention> named = new ArrayList<>();
  /** Those of them written right after 的. */
  private final List<ParkMention> afterDe = new ArrayList<>(1);
  /** The code-point offsets just past each line break of the current sentence. */
  private final List<Integer> breaks = new ArrayList<>();
  /** The code-point end of the first word in the current sentence that refers to a park, or -1. */
  private int referringEnd = -1;
  /** That word, its index in {@link #REFERRING}, or -1. */
  private int referringWord = -1;
  /** The park of each kind of {@link #KIND_REFERENCES} named last before the current sentence, or null. */
  private final ParkMention[] lastOfKind = new ParkMention[KIND_REFERENCES.length];
  /** The char offsets where the names of {@link #named} start and end in the current sentence's text. */
  private final List<Integer> namedStarts = new ArrayList<>();
  private final List<Integer> namedEnds = new ArrayList<>();
  /** The 区 the last sentence named that 全区 may refer to ({@link #districtOf}), or null. */
  private ParkMention district;
  /** Whether the last sentence named a 区. */
  private boolean namesDistrict;
  /** The park named last before the current sentence. */
  private ParkMention subject;
  /** The park the current sentence is about for the sentences after it ({@link #lastSubject}), or null. */
  private ParkMention namedSubject;
  /** The park of the last figure given one in the current sentence, or null. */
  private ParkMention lastGiven;
  /**
   * The park of the last figure given one in the sentence before, when the current sentence
   * begins with 其中 (of which) and so goes on about it; else null.
   */
  private ParkMention ofWhich;
  /** Where the paragraph holding the start of the current sentence starts, in code points. */
  private int paragraph;
  /** Code points before the current sentence. */
  private int codePoints;
  /** The text of the current sentence, {@code text[sentenceStart, sentenceEnd)}, which starts at code point {@code sentenceStartCp}. */
  private CharSequence text;
  private int sentenceStart;
  private int sentenceEnd;
  private int sentenceStartCp;
  /** Whether the current sentence holds no surrogate pair: a code point is then a char. */
  private boolean sentenceOneCharEach;

  ParkScan(ParkNameResolver resolver, Consumer<? super ParkMention> sink) {
    this.resolver = resolver;
    this.sink = sink;
  }

  /** Finds the park names of the sentence {@code t[s, e)} and passes them to the sink. */
  void sentence(CharSequence t, int s, int e) {
    if (!named.isEmpty()) {
      subject = namedSubject;
      for (ParkMention p : named) {
        for (int k = 0; k < WHOLE_OF_A_DISTRICT; k++) {
          if (isOfKind(p, k)) {
            lastOfKind[k] = p;
          }
        }
      }
      if (namesDistrict) {
        lastOfKind[WHOLE_OF_A_DISTRICT] = district; // kept while later sentences name parks in it
      }
    }
    if (!breaks.isEmpty()) {
      paragraph = breaks.get(breaks.size() - 1);
    }
    ofWhich = Text.beginsWithOfWhich(t, s, e) ? lastGiven : null;
    lastGiven = null;
    named.clear();
    namedStarts.clear();
    namedEnds.clear();
    afterDe.clear();
    breaks.clear();
    referringEnd = -1;
    referringWord = -1;
    text = t;
    sentenceStart = s;
    sentenceEnd = e;
    sentenceStartCp = codePoints;
    List<int[]> spans = names(t, s, e);
    int cp = codePoints;
    int counted = s;
    int next = 0;
    for (int i = s; i < e; i++) {
      if (next < spans.size() && spans.get(next)[0] == i) {
        int[] span = spans.get(next++);
        if (isTitle(t, s, span[0]) || isHonour(t, span[1], e)) {
          i = span[1] - 1; // 成功创建省级食品饮料及水经济特色产业园区: a title the park won, no park
          continue;
        }
        cp += Text.codePoints(t, counted, span[0]);
        int startCp = cp;
        cp += Text.codePoints(t, span[0], span[1]);
        counted = span[1];
        ParkMention park = mention(startCp, cp, t.subSequence(span[0], span[1]).toString());
        if (!isLocation(t, s, span[0]) && !abbreviates(t, e, spans, next - 1) && !isExample(t, span[1], e)
            && !isExcluded(t, s, span[0]) && !isBasis(t, s, span[0], span[1], e) && !isWholeOfAShare(t, s, span[0])) {
          ParkMention again = namesAgain(t, s, span[0], park);
          if (again == null) {
            named.add(park);
            namedStarts.add(span[0]);
            namedEnds.add(span[1]);
          } else if (named.isEmpty()) {
            // the subject named again, in a sentence that names no other park: here, as the subject's zone
            named.add(again.code().isPresent()
                ? ParkMention.resolved(park.start(), park.end(), park.text(), again.code().get(), again.zoneName().orElseThrow())
                : again);
            namedStarts.add(span[0]);
            namedEnds.add(span[1]);
          }
        }
        if (span[0] > s && t.charAt(span[0] - 1) == '的') {
          afterDe.add(park);
        }
        if (sink != null) {
          sink.accept(park);
        }
        i = span[1] - 1;
        continue;
      }
      char c = t.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        breaks.add(cp + Text.codePoints(t, counted, i + 1));
      } else if (referringEnd < 0 && (referringWord = referringEndingAt(t, counted, i + 1)) >= 0) {
        referringEnd = cp + Text.codePoints(t, counted, i + 1);
      }
    }
    codePoints = cp + Text.codePoints(t, counted, e);
    sentenceOneCharEach = codePoints - sentenceStartCp == e - s;
    namesDistrict = false;
    for (ParkMention p : named) {
      namesDistrict |= isOfKind(p, WHOLE_OF_A_DISTRICT);
    }
    district = namesDistrict ? districtOf(t) : null;
    // now, while t still holds the sentence: a reader's buffer moves on before the next one
    namedSubject = named.isEmpty() ? null : lastSubject();
  }

  /**
   * The 区 the sentence names last, unless a park named after it is its partner, joined to it or
   * listed with it (北京经济技术开发区与中关村软件园签约: then null); a park named after it otherwise
   * lies in it (在保定国家高新区成立了保定·中关村创新中心), and 全区 after it is the 区's.
   */
  private ParkMention districtOf(CharSequence t) {
    for (int i = named.size() - 1; i >= 0; i--) {
      if (isOfKind(named.get(i), WHOLE_OF_A_DISTRICT)) {
        for (int j = i + 1; j < named.size(); j++) {
          int from = namedEnds.get(i);
          int to = namedStarts.get(j);
          if (Text.holdsAny(t, from, to, JOINING) || Text.holdsAny(t, from, to, LISTING)) {
            return null;
          }
        }
        return named.get(i);
      }
    }
    return null;
  }

  /**
   * The park the sentence before is about, which the figures of the next sentences that name no
   * park of their own are given: the one it named last, or, where it ended with parks listed side
   * by side after another park, that one (泸县经开区…依托城西工业园、城北工业园、临港产业园、空港产业园…。
   * 园区规划面积50平方公里: the 经开区's, whose parts they are).
   */
  private ParkMention lastSubject() {
    int last = named.size() - 1;
    int first = last;
    while (first > 0 && isListed(text.subSequence(namedEnds.get(first - 1), namedStarts.get(first)))) {
      first--;
    }
    return first < last && first > 0 ? named.get(first - 1) : named.get(last);
  }

  /** Whether {@code between}, what stands between two park names, only lists them: 、 和 及. */
  private static boolean isListed(CharSequence between) {
    for (String word : LISTING) {
      if (word.contentEquals(between)) {
        return true;
      }
    }
    return false;
  }

  /** What lists parks side by side rather than one in another: 、 和 及. */
  private static final String[] LISTING = {"、", "和", "及", "以及"};

  /**
   * Whether the name of {@code spans[k]} is written in brackets right after the name before it,
   * as its short form (新竹科學園區(竹科)) or another name of it (南通国家高新技术产业开发区(原通州经济开发区)):
   * the same park, which stays the one named last. Looks no further than the sentence's end
   * {@code e}, as a reader's text may end there.
   */
  private static boolean abbreviates(CharSequence t, int e, List<int[]> spans, int k) {
    if (k == 0) {
      return false;
    }
    int[] before = spans.get(k - 1);
    int[] span = spans.get(k);
    int open = before[1];
    if (open >= span[0] || (t.charAt(open) != '(' && t.charAt(open) != '（')) {
      return false;
    }
    boolean right = span[0] == open + 1;
    for (String word : OTHER_NAME) {
      right |= span[0] == open + 1 + word.length() && Text.startsWith(t, open + 1, span[0], word);
    }
    return right && span[1] < e && (t.charAt(span[1]) == ')' || t.charAt(span[1]) == '）');
  }

  /**
   * The park that the park named at {@code start} is another name of, where it is written right
   * after a word that gives one ({@link #NAMING}, then nothing, a quotation mark or 为, 是): the
   * park named before it in the sentence, or else the subject of the sentences before
   * (榮昌高新區于1992年設立，取名為榮昌經濟開發區，規劃面積5平方公里: the first park's figures; 2008年，
   * 增挂鹰潭经济技术开发区牌子). Null, so that the name is a park of its own, where that park is no
   * catalogue zone and this name is one, where both are zones of different codes (晋江经济开发区…
   * 更名为泉州经济技术开发区), or where the sentence before the word joins parks or makes one
   * (…与…合作共建的园区，取名为昆太协同创新产业园: a new park; {@link #JOINING}).
   */
  private ParkMention namesAgain(CharSequence t, int s, int start, ParkMention park) {
    ParkMention before = named.isEmpty() ? subject : named.get(named.size() - 1);
    int word = before == null ? -1 : namingWordBefore(t, s, start);
    if (word < 0 || Text.holdsAny(t, Math.max(s, word - JOINING_REACH), word, JOINING)) {
      return null;
    }
    boolean otherZone = before.code().isPresent() && park.code().isPresent() && !before.code().equals(park.code());
    return (before.code().isPresent() || park.code().isEmpty()) && !otherZone ? before : null;
  }

  /** Where the word of {@link #NAMING} that ends right before {@code start}, or before one of {@link #NAMING_GAP}, begins; -1 if none. */
  private static int namingWordBefore(CharSequence t, int s, int start) {
    int end = start > s && NAMING_GAP.indexOf(t.charAt(start - 1)) >= 0 ? start - 1 : start;
    for (int e = start; e >= end; e--) {
      for (String word : NAMING) {
        int w = e - word.length();
        if (w >= s && Text.startsWith(t, w, e, word)) {
          return w;
        }
      }
    }
    return -1;
  }

  /** Words that give a park's other name, which follows them: 取名为, 更名为, 原名, 简称, 增挂 (a second plaque) … */
  private static final String[] NAMING = {"取名为", "取名為", "命名为", "命名為", "更名为", "更名為", "改名为", "改名為",
    "原名", "原称", "原稱", "简称", "簡稱", "又称", "又稱", "俗称", "俗稱", "亦称", "亦稱", "前身", "现名", "現名",
    "增挂", "增掛", "加挂", "加掛"};

  /** What may stand between a word of {@link #NAMING} and the name: 前身为, 前身是, a quotation mark. */
  private static final String NAMING_GAP = "为為是“「『\"";

  /** Words that join parks or make a new one, before which a name given is the new park's: 与, 共建, 合并 … */
  private static final String[] JOINING = {"与", "與", "共建", "合建", "合作", "合并", "合併", "整合", "联合", "聯合", "携手", "攜手"};

  /** How far before a word of {@link #NAMING} a word of {@link #JOINING} is looked for, in characters. */
  private static final int JOINING_REACH = 64;

  /** Words in brackets before a park's other name: (原通州经济开发区), (简称…), (即…). */
  private static final String[] OTHER_NAME = {"原", "原名", "简称", "簡稱", "又称", "又稱", "即", "现名", "現名", "前身为", "前身為"};

  /**
   * Whether the new area {@code t[start, w)} + 新区 is a city's district now named without 新
   * (深圳's 光明新区 is 光明区 since 2018; 坪山新区 坪山区): a district, whose figures are no park's.
   */
  private static boolean isDistrict(CharSequence t, int start, int w, String word) {
    if (word.length() != 2 || word.charAt(0) != '新' || isNationalNewArea(t, w)) {
      return false;
    }
    for (int k = start; k <= w - 2; k++) { // 符合光明新区: what stands before the place is no part of it
      if (ParkNameResolver.isPlace(t.subSequence(k, w) + word.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The places of the nineteen national new areas (国家级新区) the State Council approved from 1992
   * to 2017, each written before 新区: new areas, whatever district elsewhere bears the same name
   * (南京's 江北新区 is no 江北区 of 重庆 or 宁波, 广州's 南沙新区 more than its 南沙区).
   */
  private static final String[] NATIONAL_NEW_AREAS = {
    "浦东", "滨海", "濱海", "两江", "兩江", "舟山群岛", "舟山群島", "兰州", "蘭州", "南沙", "西咸", "贵安", "貴安",
    "西海岸", "金普", "天府", "湘江", "江北", "福州", "滇中", "哈尔滨", "哈爾濱", "长春", "長春", "赣江", "贛江", "雄安",
  };

  /** Whether one of {@link #NATIONAL_NEW_AREAS} ends at {@code w}, before 新区. */
  private static boolean isNationalNewArea(CharSequence t, int w) {
    for (String place : NATIONAL_NEW_AREAS) {
      if (w >= place.length() && Text.startsWith(t, w - place.length(), w, place)) {
        return true;
      }
    }
    return false;
  }

  /** The ranks written between a place and its zone's kind (海口国家高新区, 长沙国家级经开区), longest first. */
  private static final String[] RANKS = {"国家级", "國家級", "国家", "國家"};

  /** The kinds of national zones a rank stands before. */
  private static final String[] NATIONAL_KINDS = {
    "高新技术产业开发区", "高新技術產業開發區", "经济技术开发区", "經濟技術開發區", "高新区", "高新區", "经开区", "經開區",
  };

  /**
   * The start of a name the resolver knows once the rank written inside it is left out, ending at
   * {@code end}: 海口国家高新区 is 海口高新区, 长沙国家级经开区 长沙经开区 ({@link
   * ParkNameResolver#resolve} reads it so too); -1 if none.
   */
  private int nationalNameStart(CharSequence t, int s, int end) {
    char last = t.charAt(end - 1);
    if (last != '区' && last != '區') {
      return -1; // every kind ends so: most positions cost one comparison
    }
    for (String kind : NATIONAL_KINDS) {
      int k = end - kind.length();
      if (k <= s || !Text.startsWith(t, k, end, kind)) {
        continue;
      }
      for (String rank : RANKS) {
        int r = k - rank.length();
        if (r > s && Text.startsWith(t, r, k, rank)) {
          StringBuilder without = new StringBuilder(end - s - rank.length()).append(t, s, r).append(kind);
          int start = resolver.nameStart(without, 0, without.length());
          return start >= 0 && start < r - s ? s + start : -1; // a place stands before the rank
        }
      }
      return -1;
    }
    return -1;
  }

  /** The kinds a city's name before them makes a name the resolver reads by its rules (威海高新区). */
  private static final String[] CITY_KINDS = {"高新区", "高新區"};

  /** The longest place's name {@link #cityZoneStart} looks for, in characters: 石家庄. */
  private static final int LONGEST_CITY = 4;

  /**
   * The start of a city's name followed by a kind's short word ending at {@code end}, where the
   * resolver resolves the two to one zone by its rules though no table holds the name (威海高新区:
   * the one high-tech zone placed in 威海, 威海火炬高技术产业开发区), or to none where the place is a
   * prefecture or county standing alone (宿州高新区, 湘西高新区: zones made since the 2018 catalogue,
   * parks it lacks; not a province's, 湖南高新区, which may be all of them, nor the end of another
   * word, 中心城区高新区); -1 if none.
   */
  private int cityZoneStart(CharSequence t, int s, int end) {
    char last = t.charAt(end - 1);
    if (last != '区' && last != '區') {
      return -1;
    }
    for (String kind : CITY_KINDS) {
      int k = end - kind.length();
      if (k <= s || !Text.startsWith(t, k, end, kind)) {
        continue;
      }
      for (int len = Math.min(LONGEST_CITY, k - s); len >= 2; len--) {
        String place = t.subSequence(k - len, k).toString();
        if (!ParkNameResolver.isPlace(place)) {
          continue;
        }
        ParkNameResolution.Status status = resolver.resolve(place + kind).status();
        boolean alone = k - len == s || standsAloneAfter(t.charAt(k - len - 1)); // not 中心城区高新区
        if (status == ParkNameResolution.Status.RESOLVED
            || status == ParkNameResolution.Status.NONE && alone
                && !ArticleReader.placesNamed(place, Divisions.LATEST_YEAR).isEmpty()) {
          return k - len;
        }
      }
    }
    return -1;
  }

  /**
   * The start of a kind's short word written alone and followed by a district's name in brackets,
   * ending at {@code end}, where the resolver resolves the two to one zone (高新区(滨江): 杭州高新区,
   * which shares its administration with 滨江区; 经开区(头屯河区)); -1 otherwise, also where a name
   * stands before the kind's word (杭州高新区(滨江) is read whole by the resolver's own rules).
   */
  private int kindOfPlaceStart(CharSequence t, int s, int end) {
    char close = t.charAt(end - 1);
    if (close != ')' && close != '）') {
      return -1;
    }
    int open = end - 2;
    if (open < s) {
      return -1; // a sentence that opens with the closing bracket: )數碼港…
    }
    while (open > s && !isBracket(t.charAt(open))) {
      open--;
    }
    if (t.charAt(open) != (close == ')' ? '(' : '（') || end - 1 - open < 2 || !ParkNameResolver.isPlace(
        t.subSequence(open + 1, end - 1).toString())) {
      return -1;
    }
    for (String kind : NATIONAL_KINDS) {
      int k = open - kind.length();
      if (k >= s && Text.startsWith(t, k, open, kind) && (k == s || standsAloneAfter(t.charAt(k - 1)))
          && resolver.resolve(t.subSequence(k, end).toString()).status() == ParkNameResolution.Status.RESOLVED) {
        return k;
      }
    }
    return -1;
  }

  /** The spans of the park names of {@code t[s, e)}, in order; a longer name takes the place of those it covers. */
  private List<int[]> names(CharSequence t, int s, int e) {
    List<int[]> spans = new ArrayList<>(2);
    for (int end = s + 1; end <= e; end++) {
      int start = resolver.nameStart(t, s, end);
      if (start > s) {
        start = ownStart(t, s, start, end);
        if (start < 0) {
          continue; // 类中关村科技园区: no park, not a name the catalogue lacks either
        }
      }
      if (start < 0) {
        start = nationalNameStart(t, s, end); // 海口国家高新区
      }
      if (start < 0) {
        start = cityZoneStart(t, s, end); // 威海高新区: the one high-tech zone of the city
      }
      if (start < 0) {
        start = kindOfPlaceStart(t, s, end); // 高新区(滨江): 杭州高新区, one with its district
      }
      if (start >= 0 && !standsAlone(t, s, e, start, end)) {
        start = -1;
      }
      if (start < 0) {
        // only where the resolver knows none: it is not swallowed by what stands before it (剔除中关村科技园区)
        start = unknownNameStart(t, s, end);
      }
      if (start < 0) {
        start = KnownParkNames.startEndingAt(t, s, end, e); // 竹科, 數碼港: no park word ends them
      }
      if (start < 0 || namesCompany(t, end, e)) {
        continue;
      }
      while (!spans.isEmpty() && spans.get(spans.size() - 1)[0] >= start) {
        spans.remove(spans.size() - 1); // 苏州高新区综合保税区 is one name, not two
      }
      if (spans.isEmpty() || spans.get(spans.size() - 1)[1] <= start) {
        spans.add(new int[] {start, end});
      }
    }
    return spans;
  }

  /** The middle dots written between a place and a name: 南宁·中关村. */
  private static final String MIDDLE_DOTS = "·•・‧";

  /**
   * Where a name the resolver knows, {@code t[start, end)} with {@code start > s}, starts as
   * written, or -1 where it names no park: after 类 it is a likeness, not the park (“类中关村”创新
   * 生态系统); after a place and a middle dot it is the second part of another park's name, from the
   * place (南宁·中关村, 保定·中关村创新中心: a base of that name in another city, not 中关村科技园区),
   * unless the place and the name together are the zone's (北京·中关村科技园区); a name that does not
   * begin with a place of its own, right after a place with which it names none, is a park the
   * catalogue lacks, from the place (丹东临港工业园区: not 广东湛江临港工业园区, which 临港工业园区 alone
   * is; but 黄埔区广州开发区 is 广州开发区).
   */
  private int ownStart(CharSequence t, int s, int start, int end) {
    char before = t.charAt(start - 1);
    if (before == '类' || before == '類') {
      return -1;
    }
    if (MIDDLE_DOTS.indexOf(before) < 0) {
      int place = Words.placeEndingAt(t, s, start);
      if (place > 0 && Words.placeAt(t, start, end) == 0
          && resolver.resolve(t.subSequence(start - place, end).toString()).status() == ParkNameResolution.Status.NONE) {
        return start - place; // 丹东临港工业园区, a park the catalogue lacks: not 广东湛江临港工业园区 after 丹东
      }
      return start;
    }
    int place = Words.placeEndingAt(t, s, start - 1); // the place before the dot
    if (place == 0) {
      return -1;
    }
    String whole = t.subSequence(start - 1 - place, start - 1).toString() + t.subSequence(start, end);
    return resolver.resolve(whole).status() == ParkNameResolution.Status.RESOLVED ? start : start - 1 - place;
  }

  /**
   * The start of a park's name that ends with a park word at {@code end} (银川科技服务产业园): the
   * Chinese characters before the word back to punctuation, a function word or a verb that stands
   * before names, at least two of them; or -1.
   */
  private static int unknownNameStart(CharSequence t, int s, int end) {
    int ending = PARK_WORD_ENDS.indexOf(t.charAt(end - 1));
    if (ending < 0) {
      return -1;
    }
    for (String word : PARK_WORDS_BY_END[ending]) {
      int w = end - word.length();
      if (w < s || !Text.startsWith(t, w, end, word)) {
        continue;
      }
      if (word.charAt(0) == '新' && w > s && "高创創".indexOf(t.charAt(w - 1)) >= 0) {
        continue; // 高新区, 创新区: not a new area
      }
      int start = w;
      int open = 0; // brackets closed inside the name and not yet opened
      int close = -1; // where the outermost of them closes
      int glossed = 0; // characters of brackets in the name, and in them: 中国（福建）自由贸易试验区厦门片区
      while (start > s && w - start - glossed < MAX_NAME_BEFORE && glossed <= MAX_GLOSS) {
        char c = t.charAt(start - 1);
        if (isPartnersDash(t, s, start - 1)) {
          start -= 3; // 中国—中东欧国家经贸合作示范区: the name opens with China and its partners
          break;
        }
        boolean inName = (Character.isIdeographic(c) && (NOT_IN_NAMES.indexOf(c) < 0 || isFree(t, s, start - 1)))
            || c == '·' || isBracket(c);
        if (afterFirst(t, s, start - 1)) {
          return -1; // 首家健康食品产业园: what was first, no name
        }
        if (!inName || verbEndingAt(t, s, start) || afterNumeral(t, s, start - 1)) {
          break;
        }
        if (c == ')' || c == '）') {
          if (open++ == 0) {
            close = start - 1;
          }
        } else if (c == '(' || c == '（') {
          if (open == 0) {
            break; // a bracket opened before the name ends it: 香港科學園(科學園) is not one name
          }
          open--;
        }
        if (open > 0 || c == '(' || c == '（') {
          glossed++; // a bracket, or a character between brackets: once each
        }
        start--;
      }
      if (open > 0 || (start < w && isBracket(t.charAt(start)))) {
        // a bracket closed in the name and opened before it, or a name starting with a bracket:
        // 李晓喻)中国自贸试验区 and (记者李晓喻)中国自贸试验区 are 中国自贸试验区
        start = (open > 0 ? close : lastClose(t, start, w)) + 1;
      }
      start = pastAccording(t, start, w); // 据平潭综合实验区…统计
      start = pastUnit(t, s, start, w);
      start = fromFirstPlace(t, start, w);
      // a part named by its kind (东部片区), or a word of time before the park word (前三季度片区, 今年新区,
      // 目前试验区): the subject, a period before it
      boolean part = (word.endsWith("片区") || word.endsWith("片區")) && isKind(t, start, w, PART_WORDS)
          || endsWithTime(t, start, w);
      boolean named = w - start >= 2 && !isKind(t, start, w, KIND_WORDS);
      if (named && FROM_PLACE.contains(word)) {
        // 红山经济开发区, 广丰经济开发区, 台州湾经开区: from the first place in it (但红山…: 红山…); not
        // 力提升经济开发区 or 做大国家级经济开发区, which hold none
        int place = start;
        while (place <= w - 2 && Words.placeAt(t, place, w) == 0) {
          place++;
        }
        if (place > w - 2) {
          return -1;
        }
        start = place;
      }
      return named && !part && !isDistrict(t, start, w, word) && !describes(t, start, w)
          && !(GENERIC_PARK_WORDS.contains(word) && isMainlandProvince(t.subSequence(start, w).toString()))
          ? start : -1;
    }
    return -1;
  }

  /**
   * Whether the character at {@code i} is the 由 of 自由, "free": a word inside names (上海自由贸易试验区),
   * not the function word 由 that ends them on the left (由国务院批准).
   */
  private static boolean isFree(CharSequence t, int s, int i) {
    return i > s && t.charAt(i) == '由' && t.charAt(i - 1) == '自';
  }

  /**
   * Park words that name no kind of zone, after which a province's name alone names the province's
   * parks, no park (江西省产业园区前列); not 山东综合保税区, its bonded zones as one.
   */
  private static final Set<String> GENERIC_PARK_WORDS = ImmutableSet.of(
      "产业园区", "產業園區", "工业园区", "工業園區", "产业园", "產業園", "工业园", "工業園");

  /**
   * Whether {@code name} is a mainland province's (江西, 江西省), whose parks a generic park word after
   * it names together; not 香港, 澳门 or 台湾, whose own parks go by such names.
   */
  private static boolean isMainlandProvince(String name) {
    for (Division d : Divisions.gbt2260().byName(name, Divisions.LATEST_YEAR)) {
      if (d.level() == DivisionLevel.PROVINCE && d.code().compareTo(FIRST_OUTSIDE_THE_MAINLAND) < 0) {
        return true;
      }
    }
    return false;
  }

  /** The first code of a province outside the mainland: 台湾 710000, then 香港 and 澳门. */
  private static final String FIRST_OUTSIDE_THE_MAINLAND = "710000";

  /**
   * Words that make the words before a park word a description, not a name: the only one, the
   * first, a rating or ranking, a size to reach (打造千亿产业园, 全国百强产业园区).
   */
  private static final String[] DESCRIBING = {"唯一", "第一家", "第一个", "第一個", "星级", "星級",
    "百亿", "百億", "千亿", "千億", "万亿", "萬億", "百强", "百強"}; // 全国百强产业园区: a ranking

  /**
   * Whether {@code t[start, w)}, before a park word, describes a park rather than names one
   * (全省唯一省级健康食品产业园, 全市第一家…产业园, 全省一星级产业集聚区, 千亿产业园: a title, rating or
   * size the park holds or seeks, whose name is written elsewhere; 首家 and 首个 before it end the
   * walk back to its start: {@link #afterFirst}).
   */
  private static boolean describes(CharSequence t, int start, int w) {
    return Text.holdsAny(t, start, w, DESCRIBING);
  }

  /**
   * Words of "according to" that a name may begin after, longest first: 据平潭综合实验区…统计,
   * 根据…, 据悉…. Not stops of the walk back, as 数据 holds 据 (大数据产业园).
   */
  private static final String[] ACCORDING = {"据了解", "據了解", "根据", "根據", "依据", "依據", "据悉", "據悉", "据", "據"};

  /** {@code start} moved past a word of {@link #ACCORDING} that begins {@code t[start, w)}, if any. */
  private static int pastAccording(CharSequence t, int start, int w) {
    for (String word : ACCORDING) {
      if (start + word.length() < w && Text.startsWith(t, start, w, word)) {
        return start + word.length();
      }
    }
    return start;
  }

  /**
   * Words of time that end no park's name: 前三季度片区, 今年年底片区, 目前新区 refer to the park with a
   * period before.
   */
  private static final String[] TIMES = {"季度", "年底", "年初", "年末", "月底", "月末", "以来", "以來", "今年", "去年", "上半年",
    "下半年", "目前", "当前", "當前", "如今"}; // not 现在: its 在 ends a name's walk back before it

  /** Whether {@code t[start, end)} ends with a word of time ({@link #TIMES}). */
  private static boolean endsWithTime(CharSequence t, int start, int end) {
    for (String time : TIMES) {
      if (end - time.length() >= start && Text.startsWith(t, end - time.length(), end, time)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a company's word follows the name ending at {@code end}: right after it (香港科技園公司),
   * or, for a company's full legal name, after at most {@value #COMPANY_BUSINESS} characters of its
   * business (苏州高新区投资控股有限公司).
   */
  private static boolean namesCompany(CharSequence t, int end, int e) {
    for (String word : COMPANY) {
      if (Text.startsWith(t, end, e, word)) {
        return true;
      }
    }
    for (int k = end; k < e && k - end <= COMPANY_BUSINESS && Character.isIdeographic(t.charAt(k)); k++) {
      for (String word : LEGAL_NAME_ENDS) {
        if (Text.startsWith(t, k, e, word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The words that end a company's full legal name, after its business: 投资控股有限公司. */
  private static final String[] LEGAL_NAME_ENDS = {"有限公司", "有限责任公司", "有限責任公司", "股份有限公司"};

  /** The most characters of a company's business between a park's name and {@link #LEGAL_NAME_ENDS}. */
  private static final int COMPANY_BUSINESS = 6;

  /** The last closing bracket in {@code t[start, end)}, which holds one. */
  private static int lastClose(CharSequence t, int start, int end) {
    int i = end - 1;
    while (t.charAt(i) != ')' && t.charAt(i) != '）') {
      i--;
    }
    return i;
  }

  private static boolean isBracket(char c) {
    return c == '(' || c == ')' || c == '（' || c == '）';
  }

  /**
   * Whether the character at {@code i} follows a numeral, so that it counts or dates rather than
   * names: 21家自贸试验区, 2024年新竹科學園區, 去(110)年科技產業園區, 三大科学园区.
   */
  private static boolean afterNumeral(CharSequence t, int s, int i) {
    if (i <= s) {
      return false;
    }
    char before = t.charAt(i - 1);
    if ((before == ')' || before == '）') && i - 1 > s) {
      before = t.charAt(i - 2);
    }
    return Character.isDigit(before) || (COUNTERS.indexOf(t.charAt(i)) >= 0 && NUMERALS.indexOf(before) >= 0);
  }

  /**
   * Whether the character at {@code i} is a counter after 首, "first": an ordinal (首个, 首家, 首条,
   * 首批), after which a park word describes what was first (我国首条自贸试验区…班列, 全市首家健康食品产业园),
   * no name.
   */
  private static boolean afterFirst(CharSequence t, int s, int i) {
    char c = t.charAt(i);
    return i > s && t.charAt(i - 1) == FIRST && (COUNTERS.indexOf(c) >= 0 || FIRST_COUNTERS.indexOf(c) >= 0);
  }

  private static final char FIRST = '首';

  /** Counters after 首 besides {@link #COUNTERS}: 首条, 首批. */
  private static final String FIRST_COUNTERS = "条條批";

  /**
   * Where a name that would start inside a figure's unit starts, past the unit: a name stops
   * after a number ({@link #afterNumeral}), which leaves a unit's first character out but not the
   * rest of it (7.8平方公里新型工业区: 新型工业区, then no name; 78万平方米…: past 平方米), nor the rest
   * of a word of time (97年度中部科學工業園區: 中部科學工業園區).
   */
  private static int pastUnit(CharSequence t, int s, int start, int w) {
    if (start - 2 < s || Text.digit(t.charAt(start - 2)) < 0) {
      return start;
    }
    for (String word : PERIOD_WORDS) { // 97年度中部科學工業園區: 中部科學工業園區
      if (start - 1 + word.length() <= w && Text.startsWith(t, start - 1, start - 1 + word.length(), word)) {
        return start - 1 + word.length();
      }
    }
    // a unit at the name's first character only after a magnitude word (78万平方米), not a counter (2家人工智能产业园)
    int last = MAGNITUDES.indexOf(t.charAt(start - 1)) >= 0 ? start : start - 1;
    for (int from = start - 1; from <= last; from++) {
      Optional<UnitCatalog.Match> unit = UnitCatalog.standard().matchBaseUnit(t, from);
      if (unit.isPresent() && unit.get().end() > start) {
        return Math.min(unit.get().end(), w);
      }
    }
    return start;
  }

  /** Words of time a number is written before, longer than its first character: 97年度, 2季度. */
  private static final String[] PERIOD_WORDS = {"年度", "季度", "月份", "年份"};

  /** Magnitude words written between a number and its unit: 78万平方米. */
  private static final String MAGNITUDES = "万萬亿億千百十";

  /** Whether {@code t[start, end)} is made of {@code words} alone ({@link #KIND_WORDS}, {@link #PART_WORDS}). */
  private static boolean isKind(CharSequence t, int start, int end, String[] words) {
    if (start == end) {
      return true;
    }
    for (String word : words) {
      int next = start + word.length();
      if (next <= end && Text.startsWith(t, start, next, word) && isKind(t, next, end, words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a long name found back to {@code start} begins when a place stands inside it: at the
   * first place (如何继续补齐北京生命科学园 is 北京生命科学园); {@code start} when none does, when
   * the name is short enough to be one (人力资源产业园 has a 资源县 inside, and is whole), or when
   * a bracket comes first (中国智谷(重庆)科技园: the place in brackets is the name's).
   */
  private static int fromFirstPlace(CharSequence t, int start, int word) {
    if (word - start <= 6) {
      return start;
    }
    for (int i = start; i < word - 1; i++) {
      if (i > start && isBracket(t.charAt(i - 1))) {
        return start; // a place in brackets is the name's own: 中国智谷(重庆)科技园, 中国(上海)自贸试验区
      }
      if (i > start && isWordNoPlace(t, i, word)) {
        continue; // 中东欧国家经贸合作示范区: cooperation, not 合作市's
      }
      if (placeAt(t, i, i + 1, word, ParkNameResolver::isPlace)) {
        return i;
      }
    }
    return start;
  }

  /**
   * Whether the dash at {@code i} joins 中国 to its partners in a zone's name (中国—东盟, 中国—上海合作组织,
   * 中国—中东欧国家): a dash right after 中国.
   */
  private static boolean isPartnersDash(CharSequence t, int s, int i) {
    char c = t.charAt(i);
    return (c == '—' || c == '－' || c == '-') && i - 2 >= s && t.charAt(i - 2) == '中' && (t.charAt(i - 1) == '国' || t.charAt(i - 1) == '國');
  }

  /**
   * Places' short names that are also words of many a zone's name, in which they name no place: 合作
   * (合作市, 甘南) in 经贸合作示范区 and 边境经济合作区.
   */
  private static final String[] PLACES_THAT_ARE_WORDS = {"合作"};

  /**
   * Whether one of {@link #PLACES_THAT_ARE_WORDS} starts at {@code i}, before {@code word}, as the
   * word and not the place: not written with its level (合作市循环经济产业园).
   */
  private static boolean isWordNoPlace(CharSequence t, int i, int word) {
    for (String w : PLACES_THAT_ARE_WORDS) {
      int after = i + w.length();
      if (Text.startsWith(t, i, word, w) && !(after < word && "市县縣区區".indexOf(t.charAt(after)) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name {@code t[start, end)} begins inside the name of a province or prefecture
   * that starts at {@code s} or after, so that it is no name: 湖南科技大学 holds 湖南, not 南科;
   * 深圳前海 is 深圳 and 前海, the place ending where the name starts. A county's name does not
   * count: many are two characters that also run across two words (擴大竹科 holds 大竹, 臺南市南科
   * 市南, both counties).
   */
  static boolean startsInPlace(CharSequence t, int s, int start, int end) {
    for (int i = start - 1; i >= s && start - i < Words.LONGEST_PLACE && Character.isIdeographic(t.charAt(i)); i--) {
      if (placeAt(t, i, start, end, LargePlaces::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place's name ({@code isPlace}) of {@value Words#SHORTEST_PLACE} to {@value Words#LONGEST_PLACE}
   * characters starts at {@code i} and ends after {@code after}, at {@code limit} or before.
   */
  private static boolean placeAt(CharSequence t, int i, int after, int limit, Predicate<String> isPlace) {
    for (int len = Math.max(Words.SHORTEST_PLACE, after - i + 1); len <= Words.LONGEST_PLACE && i + len <= limit; len++) {
      if (isPlace.test(t.subSequence(i, i + len).toString())) {
        return true;
      }
    }
    return false;
  }

  /** The names and short names of the provinces and prefectures of every year of GB/T 2260, read on first use. */
  private static final class LargePlaces {
    private static final Set<String> NAMES = read();

    /** Whether {@code text}, folded, is one of them: 湖南, 濟南, 黔东南. */
    static boolean contains(String text) {
      return NAMES.contains(NameFolding.fold(text));
    }

    private static Set<String> read() {
      ImmutableSet.Builder<String> names = ImmutableSet.builder();
      for (Division d : Divisions.gbt2260().all()) {
        if (d.level() != DivisionLevel.COUNTY) {
          names.add(d.name(), d.shortName());
        }
      }
      return names.build();
    }
  }

  private static boolean verbEndingAt(CharSequence t, int s, int end) {
    if (isBelonging(t, s, end)) {
      return true;
    }
    for (String verb : VERBS_BEFORE) {
      int start = end - verb.length();
      // not where a place's name ends at its first character: the 东 of 丹东临港产业园区 is 丹东's, not 东临's
      if (start >= s && Text.startsWith(t, start, end, verb) && Words.placeEndingAt(t, s, start + 1) == 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code m}, a figure of the current sentence, with the park it is about where the text says it. */
  Mention attribute(Mention m) {
    int from = paragraph;
    for (int b : breaks) {
      if (b <= m.start()) {
        from = b;
      }
    }
    if (describesWhatFollows(m)) {
      return m; // the thing named after it owns it, not a park before it nor the text's
    }
    if (countsParks(m)) {
      return m; // 三个科学园区, 21个自贸试验区: a figure of several parks, none of them alone
    }
    ParkMention park = null;
    for (ParkMention p : named) {
      if (p.end() <= m.start() && p.start() >= from) {
        park = p;
      }
    }
    if (park == null) {
      park = namedAfter(m);
    }
    if (park == null && subject != null && referringEnd >= 0 && referringEnd <= m.start()) {
      park = referredTo();
    }
    if (park == null) {
      park = ofWhich; // also where 其中 opens a paragraph, as its period
    }
    if (park != null) {
      lastGiven = park;
    }
    return park == null ? m : m.withPark(park);
  }

  /**
   * Whether {@code m}, an area or a sum of money, describes the thing named after it
   * (建立了占地约1100平方米的技术转移中心, 总投资22亿元的西格玛项目) rather than the park named before
   * it: {@code 的} follows it, then neither a park nor a word for one (园区, 基地 …), nor a measure
   * or word for a figure of the park's own (投资, 规模, 目标: 实现营业收入突破百亿元的目标).
   */
  private boolean describesWhatFollows(Mention m) {
    Dimension.Kind kind = m.metric().dimension().kind();
    if (kind != Dimension.Kind.MONEY && kind != Dimension.Kind.AREA) {
      return false;
    }
    // the char offset of the figure's end: counted only in a sentence with surrogate pairs
    int after = sentenceOneCharEach ? sentenceStart + m.end() - sentenceStartCp
        : Character.offsetByCodePoints(text, sentenceStart, m.end() - sentenceStartCp);
    return namedAfter(m) == null && describesWhatFollows(text, after, sentenceEnd);
  }

  /**
   * Whether a figure ending at {@code after} (a char offset), before the sentence's end {@code e},
   * is followed by 的 and a thing it describes: not a measure, a word for a figure of the park's
   * own, nor a park or a word for one. The reader asks it too, so that the park an article is about
   * does not get such a figure either.
   */
  static boolean describesWhatFollows(CharSequence text, int after, int e) {
    if (after + 1 >= e || text.charAt(after) != '的') {
      return false;
    }
    for (String word : OWN_AFTER_DE) {
      if (after + 1 + word.length() <= e && Text.startsWith(text, after + 1, after + 1 + word.length(), word)) {
        return false;
      }
    }
    if (Words.measureWithin(text, after + 1, e, MEASURE_AFTER_DE_REACH)) {
      return false; // the figure of a measure written after it: 提供约7,500萬呎的總樓面面積, 吸引了超過375億港元的投資
    }
    return referringEndingAt(text, after + 1, Math.min(e, after + 4)) < 0
        && referringEndingAt(text, after + 1, Math.min(e, after + 3)) < 0;
  }

  /**
   * Whether {@code m} counts parks: a count whose indicator, the thing it counts, ends in a word
   * for a park or a group of them ({@link Words#namesParks}: 三个科学园区, 2,000多个产业集群, 48家国家级经开区).
   */
  private static boolean countsParks(Mention m) {
    return m.metric().dimension().kind() == Dimension.Kind.COUNT && m.indicator().map(Words::namesParks).orElse(false);
  }

  /** How far after {@code 的} a measure names what the figure is (的總樓面面積), in characters. */
  private static final int MEASURE_AFTER_DE_REACH = 6;

  /**
   * Words after {@code 的} that a figure of the park's own stands before, besides the measures
   * ({@link Words#MEASURES}: 规模, 投资): 目标, 园区 …
   */
  private static final String[] OWN_AFTER_DE = {
    "目标", "目標", "水平", "成绩", "成績", "园区", "園區", "基地", "开发区", "開發區", "高新区", "高新區",
    "产业园", "產業園", "体量", "體量", "总量", "總量", "量级", "量級", "大关", "大關", "历史", "歷史", "新高",
    "基础", "基礎", "关口", "關口", "佳绩", "佳績", "好成绩", "好成績", // 实现营业收入100亿元的基础上
    "势头", "勢頭", "好势头", "好勢頭", "态势", "態勢", "成效", "增长", "增長",
  };

  /** The park named right after {@code 的} after the figure (总投资50亿元的威高国际医疗器械产业园); null if none. */
  private ParkMention namedAfter(Mention m) {
    for (ParkMention p : afterDe) {
      if (p.start() == m.end() + 1) {
        return p;
      }
    }
    return null;
  }

  private ParkMention mention(int start, int end, String text) {
    ParkNameResolution resolution = resolver.resolve(text);
    Optional<Park> zone = resolution.park();
    if (resolution.status() == ParkNameResolution.Status.RESOLVED && zone.isPresent()) {
      return ParkMention.resolved(start, end, text, zone.get().id(), zone.get().names().official());
    }
    return ParkMention.unresolved(start, end, text, resolution.status());
  }

  /**
   * Whether the name at {@code start} says where something lies (位于银川市金凤区阅海湾中央商务区),
   * not what a figure is about: a locating word stands at most {@link #LOCATING_REACH} characters
   * before it in the same clause.
   */
  private static boolean isLocation(CharSequence t, int s, int start) {
    return wordBefore(t, s, start, LOCATING_REACH, LOCATING, false);
  }

  /**
   * Whether one of {@code words} ends at most {@code reach} characters before {@code start}, in
   * its clause (from {@code s}) and, where {@code deEnds}, with no 的 between.
   */
  private static boolean wordBefore(CharSequence t, int s, int start, int reach, String[] words, boolean deEnds) {
    for (int end = start; end > s && start - end <= reach; end--) {
      char c = t.charAt(end - 1);
      if (Text.isClauseBreak(c) || deEnds && c == '的') {
        return false;
      }
      for (String word : words) {
        int w = end - word.length();
        if (w >= s && Text.startsWith(t, w, end, word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final int LOCATING_REACH = 6;

  /** Verbs before a title a park seeks or wins (创建省级生态工业园区, 获评国家级绿色园区): what follows is no park. */
  private static final String[] TITLE_VERBS = {
    "创建", "創建", "争创", "爭創", "创成", "創成", "申报", "申報", "获评", "獲評", "评为", "評為",
    // what a park is to become, a description: 把海盐经济开发区打造成环杭州湾先进临港产业基地
    "打造成", "打造为", "打造為", "建设成", "建設成", "建设为", "建設為",
  };

  /** How far before a name {@link #isTitle} looks for a verb of a title, in characters. */
  private static final int TITLE_REACH = 12;

  /**
   * Whether the name at {@code start} is (the end of) a title a park seeks or wins, or what it is to
   * become (打造成环杭州湾先进临港产业基地, a description): a verb of
   * {@link #TITLE_VERBS} stands before it in the same clause, within {@value #TITLE_REACH}
   * characters and with no 的 between (创建省级食品饮料及水经济特色产业园区).
   */
  private static boolean isTitle(CharSequence t, int s, int start) {
    return wordBefore(t, s, start, TITLE_REACH, TITLE_VERBS, true);
  }

  /** Words after a name that make it an honour's: 获得“省级化工质量示范区”荣誉称号. */
  private static final String[] HONOURS = {"荣誉称号", "榮譽稱號", "称号", "稱號", "荣誉", "榮譽"};

  /** Rankings after a name that make it a ranking's: 中国新能源产业园区百强(第五位). */
  private static final String[] RANKINGS = {"百强", "百強", "五十强", "五十強", "十强", "十強"};

  /**
   * Whether the name ending at {@code end} is the name of an honour a park won, as the words after
   * it say, past a closing quotation mark (获得“省级化工质量示范区”荣誉称号), or of a ranking, which ends its
   * phrase or opens a list (中国新能源产业园区百强(第五位), …百强榜; not 园区百强企业, the park's firms).
   */
  private static boolean isHonour(CharSequence t, int end, int e) {
    int k = end < e && "”\"'’」』".indexOf(t.charAt(end)) >= 0 ? end + 1 : end;
    if (Words.startsWithAny(t, k, e, HONOURS)) {
      return true;
    }
    for (String ranking : RANKINGS) {
      int after = k + ranking.length();
      if (Text.startsWith(t, k, e, ranking) && (after == e || !Character.isIdeographic(t.charAt(after))
          || "榜第".indexOf(t.charAt(after)) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name ending at {@code end} is an example in a list of things counted after it
   * (签订…、文创旅创科创产业园等38项项目): 等 and a count follow it, so that the figure counts those
   * things, not the named park's.
   */
  private static boolean isExample(CharSequence t, int end, int e) {
    if (end + 1 >= e || t.charAt(end) != '等') {
      return false;
    }
    return isNumeral(t.charAt(end + 1));
  }

  /** First characters of words ending in 以, after which 以 is no preposition: 所以, 可以, 予以, 得以. */
  private static final String ENDS_IN_YI = "所可予得难難足加用据據借藉";

  /** How far after a name and 为 {@link #isBasis} looks for the 的 that makes it a description. */
  private static final int BASIS_REACH = 8;

  /**
   * Whether the name from {@code start} to {@code end} is what something else is built around, 以
   * before it (not the end of 所以, 可以 …) and 为 right after, then 的 in the same clause within
   * {@value #BASIS_REACH} characters (以生命科学园为主阵地的北京市昌平区“生命谷”，2021年…实现收入717亿元:
   * 生命谷's, not the park's; so too 以苏州工业园区为代表的开发区, the kind the park stands for).
   */
  private static boolean isBasis(CharSequence t, int s, int start, int end, int e) {
    if (start == s || t.charAt(start - 1) != '以' || end >= e || t.charAt(end) != '为' && t.charAt(end) != '為'
        || start - 1 > s && ENDS_IN_YI.indexOf(t.charAt(start - 2)) >= 0) {
      return false;
    }
    return Text.standsBeforeClauseBreak(t, end + 1, Math.min(e, end + BASIS_REACH + 1), '的');
  }

  /** Whether {@code c} is a digit or a Chinese numeral a count may be written in (四个, 两家). */
  private static boolean isNumeral(char c) {
    return Text.digit(c) >= 0 || NUMERALS.indexOf(c) >= 0;
  }

  /**
   * Whether the name at {@code start} is written right after 占 (佔), the whole a share is of
   * (占大湾区自贸片区外贸规模超七成: the subject's share of them): no park a figure is about.
   */
  private static boolean isWholeOfAShare(CharSequence t, int s, int start) {
    return start > s && (t.charAt(start - 1) == '占' || t.charAt(start - 1) == '佔');
  }

  /** How far before a name {@link #isExcluded} looks for the bracket it may stand in, in characters. */
  private static final int EXCLUDED_REACH = 200;

  /** Words that open brackets naming what a figure leaves out: (不含新增的黄山、六安和亳州高新区). */
  private static final String[] EXCLUDING = {"不含", "不包括", "不包含", "未含", "未包括", "除"};

  /**
   * Whether the name at {@code start} stands in brackets that open with a word of leaving out
   * ({@link #EXCLUDING}), in the words left out: 全省16家高新区(不含新增的黄山、六安和亳州高新区)共实现工业总产值:
   * the figures are of the others, not of the park named. Not after a comma or 以外, 之外 in the
   * brackets (除黄山高新区外，合肥高新区工业总产值1000亿元: 合肥高新区's).
   */
  private static boolean isExcluded(CharSequence t, int s, int start) {
    for (int i = start - 1; i >= Math.max(s, start - EXCLUDED_REACH); i--) {
      char c = t.charAt(i);
      if (c == ')' || c == '）' || c == '，' || c == ',' || c == '；' || c == ';'
          || c == '外' && i + 1 < start && !Character.isIdeographic(t.charAt(i + 1))
          || c == '外' && i > s && "以之".indexOf(t.charAt(i - 1)) >= 0) {
        return false;
      }
      if (c == '(' || c == '（') {
        return Words.startsWithAny(t, i + 1, start, EXCLUDING);
      }
    }
    return false;
  }

  /** A name of Latin letters (TEDA, SIP) is a name only as a word of its own, not inside one. */
  private static boolean standsAlone(CharSequence t, int s, int e, int start, int end) {
    if (!Text.isLatinLetter(t.charAt(start))) {
      return true;
    }
    return (start == s || !Text.isLatinLetter(t.charAt(start - 1))) && (end == e || !Text.isLatinLetter(t.charAt(end)));
  }

  /**
   * The char offsets [start, end) of the first word in {@code t} that refers to a park without
   * naming it (园区, 全区, a bare 高新区: {@link #REFERRING}), standing alone, and that may refer to
   * {@code zone}: not another kind's word (综保区 for a 高新区); null if none.
   */
  static int[] firstReferring(CharSequence t, ParkMention zone) {
    for (int end = 2; end <= t.length(); end++) {
      int w = referringEndingAt(t, 0, end);
      if (w >= 0 && mayReferTo(REFERRING[w], zone)) {
        return new int[] {end - REFERRING[w].length(), end};
      }
    }
    return null;
  }

  /** Whether the referring word {@code word} may refer to {@code zone}: a kind's word only to a zone of its kind. */
  private static boolean mayReferTo(String word, ParkMention zone) {
    for (int k = 0; k < WHOLE_OF_A_DISTRICT; k++) {
      for (String kindWord : KIND_REFERENCES[k][0]) {
        if (kindWord.equals(word)) {
          return isOfKind(zone, k);
        }
      }
    }
    return true;
  }

  /** The index of the referring word ending at {@code end} and starting at {@code s} or later, or -1. */
  private static int referringEndingAt(CharSequence t, int s, int end) {
    char last = t.charAt(end - 1);
    if ("区區园園内內".indexOf(last) < 0) {
      return -1;
    }
    for (int w = 0; w < REFERRING.length; w++) {
      String word = REFERRING[w];
      int start = end - word.length();
      if (start < s || !Text.startsWith(t, start, end, word)) {
        continue;
      }
      char first = word.charAt(0);
      boolean bound = "该該全本我这這".indexOf(first) >= 0 || first == '区' || first == '區';
      if (bound || start == s || standsAloneAfter(t.charAt(start - 1))) {
        return w;
      }
    }
    return -1;
  }
}
