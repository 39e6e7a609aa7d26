package dev.parkdata.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.catalog.Division;
import dev.parkdata.catalog.DivisionLevel;
import dev.parkdata.catalog.Divisions;
import dev.parkdata.catalog.NameFolding;
import dev.parkdata.catalog.ParkNameResolution;
import dev.parkdata.catalog.ParkNameResolver;
import dev.parkdata.catalog.Placement;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.internal.ChangeWords;
import dev.parkdata.internal.ChineseNumerals;
import dev.parkdata.internal.QuotationMarks;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.PeriodKind;
import dev.parkdata.observation.Target;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.source.TextSpan;
import dev.parkdata.unit.Dimension;
import dev.parkdata.validation.Validator;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an article into a draft {@link Dataset}: the parks its figures are about, each figure as
 * an {@link Observation} (park, indicator, period, metric, citation) or, where the text states a
 * goal, a {@link Target}, and every figure it could not place, with why ({@link ArticleDraft}).
 *
 * <pre>{@code
 * Source source = Source.builder().publisher("科技日报").title("…").published(LocalDate.of(2021, 1, 5)).build();
 * ArticleDraft draft = ArticleReader.standard().read(text, source);
 * draft.dataset().parks();     // 苏州高新技术产业开发区 (G322018) with its observations
 * draft.unplaced();            // NO_PARK [120,126) "152家" …
 * draft.validation();          // the standard validator's report on the draft
 * }</pre>
 *
 * <h2>The rules</h2>
 * <ul>
 *   <li><b>Park</b>: the park the extractor gives the figure ({@link Mention#park()}; the rule is in
 *       {@link MetricExtractor}); where it gives none and the article names one park only (in
 *       any of its forms), or one catalogue zone again and again beside parks the catalogue lacks
 *       named once each (a part of the zone in a caption) or more often where the zone is named at
 *       least twice as often (its kind word standing alone after it names it again: 苏州高新区…，
 *       上半年，高新区…), or the zone named first and again beside
 *       other zones named once each (partners in a list) or three times as often as another named more
 *       than once (赣州综保区's officials and its host 赣州经开区's), or, where it names no zone, a park the
 *       catalogue lacks named first and at least three times beside others named once each (its
 *       parts in a list) or more often where it is named at least twice as often, that park (a park
 *       the source's title names counts as named once more, first, where the text does not open
 *       with the title; where these give none, the park a title is the name of, alone, after a
 *       section path or before a site's name (园区经济-丰城市工业园区), where the text names it; where the
 *       text names no park,
 *       the one catalogue zone its publisher names,
 *       a zone's own site, where the text refers to a park: 河源高新区 政府信息公开), unless the figure counts
 *       parks, describes the thing named after it and 的 (总投资30亿元的光伏项目: the project's, not
 *       the park's), or its sentence turns before it to the country, a province or city as a whole, a
 *       prefecture (喀什地区), the world or a company (全国, 全省, 全市, 公司 …; not a rank there,
 *       排名全市第一, unless the figure counts what the park is ranked among, 排名全省16个国家级开发区第三位;
 *       nor a list of its largest firms, 世界500强), or its paragraph opens with a city's or county's
 *       name written with its level and names no park before it (海淀区2022年政府工作报告显示，…: the
 *       district's). Where none of these gives a park,
 *       a paragraph that opens with a park's name, a catalogue zone's or one the catalogue lacks,
 *       after any opening quotation mark (喀什经济开发区是…; “北京银行保险产业园立足…。目前已入驻企业30余家。”),
 *       or with a short heading and then the name (经济总量不断提高。怀安经济开发区于…), goes on about it:
 *       a figure in a later sentence of it that names no park is that zone's, unless the sentence
 *       turns elsewhere as above, or a sentence between opens with another park. An article
 *       that names no park but writes a kind word alone as its subject, again and again
 *       (高新区生产总值…，高新区…; 经济开发区召开…，经济开发区…; 开发区 alone, where no other kind's word
 *       stands alone twice, any development zone's), is a local paper's report on its own city's zone: the one zone
 *       of that kind in the city or county its publisher (新乡日报, 东台报业网, 荆楚网 襄阳频道) is named
 *       for or names as its paper (a reprint of 新乡日报), or else its title, or else the paper of its dateline
 *       (新乡网讯), and none where there are several; in an article that names parks but no subject by the
 *       counts above and writes a kind word alone so, a figure no paragraph's topic takes is the one of
 *       those zones it names (天水在线: 开发区 again and again, 天水经济技术开发区 once beside two projects). A catalogue zone keeps its catalogue code, name, kind
 *       and place;
 *       a park the catalogue lacks becomes a new park {@code draft-1}, {@code draft-2} … named as
 *       written, its other written names (also where no figure has them) its short names; names
 *       that fold alike (traditional and simplified) are one park, as are a name with and without the
 *       place it starts with (益阳龙岭产业开发区, 龙岭产业开发区), one ending in 园区 and in 园, a free
 *       trade zone written short and in full (福建自贸试验区, 福建自由贸易试验区; a province's zone is not
 *       another's), a free trade zone's part with and without 自贸 or the zone's name before it
 *       (前海蛇口自贸片区, 前海蛇口片区; 中国（福建）自由贸易试验区厦门片区, 厦门自贸片区), and a name and the short
 *       name the article declares for it in brackets (深圳前海深港现代服务业合作区(以下简称“前海合作区”):
 *       where the full name is a catalogue zone, the short name is that zone); a known short name is
 *       its park's full name (竹科 and 新竹科學園區 are one park, named 新竹科學園區, short 竹科), as is a
 *       science park's name
 *       before 2018 (新竹科學工業園區). A name of several zones is the zone of a name the article
 *       writes in full that ends with it (中山火炬开发区, then 火炬开发区); else it leaves the
 *       figure unplaced (AMBIGUOUS_PARK), as does a figure with no park (NO_PARK).
 *   <li><b>Bounds</b>: a sum that bounds the things counted right after it (亿元以上项目26个,
 *       其中50亿元项目1个, 纳税过亿元企业3家) measures nothing of the park: it is unplaced (THRESHOLD),
 *       and the count after it is the observation.
 *   <li><b>Indicator</b>: the indicator word of the clause, read by {@link
 *       Indicators#named(String, dev.parkdata.unit.Dimension)}: a standard indicator where the
 *       word names one the figure can measure (营收 → 营业收入, 企业 → 企业数, 营收同比增长 → its
 *       growth), otherwise a custom indicator of that word, declared in the dataset. A
 *       percentage whose word is growth alone (增长, 同比增长, 增加) after a figure of the same sentence
 *       is the growth of that figure's indicator (营业收入13977.46亿元，同比增长28.09%: 营业收入增速;
 *       past the share of a goal met between them: 实际利用省外资金47.24亿元,完成全年目标的100.49%,
 *       同比增长3.51%);
 *       percentages after 分别增长 are the growths of as many figures before it, in order
 *       (收入717亿元、产值281亿元，同比分别增长22%、31.5%), also the nearest as many in clauses of their
 *       own, each holding its measure and figure alone or after 其中 or a verb of achieving
 *       (企业100家，实现产值2839亿元，税收122亿元，同比分别增长27.9%和40.3%); a count whose clause holds only its noun
 *       after a count of things added is of things added too (新增高新技术企业12家，科技型中小企业31家:
 *       新增科技型中小企业; not 引进项目5个, a verb of its own); and figures after 分别 and a word of
 *       being (分别达1014.51亿元、1001.2亿元) take in order the standard measures of a list of as
 *       many before them in the sentence (工业总产值、主营业务收入双双突破1000亿元), as percentages
 *       after 分别同比增长 (or 分别增长, 分别同上年增长: any connectives of the year before) take the
 *       growths of a list of as many measures written right before 分别 (工业开票销售、一般公共预算收入
 *       分别同比增长14.2%、8%); so do figures after such a list and 从…的
 *       or, in a later clause, 到…的 (GDP、规上工业总产值、财政收入从建区时的…，到2021年的…). The extractor
 *       may have written the growth with the word of the figure before it (营业收入同比增长); it is
 *       read the same way. An average yearly growth alone (年均增长13.37%) is that of the figure
 *       before it, named as written (工业总产值年均增长), and one written after its measure is
 *       that measure's (地区生产总值年均增长7.5%: 地区生产总值年均增长). A
 *       word of change alone that names no figure it changes (成長29.5%, where the counts do not
 *       pair, or after a change from one figure to another) says nothing of what grew, and, like a
 *       figure with no word or a span of time up to now (七年来, 5年以来): NO_INDICATOR; so does a
 *       percentage whose word is a measure that no percentage can be the value of, where no rule
 *       made it a growth or a share (营收和税收均实现了同比超过15%: not 税收 of 15%; a share of a goal
 *       met, 实际利用外资完成年度目标的100%, keeps the measure's word). A growth or change written with a word of decrease
 *       (下降, 减少, 衰退, 下滑) is negative: 营收同比下降10% is a growth of −10%.
 *   <li><b>Period</b>: the period the extractor gives the figure, read exactly as {@link
 *       Mention#calendarPeriod()} reads it (2021年, 2023年底, 2024年1-6月 is the first half, 十四五),
 *       and 今年, 去年 and a month written alone (今年前10个月, 6月底) in the source's year (or,
 *       for a page that shows none, the year its text opens with, else the year its address gives:
 *       …/2022-03/14/…, or …/202303/…); a part of a year or a day written without its year that
 *       would not be over by a month after the month the source was published in is, for an
 *       observation, the year before's (1-11月份 or 截至11月底 in March 2023 are 2022's; not 全年,
 *       nor a part that begins after that month: 下半年 in May; not a goal's: 力争上半年); where its
 *       sentence gives none, that of the last figure before it in its paragraph that has one
 *       (statistical prose gives the period once, then goes on: 2017年1—5月完成工业投资34亿元。……电子信息产业
 *       实现产值142.6亿元; not a day with no word of "as of", an event's: 今年3月28日…更名), or before any the year the paragraph opens with (【概况】2009年，…。全年实现…)
 *       or else the year a report's title (the source's, or the text's first line) opens with
 *       (2020年潍坊高新区国民经济和社会发展统计公报: a 公报, 年报 or 年鉴 of that year), or else the
 *       year a dated news report's lead opens with, after its dateline, where that is the year
 *       before the source's (本报讯 2021年,高新区… in February 2022: a report looking back on 2021;
 *       not a year further back, which tells history, nor a month, a day or a part of a year, which
 *       date an event), or else, in a paragraph looking back on the year before the source's and the
 *       paragraphs after it until one looks ahead (新的一年, 展望, 今年, the source's year), that year
 *       (回顾2023年，…。经济增长拼出新成效。地区生产总值增长8% in February 2024),
 *       unless the sentence says the figure is as of now (目前, 已有, 现有, 在建, 至今)
 *       or states a goal, or that period ends after the source's year; where the text gives none,
 *       the month the source was published in (a figure reported then, as of then; not the month
 *       only an address gives, …/202403/… for a yearly report on 2023); with neither, NO_PERIOD.
 *       Over a span of years, a change 从A增加到B gives A the first year and B the last; 从2015年的
 *       right before a figure gives it that year (the start of a change), which 从2015年 alone (a
 *       start: 从2015年以来) does not; a change that starts at a time the reader
 *       cannot read (从建区时的0.1亿元) never takes the month of publication: NO_PERIOD.
 *   <li><b>Target</b> rather than observation: a figure in a list of goals, from a goal noun and a
 *       colon to the end of its paragraph (总体目标为:…。特色商业区…达到100家) or to a sentence that
 *       dates its figures or says they are facts (截至, 已, 累计, 实际, 目前), or after 力争, 确保, 目标,
 *       预计, 预估, 预期 (not 好于预期,
 *       nor a goal said to be met or exceeded or a plan said to be met: 完成年度目标(任务)的100%,
 *       占年度计划的93.3%, 超越目标，达成率百分之百; nor one
 *       framing the work reported after it:
 *       围绕打造…的目标，…), 有望, 计划 (not 计划总投资, the money projects signed are to take), 将达, 要达, 还将
 *       (up to a word of what is so now after it: 还将新引进企业20家，目前已签约12家),
 *       建成后, 投产后 (a projection, unless 已, 实现 or 累计 follow: 建成后已实现…), 到…年
 *       earlier in its sentence (not 截至…年, a figure as of then; not 增加到2012年的, nor 从2015年的…到2020年的
 *       with no verb, the end of a change, nor a year already past when the source was published:
 *       到2021年的… in 2022 tells history; nor 2010年至2020年, a span; not a word of a name in quotation
 *       marks, 向“龙门计划”推荐企业43家), or whose period ends in a later
 *       year than the source was published in (十四五期间新增…约1GW in an article of 2022: a period
 *       not yet over) unless the sentence says it was reached so far (以来, 至今, 累计, 已); its
 *       deadline is the year after 到 where written, else its period, else none.
 *   <li><b>Citation</b>: the source, a short quote (the figure with up to 14 characters of its
 *       clause before it) and the quote's span in the text (characters, as {@link TextSpan}).
 * </ul>
 *
 * <p>The rules read the words of a figure's sentence at most {@value #SENTENCE_REACH} characters
 * back from the figure and on from the sentence's start, so that the work stays linear in the
 * length of the text however long a sentence runs without a stop (a run of 20,000 figures with no
 * 。 reads in under a second; {@code ArticleReaderBenchmark}). Real sentences are far shorter.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ArticleReader {
  /**
   * The longest text {@link #read} takes, in characters (UTF-16 units): two million, some forty
   * times a long news article. A draft holds the whole text's figures at once; for longer text,
   * {@link MetricExtractor#extract(java.io.Reader, java.util.function.Consumer)} streams.
   */
  public static final int MAX_LENGTH = 2_000_000;

  /** Words before a figure that make it a goal or a projection, in both scripts: 力争, 确保, 预计, 有望, 建成后. */
  private static final String[] GOAL_WORDS = {"力争", "目标", "预计", "計劃", "计划", "将达", "將達", "将完成", "將完成",
    "将实现", "將實現", "要达", "要達", "預計",
    "力爭", "目標", "预估", "預估", "有望", "可望", "预期", "預期", "确保", "確保",
    "还将", "還將"}; // 今年还将有40个项目落地: what is yet to come (isStillToCome)

  /** Characters before 预期 that make it a comparison, not an expectation: 好于预期, 超预期, 符合预期. */
  private static final String NOT_EXPECTING = "于於超合过過";

  /**
   * Words of what a project will give once done (建成后, 投产后): a projection, unless what follows
   * says it was reached (建成后已实现…, 投产后累计…).
   */
  private static final String[] PROJECTION_WORDS = {"建成后", "建成後", "投产后", "投產後", "达产后", "達產後", "并网后", "併網後"};

  /** Words after a projection's word that say it was reached: 已, 实现, 累计. */
  private static final String[] REACHED = {"已", "实现", "實現", "累计", "累計"};
  private static final int QUOTE_BEFORE = 14;
  /** The identifiers of parks the catalogue lacks begin with this: draft-1, draft-2 … */
  private static final String DRAFT = "draft-";

  private final MetricExtractor extractor;
  private final DevelopmentZoneCatalog catalog;

  private ArticleReader(MetricExtractor extractor, DevelopmentZoneCatalog catalog) {
    this.extractor = extractor;
    this.catalog = catalog;
  }

  /** A reader over the national catalogue of 2018 and the standard extractor: loads the catalogue on first use. */
  public static ArticleReader standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final ArticleReader INSTANCE = of(DevelopmentZoneCatalog.edition2018());
  }

  /** A reader that resolves park names against {@code catalog}. */
  public static ArticleReader of(DevelopmentZoneCatalog catalog) {
    checkNotNull(catalog, "catalog");
    ParkNameResolver resolver = catalog == DevelopmentZoneCatalog.edition2018()
        ? ParkNameResolver.standard() : ParkNameResolver.of(catalog);
    return new ArticleReader(MetricExtractor.standard().withParkNames(resolver), catalog);
  }

  /**
   * The draft of {@code text}, whose figures are cited from {@code source}.
   *
   * @throws IllegalArgumentException if the text is longer than {@link #MAX_LENGTH} characters
   */
  public ArticleDraft read(CharSequence text, Source source) {
    checkNotNull(text, "text");
    checkNotNull(source, "source");
    checkArgument(text.length() <= MAX_LENGTH,
        "the text has %s characters, more than the %s an article may have; MetricExtractor.extract(Reader, ...) streams longer text",
        text.length(), MAX_LENGTH);
    String t = text.toString();
    List<Mention> mentions = new ArrayList<>();
    List<ParkMention> parkNames = new ArrayList<>();
    extractor.extract(t, mentions::add, parkNames::add);
    Keys keys = new Keys();
    Map<ParkMention, ParkMention> named = namedInFull(parkNames);
    named.putAll(shortNamesDeclared(t, parkNames, keys));
    if (!named.isEmpty()) {
      parkNames.replaceAll(p -> named.getOrDefault(p, p));
      mentions.replaceAll(m -> m.park().map(named::get).map(m::withPark).orElse(m));
    }
    Optional<YearMonth> published = dateOf(source).map(YearMonth::from);
    Integer undated = published.isEmpty() ? openingYear(t) : null;
    // …/202303/…: the month an undated page was filed under, for years, where its text opens with none
    Optional<YearMonth> writtenIn = undated != null ? Optional.empty() : published.or(() -> monthOf(source));
    Integer year = undated != null ? undated : writtenIn.map(YearMonth::getYear).orElse(null);
    Map<String, Park.Builder> parks = new LinkedHashMap<>();
    Map<String, Identifier> ids = new LinkedHashMap<>();
    Map<String, Set<String>> written = new LinkedHashMap<>(); // each park's names as the text writes them
    Set<Indicator> custom = new LinkedHashSet<>();
    List<UnplacedMention> unplaced = new ArrayList<>();
    int[] starts = starts(t, mentions, Mention::start);
    int[] sentences = new int[mentions.size()];
    for (int i = 0; i < starts.length; i++) {
      sentences[i] = sentenceStart(t, starts[i]);
    }
    Indicator[] indicators = indicators(t, mentions, starts, sentences);
    String[] yearEach = yearsRespectively(t, mentions, starts, sentences);
    for (int i = 1; i < indicators.length; i++) {
      if (yearEach[i] != null && yearEach[i - 1] != null && indicators[i] == null && sentences[i] == sentences[i - 1]
          && mentions.get(i).metric().dimension().equals(mentions.get(i - 1).metric().dimension())) {
        indicators[i] = indicators[i - 1]; // 分别完成工业开票销售506亿元、639.4亿元: each year's 工业开票销售
      }
    }
    boolean[] falls = falls(t, mentions, starts, sentences);
    String[] periods = periods(t, mentions, starts, sentences, year, writtenIn.orElse(null), source.title(),
        undated == null ? null : undated + "年");
    for (int i = 0; i < periods.length; i++) {
      if (yearEach[i] != null) {
        periods[i] = yearEach[i]; // 2019年、2020年分别实现营业收入100亿元、120亿元: one year a figure
      }
    }
    List<ParkMention> titled = titleParks(t, source, parkNames, keys);
    Map<String, KindAlone> alone = kindsAlone(t);
    // how often a zone's kind word stands alone after the text first names it (not the title: its offsets are the title's)
    ToIntFunction<ParkMention> namedAgain = p -> {
      ParkMention first = inText(p, parkNames, keys);
      return first == null ? 0 : namedAlone(first, t, alone);
    };
    ParkMention sole = parkNames.isEmpty() ? localZone(t, source, alone)
        : inText(soleParkOf(concat(titled, parkNames), keys, namedAgain), parkNames, keys);
    if (sole == null && parkNames.isEmpty()) {
      sole = publishersZone(t, source);
    }
    if (sole == null && !parkNames.isEmpty()) {
      sole = headingPark(source.title(), parkNames, keys);
    }
    if (sole == null && !parkNames.isEmpty()) {
      sole = headlinePark(source.title(), parkNames, keys);
    }
    // where the text names parks and no rule above gives one: after a paragraph's topic, the local zone it names
    ParkMention localNamed = sole == null && !parkNames.isEmpty() ? localZoneNamed(t, source, alone, parkNames) : null;
    int[] parkStarts = starts(t, parkNames, ParkMention::start);
    for (int i = 1; i < parkStarts.length; i++) { // the scan reports them in text order, which paragraphTopic's search needs
      checkState(parkStarts[i - 1] <= parkStarts[i], "park names out of text order at %s", parkStarts[i]);
    }
    int[] goalLists = goalLists(t);
    int goalList = 0; // the first list not ended before the figure: figures come in text order
    ParkMention topic = null; // the paragraph topic of the sentence at topicSentence, worked out once a sentence
    int topicSentence = -1;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      int start = starts[i];
      int sentence = sentences[i];
      Indicator indicator = indicators[i];
      int end = t.offsetByCodePoints(start, m.end() - m.start());
      if (m.metric().unit().dimension().isMoney() && (Words.isThreshold(t, end, t.length())
          || i > 0 && sentences[i - 1] == sentence && mentions.get(i - 1).metric().dimension().isCount()
              && Words.boundsThingsCounted(t, starts[i - 1], t.offsetByCodePoints(starts[i - 1], mentions.get(i - 1).end()
                  - mentions.get(i - 1).start()), start, m.text()))) {
        unplaced.add(UnplacedMention.of(m, UnplacedMention.Reason.THRESHOLD)); // 亿元以上项目26个, 68家企业超过10亿元
        continue;
      }
      boolean describes = m.park().isEmpty() && describesWhatFollows(m, t, end, sentence);
      if (m.park().isEmpty() && sole != null && !m.indicator().map(Words::namesParks).orElse(false)
          && !turnsElsewhere(t, sentence, start) && !describes && !placesParagraph(t, sentence, parkStarts, start)) {
        m = m.withPark(sole); // an article about one park: its figures are that park's
      }
      if (m.park().isEmpty() && sole == null && !m.indicator().map(Words::namesParks).orElse(false)
          && !turnsElsewhere(t, sentence, start) && !describes) {
        if (sentence != topicSentence) {
          topic = paragraphTopic(t, sentence, parkStarts, parkNames, keys);
          topicSentence = sentence;
        }
        if (topic != null) {
          m = m.withPark(topic); // 喀什经济开发区是…。今年以来，新增经营主体880家
        } else if (localNamed != null) {
          m = m.withPark(localNamed); // 天水在线: 开发区…，天水经济技术开发区…
        }
      }
      if (m.park().isEmpty() || m.metric().dimension().isCount() && countsRankedAmong(t, sentence, start)) {
        unplaced.add(UnplacedMention.of(m, UnplacedMention.Reason.NO_PARK));
        continue;
      }
      ParkMention park = m.park().get();
      if (park.status() == ParkNameResolution.Status.AMBIGUOUS) {
        unplaced.add(UnplacedMention.of(m, UnplacedMention.Reason.AMBIGUOUS_PARK));
        continue;
      }
      if (indicator == null || isTimeSince(m, t, end) || isSpanOfAMeasure(m)) { // 七年来: when, not what a figure measures
        unplaced.add(UnplacedMention.of(m, UnplacedMention.Reason.NO_INDICATOR));
        continue;
      }
      String before = t.substring(sentence, start);
      while (goalList < goalLists.length && goalLists[goalList + 1] <= start) {
        goalList += 2;
      }
      boolean listed = goalList < goalLists.length && goalLists[goalList] <= start;
      if (listed && sentence > goalLists[goalList] && (m.period().isPresent() || containsAny(before, FACT_WORDS))) {
        goalLists[goalList + 1] = sentence; // 截至12月底，…实现营业收入120亿元: the list has ended, facts follow
        listed = false;
      }
      boolean goal = isGoal(before, year, isPercentage(m)) || listed;
      String periodText = periods[i];
      Optional<Period> period = Optional.ofNullable(writtenIn.isPresent() && !goal // a plan's part of a year is ahead
          ? Dates.calendarWrittenIn(periodText, writtenIn.get()) : Dates.calendar(periodText, year));
      if (!goal && period.isEmpty() && !startsAChange(t, mentions, starts, sentences, i)) {
        period = published.map(Period::month); // not for 从建区时的0.1亿元: a time the text gives, not now
      }
      period = period.map(p -> endOfChange(p, before));
      // A period ending in a later year than the source's was not yet over: the figure is a plan's,
      // unless the sentence says it was reached so far (十四五以来, 累计, 已).
      goal |= year != null && period.isPresent() && period.get().end().getYear() > year && !isSoFar(before);
      if (!goal && period.isEmpty()) {
        unplaced.add(UnplacedMention.of(m, UnplacedMention.Reason.NO_PERIOD));
        continue;
      }
      if (Indicators.byCode(indicator.code()).isEmpty() && Indicators.baseOf(indicator).isEmpty()) {
        custom.add(indicator);
      }
      String key = keys.of(park);
      written.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(park.text());
      Park.Builder builder = parks.get(key);
      if (builder == null) {
        Identifier id = park.code().isPresent() ? park.code().get() : Identifier.of(DRAFT + (ids.size() + 1));
        builder = newPark(keys.fullName(key).orElse(park), id); // named as declared in full: 前海深港现代服务业合作区
        parks.put(key, builder);
        ids.put(key, id);
      }
      Identifier subject = ids.get(key);
      int from = quoteStart(t, Math.max(sentence, clauseStart(t, start)), start);
      Citation citation = Citation.builder()
          .source(source)
          .quote(t.substring(from, end))
          .span(TextSpan.of(from, end))
          .build();
      boolean decrease = falls[i] && Indicators.isDerived(indicator) && m.metric().value().signum() >= 0;
      Metric metric = decrease ? m.metric().multipliedBy(BigDecimal.ONE.negate()) : m.metric();
      if (goal) {
        Target.Builder target = Target.builder().indicator(indicator).threshold(metric).citation(citation);
        Optional<Period> own = period;
        deadline(before).or(() -> own).ifPresent(target::deadline);
        builder.addTarget(target.build());
      } else {
        builder.addObservation(Observation.builder()
            .subject(subject).indicator(indicator).period(period.get()).metric(metric).citation(citation).build());
      }
    }
    for (ParkMention p : parkNames) { // the other ways the text writes a park its figures have: 前海蛇口自贸片区
      Set<String> names = p.code().isEmpty() ? written.get(keys.of(p)) : null;
      if (names != null) {
        names.add(p.text());
      }
    }
    Dataset.Builder dataset = Dataset.builder().addAllIndicators(custom);
    parks.forEach((key, b) -> {
      Park p = b.build();
      String official = p.names().official();
      if (p.id().value().startsWith(DRAFT)) { // a park the catalogue lacks: also named as the text writes it
        Names.Builder names = Names.builder().official(official);
        written.get(key).stream().filter(w -> !w.equals(official)).forEach(names::addShortNames);
        p = p.withNames(names.build());
      }
      dataset.addParks(p);
    });
    Dataset draft = dataset.build();
    return new ArticleDraft(draft, unplaced, parkNames, Validator.standard().validate(draft));
  }

  /**
   * Which figures a word says are decreases (营收同比下降10%, 比上年减少120亿元), so that a growth or
   * change read from them is negative, the figure written without a sign being the size of the
   * fall: each whose own word ends with one, and each written with no word of its own right after
   * such a figure, joined by 、 和 及 与 or white space (饲料和乳制品分别下降10%和30%: both fell).
   */
  private static boolean[] falls(String t, List<Mention> mentions, int[] starts, int[] sentences) {
    boolean[] falls = new boolean[mentions.size()];
    for (int i = 0; i < falls.length; i++) {
      Mention m = mentions.get(i);
      String word = m.indicator().orElse("");
      if (word.isEmpty() && i > 0 && falls[i - 1] && sentences[i - 1] == sentences[i]
          && m.metric().dimension().equals(mentions.get(i - 1).metric().dimension())
          && joined(t, t.offsetByCodePoints(starts[i - 1], mentions.get(i - 1).end() - mentions.get(i - 1).start()), starts[i])) {
        falls[i] = true;
        continue;
      }
      for (String w : ChangeWords.DECREASES) {
        falls[i] |= word.endsWith(w) || word.endsWith(w + "了");
      }
    }
    return falls;
  }

  /**
   * The names of several zones that the article also writes in full, with a place before them, as
   * one zone's name (中山火炬开发区, then 火炬开发区: 厦门 and 威海 have a 火炬开发区 too, but this
   * article's is 中山's), each with that zone; so too a name the catalogue lacks that the article
   * also writes after a place as a zone's name (安徽利辛工业园, the county's zone, then 利辛工业园);
   * where the longer names are of several zones, none.
   */
  private static Map<ParkMention, ParkMention> namedInFull(List<ParkMention> names) {
    Map<ParkMention, ParkMention> named = new HashMap<>();
    for (ParkMention p : names) {
      boolean ambiguous = p.status() == ParkNameResolution.Status.AMBIGUOUS;
      if (!ambiguous && p.status() != ParkNameResolution.Status.NONE) {
        continue;
      }
      String shortName = NameFolding.fold(p.text());
      ParkMention full = null;
      for (ParkMention q : names) {
        String longName = NameFolding.fold(q.text());
        if (q.code().isPresent() && longName.length() > shortName.length() && longName.endsWith(shortName)
            && (ambiguous || ParkNameResolver.isPlace(longName.substring(0, longName.length() - shortName.length())))) {
          if (full != null && !full.code().equals(q.code())) {
            full = null;
            break;
          }
          full = q;
        }
      }
      if (full != null) {
        named.put(p, ParkMention.resolved(p.start(), p.end(), p.text(), full.code().get(), full.zoneName().orElseThrow()));
      }
    }
    return named;
  }

  /**
   * Whether {@code m}, ending at {@code end}, is a span of time up to now, written with 来 or 以来
   * (七年来, 5年以来, which the extractor reads with it or without).
   */
  private static boolean isTimeSince(Mention m, String t, int end) {
    if (m.metric().dimension().kind() != Dimension.Kind.DURATION) {
      return false;
    }
    for (String since : SINCE) {
      if (m.text().endsWith(since) || t.startsWith(since, end)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> SINCE = List.of("来", "來");

  /**
   * Whether {@code m} is a span of time written after a measure or the things it counts, not the
   * value of either (实际使用外资5年总额, 社会消费品零售总额连续七年, 增速连续5年, 办理时限缩短到3个工作日: how long,
   * and no measure of money, area or things is a number of years, months or days).
   */
  private static boolean isSpanOfAMeasure(Mention m) {
    return m.metric().dimension().kind() == Dimension.Kind.DURATION
        && m.indicator().map(Words::endsInMeasureOrNoun).orElse(false);
  }

  /**
   * Whether {@code m}, an area or a sum of money ending at {@code end}, describes the thing named
   * after it and 的 (总投资130亿元的奇瑞“未来-工厂”, 年产值20亿元的企业): that thing's figure, which the
   * scan gave no park, and which neither the article's park nor its paragraph's gets; not where
   * the words after 的 are the park's own (营业收入100亿元的基础上, 的好势头: {@link ParkScan}).
   */
  private static boolean describesWhatFollows(Mention m, String t, int end, int sentence) {
    Dimension.Kind kind = m.metric().dimension().kind();
    return (kind == Dimension.Kind.MONEY || kind == Dimension.Kind.AREA)
        && ParkScan.describesWhatFollows(t, end, sentenceEnd(t, sentence));
  }

  /**
   * What a short name declared in brackets after a park's name stands for, through the article
   * (深圳前海深港现代服务业合作区(以下简称“前海合作区”)…前海合作区规上科技服务业营收同比增长21.6%): each
   * mention of a short name the catalogue does not resolve, with the full name's zone where that is
   * a catalogue zone; where neither is, the short name is declared in {@code keys} for the full
   * one, so that both are one park, named by the full name. So too a former name written after a
   * park's (江西鹰潭经济开发区前身鹰潭工业园区) and one it bears beside its own (增挂鹰潭经济技术开发区牌子),
   * {@link #isOtherName}.
   */
  private static Map<ParkMention, ParkMention> shortNamesDeclared(String t, List<ParkMention> parkNames,
      Keys keys) {
    Map<ParkMention, ParkMention> declared = new HashMap<>();
    int[] starts = starts(t, parkNames, ParkMention::start);
    for (int i = 1; i < parkNames.size(); i++) {
      ParkMention full = parkNames.get(i - 1);
      ParkMention shortName = parkNames.get(i);
      int fullEnd = t.offsetByCodePoints(starts[i - 1], full.end() - full.start());
      int shortEnd = t.offsetByCodePoints(starts[i], shortName.end() - shortName.start());
      if (fullEnd <= starts[i] && isOtherName(t, fullEnd, starts[i])) {
        otherNameDeclared(full, shortName, parkNames, declared, keys); // 江西鹰潭经济开发区前身鹰潭工业园区
        continue;
      }
      if (shortName.status() == ParkNameResolution.Status.RESOLVED || fullEnd > starts[i]
          || !SHORT_NAME_BEFORE.matcher(t.substring(fullEnd, starts[i])).matches()
          || !SHORT_NAME_AFTER.matcher(t).region(shortEnd, t.length()).lookingAt()) {
        continue;
      }
      if (full.status() == ParkNameResolution.Status.RESOLVED) {
        String folded = NameFolding.fold(shortName.text());
        for (ParkMention p : parkNames) {
          if (p.status() != ParkNameResolution.Status.RESOLVED && NameFolding.fold(p.text()).equals(folded)) {
            declared.put(p, ParkMention.resolved(p.start(), p.end(), p.text(), full.code().get(), full.zoneName().orElseThrow()));
          }
        }
      } else if (full.status() == ParkNameResolution.Status.NONE && shortName.status() == ParkNameResolution.Status.NONE) {
        keys.declare(shortName, full);
      }
    }
    return declared;
  }

  /**
   * Whether {@code t[end, next)}, between two parks' names, makes the second another name of the
   * first's park: its former name right after it (前身, 原名, 原称), or one it bears beside its own,
   * written after 增挂 (江西鹰潭经济开发区…。2008年1月，增挂鹰潭经济技术开发区牌子: the park named last
   * before the plate is the one that took it on).
   */
  private static boolean isOtherName(String t, int end, int next) {
    return FORMER_NAME.matcher(t.substring(end, next)).matches()
        || next - 2 >= end && ADDED_PLATE.contains(t.substring(next - 2, next));
  }

  /** Between a park's name and its former name: 前身, 前身为, 原名, (原称 …). */
  private static final Pattern FORMER_NAME = Pattern.compile("[(（]?\\s*(?:的)?(?:前身|原名|原称|原稱|旧称|舊稱)(?:是|为|為|系)?[“\"「]?");

  /** Words right before a name a park bears beside its own: 增挂鹰潭经济技术开发区牌子. */
  private static final Set<String> ADDED_PLATE = Set.of("增挂", "增掛", "加挂", "加掛");

  /**
   * Declares {@code other} another name of {@code park}'s park through the article: where one of the
   * two is a catalogue zone and the other none, every mention of the other is that zone; where
   * neither is, both are one park, named by the first.
   */
  private static void otherNameDeclared(ParkMention park, ParkMention other, List<ParkMention> parkNames,
      Map<ParkMention, ParkMention> declared, Keys keys) {
    boolean first = park.status() == ParkNameResolution.Status.RESOLVED;
    boolean second = other.status() == ParkNameResolution.Status.RESOLVED;
    if (first == second) {
      if (!first && park.status() == ParkNameResolution.Status.NONE && other.status() == ParkNameResolution.Status.NONE) {
        keys.declare(other, park);
      }
      return; // two zones: a rename across the catalogue's zones is not for the article to settle
    }
    ParkMention zone = first ? park : other;
    ParkMention named = first ? other : park;
    if (named.status() != ParkNameResolution.Status.NONE) {
      return;
    }
    String folded = NameFolding.fold(named.text());
    for (ParkMention p : parkNames) {
      if (p.status() == ParkNameResolution.Status.NONE && NameFolding.fold(p.text()).equals(folded)) {
        declared.put(p, ParkMention.resolved(p.start(), p.end(), p.text(), zone.code().get(), zone.zoneName().orElseThrow()));
      }
    }
  }

  /** Between a park's name and the short name it is given: (以下简称“, （简称. */
  private static final Pattern SHORT_NAME_BEFORE = Pattern.compile("[(（]\\s*(?:以下|下文)?(?:简称|簡稱|下称|下稱)[为為:：]?[“\"「『]?");

  /** After a short name given: its closing quotation mark and bracket. */
  private static final Pattern SHORT_NAME_AFTER = Pattern.compile("[”\"」』]?[)）]");

  /**
   * The key of each park a mention names ({@link #key}), with the short names an article declares
   * ({@link #shortNamesDeclared}) read as the names they stand for.
   */
  private static final class Keys {
    private final Map<String, String> shortKeys = new HashMap<>();
    private final Map<String, ParkMention> fullNames = new HashMap<>();

    /** Declares {@code shortName} another name of {@code full}: 前海合作区 of 前海深港现代服务业合作区. */
    void declare(ParkMention shortName, ParkMention full) {
      shortKeys.put(key(shortName), of(full)); // 增挂 a third name: the park the second was declared for
      fullNames.put(key(full), full);
    }

    String of(ParkMention park) {
      String k = key(park);
      return shortKeys.getOrDefault(k, k);
    }

    /** The full name declared for the park of key {@code k}, if the article declared a short name for it. */
    Optional<ParkMention> fullName(String k) {
      return Optional.ofNullable(fullNames.get(k));
    }
  }

  /**
   * The parks the source's title names that the text names too (天津武清开发区：京津城际之间的璀璨明珠),
   * for the count of what the article names: a title is the article's first mention of its park.
   * None where the text opens with the title (it is counted there) or the source has none; a park
   * the title alone names is left out, as a section's heading may name another park than its text.
   */
  private List<ParkMention> titleParks(String t, Source source, List<ParkMention> parkNames, Keys keys) {
    String title = source.title().strip();
    if (title.isEmpty() || parkNames.isEmpty() || t.strip().startsWith(title)) {
      return List.of();
    }
    Set<String> inText = new HashSet<>();
    parkNames.forEach(p -> inText.add(keys.of(p)));
    List<ParkMention> named = new ArrayList<>();
    extractor.extract(title, m -> { }, p -> {
      if (inText.contains(keys.of(p))) {
        named.add(p);
      }
    });
    return named;
  }

  /** What ends a title's section path before its heading: 园区经济-丰城市工业园区. */
  private static final String HEADING_MARKS = "-—－:：|｜_";

  /**
   * What starts a site's name after a page's own title: 三亚崖州湾科技城_海南自由贸易港招商网. Not a dash or
   * colon, after which a park's name goes on to its section (三亚崖州湾科技城—优惠政策: the policies).
   */
  private static final String SITE_MARKS = "|｜_";

  /**
   * The park a title is the name of: the whole title, else its last part after a section path
   * (园区经济-丰城市工业园区: a yearbook's or site's entry on the park), else its first part before a
   * site's name ({@link #SITE_MARKS}: 丰城市工业园区_丰城市人民政府), at its first mention in the text: the article is about
   * it. Null where no such part is only a park's name (长春高新区获评国家首批绿色园区), it names several
   * zones, or the text does not name that park.
   */
  private ParkMention headingPark(String title, List<ParkMention> parkNames, Keys keys) {
    String whole = title.strip();
    int last = -1;
    int first = -1;
    for (int i = 0; i < whole.length(); i++) {
      if (HEADING_MARKS.indexOf(whole.charAt(i)) >= 0) {
        last = i;
      }
      if (first < 0 && SITE_MARKS.indexOf(whole.charAt(i)) >= 0) {
        first = i;
      }
    }
    for (String heading : new String[] {whole, last < 0 ? "" : whole.substring(last + 1).strip(),
        first < 0 ? "" : whole.substring(0, first).strip()}) {
      ParkMention named = heading.isEmpty() ? null : onlyParkNamed(heading);
      if (named != null) {
        String k = keys.of(named);
        for (ParkMention p : parkNames) {
          if (keys.of(p).equals(k)) {
            return p;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The park a headline opens with, its subject (盐城经开区着力打造开放合作标杆 加快建设产业发展高地), at its first
   * mention in the text, where the text names it at least {@value #HEADLINE_PARK_NAMED} times and
   * every other park less often (中韩(盐城)产业园, the zone's title, twice against three times): the
   * report is on it. Null where the headline opens with no park, with a name of several zones or a
   * name the catalogue lacks that is no park's own ({@link #isParkOfItsOwn}).
   */
  private ParkMention headlinePark(String title, List<ParkMention> parkNames, Keys keys) {
    String headline = title.strip();
    if (headline.isEmpty()) {
      return null;
    }
    List<ParkMention> named = new ArrayList<>();
    extractor.extract(headline, m -> { }, named::add);
    if (named.isEmpty() || named.get(0).start() != 0) {
      return null;
    }
    ParkMention opening = named.get(0);
    if (opening.status() == ParkNameResolution.Status.AMBIGUOUS
        || opening.status() == ParkNameResolution.Status.NONE && !isParkOfItsOwn(opening.text())) {
      return null;
    }
    String k = keys.of(opening);
    Map<String, Integer> counts = new HashMap<>();
    parkNames.forEach(p -> counts.merge(keys.of(p), 1, Integer::sum));
    int times = counts.getOrDefault(k, 0);
    if (times < HEADLINE_PARK_NAMED) {
      return null;
    }
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (!e.getKey().equals(k) && e.getValue() >= times) {
        return null;
      }
    }
    return inText(opening, parkNames, keys);
  }

  /** How often the text must name the park its headline opens with for it to be the subject. */
  private static final int HEADLINE_PARK_NAMED = 2;

  /** The one park {@code heading} is the name of, whole and not ambiguous; null otherwise. */
  private ParkMention onlyParkNamed(String heading) {
    List<ParkMention> named = new ArrayList<>();
    extractor.extract(heading, m -> { }, named::add);
    return named.size() == 1 && named.get(0).text().equals(heading)
        && named.get(0).status() != ParkNameResolution.Status.AMBIGUOUS ? named.get(0) : null;
  }

  /**
   * {@code park}'s first mention in the text, where it is named in the title: a figure's park is
   * cited where the text names it. Null where the text does not name it.
   */
  private static ParkMention inText(ParkMention park, List<ParkMention> parkNames, Keys keys) {
    if (park == null || parkNames.contains(park)) {
      return park;
    }
    String k = keys.of(park);
    for (ParkMention p : parkNames) {
      if (keys.of(p).equals(k)) {
        return p;
      }
    }
    return null;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    if (a.isEmpty()) {
      return b;
    }
    List<T> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  /**
   * The one park the article names, however often and in whichever form (names that fold alike,
   * a known short name and its full name: {@link #key}), resolved or a name the catalogue lacks,
   * or else its zone among others ({@link #zoneAmongOthers}); null when it names none, several, or
   * a name of several zones.
   */
  private static ParkMention soleParkOf(List<ParkMention> names, Keys keys, ToIntFunction<ParkMention> namedAgain) {
    ParkMention sole = null;
    for (ParkMention p : names) {
      if (p.status() == ParkNameResolution.Status.AMBIGUOUS) {
        return null;
      }
      if (sole == null) {
        sole = p;
      } else if (!keys.of(sole).equals(keys.of(p))) {
        return zoneAmongOthers(names, keys, namedAgain);
      }
    }
    return sole;
  }

  /**
   * The park the paragraph of the sentence at {@code sentence} opens with (喀什经济开发区是当地对外开放的
   * “龙头”，…。今年以来，新增经营主体880家): its topic, which later sentences that name no park go on
   * about, until a sentence opens with another park; the paragraph's heading, where it opens with
   * one, is passed over (经济总量不断提高。怀安经济开发区于2016年8月…), and so is an opening quotation mark
   * (a speaker's words: “北京银行保险产业园立足…。目前已入驻企业30余家。”), up to the closing mark. The park may
   * be one the catalogue lacks whose name ends with a park's word ({@link #isParkOfItsOwn}), where
   * its opening sentence names no other park. Null where the paragraph opens with no park, or with
   * an area's name (浦东新区), where the sentence names a park itself, or the topic's name is
   * ambiguous.
   */
  private static ParkMention paragraphTopic(String t, int sentence, int[] parkStarts, List<ParkMention> parks,
      Keys keys) {
    int paragraph = t.lastIndexOf('\n', sentence - 1) + 1;
    int first = paragraph;
    while (first < t.length() && Character.isWhitespace(t.charAt(first))) {
      first++;
    }
    if (first < sentence && QuotationMarks.OPENING.indexOf(t.charAt(first)) >= 0) {
      int close = t.indexOf(QuotationMarks.CLOSING.charAt(QuotationMarks.OPENING.indexOf(t.charAt(first))), first + 1);
      if (close >= 0 && close < sentence) {
        return null; // “北京银行保险产业园就在我们街道。”社区书记说。今年社区…: the quote ended, the park with it
      }
      first++; // “北京银行保险产业园立足…。目前已入驻企业30余家。”: a quoted speaker's paragraph
    }
    first = afterHeading(t, first, sentence, parkStarts);
    if (first >= sentence) {
      return null; // the sentence opens the paragraph: a park in it is its own
    }
    int sentenceEnd = sentenceEnd(t, sentence);
    int i = firstAtOrAfter(parkStarts, first);
    if (i == parkStarts.length || parkStarts[i] != first) {
      return null;
    }
    ParkMention topic = parks.get(i);
    if (topic.status() == ParkNameResolution.Status.AMBIGUOUS
        || topic.status() == ParkNameResolution.Status.NONE && !isParkOfItsOwn(topic.text())) {
      return null; // 浦东新区经济运行平稳。去年实现地区生产总值…: a district's, not a park's
    }
    String topicKey = keys.of(topic);
    int openingEnd = sentenceEnd(t, first);
    for (i++; i < parkStarts.length && parkStarts[i] < sentenceEnd; i++) {
      int at = parkStarts[i];
      if (at >= sentence) {
        return null; // the sentence names its own park
      }
      boolean other = !keys.of(parks.get(i)).equals(topicKey);
      if (other && (at == sentenceStart(t, at) || at < openingEnd && topic.status() == ParkNameResolution.Status.NONE)) {
        return null; // a later sentence opens with another park; or 健康产业园、装备产业园两园并进。…: parks the catalogue lacks, several
      }
    }
    return topic;
  }

  /** The marks of a city's or county's level a paragraph's subject is written with: 海淀区, 苏州市, 桐庐县. */
  private static final String PLACE_LEVELS = "区區市县縣旗";

  /**
   * Whether the paragraph of the sentence at {@code sentence} opens with a city's or county's name
   * written with its level (海淀区2022年政府工作报告显示，…: the district's figures, not the park's)
   * and names no park before the figure at {@code start}: its figures are the place's.
   */
  private static boolean placesParagraph(String t, int sentence, int[] parkStarts, int start) {
    int first = t.lastIndexOf('\n', sentence - 1) + 1;
    while (first < start && Character.isWhitespace(t.charAt(first))) {
      first++;
    }
    int place = Words.placeAt(t, first, Math.min(start, first + Words.LONGEST_PLACE));
    if (place == 0 || PLACE_LEVELS.indexOf(t.charAt(first + place - 1)) < 0) {
      return false;
    }
    int park = firstAtOrAfter(parkStarts, first);
    return park == parkStarts.length || parkStarts[park] >= start;
  }

  /** Words a park the catalogue lacks ends with where a paragraph may be about it (…产业园, not …新区). */
  private static final String[] PARK_ENDS = {
    "园", "園", "园区", "園區", "开发区", "開發區", "工业区", "工業區", "集聚区", "集聚區", "集中区", "集中區", "基地",
  };

  /**
   * Whether {@code name}, a park the catalogue lacks, may be a paragraph's topic: it ends with a
   * park's word ({@link #PARK_ENDS}: 北京银行保险产业园), not an area's (浦东新区, 临港新片区, 石景山区).
   */
  private static boolean isParkOfItsOwn(String name) {
    for (String end : PARK_ENDS) {
      if (name.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the text after the heading a paragraph opens with at {@code first} starts, before {@code
   * sentence}: a short sentence of words alone, no digit (Arabic or Chinese: no figure nor date) and
   * no park's name (经济总量不断提高。做大园区规模，推进园区提档升级。), as reports head their
   * paragraphs; {@code first} where there is none.
   */
  private static int afterHeading(String t, int first, int sentence, int[] parkStarts) {
    int end = first;
    while (end < sentence && end - first <= HEADING_MAX && t.charAt(end) != '。' && t.charAt(end) != '\n') {
      char c = t.charAt(end);
      if (!Character.isIdeographic(c) && c != '，' && c != '、' || ChineseNumerals.digit(c) >= 0) {
        return first; // a figure, a date, a quotation: no heading
      }
      end++;
    }
    int park = firstAtOrAfter(parkStarts, first);
    if (end >= sentence || end - first > HEADING_MAX || t.charAt(end) != '。' || end == first
        || park < parkStarts.length && parkStarts[park] < end) {
      return first; // no heading, or one that names a park
    }
    int next = end + 1;
    while (next < sentence && Character.isWhitespace(t.charAt(next))) {
      next++;
    }
    return next;
  }

  /** The longest heading {@link #afterHeading} passes over, in characters before its 。. */
  private static final int HEADING_MAX = 20;

  /** The index of the first of {@code sorted} at or after {@code at}; its length if none. */
  private static int firstAtOrAfter(int[] sorted, int at) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int sentenceEnd(String t, int sentence) {
    int j = sentence;
    while (j < t.length() && j - sentence < SENTENCE_REACH && SENTENCE_ENDS.indexOf(t.charAt(j)) < 0) {
      j++;
    }
    return j;
  }

  /** How many times as often as another zone named more than once the subject must be named. */
  private static final int OTHER_ZONE_RATIO = 3;

  /**
   * The catalogue zone an article names again and again (at least twice) beside parks the
   * catalogue lacks that it names once each: a part of the zone or a park in it, named in a caption
   * or a plan (中国智谷(重庆)科技园 beside 重庆经开区 four times); where it names several zones, the
   * one it names first and again, the others once each (兰州经开区 twice, then its partners
   * 乌鲁木齐经开区、拉萨经开区 in a list) or more often where it is named {@value #OTHER_ZONE_RATIO} times
   * as often; where it names no zone, the park the catalogue lacks that it
   * names first and at least {@value #UNKNOWN_SUBJECT_NAMED} times beside others named once each
   * (龙岭产业开发区 five times, its parts 沧泉新区 and 衡龙新区 once each in a list). A park the
   * catalogue lacks may be named more than once beside it where the subject is named at least twice
   * as often (张掖经济技术开发区 four times, 张掖工业园区, its former name, twice; 前海蛇口自贸片区 six
   * times, 前海 twice). Where it names one zone, first, and after the text first names it writes
   * that zone's kind word alone ({@code namedAgain}, {@link #namedAlone}: 苏州高新区…，上半年，高新区…),
   * each such word names it once more: a report on the zone that names it in full once, and a part
   * of it (太湖科学城) once. Null where another zone is named more than once and the subject less than
   * {@value #OTHER_ZONE_RATIO} times as often (赣州综保区 six times with its title, 赣州经开区, whose
   * officials attend, twice: 赣州综保区), or another park more than half as often as the subject, or
   * the subject once.
   */
  private static ParkMention zoneAmongOthers(List<ParkMention> names, Keys keys, ToIntFunction<ParkMention> namedAgain) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Set<String> zones = new LinkedHashSet<>();
    ParkMention zone = null;
    for (ParkMention p : names) {
      String k = keys.of(p);
      counts.merge(k, 1, Integer::sum);
      if (p.status() == ParkNameResolution.Status.RESOLVED && zones.add(k) && zone == null) {
        zone = p;
      }
    }
    ParkMention first = names.get(0);
    int needed = 2;
    if (zones.isEmpty()) {
      // none resolved: a park the catalogue lacks that the article names first, and again and
      // again (龙岭产业开发区 five times, its parts 沧泉新区 and 衡龙新区 once each in a list)
      zone = first;
      needed = UNKNOWN_SUBJECT_NAMED;
    } else if (zones.size() > 1) {
      // several zones: the one named first and again, the others once each (partners in a list)
      zone = first;
      if (!zones.contains(keys.of(first))) {
        return null;
      }
    }
    String zoneKey = keys.of(zone);
    int named = counts.get(zoneKey) + (zones.size() == 1 && zone == first ? namedAgain.applyAsInt(zone) : 0);
    if (named < needed) {
      return null;
    }
    // the others once each; a park the catalogue lacks may be named more often if the subject is
    // named at least twice as often (张掖经济技术开发区 four times, 张掖工业园区, its former name,
    // twice; 前海蛇口片区 six times, 前海 twice), another zone if three times as often
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int others = e.getValue();
      // another zone more than once only where the subject is named three times as often
      // (赣州综保区 five times and in the title, 赣州经开区, its host's officials, twice)
      if (!e.getKey().equals(zoneKey) && others > 1
          && (zones.contains(e.getKey()) ? OTHER_ZONE_RATIO * others > named : 2 * others > named)) {
        return null;
      }
    }
    return zone;
  }

  /**
   * The month the source was published in: its date's ({@link #dateOf}), else the month its
   * address gives where it gives no day (…/202303/cera450.html); else none.
   */
  static Optional<YearMonth> monthOf(Source source) {
    Optional<LocalDate> date = dateOf(source);
    if (date.isPresent() || source.url().isEmpty() || source.url().get().getRawPath() == null) {
      return date.map(YearMonth::from);
    }
    // not the month of a figure with no period of its own, as a day would be: a yearly report is
    // filed under the month it came out in (…/202403/… for 2023's), and its figures are the year's
    Matcher m = URL_MONTH.matcher(source.url().get().getRawPath());
    return m.find() ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  /** A year and month in a page's address, a folder of their own: …/202303/…, …/2023-03/…, …/2023/03/…. */
  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)[0-9]{2})[-_/]?(0[1-9]|1[0-2])/");

  /**
   * A date in a page's address, as news sites write them: …/2022-03/14/…, …/20221018/…,
   * …/2018/0130/…, …/202112/23/…, or its query (…?time=2019-06-21); a year from 1990 to 2099, a
   * month and a day that exist.
   */
  private static final Pattern URL_DATE = Pattern.compile(
      "(?<![0-9])((?:19|20)[0-9]{2})[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12][0-9]|3[01])(?=[/_.&]|$)");

  /**
   * The date the source was published: its own, else the date its address gives (a page that
   * shows none, 新华网's …/2022-03/14/c_….htm), so that 今年 and 上半年 have a year; else none.
   */
  static Optional<LocalDate> dateOf(Source source) {
    if (source.published().isPresent()) {
      return source.published();
    }
    if (source.url().isEmpty() || source.url().get().getRawPath() == null) {
      return Optional.empty();
    }
    String query = source.url().get().getRawQuery(); // …/a.aspx?id=14758&time=2019-06-21
    Matcher m = URL_DATE.matcher(source.url().get().getRawPath() + (query == null ? "" : "/" + query));
    while (m.find()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      } catch (DateTimeException e) {
        // 2021-02-30 is no date: look on
      }
    }
    return Optional.empty();
  }

  /**
   * The zone whose own site or paper published the article (河源高新区 政府信息公开: its 高新区 and 园区
   * are 河源高新区), where the publisher names one catalogue zone and the text, naming none, refers
   * to a park (园区, 全区, a bare 高新区; not another kind's word, 综保区 for a 高新区), cited at the
   * first such word; null otherwise.
   */
  private ParkMention publishersZone(String t, Source source) {
    ParkMention zone = publishersOwnZone(source);
    int[] word = zone == null ? null : ParkScan.firstReferring(t, zone);
    if (word == null) {
      return null;
    }
    int start = t.codePointCount(0, word[0]);
    return ParkMention.resolved(start, start + t.codePointCount(word[0], word[1]), t.substring(word[0], word[1]),
        zone.code().get(), zone.zoneName().orElseThrow());
  }

  /** The one catalogue zone the source's publisher names (河源高新区 政府信息公开: a zone's own site), or null. */
  private ParkMention publishersOwnZone(Source source) {
    List<ParkMention> named = new ArrayList<>();
    extractor.extract(source.publisher(), m -> { }, named::add);
    ParkMention zone = null;
    for (ParkMention p : named) {
      if (p.status() != ParkNameResolution.Status.RESOLVED || zone != null && !zone.code().equals(p.code())) {
        return null;
      }
      zone = p;
    }
    return zone;
  }

  /**
   * Kind words a local paper writes alone for its own city's zone (新乡日报: 高新区生产总值完成205.87亿元),
   * each with the ending of that kind's official names. Not 开发区, which every kind of development
   * zone is called ({@link #BARE_KIND}, read only where none of these is), nor 园区.
   */
  private static final String[][] LOCAL_KINDS = {
    {"高新区", "高新技术产业开发区"}, {"高新區", "高新技术产业开发区"},
    {"经开区", "经济技术开发区"}, {"經開區", "经济技术开发区"},
    {"综保区", "综合保税区"}, {"綜保區", "综合保税区"},
    {"经济开发区", "经济开发区"}, {"經濟開發區", "经济开发区"}, // a county's provincial zone (东台报业网)
  };

  /**
   * The ending of a zone's name that 开发区 alone stands for: any development zone's. A local paper's
   * own zone by it only where no kind word of {@link #LOCAL_KINDS} stands alone {@value
   * #LOCAL_KIND_MIN} times, the publisher is no zone's own site, and the place holds one such zone
   * or the text names one of them (永康日报: 开发区上半年工业经济稳中有升, 浙江永康经济开发区).
   */
  private static final String BARE_KIND = "开发区";

  /** {@link #LOCAL_KINDS} and 开发区 alone, counted together ({@link #kindsAlone}). */
  private static final String[][] LOCAL_AND_BARE_KINDS = Stream.concat(Arrays.stream(LOCAL_KINDS),
      Stream.of(new String[] {"开发区", BARE_KIND}, new String[] {"開發區", BARE_KIND})).toArray(String[][]::new);

  /** How often the kind word must stand alone before it is read as the article's zone. */
  private static final int LOCAL_KIND_MIN = 2;

  /** The ends of dates after which a kind word also stands alone as the article's subject: 2022年高新区. */
  private static final String DATE_ENDS = "年月日";

  /**
   * The zone of an article that names none but writes one kind word alone, again and again, as
   * its subject (高新区 at least {@value #LOCAL_KIND_MIN} times, and no other kind word so): the one
   * zone of that kind in the city or county its publisher is named for (新乡日报: 新乡, and
   * 新乡高新技术产业开发区) or names as its paper (a reprint of 新乡日报), or else its title, or else the
   * paper its dateline names (新乡网讯), none of them a province's (吉林日报 is no 吉林市's, 黑龙江频道
   * no 龙江县's); 开发区 alone, where no other kind word stands alone so, for any development zone,
   * unless the publisher is a zone's own site ({@link #publishersOwnZone}); null where there is none, or
   * several, or no such word.
   * A local paper writes its city's zone so; a paper of a province or the nation names its zone.
   */
  private ParkMention localZone(String t, Source source, Map<String, KindAlone> alone) {
    KindAlone kind = localKind(alone);
    if (kind != null && kind.ending().equals(BARE_KIND) && publishersOwnZone(source) != null) {
      return null; // 开发区 alone on a zone's own site: not the city's other development zone
    }
    List<Park> zones = kind == null ? List.of() : localZones(t, source, kind);
    if (zones.size() != 1) {
      return null;
    }
    Park only = zones.get(0);
    int start = t.codePointCount(0, kind.first());
    return ParkMention.resolved(start, start + kind.word().length(), kind.word(), only.id(), only.names().official());
  }

  /**
   * The kind word a text writes alone as its subject, again and again ({@link #LOCAL_KIND_MIN}
   * times): one of {@link #LOCAL_KINDS}, else 开发区 alone; null where there is none, or several kinds.
   */
  private static KindAlone localKind(Map<String, KindAlone> alone) {
    KindAlone kind = null;
    for (KindAlone k : alone.values()) {
      if (k.count() >= LOCAL_KIND_MIN && !k.ending().equals(BARE_KIND)) {
        if (kind != null) {
          return null; // 高新区 and 经开区: which the figures are of, the text does not say
        }
        kind = k;
      }
    }
    KindAlone bare = alone.get(BARE_KIND);
    if (kind == null && bare != null && bare.count() >= LOCAL_KIND_MIN) {
      kind = bare; // 开发区 alone, no other kind's word: the place's zones whose names end so
    }
    return kind;
  }

  /**
   * The zones of {@code kind} placed in the city or county the source's publisher, its title or
   * its dateline names as its paper's ({@link #localZone}).
   */
  private List<Park> localZones(String t, Source source, KindAlone kind) {
    int year = dateOf(source).map(d -> d.getYear()).orElse(LOCAL_YEAR);
    List<Division> places = placeNamedBy(source.publisher(), year);
    if (places.isEmpty()) {
      places = placeOfPaper(source.publisher(), year);
    }
    if (places.isEmpty()) {
      places = placeNamedBy(source.title(), year);
    }
    if (places.isEmpty()) {
      places = placeOfPaper(t.substring(0, Math.min(t.length(), DATELINE)), year);
    }
    List<Park> zones = new ArrayList<>(2);
    for (Park park : catalog.parks()) {
      if (NameFolding.fold(park.names().official()).endsWith(kind.ending()) && placedIn(park, places)) {
        zones.add(park);
      }
    }
    return zones;
  }

  /**
   * A local paper's own zone where the text names it too: of the zones of the kind word it writes
   * alone as its subject in its paper's place ({@link #localZones}), the one the text names, at its
   * first mention (天水在线: 到开发区检查观摩…，天水经济技术开发区…, beside projects named once each; 天水
   * holds 张家川经济开发区 too). Null where the text names none of them, or several.
   */
  private ParkMention localZoneNamed(String t, Source source, Map<String, KindAlone> alone,
      List<ParkMention> parkNames) {
    KindAlone kind = localKind(alone);
    if (kind == null) {
      return null;
    }
    Set<Identifier> zones = new HashSet<>();
    localZones(t, source, kind).forEach(z -> zones.add(z.id()));
    ParkMention named = null;
    for (ParkMention p : parkNames) {
      if (p.code().isPresent() && zones.contains(p.code().get())) {
        if (named != null && !named.code().equals(p.code())) {
          return null;
        }
        named = named == null ? p : named;
      }
    }
    return named;
  }

  /**
   * A kind word of {@link #LOCAL_AND_BARE_KINDS} standing alone in a text: the ending of that kind's
   * official names, how often it stands alone (in either script), and the word and char index where it
   * first does.
   */
  private record KindAlone(String ending, int count, String word, int first) {}

  /**
   * The kind words of {@link #LOCAL_AND_BARE_KINDS} that stand alone in {@code t} (at its start, after
   * punctuation, a function word or a word of time, or after a date: 上半年，高新区…, 2022年高新区;
   * not ending a name, 苏州高新区), by the ending of their kind's official names, in that order (开发区
   * alone last).
   */
  private static Map<String, KindAlone> kindsAlone(String t) {
    Map<String, KindAlone> alone = new LinkedHashMap<>();
    for (String[] k : LOCAL_AND_BARE_KINDS) {
      for (int i = t.indexOf(k[0]); i >= 0; i = t.indexOf(k[0], i + 1)) {
        if (i == 0 || ParkScan.standsAloneAfter(t.charAt(i - 1)) || DATE_ENDS.indexOf(t.charAt(i - 1)) >= 0) {
          KindAlone was = alone.get(k[1]);
          alone.put(k[1], was == null ? new KindAlone(k[1], 1, k[0], i)
              : was.first() < i ? new KindAlone(k[1], was.count() + 1, was.word(), was.first())
                  : new KindAlone(k[1], was.count() + 1, k[0], i));
        }
      }
    }
    return alone;
  }

  /**
   * How often the kind word of {@code zone}'s official name stands alone ({@link #kindsAlone}) after
   * {@code zone} is first named, where it does so only after it: 0 where the word stands alone
   * before the zone is named (a local paper's own zone, 高新区, before a partner named in full).
   */
  private static int namedAlone(ParkMention zone, String t, Map<String, KindAlone> alone) {
    String official = zone.zoneName().map(NameFolding::fold).orElse("");
    int at = t.offsetByCodePoints(0, Math.min(zone.start(), t.codePointCount(0, t.length())));
    for (KindAlone k : alone.values()) {
      if (official.endsWith(k.ending()) && k.first() > at && !k.ending().equals(BARE_KIND)) {
        return k.count();
      }
    }
    return 0;
  }

  /** The year the divisions are read in when the source gives none: the catalogue's. */
  private static final int LOCAL_YEAR = 2018;

  /** How far into the text its dateline may reach: 新乡网讯 (新乡日报全媒体记者 …). */
  private static final int DATELINE = 40;

  /**
   * What follows a place's name in the name of its paper or news site, or of a portal's part for
   * it: 新乡日报, 新乡网讯, 东台报业网, 张家港发布, 荆楚网 襄阳频道, 红网 新田分站.
   */
  private static final String[] PAPER_WORDS = {"日报", "日報", "晚报", "晚報", "网讯", "網訊", "报业网", "報業網", "新闻网", "新聞網",
    "发布", "發布", "频道", "頻道", "分站"};

  /**
   * The cities and counties (not provinces) whose paper or news site {@code words} name, wherever
   * in them: a reprint's publisher (… reprint of 新乡日报) or a dateline (新乡网讯) → 新乡市; the
   * first found.
   */
  private static List<Division> placeOfPaper(String words, int year) {
    if (words == null) {
      return List.of();
    }
    String w = NameFolding.fold(words);
    for (String paper : PAPER_WORDS) {
      for (int i = w.indexOf(paper); i >= 0; i = w.indexOf(paper, i + 1)) {
        for (int len = Math.min(4, i); len >= 2; len--) {
          String name = w.substring(i - len, i);
          if (namesProvince(name, year)) {
            break; // 黑龙江频道: the province's channel, not 龙江县's
          }
          List<Division> found = placesNamed(name, year);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The cities and counties (not provinces) whose name {@code words} begin with (新乡日报 → 新乡市);
   * none where they begin with a province's (吉林日报).
   */
  private static List<Division> placeNamedBy(String words, int year) {
    String w = NameFolding.fold(words);
    for (int len = Math.min(4, w.length()); len >= 2; len--) {
      if (namesProvince(w.substring(0, len), year)) {
        return List.of(); // 吉林日报: the province's paper, not 吉林市's
      }
      List<Division> found = placesNamed(w.substring(0, len), year);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** Whether {@code name} is a province's in {@code year} (黑龙江). */
  private static boolean namesProvince(String name, int year) {
    for (Division d : Divisions.gbt2260().byName(name, year)) {
      if (d.level() == DivisionLevel.PROVINCE) {
        return true;
      }
    }
    return false;
  }

  /** The cities and counties (not provinces) named {@code name} in {@code year}. */
  static List<Division> placesNamed(String name, int year) {
    List<Division> found = new ArrayList<>();
    for (Division d : Divisions.gbt2260().byName(name, year)) {
      if (d.level() != DivisionLevel.PROVINCE) {
        found.add(d);
      }
    }
    return found;
  }

  /** Whether the catalogue places {@code park} in one of {@code places} or below it. */
  private boolean placedIn(Park park, List<Division> places) {
    Optional<Placement> placement = catalog.placement(park);
    if (placement.isEmpty()) {
      return false;
    }
    for (Division d : Divisions.gbt2260().chain(placement.get().division())) {
      for (Division p : places) {
        if (d.code().equals(p.code())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Words of the present (目前, 如今, 至今), in both scripts: a figure after one is as of now, and a
   * year given before carries no further ({@link #periods}).
   */
  private static final String[] PRESENT = {"目前", "现在", "現在", "如今", "当前", "當前", "至今"};

  /**
   * Words before a figure that say it is as of now, not of the period the paragraph gave before:
   * the words of the {@link #PRESENT} and those that may also tell of the year's own doings (已有,
   * 现有, 在建), in both scripts.
   */
  private static final String[] NOW_WORDS = Stream.concat(Arrays.stream(PRESENT),
      Stream.of("现已", "現已", "现有", "現有", "已有", "已经", "已經", "在建")).toArray(String[]::new);

  /**
   * The period written for each mention: its own ({@link Mention#period()}), else, where its
   * sentence gives none, that of the last figure before it in its paragraph that has one, as
   * statistical prose gives the period once and then goes on sentence after sentence
   * (2017年1—5月完成工业投资34亿元。……电子信息产业实现产值142.6亿元: 2017年1—5月), or, before any,
   * the year the paragraph opens with ({@link #openingPeriod}: 【概况】2009年，…。全年实现…), or the
   * year a report's title opens with, or that an undated text opens with ({@code undated}), or that
   * a dated report's lead opens with, the year before the source's ({@link #leadYear}), or, from a
   * paragraph looking back on that year on ({@link #reviewedYearAt}: 回顾2023年，…) until one looks ahead
   * ({@link #looksAhead}: 2024年，…; 新的一年，…), that year, unless the
   * sentence says the figure is as of now ({@link #NOW_WORDS}: 已有落户企业300家; and where it says so
   * by a word of the present, {@link #PRESENT}, neither do the sentences after it) or states a goal
   * ({@link #isGoal}: 力争营收突破500亿元 has its own deadline), or the period ends after the
   * source's year {@code year} (到2025年… is a goal's, not the next sentence's); else null. A line
   * break ends a paragraph. Looks at the text once, and at each figure's sentence up to it.
   */
  private static String[] periods(String t, List<Mention> mentions, int[] starts, int[] sentences, Integer year,
      YearMonth writtenIn, String title, String undated) {
    String[] periods = new String[mentions.size()];
    String reported = reportYear(title);
    if (reported == null) {
      int line = t.indexOf('\n');
      reported = reportYear(t.substring(0, line < 0 ? Math.min(t.length(), REPORT_TITLE_LENGTH) : line));
    }
    if (reported == null) {
      reported = undated != null ? undated : leadYear(t, year); // 2024年，韶关高新区…: a report on its year
    }
    if (reported == null) {
      reported = titlePeriod(title, year, writtenIn); // 上半年清远高新区规上工业增加值同比增长7.7%: on the half-year
    }
    int reviewed = reviewedYearAt(t, year); // 回顾2023年，…: the paragraphs from there on look back on it
    int reviewOpens = reviewed < 0 ? -1 : Text.skipSpace(t, reviewed, t.length()) + REVIEW_WORD_LENGTH;
    String review = reviewed < 0 ? null : openingPeriod(t, reviewOpens, sentenceEnd(t, reviewOpens));
    String carried = null;
    int scanned = 0; // the text before this has been looked at for line breaks
    int paragraph = 0;
    for (int i = 0; i < periods.length; i++) {
      int start = starts[i];
      for (; scanned < start; scanned++) {
        if (t.charAt(scanned) == '\n') {
          carried = null; // a new paragraph
          paragraph = scanned + 1;
          if (review != null && paragraph > reviewed && looksAhead(t, paragraph, year)) {
            review = null; // 2024年，…: the look back ends where the text looks ahead
          }
        }
      }
      if (carried == null && (i == 0 || starts[i - 1] < paragraph)) {
        String opening = openingPeriod(t, paragraph, sentences[i]); // 【概况】2009年，…。全年实现…
        if (opening == null) {
          opening = reported; // 2020年潍坊高新区国民经济和社会发展统计公报
        }
        if (opening == null && review != null && paragraph >= reviewed) {
          opening = review;
        }
        Period p = opening == null ? null : Dates.calendar(opening, year);
        if (p != null && (year == null || p.end().getYear() <= year) && !isEventDate(opening, p)) {
          carried = opening;
        }
      }
      Optional<String> own = mentions.get(i).period();
      if (own.isPresent()) {
        periods[i] = own.get();
        Period p = Dates.calendar(own.get(), year);
        // a day with no word of "as of" dates an event (今年3月28日…更名), not the figures of later sentences
        carried = p != null && (year == null || p.end().getYear() <= year) && !isEventDay(own.get(), p) ? own.get() : null;
      } else if (carried != null) {
        String before = t.substring(sentences[i], start);
        if (containsAny(before, PRESENT)) {
          carried = null; // 2021年，…。目前，…。总投资55亿元的…: the text has come to the present
        } else if (!containsAny(before, NOW_WORDS) && !isGoal(before, year)) {
          periods[i] = carried;
        }
      }
    }
    return periods;
  }

  private static final int YEAR_DIGITS = 4;

  /** Words of a title that make its text a report of one year's figures: 统计公报, 年报, 年鉴. */
  private static final String[] REPORT_WORDS = {"公报", "公報", "年报", "年報", "年鉴", "年鑑"};

  /** The longest first line {@link #periods} reads as a report's title, in characters. */
  private static final int REPORT_TITLE_LENGTH = 60;

  /**
   * The year a report's title opens with (2020年潍坊高新区国民经济和社会发展统计公报: 2020年), which its
   * figures with no period of their own are for; null where the title is none or opens with none.
   */
  static String reportYear(String title) {
    if (title == null || title.length() > REPORT_TITLE_LENGTH || !containsAny(title, REPORT_WORDS)) {
      return null;
    }
    String s = title.strip();
    return s.length() > YEAR_DIGITS + 1 ? yearAt(s, 0) : null; // a name follows the year
  }

  /**
   * The period a news title opens with, where it is several months of a year ({@link
   * MetricExtractor#REPORTED_PERIODS}: 上半年清远高新区规上工业增加值同比增长7.7%: 上半年), which the
   * figures with no period of their own are for: read in the source's year ({@code year}), over by
   * the month it was written in ({@code writtenIn}); null where the title opens with none, with a
   * month or a day (3月15日…: an event's date), with a period not over (四季度… in January), or sets a
   * goal (上半年力争…).
   */
  static String titlePeriod(String title, Integer year, YearMonth writtenIn) {
    if (title == null || title.isBlank() || year == null || writtenIn == null) {
      return null;
    }
    String s = title.strip();
    int end = Dates.scan(s, 0, s.length(), s.length()).endOfPeriodAt(0);
    if (end <= 0 || isGoal(s, year)) {
      return null;
    }
    String period = s.substring(0, end);
    Period p = Dates.calendar(period, year);
    return p != null && !isEventDate(period, p) && p.end().isBefore(writtenIn.atEndOfMonth())
        && containsAny(period, MetricExtractor.REPORTED_PERIODS) ? period : null;
  }

  /** The year written at {@code k} of {@code t} as four digits and 年 (2020年), or null. */
  private static String yearAt(String t, int k) {
    if (k + YEAR_DIGITS >= t.length() || t.charAt(k + YEAR_DIGITS) != '年') {
      return null;
    }
    for (int d = k; d < k + YEAR_DIGITS; d++) {
      if (t.charAt(d) < '0' || t.charAt(d) > '9') {
        return null;
      }
    }
    return t.substring(k, k + YEAR_DIGITS + 1);
  }

  /**
   * Whether a paragraph's opening period {@code p}, written {@code text}, dates an event rather
   * than the figures after it: a month, or a day with no word of "as of" before it (2015年6月，常州市
   * 对部分行政区划进行了调整…设立常州经开区。地域面积181.3平方公里: the area is of now); not a year, a part
   * of one, its end (2020年底) or 截至2025年6月.
   */
  private static boolean isEventDate(String text, Period p) {
    return p.kind() == PeriodKind.MONTH || isEventDay(text, p);
  }

  /**
   * Whether {@code p}, written {@code text}, is a day with no word of "as of" before it (今年3月28日,
   * 2015年6月8日): the date of an event, not a time figures are counted at (截至2025年6月30日).
   */
  private static boolean isEventDay(String text, Period p) {
    return p.kind() == PeriodKind.AS_OF && (text.endsWith("日") || text.endsWith("号")) && !Words.startsWithAny(text, 0, text.length(), AS_OF);
  }

  /** Words that make a date the day figures are counted at: 截至2025年6月30日. */
  private static final String[] AS_OF = {"截至", "截止", "到", "至"};

  /**
   * The year an undated text opens with, as a report on that year does (2024年，韶关高新区在市委…的
   * 领导下，…): the period its first paragraph opens with ({@link #openingPeriod}), after a news item's
   * dateline if any ({@link #leadStart}: 央广网重庆10月21日消息(记者…)2021年1~3季度，…), where that lies
   * within one calendar year, is no day's date (1992年设立) and its sentence states no goal (2035年，
   * …力争); else null. It stands for the source's year, which the text's 今年 and 上半年 need, and for the period
   * of figures the text dates no other way.
   */
  private static Integer openingYear(String t) {
    int lead = Math.max(leadStart(t), 0);
    int end = sentenceEnd(t, lead);
    String opening = openingPeriod(t, lead, end);
    Period p = opening == null ? null : Dates.calendar(opening, null);
    if (p == null || isEventDate(opening, p) || p.start().getYear() != p.end().getYear()
        || isGoal(t.substring(lead, end), null)) {
      return null; // nor a goal's year: 2035年，苏州工业园区力争实现…
    }
    return p.start().getYear();
  }

  /**
   * Where goals are listed: from a goal noun and a colon (总体目标为：, 主要目标是：, 目标：) to the end
   * of its paragraph, or of the next where the colon ends its line (发展目标：\n1. …), as pairs of
   * positions in text order. The sentences after such a colon go on listing goals with no goal
   * word of their own (2017年，唐河“两区”建设总体目标为：…。特色商业区入住限额以上服务业企业达到100家…), until
   * one gives a period of its own or says it tells facts ({@link #FACT_WORDS}: 截至12月底，…实现营业收入
   * 120亿元), which {@link #read} finds. Looks at the text once.
   */
  private static int[] goalLists(String t) {
    List<Integer> bounds = new ArrayList<>();
    Matcher m = GOAL_LIST.matcher(t);
    int from = 0;
    while (from < t.length() && m.find(from)) {
      int open = Text.skipSpace(t, m.end(), t.length());
      int end = t.indexOf('\n', open);
      end = end < 0 ? t.length() : end;
      bounds.add(m.end());
      bounds.add(end);
      from = Math.max(end, m.end());
    }
    return bounds.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * A goal noun and a colon that opens a list of goals (总体目标为：, 目标是：, 目标：), or the year's
   * expected goals, which run on sentence after sentence with no colon (今年，开发区预期目标是地区生产总值实现
   * 1200亿元…。工业总产值完成4200亿元…).
   */
  private static final Pattern GOAL_LIST = Pattern.compile("目[标標](?:[为為是])?[：:]|预期目标[为是]|預期目標[為是]");

  /** Words that say a sentence tells facts, which ends a list of goals: 截至12月底, 已, 累计, 实际. */
  private static final String[] FACT_WORDS = {"截至", "截止", "已", "累计", "累計", "实际", "實際", "目前"};

  /**
   * The year a dated news report's lead opens with where that is the year before the source's year
   * {@code year} (本报讯 2021年,高新区通过…。 in February 2022), after a title line (a first line with
   * no stop) and its dateline (本报讯, 新乡网讯, 新华社…电), and its sentence states no goal: a report
   * looking back on last year, whose figures the text dates no other way are that year's, not of
   * the month of publication; else null (2019年，…获批… in a text of 2024 tells history). A part of a
   * year (上半年), a month or a day is none: a lead so dated tells of an event, and the figures after
   * it may be of any time.
   */
  private static String leadYear(String t, Integer year) {
    int k = year == null ? -1 : leadStart(t);
    if (k < 0) {
      return null;
    }
    int end = sentenceEnd(t, k);
    String opening = openingPeriod(t, k, end);
    Period p = opening == null ? null : Dates.calendar(opening, year);
    return p != null && p.kind() == PeriodKind.YEAR && p.end().getYear() == year - 1 && !isGoal(t.substring(k, end), year)
        ? opening : null;
  }

  /** Words that open a paragraph looking back on a year (回顾2023年，…), each two characters long. */
  private static final String[] REVIEW_WORDS = {"回顾", "回顧", "盘点", "盤點"};
  private static final int REVIEW_WORD_LENGTH = 2;
  /** Words that open a paragraph looking ahead, which ends a look back (新的一年，…; 展望2024年). */
  private static final String[] AHEAD_WORDS = {"新的一年", "展望", "今年", "下一步", "接下来", "接下來"};

  /**
   * Where the line opens whose paragraph first looks back on the year before the source's year
   * {@code year} ({@link #REVIEW_WORDS}, the year and a comma, after any indent: 回顾2023年，广安经开区…
   * 取得新突破 in February 2024) and states no goal: the figures of that paragraph and of the paragraphs
   * after it that the text dates no other way are that year's, as a work report's are (经济增长拼出新成效。
   * 地区生产总值增长8%), until a paragraph looks ahead ({@link #looksAhead}); -1 where none does. Only a
   * whole year: 回顾上半年 may be any half. Each line is looked at once.
   */
  private static int reviewedYearAt(String t, Integer year) {
    if (year == null) {
      return -1;
    }
    for (int k = 0; k < t.length(); ) {
      int line = t.indexOf('\n', k);
      int lineEnd = line < 0 ? t.length() : line;
      int open = Text.skipSpace(t, k, lineEnd);
      if (open + REVIEW_WORD_LENGTH < lineEnd && Arrays.asList(REVIEW_WORDS).contains(t.substring(open, open + REVIEW_WORD_LENGTH))) {
        int end = sentenceEnd(t, open);
        String opening = openingPeriod(t, open + REVIEW_WORD_LENGTH, end);
        Period p = opening == null ? null : Dates.calendar(opening, year);
        if (p != null && p.kind() == PeriodKind.YEAR && p.end().getYear() == year - 1 && !isGoal(t.substring(open, end), year)) {
          return k;
        }
      }
      if (line < 0) {
        break;
      }
      k = line + 1;
    }
    return -1;
  }

  /**
   * Whether the paragraph at {@code paragraph} looks ahead, after any indent: it opens with a word of
   * {@link #AHEAD_WORDS} or with the source's year {@code year} (2024年，…将…), which ends a look back on
   * the year before.
   */
  private static boolean looksAhead(String t, int paragraph, int year) {
    int line = t.indexOf('\n', paragraph);
    int open = Text.skipSpace(t, paragraph, line < 0 ? t.length() : line);
    for (String w : AHEAD_WORDS) {
      if (t.startsWith(w, open)) {
        return true;
      }
    }
    String own = year + "年";
    return t.startsWith(own, open);
  }

  /**
   * Where a news report's lead begins: after a first line with no stop in it that is a title
   * (高新区:立足新起点 踔厉踏征程), and after its dateline, which ends in 讯 (本报讯, 新乡网讯, 5月23日常州讯),
   * in 日电 or 社电 (新华社北京3月5日电) or in 日消息 (央广网重庆10月21日消息) within {@value #DATELINE} characters of the lead, before any comma
   * or stop, with the reporters in brackets after it (本报讯（记者 …）); -1 where there is no dateline.
   */
  private static int leadStart(String t) {
    int k = Text.skipSpace(t, 0, t.length());
    int line = t.indexOf('\n', k);
    if (line > k && line - k <= REPORT_TITLE_LENGTH && sentenceEnd(t, k) == line) {
      k = Text.skipSpace(t, line, t.length());
    }
    for (int i = k; i < t.length() && i - k < DATELINE; i++) {
      char c = t.charAt(i);
      if (i > k && ("讯訊".indexOf(c) >= 0 || "电電".indexOf(c) >= 0 && "日社".indexOf(t.charAt(i - 1)) >= 0
          || c == '息' && i > k + 1 && t.charAt(i - 1) == '消' && t.charAt(i - 2) == '日')) {
        int j = Text.skipSpace(t, i + 1, t.length());
        if (j < t.length() && (t.charAt(j) == '(' || t.charAt(j) == '（')) {
          int close = t.indexOf(t.charAt(j) == '(' ? ')' : '）', j);
          j = close < 0 || close - j > DATELINE ? j : Text.skipSpace(t, close + 1, t.length());
        }
        return j;
      }
      if (SENTENCE_ENDS.indexOf(c) >= 0 || "，,：:".indexOf(c) >= 0) {
        break;
      }
    }
    return -1;
  }

  /**
   * The period a paragraph opens with, before its first figure's sentence at {@code sentence}
   * (【概况】2009年，岳阳经济开发区…取得好成绩。全年实现地区生产总值…: 2009年; 截至2025年6月，…已形成…格局。
   * 园区入驻企业8417家: 截至2025年6月): a date expression and a comma, after a heading in brackets
   * and any space after it; else null.
   */
  private static String openingPeriod(String t, int paragraph, int sentence) {
    int k = paragraph;
    while (k < sentence && Character.isWhitespace(t.charAt(k))) {
      k++;
    }
    if (k < sentence && (t.charAt(k) == '【' || t.charAt(k) == '[')) {
      int close = t.indexOf(t.charAt(k) == '【' ? '】' : ']', k);
      k = close < 0 || close >= sentence ? sentence : close + 1;
      while (k < sentence && Character.isWhitespace(t.charAt(k))) {
        k++; // 【概况】 2020年，…: a yearbook's space after its heading
      }
    }
    if (k >= sentence) {
      return null;
    }
    int end = Dates.scan(t, k, sentence, sentence).endOfPeriodAt(k);
    int comma = end < 0 ? -1 : Text.skipSpace(t, end, sentence);
    return comma >= 0 && comma < sentence && "，,".indexOf(t.charAt(comma)) >= 0 ? t.substring(k, end) : null;
  }

  /**
   * Words that turn a sentence to another subject than the park an article is about: the
   * country, a province, a city, the world, a company (全国企业增长5%, 该公司营收); a prefecture
   * written as a place and 地区 does too ({@link #isPrefecture}).
   */
  private static final String[] ELSEWHERE = {
    "全国", "全國", "我国", "我國", "中国", "中國", "国内", "國內", "全球", "世界", "全省", "全市", "各地",
    "公司", "集团", "集團",
  };

  /**
   * Whether the sentence before the figure at {@code start}, {@code t[sentence, start)}, turns to
   * another subject ({@link #ELSEWHERE}); looks no further than that, so that a long text costs
   * each figure its sentence only.
   */
  private static boolean turnsElsewhere(String t, int sentence, int start) {
    if (isTotalOfAPlacesZones(t, sentence, start)) {
      return true;
    }
    for (int i = sentence; i < start; i++) {
      if (isPrefecture(t, sentence, i, start)) {
        return true;
      }
      for (String word : ELSEWHERE) {
        if (i + word.length() <= start && t.startsWith(word, i) && !ranks(t, sentence, i, i + word.length())
            && !inMediaName(t, i + word.length(), start) && !isListedCompanies(t, sentence, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code i} is the 公司 of 上市公司, listed companies: a kind of the park's firms
   * (500强和上市公司投资企业50多家), not a turn to one company.
   */
  private static boolean isListedCompanies(String t, int sentence, int i) {
    return i - 2 >= sentence && t.startsWith("上市公司", i - 2);
  }

  /** Words for the zones a count after a place counts: zones, not the parts of one (片区, 基地). */
  private static final String[] ZONES_COUNTED = {
    "高新区", "高新區", "经开区", "經開區", "开发区", "開發區", "园区", "園區", "工业园", "工業園", "产业园", "產業園",
    "综保区", "綜保區", "新区", "新區",
  };

  /** The most characters of the zones a count after a place counts: 国家级经济技术开发区, 国家高新技术产业开发区. */
  private static final int ZONES_COUNTED_REACH = 12;

  /** Words between a place and a count of its zones: 全省共有16家高新区. */
  private static final String[] HAVING = {"共有", "已有", "现有", "現有", "有", "共"};

  /**
   * Whether the figure at {@code start} is the total of a place's zones, counted right after the
   * place's name earlier in its clause (去年四川省4个国家高新区工业总产值将超过3500亿元; 全省16家高新区(不含…)
   * 共实现工业总产值): a number after 省, 市 or 国, 个, 家 or 所 and words ending in a zone's word, with no
   * comma or semicolon before the figure. Not the parts of a park (全区4个片区), nor after a comma (某区辖3个
   * 园区，实现营收…: the park's).
   */
  private static boolean isTotalOfAPlacesZones(String t, int sentence, int start) {
    int clause = start;
    while (clause > sentence && "，,；;".indexOf(t.charAt(clause - 1)) < 0) {
      clause--;
    }
    for (int i = clause + 1; i < start; i++) {
      if (!isNumeral(t.charAt(i)) || isNumeral(t.charAt(i - 1))) {
        continue;
      }
      int place = i;
      for (String word : HAVING) {
        if (place - word.length() > clause && t.startsWith(word, place - word.length())) {
          place -= word.length();
          break;
        }
      }
      if (place == clause || "省市国國".indexOf(t.charAt(place - 1)) < 0) {
        continue;
      }
      int j = i;
      while (j < start && isNumeral(t.charAt(j))) {
        j++;
      }
      if (j < start && "个個家所".indexOf(t.charAt(j)) >= 0) {
        for (int k = j + 2; k <= start && k - j - 1 <= ZONES_COUNTED_REACH && Character.isIdeographic(t.charAt(k - 1)); k++) {
          int end = k;
          if (Arrays.stream(ZONES_COUNTED).anyMatch(w -> t.startsWith(w, end - w.length()))) {
            return true; // 4个国家高新区工业总产值: the zones, then what they total
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code c} is a digit or a character of a Chinese numeral (二百三十个园区). */
  private static boolean isNumeral(char c) {
    return Text.digit(c) >= 0 || ChineseNumerals.isNumeral(c);
  }

  /**
   * Whether the figure at {@code start} counts what the park is ranked among, right after the place
   * of a rank (增速排名全省16个国家级开发区第三位, 位列全国169个国家高新区第35位): none of the park's figures,
   * whoever the sentence names.
   */
  private static boolean countsRankedAmong(String t, int sentence, int start) {
    int end = Text.skipSpaceBack(t, sentence, start);
    for (String word : ELSEWHERE) {
      int at = end - word.length();
      if (at >= sentence && t.startsWith(word, at) && ranks(t, sentence, at, end)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a prefecture written as a place and 地区 starts at {@code i}: 喀什地区, 阿克苏地区. */
  private static boolean isPrefecture(String t, int sentence, int i, int start) {
    if (!t.startsWith("地区", i) && !t.startsWith("地區", i) || i + 2 > start
        || t.startsWith("生产总值", i + 2) || t.startsWith("生產總值", i + 2)) {
      return false; // not 地区生产总值, a measure
    }
    for (int len = 2; len <= 4 && i - len >= sentence; len++) {
      if (Words.placeAt(t, i - len, i) == len) {
        return true;
      }
    }
    return false;
  }

  /** The last characters of a newspaper's or news site's name: 网, 报, 社. */
  private static final String MEDIA_ENDS = "网網报報社";

  /** The most characters {@link #inMediaName} looks through after a word for a medium's name to end. */
  private static final int MEDIA_NAME_REACH = 4;

  /**
   * Whether the word ending at {@code end} begins a medium's name in a dateline: the name ends in
   * 网, 报 or 社 within {@value #MEDIA_NAME_REACH} characters, before a date, punctuation or 讯
   * (中国江苏网5月23日常州讯: 中国 turns to no country).
   */
  private static boolean inMediaName(String t, int end, int limit) {
    for (int i = end; i < limit && i - end < MEDIA_NAME_REACH && Character.isIdeographic(t.charAt(i)); i++) {
      if (MEDIA_ENDS.indexOf(t.charAt(i)) >= 0) {
        return i + 1 == limit || !Character.isIdeographic(t.charAt(i + 1)) || "讯訊".indexOf(t.charAt(i + 1)) >= 0;
      }
    }
    return false;
  }

  /**
   * Words before a place that rank the park in it: 增幅排名全市第一, 位居全省前列, 均列全市第一; or its
   * firms on a list of the place's (入选全国民营200强企业4家).
   */
  private static final String[] RANKED_IN = {"排名", "排在", "位居", "位列", "居", "列", "入选", "入選", "入围", "入圍", "获评", "獲評"};

  /** How far after a place {@link #ranks} looks for a list of its largest firms (国内和世界500强). */
  private static final int TOP_LIST_REACH = 6;

  /** Characters after a place that rank the park in it: 全市第一, 全省前列, 全国首位. */
  private static final String RANKED_AS = "第前首";

  /**
   * Whether the place word {@code t[from, to)} ranks the park among others there (排名全市第一,
   * 全省前列) rather than turning to the place's own figures.
   */
  private static boolean ranks(String t, int sentence, int from, int to) {
    if (to < t.length() && RANKED_AS.indexOf(t.charAt(to)) >= 0) {
      return true;
    }
    // a list of the place's largest firms: 世界500强企业, 国内和世界500强, 全国百强
    for (int i = to; i < t.length() && i - to <= TOP_LIST_REACH && !Text.isClauseBreak(t.charAt(i)); i++) {
      if (t.charAt(i) == '强' || t.charAt(i) == '強') {
        char before = t.charAt(i - 1);
        if (Text.digit(before) >= 0 || "百千十".indexOf(before) >= 0) {
          return true;
        }
      }
    }
    for (String w : RANKED_IN) {
      if (from - w.length() >= sentence && t.startsWith(w, from - w.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where each of {@code spans} starts in {@code t}, in chars, from where it starts in code points
   * ({@code codePointStart}), as mentions and park names count: counted on from the one before,
   * and again from the start where one is out of order.
   */
  private static <T> int[] starts(String t, List<T> spans, ToIntFunction<T> codePointStart) {
    int[] starts = new int[spans.size()];
    int codePoints = 0;
    int chars = 0;
    for (int i = 0; i < starts.length; i++) {
      int start = codePointStart.applyAsInt(spans.get(i));
      if (start < codePoints) { // not in order: count again from the start
        codePoints = 0;
        chars = 0;
      }
      chars = t.offsetByCodePoints(chars, start - codePoints);
      codePoints = start;
      starts[i] = chars;
    }
    return starts;
  }

  /** Words of growth that name no indicator of their own: 同比增长 22%. */
  private static final Set<String> GROWTH_ALONE = Set.of("增长", "同比增长", "增长了", "增長", "同比增長", "增長了",
      "同比增速", "同比增幅"); // 产值达42.58亿元，同比增速8.2%

  /** The same, of several figures respectively: 同比分别增长 22%、31.5%. */
  private static final Set<String> GROWTH_RESPECTIVELY = Set.of("同比分别增长", "分别增长", "同比分別增長", "分別增長");

  /** Words of an increase that name no indicator of their own: 比上年增加120亿元. */
  private static final Set<String> INCREASE_ALONE = Set.of("增加", "增加了");

  /** Words right before a word of growth that make it another growth than on the year before: 年均增长, 环比增长. */
  private static final List<String> NOT_ON_THE_YEAR_BEFORE = List.of("年均", "平均", "环比", "環比", "累计", "累計", "复合", "複合");

  /** Bases that are the year before, or its same part (比上年, 较去年同期): a growth against any other is no 增速. */
  private static final Set<String> THE_YEAR_BEFORE = Set.of("上年", "去年", "上年同期", "去年同期", "同期", "上一年");

  /**
   * A sentence that opens with an industry's name (ending 产业, 产业集群 or 产业链), after an item's
   * number (一是) or a description ending 的, in its first clause.
   */
  private static final Pattern INDUSTRY_HEADING = Pattern.compile(
      "^(?:[一二三四五六七八九十]是|其中|同时)?[，,]?(?:[^，,。；;]*的)?(\\p{IsIdeographic}{2,12}?(?:产业集群|产业链|产业|產業集群|產業鏈|產業))"
          + "(?![\\p{IsIdeographic}&&[园園区區基开開示集]])");

  /**
   * The industry a sentence opens with as its subject, in its first clause (通訊產業受惠低軌衛星產業成長，…;
   * 一是以…为龙头的智能终端产业集群，…; 现代物流服务产业集聚了…): its name, or null. Not an industry's
   * park (产业园, 产业区, 产业基地), nor a sentence that opens otherwise.
   */
  private static String industryHeading(String t, int sentence) {
    int end = Math.min(sentenceEnd(t, sentence), sentence + HEADING_REACH);
    Matcher m = INDUSTRY_HEADING.matcher(t.substring(sentence, end));
    if (!m.find()) {
      return null;
    }
    String name = m.group(1);
    int park = Math.max(Math.max(name.lastIndexOf('区'), name.lastIndexOf('區')), Math.max(name.lastIndexOf('园'), name.lastIndexOf('園')));
    if (park >= 0) {
      name = name.substring(park + 1); // 苏州高新区电子信息产业: the park's industry, 电子信息产业
      if (name.length() < 4) {
        return null;
      }
    }
    for (String word : NOT_IN_HEADINGS) {
      if (name.contains(word)) {
        return null; // 五年来累计引进落位产业: a clause, no industry's name; 第二产业: a sector of the whole economy
      }
    }
    return name;
  }

  /**
   * For a sentence whose first clause says when and nothing else, the industry the sentence before
   * it in its paragraph opens with ({@link #industryHeading}: 卷烟及配套产业是玉溪高新区最具竞争力产业，
   * 拥有…。一季度，完成规上工业总产值225.7亿元: that industry's); else null.
   */
  private static String headingBefore(String t, int sentence) {
    if (sentence < 2 || !TIME_ALONE.matcher(t.substring(sentence, sentenceEnd(t, sentence))).lookingAt()
        || SENTENCE_ENDS.indexOf(t.charAt(sentence - 1)) < 0 || t.charAt(sentence - 1) == '\n') {
      return null;
    }
    return industryHeading(t, sentenceStart(t, sentence - 1));
  }

  /** A first clause of time words alone, with a word of the calendar: 一季度，, 2023年1-6月，, 上半年，; not 第一，. */
  private static final Pattern TIME_ALONE =
      Pattern.compile("[\\d一二三四五六七八九十上下半全今去前本第至—~\\-]*[年月日季][\\d一二三四五六七八九十上下半年月日季度份至—~\\-]*[，,]");

  /** Words no industry's name holds: of time, of reaching and bringing in, ordinals, wholes. */
  private static final String[] NOT_IN_HEADINGS = {
    "年", "月", "累计", "累計", "引进", "引進", "实现", "實現", "完成", "落位", "第一", "第二", "第三", "全区", "全區", "全市",
    "各", "从", "從", "高新技术产业", "高新技術產業",
  };

  /** How far into its sentence an industry heading is looked for, in characters. */
  private static final int HEADING_REACH = 60;

  /**
   * Whether the clause of the figure at {@code start} names nothing but its measure {@code word},
   * when and the verb that reached it (2019年形成产能520亿元, 营业额达, 全年吞吐量达): no subject of its
   * own, so that the industry its sentence opens with is its subject.
   */
  private static boolean clauseSaysNoMore(String t, int start, String word) {
    String before = t.substring(clauseStart(t, start), start);
    int at = before.lastIndexOf(word);
    if (at < 0) {
      return false;
    }
    String rest = before.substring(0, at) + before.substring(at + word.length());
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (Text.digit(c) < 0 && !Character.isWhitespace(c) && CLAUSE_FILLERS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** What may stand in a clause besides its measure and figure: time words and verbs of reaching. */
  private static final String CLAUSE_FILLERS = "年月份季度上下半全今去同期前实現现完成形累计計达達到为為约約僅仅共";

  /** {@code word} without the 项目 it may open with (项目总投资: the projects' 总投资, named by the count before it). */
  private static String withoutProjects(String word) {
    return word.startsWith("项目") || word.startsWith("項目") ? word.substring(2) : word;
  }

  /** Units that count projects, and firms (20家廠商): 项目26个, 项目75宗. */
  private static final Set<String> PROJECT_UNITS = Set.of("个", "個", "宗", "项", "項", "家");

  /** The last words of what a count of investors names: 签约项目, 投資案, 廠商. */
  private static final String[] INVESTORS = {"项目", "項目", "投资案", "投資案", "厂商", "廠商"};

  /**
   * Words of investment that, opening the clause after a count of projects, are those projects'
   * (签约项目5个，投资金额49亿元; 其中固投类项目15个，协议投资57亿元): the total investment's own words
   * and these. 项目 before them is the projects' again (入园项目22个，项目总投资40.53亿元).
   */
  private static final Set<String> INVESTMENT_WORDS = Set.of("投资金额", "投資金額", "投资额", "投資額", "合同投资额",
      "合同投資額", "协议投资", "協議投資", "协议总投资", "協議總投資", "协议投资额", "協議投資額", "引资额", "引資額",
      "到位资金", "到位資金");

  /** What may stand between a count of projects and the investment word after it: a comma or 、, then a verb. */
  private static final String PROJECTS_THEN = "，,、";

  /** The most characters of a verb between the investment word and its figure: 总投资达, 总投资超过. */
  private static final int INVESTMENT_VERB = 2;

  /**
   * The projects whose investment mention {@code i} states, where its word is the bare total
   * investment (总投资, 计划总投资, 投资总额, also after 项目: 项目总投资) or another word of investment
   * ({@link #INVESTMENT_WORDS}: 投资金额, 协议投资) opening the clause right after a count of projects,
   * or of investors (厂商, 投资案) counted in 家, named by their kind in the same sentence
   * (引进亿元以上项目26个，总投资160.5亿元: 引进亿元以上项目), or after the count's growth (新增储备项目1381个，
   * 同比增长31.7%，投资总额约5866亿元); else null. The investment is theirs, not the park's, as the
   * count's word says which projects.
   */
  private static Indicator projectsBefore(String t, List<Mention> mentions, int[] starts, int[] ends, int[] sentences,
      Indicator[] indicators, int i) {
    Mention m = mentions.get(i);
    int c = i - 1;
    if (c > 0 && sentences[c - 1] == sentences[i] && indicators[c - 1] != null && isChangeOf(mentions.get(c), indicators[c - 1])) {
      c--; // 储备项目1381个，同比增长31.7%，投资总额约5866亿元: the count's growth between
    }
    Mention count = mentions.get(c);
    Indicator projects = indicators[c];
    String word = m.indicator().orElse(null);
    if (word == null || sentences[c] != sentences[i] || projects == null
        || !PROJECT_UNITS.contains(count.metric().unit().name()) || Indicators.byCode(projects.code()).isPresent()) {
      return null;
    }
    String own = withoutProjects(word);
    if (!Indicators.TOTAL_INVESTMENT.equals(indicators[i]) && !INVESTMENT_WORDS.contains(own)
        && !Indicators.TOTAL_INVESTMENT.equals(Indicators.byName(own).orElse(null))) {
      return null;
    }
    String name = projects.chineseName();
    if (Arrays.stream(INVESTORS).noneMatch(name::endsWith) || name.length() <= 2) {
      return null;
    }
    String between = withoutNounAfter(t.substring(ends[i - 1], starts[i]).strip());
    if (between.isEmpty() || PROJECTS_THEN.indexOf(between.charAt(0)) < 0) {
      return null;
    }
    between = between.substring(1).strip();
    // the figure's own words (超, 近, 约) are its text: what is left is the word and a verb (达, 达到)
    return between.startsWith(word) && between.length() - word.length() <= INVESTMENT_VERB ? projects : null;
  }

  /**
   * {@code between}, the text after a count, without the words and noun of the projects it counts
   * written after it (集中开工复工8个项目，总投资9.9亿元: 项目; 9个“零耗地”项目,总投资: “零耗地”项目), so
   * that the clause after it opens where theirs would after 签约项目5个; else as it is.
   */
  private static String withoutNounAfter(String between) {
    for (int k = 0; k < between.length() && k <= Words.NOUN_AFTER_REACH; k++) {
      if (PROJECTS_THEN.indexOf(between.charAt(k)) >= 0) {
        String noun = between.substring(0, k);
        return noun.endsWith("项目") || noun.endsWith("項目") ? between.substring(k) : between;
      }
      if (Text.isClauseBreak(between.charAt(k)) && !Text.isQuoteMark(between.charAt(k))) {
        return between;
      }
    }
    return between;
  }

  /** Whether {@code word} is {@code before}'s word and a word of change after it (營業額年增 after 營業額). */
  private static boolean isChangeOfWord(String word, Mention before) {
    return before.indicator().map(base -> isChangeOf(word, base)).orElse(false);
  }

  /** Whether {@code word} is {@code base} and a word of change after it (新增储备项目同比增长). */
  private static boolean isChangeOf(String word, String base) {
    return word.length() > base.length() && word.startsWith(base) && Words.isChange(word.substring(base.length()));
  }

  /** Whether {@code m}'s word is {@code base}'s name and a word of change after it (新增储备项目同比增长). */
  private static boolean isChangeOf(Mention m, Indicator base) {
    return isChangeOf(m.indicator().orElse(""), base.chineseName());
  }

  /**
   * The indicator of each mention, or null where it has no word: its word read by {@link
   * Indicators#named}, with two rules for the words of growth and increase that statistical
   * prose writes after a figure instead of repeating its indicator:
   *
   * <ul>
   *   <li>a percentage after growth written alone (增长, 同比增长, or 增加: 增加7% is a growth too) is the growth of the indicator of
   *       the figure before it in the sentence (营业收入13977.46亿元，同比增长28.09%: 营业收入增速),
   *       passing over a figure of an increase written alone (生产总值1500亿元，比上年增加120亿元，
   *       增长8.7%: 生产总值增速), which is that indicator's change (生产总值变化 120亿元) where it
   *       is measured alike. Several percentages joined by 、 和 及 (同比增长22%、31.5%), or after
   *       分别 (同比分别增长22%、31.5%), pair in order with exactly as many figures running before
   *       them (收入717亿元、产值281亿元), or are left as written; so do those after a word of growth
   *       with 分别 among the connectives before it, and perhaps an adverb of degree
   *       ({@link #respectivelyBeforeChange}: 分别较去年同期增加7.4%及1.2%);
   *   <li>a percentage after an average yearly growth written alone (年均增长, 年均递增, 年均增速) is
   *       that of the figure before it in the sentence, named as written (工业总产值由78.8亿元增至
   *       147.58亿元、年均增长13.37%: 工业总产值年均增长), a custom indicator: no standard one holds a
   *       mean over years;
   *   <li>only a growth on the year before: not 年均, 环比 or 累计 growth, nor one against another
   *       base (比2019年增长20%), nor one over a change from one figure to another (从50亿元增长到
   *       100亿元，增长了100%): those are left as written.
   * </ul>
   *
   * A figure that is itself a ratio, a growth or a change has no growth here. Before those rules,
   * a bare measure in a clause that names nothing else is the measure of the industry its sentence
   * opens with ({@link #industryHeading}: 通訊產業受惠…，營業額達327.89億元: 通訊產業營業額), and the
   * total investment opening a clause after a count of projects named by their kind is theirs
   * ({@link #projectsBefore}: 新签约亿元以上项目32个，计划总投资224.9亿元), so that their growths are
   * theirs too.
   */
  private static Indicator[] indicators(String t, List<Mention> mentions, int[] starts, int[] sentences) {
    int n = mentions.size();
    Indicator[] indicators = new Indicator[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      indicators[i] = m.indicator().map(word -> Indicators.named(word, m.metric().dimension())).orElse(null);
      ends[i] = t.offsetByCodePoints(starts[i], m.end() - m.start());
    }
    for (int i = 1; i < n; i++) {
      String word = mentions.get(i).indicator().orElse(null);
      if (word != null && indicators[i] != null && sentences[i - 1] == sentences[i]
          && Words.isGroupCount(mentions.get(i - 1).text()) && Words.runsInto(t, ends[i - 1], starts[i], word)
          && (starts[i - 1] == 0 || t.charAt(starts[i - 1] - 1) != '等')) {
        // 五大主导产业产值: the five industries, as the text names them; not after a list that 等
        // ends (…等六大先进制造业: 先进制造业, what the list is of)
        indicators[i] = Indicators.named(mentions.get(i - 1).text() + word, mentions.get(i).metric().dimension());
      }
    }
    boolean[] paired = new boolean[n]; // given the measure of a list before 分别: named, whatever its own word
    for (int i = 0; i < n; i++) {
      i = respectively(t, mentions, starts, ends, sentences, indicators, paired, i);
    }
    String[] heads = new String[n];
    boolean[] carried = new boolean[n]; // a heading of the sentence before: only for what firms achieve
    boolean[] headed = new boolean[n]; // given the industry its sentence opens with
    for (int i = 0; i < n; i++) {
      boolean same = i > 0 && sentences[i - 1] == sentences[i];
      String own = same ? null : industryHeading(t, sentences[i]);
      heads[i] = same ? heads[i - 1] : own != null ? own : headingBefore(t, sentences[i]);
      carried[i] = same ? carried[i - 1] : own == null && heads[i] != null;
      String word = mentions.get(i).indicator().orElse(null);
      // 通訊產業受惠…，營業額達327.89億元: 通訊產業營業額 (a figure given a word by a list before it may have none of its own)
      if (heads[i] != null && indicators[i] != null && word != null && Words.isBareMeasure(word)
          && (!carried[i] || Words.isAchievedByFirms(word))
          && (clauseSaysNoMore(t, starts[i], word) || same && headed[i - 1] && isChangeOfWord(word, mentions.get(i - 1)))) {
        // …營業額達327.89億元，年增55.24%: the growth of that industry's 營業額 too
        indicators[i] = Indicators.named(heads[i] + word, mentions.get(i).metric().dimension());
        headed[i] = true;
      }
    }
    String[] added = new String[n]; // the word of adding each count has, its own or carried over a list
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      String adding = i == 0 ? null : addedBefore(t, mentions, starts, ends, sentences, i, added[i - 1]);
      if (adding != null && indicators[i] != null
          && indicators[i].equals(Indicators.named(m.indicator().orElseThrow(), m.metric().dimension()))) {
        // 新增高新技术企业12家，科技型中小企业31家，瞪羚企业3家: new ones too, however many
        indicators[i] = Indicators.named(adding + m.indicator().orElseThrow(), m.metric().dimension());
      }
      added[i] = adding != null ? adding : m.indicator().map(Words::addedIn).orElse("");
    }
    for (int i = 1; i < n; i++) {
      int j = addedBeforeTotal(t, mentions, starts, ends, sentences, indicators, i);
      if (j >= 0) { // 新增经营主体880家，同比增长21.7%，累计达到4618家: 经营主体, all of them so far
        String word = mentions.get(j).indicator().orElseThrow();
        indicators[i] = Indicators.named(word.substring(Words.addedIn(word).length()), mentions.get(i).metric().dimension());
      }
    }
    for (int i = 1; i < n; i++) {
      Indicator projects = projectsBefore(t, mentions, starts, ends, sentences, indicators, i);
      if (projects != null) { // 新签约亿元以上项目32个，计划总投资224.9亿元: those projects' investment
        Mention m = mentions.get(i);
        String word = m.indicator().orElseThrow();
        indicators[i] = Indicators.named(projects.chineseName() + withoutProjects(word), m.metric().dimension());
      }
    }
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = changeAlone(mentions, sentences, i);
    }
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      String word = words[i];
      if (INCREASE_ALONE.contains(word) && !isPercentage(m) && onTheYearBefore(t, starts[i], sentences[i], m)) {
        int base = baseBefore(words, indicators, t, sentences, starts, i);
        if (base >= 0 && indicators[base].dimension().equals(m.metric().dimension())) {
          indicators[i] = Indicators.changeOf(indicators[base]);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      String word = words[i];
      boolean alone = GROWTH_ALONE.contains(word) || INCREASE_ALONE.contains(word); // 增加7.4%: a growth
      boolean respectively = GROWTH_RESPECTIVELY.contains(word)
          || alone && isPercentage(m) && respectivelyBeforeChange(t, sentences[i], starts[i], word);
      if (!isPercentage(m) || !respectively && !alone) {
        continue;
      }
      int last = i; // the run of percentages joined by 、 和 及, with no word or the same
      while (last + 1 < n && sentences[last + 1] == sentences[i] && isPercentage(mentions.get(last + 1))
          && (words[last + 1].isEmpty() || words[last + 1].equals(word)) && joined(t, ends[last], starts[last + 1])) {
        last++;
      }
      int count = last - i + 1;
      if (onTheYearBefore(t, starts[i], sentences[i], m)) {
        List<Integer> bases = new ArrayList<>(); // the figures running before it that can grow, nearest first
        int clauses = -1; // with 分别, how many of them run back to a comma that ends a clause of its own
        for (int j = baseBefore(words, indicators, t, sentences, starts, i); j >= 0;
            j = j > 0 && sentences[j - 1] == sentences[i] && canGrow(indicators[j - 1])
                && (listed(t, ends[j - 1], starts[j]) || respectively && clauseOfItsOwn(t, ends[j - 1], starts[j], mentions.get(j)))
                ? j - 1 : -1) {
          bases.add(j);
          if (clauses < 0 && bases.size() == count && j > 0 && sentences[j - 1] == sentences[i]
              && !listed(t, ends[j - 1], starts[j])
              && !mentions.get(j - 1).metric().dimension().equals(mentions.get(j).metric().dimension())) {
            clauses = count; // the figure before them measures another kind of thing: 企业数100家
          }
        }
        if (respectively && bases.size() > count && clauses == count) {
          // 企业数100家，产值2839.05亿元，税收122.25亿元，同比分别增长27.9%和40.3%: the clauses nearest it
          bases = bases.subList(0, count);
        }
        if (count == 1 && !respectively && !bases.isEmpty()) {
          indicators[i] = Indicators.growthOf(indicators[bases.get(0)]);
        } else if (bases.size() == count && (count > 1 || respectively)) {
          for (int k = 0; k < count; k++) {
            indicators[i + k] = Indicators.growthOf(indicators[bases.get(count - 1 - k)]);
          }
        }
      }
      i = last;
    }
    for (int i = 0; i < n; i++) {
      i = sharesRespectively(t, mentions, starts, ends, sentences, indicators, i);
    }
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      String average = isPercentage(m) ? averageGrowth(t, starts[i], sentences[i], words[i]) : null;
      if (average != null) {
        int base = baseOfAverage(words, indicators, sentences, i);
        if (base >= 0) { // 工业总产值由78.8亿元增至147.58亿元、年均增长13.37%: 工业总产值年均增长
          indicators[i] = Indicators.named(mentions.get(base).indicator().orElseThrow() + average, m.metric().dimension());
          continue;
        }
      }
      if (Words.isChange(words[i]) && indicators[i] != null && !Indicators.isDerived(indicators[i])
          && !namesWhatChanges(m, words[i]) && !paired[i]) {
        indicators[i] = null; // 成長 29.5%: a change of nothing named
      } else if (isPercentage(m) && indicators[i] != null && !Indicators.isDerived(indicators[i])
          && !sharesOfAGoal(t, sentences[i], starts[i]) && m.indicator().flatMap(Indicators::byName)
              .filter(named -> !Indicators.isDerived(named) && !named.accepts(Dimension.RATIO)).isPresent()) {
        indicators[i] = null; // 营收和税收均实现了同比超过15%: not 税收 of 15%, nor a share or growth the rules found
      }
    }
    return indicators;
  }

  /**
   * Whether the extractor's word of {@code m} names what falls before the fall written alone,
   * {@code alone} (a word of {@link ChangeWords#DECREASES}): 工业投资6.8亿元，同比下降18.6% is
   * 工业投资同比下降, the growth of 工业投资 ({@link Indicators#named}), where no rule above made it a
   * growth already; 成長 29.5% names nothing.
   */
  private static boolean namesWhatChanges(Mention m, String alone) {
    String word = m.indicator().orElse("");
    return word.length() > alone.length() && word.endsWith(alone) && ChangeWords.DECREASES.stream().anyMatch(alone::endsWith);
  }

  /** What makes a growth an average yearly one when written right before its word: 年均增长, 年平均增长. */
  private static final List<String> AVERAGE = List.of("年平均", "年均");

  /**
   * The words of an average yearly growth written alone before the figure at {@code start}, as
   * the text writes them (年均增长 13.37%, 年均递增 36%, 年均增速): {@code word}, a growth's word, with
   * 年均 right before it; else null.
   */
  private static String averageGrowth(String t, int start, int sentence, String word) {
    if (!ChangeWords.GROWTHS.contains(word)) {
      return null;
    }
    int at = t.lastIndexOf(word, start);
    for (String a : AVERAGE) {
      if (at - a.length() >= sentence && t.startsWith(a, at - a.length())) {
        return a + word;
      }
    }
    return null;
  }

  /**
   * The word of adding (新增, 新引进), {@code added}, of the count before mention {@code i}, its own or
   * carried to it, where mention {@code i} is a count too and
   * {@code i}'s clause right after it holds only its noun and figure, with no word of adding or
   * verb of its own ({@link Words#opensWithVerb}: 引进项目) (新增高新技术企业12家，科技型中小企业31家: the new
   * firms of both kinds); else null.
   */
  private static String addedBefore(String t, List<Mention> mentions, int[] starts, int[] ends, int[] sentences, int i,
      String added) {
    Mention m = mentions.get(i);
    Mention before = mentions.get(i - 1);
    if (sentences[i - 1] != sentences[i] || !m.metric().dimension().isCount() || !before.metric().dimension().isCount()
        || m.indicator().isEmpty() || before.indicator().isEmpty()) {
      return null;
    }
    String word = m.indicator().get();
    int from = Text.skipSpace(t, ends[i - 1], starts[i]);
    if (added.isEmpty() || !Words.addedIn(word).isEmpty() || Words.opensWithVerb(word) || from >= starts[i]
        || "，,、".indexOf(t.charAt(from)) < 0) {
      return null;
    }
    int at = Text.skipSpace(t, from + 1, starts[i]);
    return at + word.length() == Text.skipSpaceBack(t, at, starts[i]) && t.startsWith(word, at) ? added : null;
  }

  /**
   * The figure right before mention {@code i} in its sentence whose measure an average yearly
   * growth written alone after it names (从74.02亿元增至115.35亿元、年均增长9.28%: the last figure,
   * that of the later year), passing over figures of a change; -1 where it is a share, a growth or
   * another change, or has no word.
   */
  private static int baseOfAverage(String[] words, Indicator[] indicators, int[] sentences, int i) {
    for (int j = i - 1; j >= 0 && sentences[j] == sentences[i]; j--) {
      if (Words.isChange(words[j])) {
        continue;
      }
      return indicators[j] != null && canGrow(indicators[j]) && !words[j].isEmpty() ? j : -1;
    }
    return -1;
  }

  /** 分别 in both scripts. */
  private static final List<String> RESPECTIVELY = List.of("分别", "分別");

  /** Words of being between 分别 and the figures it pairs: 分别达1014.51亿元. */
  private static final List<String> BEING = List.of("达到", "達到", "为", "為", "是", "达", "達", "实现", "實現", "完成");

  /** The longest measure a list of them holds, in characters. */
  private static final int LONGEST_MEASURE = 10;

  /**
   * Figures after 分别 and a word of being, or after 从…的 or 到…的 ({@link #fromOrToBefore}), joined by
   * 、 和 及 (分别达1014.51亿元、1001.2亿元), take in
   * order the standard indicators of a list of exactly as many measures before them in the sentence
   * (工业总产值、主营业务收入双双突破1000亿元，分别达…: 工业总产值, then 营业收入), where the
   * extractor gave them all the last measure's. Each measure of the list must be a standard
   * indicator's name that accepts its figure (the first may have words before it, the last words
   * after it: 小蓝经开区工业总产值, 主营业务收入双双突破); else nothing changes. Percentages after
   * 分别 and a word of growth (分别同比增长14.2%、8%) take the growths of the measures listed right
   * before 分别, each as written, the first after the last clause break (工业开票销售、一般公共预算收入:
   * 工业开票销售同比增长, 一般公共预算收入同比增长), each in Chinese characters only. Returns the last
   * figure of the run that starts at {@code i}, or {@code i}.
   */
  private static int respectively(String t, List<Mention> mentions, int[] starts, int[] ends, int[] sentences,
      Indicator[] indicators, boolean[] paired, int i) {
    String change = changeAfterRespectively(t, sentences[i], starts[i]);
    int at = respectivelyBefore(t, sentences[i], starts[i] - change.length());
    if (at < 0 && change.isEmpty()) {
      at = fromOrToBefore(t, sentences[i], starts[i]);
    }
    if (at < 0) {
      return i;
    }
    int last = i;
    while (last + 1 < mentions.size() && sentences[last + 1] == sentences[i] && joined(t, ends[last], starts[last + 1])) {
      last++;
    }
    int count = last - i + 1;
    if (count < 2) {
      return i;
    }
    String[] parts = t.substring(sentences[i], at).split("、", -1);
    if (parts.length == count - 1) { // 中成药和电力电缆分别增长17.9%和10.6%: the last two joined by 和
      String[] joinedLast = parts[parts.length - 1].split("[和及与與]", -1);
      if (joinedLast.length == 2) {
        String[] more = Arrays.copyOf(parts, count);
        more[count - 2] = joinedLast[0];
        more[count - 1] = joinedLast[1];
        parts = more;
      }
    }
    if (parts.length < count) {
      return last;
    }
    Indicator[] listed = new Indicator[count];
    for (int k = 0; k < count; k++) {
      String part = parts[parts.length - count + k];
      Mention m = mentions.get(i + k);
      if (change.isEmpty()) {
        listed[k] = k == 0 ? measureEnding(part, m) : k == count - 1 ? measureBeginning(part, m) : measure(part, m);
      } else { // 工业开票销售、一般公共预算收入分别同比增长14.2%、8%: each one's growth, named as written
        String word = k == 0 ? Words.afterPark(clauseTail(part)) : part;
        listed[k] = isListedWord(word) ? Indicators.named(word + change, m.metric().dimension()) : null;
      }
      if (listed[k] == null) {
        return last;
      }
    }
    for (int k = 0; k < count; k++) {
      if (indicators[i + k] == null || !indicators[i + k].code().equals(listed[k].code())) {
        indicators[i + k] = listed[k]; // the extractor's own word, narrower, where it names the same
      }
      paired[i + k] = true;
    }
    return last;
  }

  /**
   * Words of growth written between 分别 and the figures it pairs, after the connectives of the
   * year before, if any ({@link ChangeWords#CONNECTIVES}: 分别同比增长14.2%、8%, 分别同上年增长48%、20%).
   */
  private static final List<String> GROWTH_AFTER_RESPECTIVELY = List.of("增长", "增長",
      "下降"); // 饲料、商品混凝土分别下降10.4%、24.3%: each one's fall

  /**
   * The word of growth, with the connectives before it, that {@code t[sentence, start)} ends with
   * after 分别 (同比增长, 同上年增长, 比上年同期增长, 增长), or "".
   */
  private static String changeAfterRespectively(String t, int sentence, int start) {
    for (String w : GROWTH_AFTER_RESPECTIVELY) {
      int at = start - w.length();
      if (at < sentence || !t.startsWith(w, at)) {
        continue;
      }
      for (int k = at; k >= sentence && at - k <= ChangeWords.MAX_CONNECTIVES; k--) {
        if (k < at && !ChangeWords.isConnective(t.charAt(k))) {
          break;
        }
        if (respectivelyBefore(t, sentence, k) >= 0) {
          return t.substring(k, start); // 同上年增长: the connectives between 分别 and the word too
        }
      }
    }
    return "";
  }

  /** {@code part} after its last clause break: 工业开票销售 of …园区综合实力上升；工业开票销售. */
  private static String clauseTail(String part) {
    int k = part.length();
    while (k > 0 && !Text.isClauseBreak(part.charAt(k - 1))) {
      k--;
    }
    return part.substring(k);
  }

  /** Whether {@code word}, one of a list before 分别, is a measure's name as written: Chinese characters only, not too many. */
  private static boolean isListedWord(String word) {
    if (word.length() < 2 || word.length() > LONGEST_MEASURE) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isIdeographic(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the figure {@code i}, or the first of the figures joined by 、 it ends, is where a
   * change starts, after 从 or 由, a time and 的 (从建区时的0.1亿元、4594万元): its period is that
   * time, which the reader may not know, and never the month the source was published.
   */
  private static boolean startsAChange(String t, List<Mention> mentions, int[] starts, int[] sentences, int i) {
    int first = i;
    while (first > 0 && sentences[first - 1] == sentences[i]
        && joined(t, t.offsetByCodePoints(starts[first - 1], mentions.get(first - 1).end() - mentions.get(first - 1).start()),
            starts[first])) {
      first--;
    }
    int start = starts[first];
    int at = fromOrToBefore(t, sentences[i], start);
    return at >= 0 && Dates.CHANGE_FROM.indexOf(t.charAt(at)) >= 0 && start - at <= FROM_TO_SPAN + 2;
  }

  /** The most characters of a time between 从 or 到 and 的 before a list of figures: 建区时, 2021年. */
  private static final int FROM_TO_SPAN = 8;

  /**
   * Where the 从 begins that ends a list of measures, when {@code t[sentence, start)} ends with 从,
   * a time and 的 right after that list (GDP、规上工业总产值、财政收入从建区时的0.1亿元、4594万元、30.1万元),
   * or with 到, a time and 的 in a later clause of it (，到2021年的436.7亿元、1042.6亿元、60.07亿元): the
   * figures after it pair in order with the measures as after 分别; else -1.
   */
  private static int fromOrToBefore(String t, int sentence, int start) {
    if (start - 1 <= sentence || t.charAt(start - 1) != '的') {
      return -1;
    }
    for (int k = start - 2; k >= Math.max(sentence, start - 2 - FROM_TO_SPAN); k--) {
      char c = t.charAt(k);
      if (Text.isClauseBreak(c)) {
        return -1;
      }
      if (c == '从' || c == '從' || c == '由') {
        return k > sentence && Character.isIdeographic(t.charAt(k - 1)) ? k : -1;
      }
      if (c == '到') {
        int from = Math.max(t.lastIndexOf('从', k), Math.max(t.lastIndexOf('從', k), t.lastIndexOf('由', k)));
        return from > sentence && from < clauseStart(t, k) && fromOrToBefore(t, sentence, t.indexOf('的', from) + 1) == from
            ? from : -1;
      }
    }
    return -1;
  }

  /** The words of a total so far that open a clause before its figure: 累计达到4618家. */
  private static final List<String> TOTAL_SO_FAR = List.of("累计达到", "累计达", "累计", "累計達到", "累計達", "累計");

  /**
   * The figure of things added (新增经营主体880家) that mention {@code i}, a figure with no word of its
   * own opening its clause after 累计 (累计达到4618家), totals: the nearest before it in the sentence
   * in the same dimension whose word opens with a word of adding ({@link Words#addedIn}); -1 where
   * none is.
   */
  private static int addedBeforeTotal(String t, List<Mention> mentions, int[] starts, int[] ends, int[] sentences,
      Indicator[] indicators, int i) {
    if (indicators[i] != null || mentions.get(i).indicator().isPresent() || sentences[i - 1] != sentences[i]) {
      return -1;
    }
    String between = t.substring(ends[i - 1], starts[i]).strip();
    if (between.isEmpty() || !Text.isClauseBreak(between.charAt(0)) || !TOTAL_SO_FAR.contains(between.substring(1).strip())) {
      return -1;
    }
    for (int j = i - 1; j >= 0 && sentences[j] == sentences[i]; j--) {
      String word = mentions.get(j).indicator().orElse("");
      if (!Words.addedIn(word).isEmpty()
          && mentions.get(j).metric().dimension().equals(mentions.get(i).metric().dimension())) {
        return j;
      }
    }
    return -1;
  }

  /** 分别 and 占 together, in both scripts: the shares of as many figures before, in order. */
  private static final List<String> SHARES_RESPECTIVELY = RESPECTIVELY.stream()
      .flatMap(r -> Stream.of(r + "占", r + "佔")).toList();

  /**
   * Gives the percentages from mention {@code i}, where 分别占 stands between the figure before and
   * it (工业产值达20.99亿元，工业增加值达5.4亿元，税收2777.27万元，分别占总比重的88%、88%和80%), joined by 、 和
   * 及, the shares of exactly as many figures running right before them in the sentence, in order
   * (工业产值占比, 工业增加值占比, 税收占比); the last of the run, or {@code i} where none is so.
   */
  private static int sharesRespectively(String t, List<Mention> mentions, int[] starts, int[] ends, int[] sentences,
      Indicator[] indicators, int i) {
    if (!isPercentage(mentions.get(i))) {
      return i;
    }
    int from = i > 0 && sentences[i - 1] == sentences[i] ? ends[i - 1] : sentences[i];
    String between = t.substring(from, starts[i]);
    if (SHARES_RESPECTIVELY.stream().noneMatch(between::contains)) {
      return i;
    }
    int last = i;
    while (last + 1 < mentions.size() && sentences[last + 1] == sentences[i] && isPercentage(mentions.get(last + 1))
        && joined(t, ends[last], starts[last + 1])) {
      last++;
    }
    int count = last - i + 1;
    int first = i - count;
    if (first < 0 || sentences[first] != sentences[i] || first > 0 && sentences[first - 1] == sentences[i]
        && !isPercentage(mentions.get(first - 1)) && indicators[first - 1] != null
        && mentions.get(first - 1).metric().dimension().equals(mentions.get(first).metric().dimension())) {
      return last; // not exactly as many figures before them: left as the extractor reads them
    }
    for (int k = 0; k < count; k++) {
      Indicator whole = indicators[first + k];
      if (whole == null || isPercentage(mentions.get(first + k)) || Indicators.isDerived(whole)) {
        return last;
      }
    }
    for (int k = 0; k < count; k++) {
      indicators[i + k] = Indicators.named(indicators[first + k].chineseName() + "占比", Dimension.RATIO);
    }
    return last;
  }

  /** How far before a word of growth {@link #respectivelyBeforeChange} looks for 分别 among the connectives, in characters. */
  private static final int RESPECTIVELY_REACH = 10;

  /**
   * Whether the word of growth {@code word} written alone right before the figure at {@code start}
   * follows 分别 among the connectives of the year before, perhaps with an adverb of degree between
   * (分别较去年同期增加7.4%及1.2%, 分别较去年同期大幅增长42%及45%): as 分别增长, the growths of as many
   * figures before.
   */
  private static boolean respectivelyBeforeChange(String t, int sentence, int start, String word) {
    int k = start;
    while (k > sentence && Character.isWhitespace(t.charAt(k - 1))) {
      k--;
    }
    if (k - word.length() < sentence || !t.startsWith(word, k - word.length())) {
      return false;
    }
    k = Words.beforeDegree(t, sentence, k - word.length());
    int floor = Math.max(sentence, k - RESPECTIVELY_REACH);
    int from = k;
    while (from > floor && ChangeWords.isConnective(t.charAt(from - 1))) {
      from--;
    }
    String connectives = t.substring(from, k);
    return RESPECTIVELY.stream().anyMatch(connectives::contains);
  }

  /**
   * For each mention of a list after 分别 whose figures are each of one of the years listed before
   * it, that year (2019年、2020年分别实现营业收入100亿元、120亿元; 2016年至2018年，分别完成工业开票销售506亿元、
   * 639.4亿元、785亿元: one year a figure, in order); null for every other mention. The figures are
   * of one dimension, joined by 、 和 及 or 与, as many as the years; the years are listed with the
   * same marks or written as a span of whole years (至, 到, -), and only one subject (no list, count or
   * numeral: not 三个园区分别…), up to {@value #SUBJECT_REACH} characters, and a comma stand between them
   * and 分别, which stands in the figures' clause.
   */
  private static String[] yearsRespectively(String t, List<Mention> mentions, int[] starts, int[] sentences) {
    int n = mentions.size();
    String[] years = new String[n];
    for (int i = 0; i < n; i++) {
      int last = i;
      while (last + 1 < n && sentences[last + 1] == sentences[i]
          && joined(t, t.offsetByCodePoints(starts[last], mentions.get(last).end() - mentions.get(last).start()), starts[last + 1])
          && mentions.get(last + 1).metric().dimension().equals(mentions.get(i).metric().dimension())) {
        last++;
      }
      if (last > i) {
        List<Integer> listed = yearsBeforeRespectively(t, sentences[i], starts[i]);
        if (listed != null && listed.size() == last - i + 1) {
          for (int k = i; k <= last; k++) {
            years[k] = listed.get(k - i) + "年";
          }
        }
      }
      i = last;
    }
    return years;
  }

  /** The most characters of the subject between the years and 分别 (苏州工业园区). */
  private static final int SUBJECT_REACH = 12;

  /** The most years a span before 分别 may hold (2016年至2018年: three). */
  private static final int MOST_YEARS_RESPECTIVELY = 10;

  /**
   * The years listed before the 分别 in the clause of {@code t[sentence, first)}, in order, as {@link
   * #yearsRespectively} reads them; null where none are so listed.
   */
  private static List<Integer> yearsBeforeRespectively(String t, int sentence, int first) {
    int at = -1;
    for (String r : RESPECTIVELY) {
      at = Math.max(at, first - r.length() < sentence ? -1 : t.lastIndexOf(r, first - r.length()));
    }
    if (at < sentence) {
      return null;
    }
    for (int k = at; k < first; k++) {
      if (Text.isClauseBreak(t.charAt(k))) {
        return null; // 分别 of another clause
      }
    }
    int k = at;
    boolean comma = false;
    while (k > sentence && t.charAt(k - 1) != '年') {
      char c = t.charAt(k - 1);
      if ((c == '，' || c == ',') && !comma) {
        comma = true;
      } else if (!Character.isIdeographic(c) || isNumeral(c) || "、和及与與个個家".indexOf(c) >= 0 || at - k >= SUBJECT_REACH) {
        return null; // a figure, a list or a count of subjects between (三个园区分别…): not one subject's years
      }
      k--;
    }
    List<Integer> years = new ArrayList<>();
    boolean span = false;
    int j = k;
    while (true) {
      int year = j - 1 > sentence && t.charAt(j - 1) == '年' ? fourDigitsEndingAt(t, sentence, j - 1) : -1;
      if (year < 0) {
        break;
      }
      years.add(0, year);
      j -= 5;
      if (j > sentence && "、和及与與".indexOf(t.charAt(j - 1)) >= 0) {
        j--;
      } else if (j > sentence && Text.RANGE_MARKS.indexOf(t.charAt(j - 1)) >= 0 && years.size() == 1) {
        span = true;
        j--;
        int from = fourDigitsEndingAt(t, sentence, j); // 2016-2018年: the first year without its 年
        if (from >= 0) {
          years.add(0, from);
          j -= 4;
          break;
        }
      } else {
        break;
      }
    }
    if (j > sentence && Text.digit(t.charAt(j - 1)) >= 0 || years.isEmpty()) {
      return null;
    }
    if (span) {
      if (years.size() != 2 || years.get(1) <= years.get(0) || years.get(1) - years.get(0) >= MOST_YEARS_RESPECTIVELY) {
        return null;
      }
      List<Integer> all = new ArrayList<>();
      for (int y = years.get(0); y <= years.get(1); y++) {
        all.add(y);
      }
      return all;
    }
    return years.size() >= 2 ? years : null;
  }

  /** The year written in the four digits ending at {@code end}, not before {@code floor}; -1 if none. */
  private static int fourDigitsEndingAt(String t, int floor, int end) {
    if (end - 4 < floor) {
      return -1;
    }
    int year = 0;
    for (int k = end - 4; k < end; k++) {
      int d = Text.digit(t.charAt(k));
      if (d < 0) {
        return -1;
      }
      year = year * 10 + d;
    }
    return end - 5 >= floor && Text.digit(t.charAt(end - 5)) >= 0 ? -1 : year;
  }

  /** Where 分别 begins when {@code t[sentence, start)} ends with it and perhaps a word of being; else -1. */
  private static int respectivelyBefore(String t, int sentence, int start) {
    int end = start;
    for (String w : BEING) {
      if (end - w.length() >= sentence && t.startsWith(w, end - w.length())) {
        end -= w.length();
        break;
      }
    }
    for (String w : RESPECTIVELY) {
      if (end - w.length() >= sentence && t.startsWith(w, end - w.length())) {
        return end - w.length();
      }
    }
    return -1;
  }

  /** The standard indicator {@code word} names for {@code m}'s figure, or null. */
  private static Indicator measure(String word, Mention m) {
    return Indicators.byName(word).filter(x -> !Indicators.isDerived(x) && x.accepts(m.metric().dimension())).orElse(null);
  }

  /** The longest standard measure {@code part} ends with, for {@code m}'s figure, or null. */
  private static Indicator measureEnding(String part, Mention m) {
    for (int k = Math.max(0, part.length() - LONGEST_MEASURE); k < part.length() - 1; k++) {
      Indicator found = measure(part.substring(k), m);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The longest standard measure {@code part} begins with, for {@code m}'s figure, or null. */
  private static Indicator measureBeginning(String part, Mention m) {
    for (int k = Math.min(part.length(), LONGEST_MEASURE); k > 1; k--) {
      Indicator found = measure(part.substring(0, k), m);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The word of mention {@code i} as {@link #indicators} reads it: its indicator word, but a change
   * the extractor wrote with the word of the figure before it in the sentence (营业收入13977.46亿元，
   * 同比增长28.09%: 营业收入同比增长) as the change written alone (同比增长), the connectives of the
   * year before dropped (比上年增长: 增长; its base says which year), so that the rules of a growth
   * written alone read it; "" where it has none.
   */
  private static String changeAlone(List<Mention> mentions, int[] sentences, int i) {
    String word = mentions.get(i).indicator().orElse("");
    if (i == 0 || sentences[i - 1] != sentences[i] || !Words.endsWithChange(word)) {
      return word;
    }
    String before = mentions.get(i - 1).indicator().orElse("");
    if (before.isEmpty() || word.length() <= before.length() || !word.startsWith(before)) {
      return word;
    }
    String alone = word.substring(before.length());
    if (alone.startsWith("同比")) {
      return alone; // 同比增长, 同比分别增长: as the extractor writes them alone
    }
    int k = 0;
    while (k < alone.length() - 1 && ChangeWords.isConnective(alone.charAt(k))) {
      k++;
    }
    String rest = alone.substring(k);
    return Words.isChange(rest) ? rest : alone;
  }

  /**
   * The figure before mention {@code i} in its sentence whose indicator a growth or increase
   * written after it measures: the nearest, passing over figures of a change written alone
   * (增加120亿元); -1 where that one cannot grow or ends a change from one figure to another.
   */
  private static int baseBefore(String[] words, Indicator[] indicators, String t, int[] sentences, int[] starts,
      int i) {
    for (int j = i - 1; j >= 0 && sentences[j] == sentences[i]; j--) {
      if (Words.isChange(words[j]) || indicators[j] == null && sharesOfAGoal(t, sentences[j], starts[j])) {
        continue; // 实际利用省外资金47.24亿元,完成全年目标的100.49%,同比增长3.51%: the money's growth
      }
      return canGrow(indicators[j]) && !endsAChange(t.substring(sentences[j], starts[j])) ? j : -1;
    }
    return -1;
  }

  /**
   * Whether the figure at {@code start} is the share of a goal met, its clause ending so ({@link
   * #isMet}: 完成全年目标的, 完成年度目标任务的, 完成全年任务的, 完成年度计划的, 完成预算的; not 确保完成全年目标的):
   * a figure between a measure and its growth that measures no other thing.
   */
  private static boolean sharesOfAGoal(String t, int sentence, int start) {
    int from = start;
    while (from > sentence && from > start - GOAL_SHARE_REACH && !Text.isClauseBreak(t.charAt(from - 1))) {
      from--;
    }
    String clause = t.substring(from, Text.skipSpaceBack(t, from, start));
    for (String noun : GOALS) {
      for (String end : new String[] {noun + "的", noun + TASK + "的"}) {
        if (clause.endsWith(end) && isMet(clause, clause.length() - end.length() + noun.length(), true)) {
          return true;
        }
      }
    }
    return false;
  }

  /** What a share of a goal met is of, in both scripts: each two characters ({@link #isMet} reads them so). */
  private static final String[] GOALS = {"目标", "目標", "任务", "任務", "计划", "計劃", "预算", "預算"};

  /** How far back {@link #sharesOfAGoal} reads a figure's clause. */
  private static final int GOAL_SHARE_REACH = 16;

  /**
   * Whether the growth or increase word of {@code m}, whose figure starts at {@code start}, is
   * on the year before: its base is that year or none (同比 names none), and no 年均, 环比 … is
   * written right before the word.
   */
  private static boolean onTheYearBefore(String t, int start, int sentence, Mention m) {
    if (m.base().isPresent() && !THE_YEAR_BEFORE.contains(m.base().get())) {
      return false;
    }
    String word = m.indicator().orElse("");
    int at = t.lastIndexOf(word, start);
    if (at < sentence) {
      return true;
    }
    String before = t.substring(Math.max(sentence, at - 2), at);
    return NOT_ON_THE_YEAR_BEFORE.stream().noneMatch(before::endsWith);
  }

  /**
   * Whether {@code t[from, to)} joins two items of one list, each with its own words: one 、 or
   * none, and no other break of the clause (营业收入717亿元、产值281亿元).
   */
  private static boolean listed(String t, int from, int to) {
    int commas = 0;
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (c == '、') {
        commas++;
      } else if (Text.isClauseBreak(c)) {
        return false;
      }
    }
    return commas <= 1;
  }

  /**
   * Whether {@code t[from, to)}, between one figure and the next, {@code m}, is a comma and the
   * words of {@code m} alone, or after 其中 or a verb of achieving (税收122.25亿元, 其中区级财政收入4.17亿元,
   * 完成地方财政收入15.6亿元): the next item of a list written as clauses, one figure each.
   */
  private static boolean clauseOfItsOwn(String t, int from, int to, Mention m) {
    int at = Text.skipSpace(t, from, to);
    if (at >= to || t.charAt(at) != '，' && t.charAt(at) != ',' || m.indicator().isEmpty()) {
      return false;
    }
    int begin = Text.skipSpace(t, at + 1, to);
    String clause = t.substring(begin, Text.skipSpaceBack(t, begin, to)).replaceAll("\\s", "");
    String word = m.indicator().get();
    if (!clause.endsWith(word)) {
      return false;
    }
    String before = clause.substring(0, clause.length() - word.length());
    return before.isEmpty() || CLAUSE_OPENINGS.contains(before);
  }

  /** What may stand before a measure's word in a clause of a list written as clauses. */
  private static final Set<String> CLAUSE_OPENINGS = Set.of("其中", "实现", "完成", "达到", "達到", "實現", "其中实现",
      "其中完成", "累计实现", "累计完成");

  /** Whether only 、 和 及 与 or white space stand in {@code t[from, to)}: one list. */
  private static boolean joined(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if ("、和及与與".indexOf(t.charAt(k)) < 0 && !Character.isWhitespace(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPercentage(Mention m) {
    return m.metric().dimension().equals(Dimension.RATIO);
  }

  /** Whether {@code indicator} has a growth: it is there, no ratio, and no growth or change itself. */
  private static boolean canGrow(Indicator indicator) {
    return indicator != null && !indicator.dimension().equals(Dimension.RATIO) && !Indicators.isDerived(indicator);
  }

  /**
   * 1997-2017年，生产总值从3.83亿元增加到141.27亿元: over a span of whole years, the figure after
   * 从 or 由 is the first year's, the one after 到 or 至 the last year's; any other keeps the span.
   */
  private static Period endOfChange(Period period, String before) {
    if (period.kind() != PeriodKind.SPAN || period.start().getDayOfYear() != 1
        || period.end().getMonthValue() != 12 || period.end().getDayOfMonth() != 31) {
      return period;
    }
    String b = before.stripTrailing();
    if (b.isEmpty()) {
      return period;
    }
    char last = b.charAt(b.length() - 1);
    if (last == '从' || last == '從' || last == '由') {
      return Period.year(period.start().getYear());
    }
    return endsAChange(b) ? Period.year(period.end().getYear()) : period;
  }

  /** Whether {@code before}, the sentence before a figure, makes it the end of a change: 从…到, 由…至. */
  private static boolean endsAChange(String before) {
    String b = before.stripTrailing();
    if (b.isEmpty()) {
      return false;
    }
    char last = b.charAt(b.length() - 1);
    return (last == '到' || last == '至') && (b.contains("从") || b.contains("從") || b.contains("由"));
  }

  /**
   * The park a mention names, as one key: its zone's code, or the name the catalogue lacks,
   * folded, with a known short name read as its park's full name (竹科 and 新竹科學園區 are one park),
   * 园区 read as 园 (…产业园区 and …产业园 are one park), 自贸片区 as 片区 (前海蛇口自贸片区 and
   * 前海蛇口片区 are one park), a kind's short word as its full one
   * ({@link #LOCAL_KINDS}: 台州湾经开区 and 台州湾经济技术开发区 are one park; {@link #FREE_TRADE_ZONES}:
   * 福建自贸区 and 福建自贸试验区 are one zone), and without the place it
   * starts with, if any (益阳龙岭产业开发区 and 龙岭产业开发区 are one park).
   */
  private static String key(ParkMention park) {
    if (park.code().isPresent()) {
      return park.code().get().value();
    }
    String name = NameFolding.fold(KnownParkNames.fullName(park.text()).orElse(park.text()))
        .replace(SCIENCE_INDUSTRY_PARK, SCIENCE_PARK).replace(FREE_TRADE_PART, PART);
    name = partOfAFreeTradeZone(name);
    if (name.endsWith(PARK_AREA)) {
      name = name.substring(0, name.length() - 1);
    }
    kinds:
    for (String[][] kinds : SHORT_KINDS) {
      for (String[] kind : kinds) { // 台州湾经开区 and 台州湾经济技术开发区 are one park
        if (name.endsWith(kind[0])) {
          name = name.substring(0, name.length() - kind[0].length()) + kind[1];
          break kinds;
        }
      }
    }
    String rest = name.substring(Words.placeAt(name, 0, name.length() - SHORTEST_AFTER_PLACE));
    // a free trade zone is its province's: 福建自由贸易试验区 and 上海自由贸易试验区 are two zones
    return "name:" + (rest.equals(FREE_TRADE_ZONE) ? name : rest);
  }

  /**
   * How often an article must name a park the catalogue lacks, first, for it to be the subject of
   * figures no sentence places, beside others named once each ({@link #zoneAmongOthers}). At twice
   * the held-out articles got eight more observations, none of them right.
   */
  static final int UNKNOWN_SUBJECT_NAMED = 3;

  /** The last words of a park's name that its 园 alone also names. */
  private static final String PARK_AREA = "园区";

  /** The fewest characters a name keeps after its place: a name's two and a park word's two (龙岭园区). */
  private static final int SHORTEST_AFTER_PLACE = 4;

  /** A free trade zone's full name. */
  private static final String FREE_TRADE_ZONE = "自由贸易试验区";

  /**
   * A free trade zone's short names, folded, each with its full name: 福建自贸区, 福建自贸试验区 and
   * 福建自由贸易试验区 are one zone.
   */
  private static final String[][] FREE_TRADE_ZONES = {
    {"自贸试验区", FREE_TRADE_ZONE}, {"自贸区", FREE_TRADE_ZONE}, {"自由贸易区", FREE_TRADE_ZONE},
  };

  /** The short kind words a key reads as their full ones: {@link #LOCAL_KINDS}, {@link #FREE_TRADE_ZONES}. */
  private static final String[][][] SHORT_KINDS = {LOCAL_KINDS, FREE_TRADE_ZONES};

  /** A free trade zone's names that a part's name may follow: the full one first, then the short ones. */
  private static final String[] FREE_TRADE_ZONE_NAMES = Stream.concat(Stream.of(FREE_TRADE_ZONE),
      Arrays.stream(FREE_TRADE_ZONES).map(zone -> zone[0])).toArray(String[]::new);

  /**
   * {@code name} (folded) without the free trade zone it is a part of, where it names the zone and
   * then a part of it (中国(福建)自由贸易试验区厦门片区 is 厦门片区, as 厦门自贸片区 is); else as it is.
   */
  private static String partOfAFreeTradeZone(String name) {
    if (!name.endsWith(PART)) {
      return name;
    }
    for (String zone : FREE_TRADE_ZONE_NAMES) {
      int at = name.lastIndexOf(zone);
      if (at >= 0 && name.length() - at - zone.length() > PART.length()) {
        return name.substring(at + zone.length());
      }
    }
    return name;
  }

  /** A free trade zone's part, and the word it is also written with alone: 前海蛇口自贸片区, 前海蛇口片区. */
  private static final String FREE_TRADE_PART = "自贸片区";
  private static final String PART = "片区";

  /**
   * Taiwan's science parks as they were named until a 2018 law took 工业 out of their names
   * (新竹科學工業園區, now 新竹科學園區, 竹科), folded; and as they are named now.
   */
  private static final String SCIENCE_INDUSTRY_PARK = "科学工业园区";
  private static final String SCIENCE_PARK = "科学园区";

  private Park.Builder newPark(ParkMention park, Identifier id) {
    Optional<Park> zone = park.code().flatMap(code -> catalog.byCode(code.value()));
    if (zone.isPresent()) {
      Park z = zone.get();
      Park.Builder b = Park.builder().id(id).names(z.names()).kind(z.kind());
      z.location().ifPresent(b::location);
      return b;
    }
    String name = KnownParkNames.fullName(park.text()).orElse(park.text());
    return Park.builder().id(id).names(Names.of(name)).kind(kindOf(name));
  }

  /** The kind a park's own name says, by its last words; an industrial park otherwise. */
  private static ParkKind kindOf(String name) {
    if (name.endsWith("科学城") || name.endsWith("科技城")) {
      return ParkKind.SCIENCE_CITY;
    }
    if (name.endsWith("科技园") || name.endsWith("科学园") || name.endsWith("科技園") || name.endsWith("科學園")) {
      return ParkKind.SCIENCE_PARK;
    }
    if (name.endsWith("产业基地") || name.endsWith("產業基地")) {
      return ParkKind.INDUSTRY_BASE;
    }
    if (name.endsWith("创新中心") || name.endsWith("創新中心")) {
      return ParkKind.INNOVATION_CENTRE;
    }
    if (name.endsWith("合作区") || name.endsWith("合作區")) {
      return ParkKind.COOPERATION_ZONE;
    }
    return ParkKind.INDUSTRIAL_PARK;
  }

  /** Words that make a figure one reached so far, not a plan's: 十四五以来, 至今, 累计, 已. */
  private static final String[] SO_FAR = {"以来", "以來", "至今", "迄今", "累计", "累計", "已"};

  private static boolean isSoFar(String before) {
    return containsAny(before, SO_FAR);
  }

  /**
   * Whether the words {@code before} a figure make it a goal or a projection: a word of a goal
   * ({@link #GOAL_WORDS}), of a projection not said reached, or a deadline (到2025年) not already
   * past in {@code year}, the source's (到2021年的436.7亿元 in 2022 tells history); null when the
   * source has no date.
   */
  private static boolean isGoal(String before, Integer year) {
    return isGoal(before, year, false);
  }

  /**
   * {@link #isGoal(String, Integer)}, where {@code share} says the figure after {@code before} is a
   * percentage: only a share may follow a goal or plan met with no 的 between (完成年度投资计划69.4%; but
   * 需完成年度投资计划120亿元 is still a goal).
   */
  private static boolean isGoal(String before, Integer year, boolean share) {
    for (String w : GOAL_WORDS) {
      for (int at = before.indexOf(w); at >= 0; at = before.indexOf(w, at + 1)) {
        // a word of a name in quotation marks plans nothing: 向“龙门计划”推荐企业43家
        boolean compared = w.endsWith("期") && at > 0 && NOT_EXPECTING.indexOf(before.charAt(at - 1)) >= 0;
        boolean met = isGoalNoun(w) && (isMet(before, at + w.length(), share) // 完成年度目标的100%
            || exceeded(before, at)) // 绩效持续超越目标，达成率百分之百
            || isPlan(w) && isMet(before, at + w.length(), share); // 完成年度计划的107%
        boolean framed = isGoalNoun(w) && isFramed(before, at); // 围绕打造…的目标，截至2020年底…37户
        // 计划总投资, 计划投资: the money projects are to take, a fact of the projects signed (but
        // 年度计划投资 is the year's plan)
        boolean planned = (w.equals("计划") || w.equals("計劃")) && Words.startsWithAny(before, at + w.length(), before.length(), PLANNED)
            && !(at > 0 && "年度".indexOf(before.charAt(at - 1)) >= 0 && !Words.startsWithAny(before, at + w.length(), before.length(), PLANNED_TOTAL));
        // 今年还将新引进企业20家，目前已签约12家: what is to come, then what is so now
        boolean released = isStillToCome(w) && containsAny(before.substring(at + w.length()), NOW_WORDS);
        // 制定骨干企业扩规倍增计划，营收过10亿元企业9家: a plan drawn up, a document; what follows is so
        boolean drawnUp = isPlan(w) && isDrawnUp(before, at);
        if (!compared && !met && !framed && !planned && !released && !drawnUp
            && !MetricExtractor.inShortQuote(before, 0, at, at + w.length(), before.length())) {
          return true;
        }
      }
    }
    for (String w : PROJECTION_WORDS) {
      int at = before.lastIndexOf(w);
      if (at >= 0 && !containsAny(before.substring(at + w.length()), REACHED)) {
        return true; // 全面并网后每年将贡献绿电约11亿度
      }
    }
    return deadline(before).filter(d -> year == null || d.end().getYear() >= year).isPresent();
  }

  /** What follows 计划 when it names the money projects are to take, not a plan: 计划总投资. */
  private static final String[] PLANNED = {"总投资", "總投資", "投资", "投資"};

  /** The same, whatever stands before 计划. */
  private static final String[] PLANNED_TOTAL = {"总投资", "總投資"};

  /** The word a goal noun may have before 的 when said met: 目标任务. */
  private static final String TASK = "任务";


  /** Words before a completion that make it a goal again: 为实现这一目标, 确保完成全年目标, 力争实现. */
  private static final String[] STILL_A_GOAL = {"为", "為", "确保", "確保", "力争", "力爭", "要", "将", "將"};

  /** Punctuation that ends a clause, quotation marks and brackets not among it. */
  private static final String CLAUSE_ENDS = "，,；;：:。！？!?\n";

  /** Words that frame what follows by a goal rather than set one: 围绕打造“一港三基地两区”的目标. */
  private static final String[] FRAMING = {"围绕", "圍繞", "按照", "朝着", "朝著", "紧扣", "緊扣", "瞄准", "瞄準"};

  /**
   * Whether the goal noun at {@code at} in {@code before} closes a phrase opened, in its clause, by
   * a word that frames what follows (围绕打造…的目标，…): the work done toward it is reported as fact.
   */
  private static boolean isFramed(String before, int at) {
    int open = at;
    int quoted = 0; // closing quotation marks passed and not yet opened: a comma inside a quote ends no clause
    while (open > 0 && (quoted > 0 || CLAUSE_ENDS.indexOf(before.charAt(open - 1)) < 0)) {
      char c = before.charAt(open - 1);
      quoted += c == '”' ? 1 : c == '“' && quoted > 0 ? -1 : 0;
      open--; // past quotation marks: 围绕打造“一港三基地两区”的目标
    }
    String clause = before.substring(open, at);
    boolean framing = containsAny(clause, FRAMING)
        || (TAKING_AS.matcher(clause).find() && (clause.endsWith("为") || clause.endsWith("為"))); // 以“争创…”为目标
    return framing && at + 2 < before.length() && CLAUSE_ENDS.indexOf(before.charAt(at + 2)) >= 0;
  }

  /**
   * Whether the goal noun at {@code at} in {@code before} is one said to be exceeded: a word of
   * exceeding at most four characters before it in its clause (超越目标, 超额完成年度目标), so what
   * follows is a fact.
   */
  private static boolean exceeded(String before, int at) {
    for (String w : EXCEEDED) {
      int e = before.lastIndexOf(w, at);
      if (e >= 0 && at - e - w.length() <= 4 && before.substring(e, at).chars().noneMatch(c -> CLAUSE_ENDS.indexOf(c) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** Words of exceeding a goal: 超越目标, 超额完成年度目标. */
  private static final String[] EXCEEDED = {"超越", "超過", "超过", "超出", "超额完成", "超額完成",
    "超目标", "超目標"}; // 超目标任务73.6亿元; not 超 alone: 超常规发展目标 is a goal

  /**
   * Whether {@code w} is 还将, what is still to come: a goal only up to a word of what is so now
   * after it (今年还将新引进企业20家，目前已签约12家: 12家 is a fact).
   */
  private static boolean isStillToCome(String w) {
    return w.equals("还将") || w.equals("還將");
  }

  /**
   * 以 as "taking as", which 为目标 closes (以“打造千亿主导产业”为目标): not the end of another word (所以,
   * 可以) nor the start of one (以来, 以上).
   */
  private static final Pattern TAKING_AS = Pattern.compile("(?<![所可予得难難足加用据據借藉])以(?![来來上下后後前及内內])");

  /** Verbs that make a plan a document drawn up, not a goal: 制定…计划. */
  private static final String[] DRAWING_UP = {"制定", "製定", "出台", "印发", "印發"};

  /**
   * Whether the plan at {@code at} in {@code before} is one drawn up, a verb of {@link #DRAWING_UP}
   * before it in its clause, and a clause ends right after it (制定骨干企业扩规倍增计划，…).
   */
  private static boolean isDrawnUp(String before, int at) {
    int open = at;
    while (open > 0 && CLAUSE_ENDS.indexOf(before.charAt(open - 1)) < 0) {
      open--;
    }
    int end = at + 2;
    return containsAny(before.substring(open, at), DRAWING_UP) && end < before.length()
        && CLAUSE_ENDS.indexOf(before.charAt(end)) >= 0;
  }

  /** Whether {@code w} is 计划, a plan, which a share met may follow as a goal's does (完成年度计划的107%). */
  private static boolean isPlan(String w) {
    return w.equals("计划") || w.equals("計劃");
  }

  /** Whether {@code w} is the noun of a goal (目标), not a verb of one (力争, 预计). */
  private static boolean isGoalNoun(String w) {
    return w.equals("目标") || w.equals("目標");
  }

  /**
   * Whether the goal noun ending at {@code end} in {@code before} is one said to be met: a word of
   * completion close before it ({@link Words#meetingStart}: 完成, 占 …), nothing of a
   * goal before that in its clause, and 的 right after it, the figure being its share
   * (实际利用外资完成年度目标的100%): what follows is a fact, not a goal (为实现这一目标，… and
   * 确保完成全年目标，… are goals). Not asked of forecasts
   * (开发完成后，预估可创造…: a projection).
   */
  private static boolean isMet(String before, int end, boolean share) {
    int goal = end - 2;
    if (before.startsWith(TASK, end)) {
      end += TASK.length(); // 完成年度目标任务的58.2%
    }
    end = pastGloss(before, end); // 占全年目标任务(30个)的103.3%: the goal's own figure in brackets
    if (end < before.length() ? before.charAt(end) != '的' : !share) {
      return false; // 完成年度投资计划69.4%: a share right after, as after 的; not 完成年度投资计划120亿元
    }
    int at = Words.meetingStart(before, 0, goal);
    if (at < 0) {
      return false;
    }
    int clause = at;
    while (clause > 0 && "，,；;：:".indexOf(before.charAt(clause - 1)) < 0) {
      clause--;
    }
    return !containsAny(before.substring(clause, at), STILL_A_GOAL);
  }

  /** {@code at} moved past a gloss in brackets that opens there ((30个), （30个）), if any. */
  private static int pastGloss(String text, int at) {
    if (at < text.length() && (text.charAt(at) == '(' || text.charAt(at) == '（')) {
      int close = text.indexOf(text.charAt(at) == '(' ? ')' : '）', at);
      if (close > at && close - at <= GLOSS_LENGTH && text.substring(at, close).chars().noneMatch(c -> CLAUSE_ENDS.indexOf(c) >= 0)) {
        return close + 1;
      }
    }
    return at;
  }

  /** The longest gloss in brackets {@link #pastGloss} passes, in characters. */
  private static final int GLOSS_LENGTH = 12;

  private static boolean containsAny(String text, String[] words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** 到2025年 (or 至, 到…年底) earlier in the sentence: the year the goal is for. */
  private static Optional<Period> deadline(String before) {
    for (int i = before.length() - 5; i >= 1; i--) {
      char lead = before.charAt(i - 1);
      // not 截至 or 截止到: a figure as of a date, not a goal for it
      boolean asOf = i >= 2 && (before.charAt(i - 2) == '截' || before.charAt(i - 2) == '止');
      // nor the end of a change from one year's figure to another's (从2000年的3.02亿元增加到2012年的…)
      boolean changedTo = i >= 2 && CHANGED_TO.indexOf(before.charAt(i - 2)) >= 0;
      // nor a span's end (2010年至2020年), nor that of a change from a year written with 从 in its clause
      // and no verb (从2015年的94.42亿元到2020年的161.7亿元)
      boolean span = i >= 2 && (before.charAt(i - 2) == '年' || before.charAt(i - 2) == '月');
      if ((lead == '到' || lead == '至') && !asOf && !changedTo && !span && isYear(before, i) && before.charAt(i + 4) == '年'
          && !FROM_YEAR.matcher(before.substring(clauseStart(before, i - 1), i - 1)).find()) {
        return Optional.of(Period.year(Integer.parseInt(before.substring(i, i + 4))));
      }
    }
    return Optional.empty();
  }

  /** 从, a year and 的: the start of a change over years (从2015年的94.42亿元到2020年的161.7亿元). */
  private static final Pattern FROM_YEAR = Pattern.compile("[" + Dates.CHANGE_FROM + "]\\d{4}年的");

  /** The last characters of verbs of change before 到 or 至: 增加到, 增长到, 提高到, 上升至, 扩大到, 发展到. */
  private static final String CHANGED_TO = "加长長高升增展大";

  private static boolean isYear(String s, int i) {
    if (i + 4 >= s.length()) {
      return false;
    }
    for (int k = i; k < i + 4; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return s.charAt(i) == '2' || s.charAt(i) == '1';
  }

  /** The characters that end a sentence, and a line break, which ends one too. */
  private static final String SENTENCE_ENDS = "。！？；!?;\n";

  /**
   * How far back from a figure its sentence, or clause, is read, and how far on its end is looked
   * for, in characters: the rules look at the words of a figure's sentence, and a text with no stop
   * for thousands of characters would make every figure read them all (a run of 产值1亿元， 20,000
   * long took 84 s, quadratic; 0.4 s now). Real sentences are far shorter.
   */
  static final int SENTENCE_REACH = 512;

  private static int sentenceStart(String t, int i) {
    int j = i;
    while (j > 0 && i - j < SENTENCE_REACH && SENTENCE_ENDS.indexOf(t.charAt(j - 1)) < 0) {
      j--;
    }
    return j;
  }

  private static int clauseStart(String t, int i) {
    int j = i;
    while (j > 0 && i - j < SENTENCE_REACH && "。！？；!?;\n，,、：:".indexOf(t.charAt(j - 1)) < 0) {
      j--;
    }
    return j;
  }

  /** Where the quote of a figure at {@code start} begins: up to 14 characters back in its clause, no white space first. */
  private static int quoteStart(String t, int clause, int start) {
    int from = Math.max(clause, start - QUOTE_BEFORE);
    if (from > 0 && Character.isLowSurrogate(t.charAt(from))) {
      from++;
    }
    while (from < start && Character.isWhitespace(t.charAt(from))) {
      from++;
    }
    return from;
  }

  @Override
  public String toString() {
    return "ArticleReader[" + catalog + "]";
  }
}
