package dev.parkdata.observation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.ChangeWords;
import dev.parkdata.internal.QuotationMarks;
import dev.parkdata.internal.Traditional;
import dev.parkdata.unit.Dimension;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The standard indicators: those the national catalogue and reporting on parks use. Each
 * constant is declared with its Chinese name, the synonyms reports use for it and its English
 * name and expected dimension; the traditional forms of every Chinese name are derived.
 *
 * <h2>By name</h2>
 * {@link #byName(String)} finds a standard indicator by any of its names, simplified or
 * traditional, full-width or not, English in any case: {@code byName("營收")} and {@code
 * byName("GDP")} find {@link #REVENUE} and {@link #GDP}. A word that names no standard indicator
 * gives an empty result, never a near miss: 收入 alone may be revenue or fiscal revenue, so it is
 * not a name of either. Make such a word a {@linkplain #custom(String, Dimension) custom
 * indicator}, or let {@link #named(String, Dimension)} decide.
 *
 * <h2>Rates and changes</h2>
 * A change of an indicator is an indicator of its own, tied to the one it changes: {@link
 * #growthOf(Indicator)} (同比增长 21.6%: a ratio) and {@link #changeOf(Indicator)} (增加200家 in the
 * base's dimension; 研发强度提高0.5个百分点 in percentage points). The words the extractor writes
 * before a figure are names too: {@code byName("营收同比增长")} is {@code growthOf(REVENUE)}, {@code
 * byName("研发强度提高")} is {@code changeOf(RD_INTENSITY)}. A word of change alone (同比增长) has no
 * base and is not found. A decrease (下降, 减少) names the same indicator as an increase: the
 * figure's sign is the reader's to set (下降3% is a growth of −3%).
 */
public final class Indicators {
  private Indicators() {}

  private static final Dimension CNY = Dimension.money("CNY");
  private static final Dimension ENTERPRISES_COUNT = Dimension.count("家");

  /** Every name of every standard indicator, in its looked-up form; filled as constants are declared. */
  private static final Map<String, Indicator> BY_NAME = new LinkedHashMap<>();
  /** The declared names of each standard indicator, by code. */
  private static final Map<String, List<String>> NAMES = new LinkedHashMap<>();

  /** 营业收入, operating revenue: money. */
  public static final Indicator REVENUE = standard("revenue", "营业收入", "operating revenue", CNY,
      "营收", "总营收", "营业总收入", "营收规模", "总营收规模", "主营业务收入", "销售收入", "营业额", "年营业额",
      "总营业额", "年营业收入", "年营收", "年销售收入", "年主营业务收入", "revenue");
  /** 工业总产值, gross industrial output value: money. */
  public static final Indicator GROSS_INDUSTRIAL_OUTPUT = standard("gross-industrial-output", "工业总产值",
      "gross industrial output value", CNY, "工业产值", "年工业总产值", "年工业产值", "全部工业总产值", "全部工业产值",
      "industrial output"); // 全部工业: all industry, as against 规模以上工业
  /** 产值, output value (unspecified which): money. */
  public static final Indicator OUTPUT_VALUE = standard("output-value", "产值", "output value", CNY,
      "总产值", "年产值", "产值规模");
  /** 工业增加值, industrial value added: money. */
  public static final Indicator INDUSTRIAL_VALUE_ADDED = standard("industrial-value-added", "工业增加值",
      "industrial value added", CNY, "全部工业增加值");
  /** 生产总值, gross domestic product of the area: money. */
  public static final Indicator GDP = standard("gdp", "生产总值", "gross domestic product", CNY,
      "地区生产总值", "国内生产总值", "GDP", "gross regional product", "GRP");
  /** 规上工业增加值, value added of industrial enterprises above designated size: money. */
  public static final Indicator ABOVE_SIZE_INDUSTRIAL_VALUE_ADDED = standard("above-size-industrial-value-added",
      "规上工业增加值", "value added of industry above designated size", CNY, "规模以上工业增加值",
      "规模工业增加值"); // 规模工业: industry above designated size, as Hunan's and Hubei's statistics write it
  /** 规上工业总产值, gross output of industrial enterprises above designated size: money. */
  public static final Indicator ABOVE_SIZE_INDUSTRIAL_OUTPUT = standard("above-size-industrial-output",
      "规上工业总产值", "gross output of industry above designated size", CNY, "规模以上工业总产值", "规上工业产值",
      "规模以上工业产值", "规模工业总产值", "规模工业产值");
  /** 利润总额, total profit: money. 利润 alone is no name of it: it may be the net profit. */
  public static final Indicator PROFIT = standard("profit", "利润总额", "total profit", CNY, "利润额", "total profit");
  /** 进出口总额, foreign trade, imports and exports together (货值: customs' value of the goods): money. */
  public static final Indicator FOREIGN_TRADE = standard("foreign-trade", "进出口总额", "foreign trade", CNY,
      "进出口额", "进出口值", "进出口总值", "进出口货值", "进出口", "外贸进出口总额", "外贸进出口总值", "外贸进出口额", "外贸进出口",
      "imports and exports");
  /** 出口额, exports: money. */
  public static final Indicator EXPORTS = standard("exports", "出口额", "exports", CNY, "出口", "出口总额",
      "出口值", "出口总值", "出口货值");
  /** 进口额, imports: money. */
  public static final Indicator IMPORTS = standard("imports", "进口额", "imports", CNY, "进口", "进口总额", "进口值",
      "进口总值", "进口货值");
  /** 实际使用外资, foreign direct investment actually used (as against contracted): money. */
  public static final Indicator FOREIGN_INVESTMENT_USED = standard("foreign-investment-used", "实际使用外资",
      "foreign investment actually used", CNY, "实际利用外资", "实际使用外资金额", "实际利用外资金额");
  /** 固定资产投资, fixed-asset investment: money. */
  public static final Indicator FIXED_ASSET_INVESTMENT = standard("fixed-asset-investment", "固定资产投资",
      "fixed-asset investment", CNY, "固定资产投资额", "固投", "全社会固定资产投资");
  /** 税收, tax revenue: money. */
  public static final Indicator TAX_REVENUE = standard("tax-revenue", "税收", "tax revenue", CNY,
      "税收收入", "税收总额", "纳税总额", "全口径税收收入", "全口径税收", "税金", "税金总额", "上缴税金",
      "实缴税金", "taxes");
  /** 财政总收入, total fiscal revenue: money. */
  public static final Indicator FISCAL_REVENUE = standard("fiscal-revenue", "财政总收入",
      "total fiscal revenue", CNY, "财政收入", "全口径财政收入", "fiscal revenue");
  /** 研发投入, R&amp;D spending: money. */
  public static final Indicator RD_SPENDING = standard("rd-spending", "研发投入", "R&D spending", CNY,
      "研发经费", "研发经费投入", "研发支出", "研发经费支出", "全社会研发经费支出", "R&D投入", "R&D经费",
      "R&D expenditure");
  /** 研发强度, R&amp;D intensity (R&amp;D spending as a share of revenue or GDP): ratio. */
  public static final Indicator RD_INTENSITY = standard("rd-intensity", "研发强度", "R&D intensity",
      Dimension.RATIO, "研发投入强度", "研发经费投入强度", "R&D强度");
  /** 投资总额, total investment: money. */
  public static final Indicator TOTAL_INVESTMENT = standard("total-investment", "投资总额",
      "total investment", CNY, "总投资", "总投资额", "计划总投资");
  /** 企业数, number of enterprises: count(家). */
  public static final Indicator ENTERPRISES = standard("enterprises", "企业数", "enterprises",
      ENTERPRISES_COUNT, "企业", "企业数量", "企业总数", "入驻企业", "集聚企业", "入园企业", "注册企业",
      "number of enterprises");
  /**
   * 从业人员数, people employed (从业人员, 就业人数, 员工): count(人). 就业 alone is no name of it: 带动就业
   * counts jobs created.
   */
  public static final Indicator EMPLOYEES = standard("employees", "从业人员数", "people employed",
      Dimension.count("人"), "从业人员", "从业人数", "就业人数", "就业人员", "就业人口", "员工", "员工人数",
      "员工数", "从业员工", "employees");
  /** 高新技术企业数, certified high-tech enterprises: count(家). */
  public static final Indicator HIGH_TECH_ENTERPRISES = standard("high-tech-enterprises", "高新技术企业数",
      "certified high-tech enterprises", ENTERPRISES_COUNT, "高新技术企业", "国家高新技术企业", "高企",
      "high-tech enterprises");
  /** 规上企业数, enterprises above designated size: count(家). */
  public static final Indicator ABOVE_SIZE_ENTERPRISES = standard("above-size-enterprises", "规上企业数",
      "enterprises above designated size", ENTERPRISES_COUNT, "规上企业", "规模以上企业", "规模以上企业数");
  /** 独角兽企业数, unicorn enterprises: count(家). */
  public static final Indicator UNICORN_ENTERPRISES = standard("unicorn-enterprises", "独角兽企业数",
      "unicorn enterprises", ENTERPRISES_COUNT, "独角兽企业", "独角兽", "unicorns");
  /**
   * 专精特新企业数, specialised and sophisticated SMEs (专精特新 中小企业): count(家). The national
   * 小巨人 among them are a tier of their own (a subset), not named here.
   */
  public static final Indicator SPECIALISED_ENTERPRISES = standard("specialised-enterprises", "专精特新企业数",
      "specialised and innovative enterprises", ENTERPRISES_COUNT, "专精特新企业", "专精特新中小企业",
      "specialised enterprises");
  /** 项目数, projects: count(个). */
  public static final Indicator PROJECTS = standard("projects", "项目数", "projects", Dimension.count("个"),
      "项目", "项目数量");
  /** 亩均税收, tax revenue per mu of land: money(CNY)/area. */
  public static final Indicator TAX_PER_MU = standard("tax-per-mu", "亩均税收", "tax revenue per mu",
      Dimension.ratio(CNY, Dimension.AREA), "单位面积税收", "地均税收", "tax per unit of land");
  /** 亩均产值, output value per mu of land (any unit of land area: 地均产值 too): money(CNY)/area. */
  public static final Indicator OUTPUT_PER_MU = standard("output-per-mu", "亩均产值", "output value per mu",
      Dimension.ratio(CNY, Dimension.AREA), "亩均产出", "地均产值", "单位面积产值", "单位面积产出",
      "output per unit of land");
  /** 核准面积 (批复面积; a free trade zone's 实施范围), approved area: area. */
  public static final Indicator APPROVED_AREA = standard("approved-area", "核准面积", "approved area",
      Dimension.AREA, "批准面积", "核准用地面积", "批复面积", "实施范围");
  /** 规划面积 (总体规划面积: the area of the overall plan), planned area: area. */
  public static final Indicator PLANNED_AREA = standard("planned-area", "规划面积", "planned area",
      Dimension.AREA, "规划用地", "规划用地面积", "规划总面积", "总规划面积", "总体规划面积", "总体规划用地");
  /** 管辖面积, administered area: area. */
  public static final Indicator ADMINISTERED_AREA = standard("administered-area", "管辖面积",
      "administered area", Dimension.AREA, "辖区面积", "托管面积");
  /** 占地面积 (用地面积), land area: area. */
  public static final Indicator LAND_AREA = standard("land-area", "占地面积", "land area", Dimension.AREA,
      "用地面积", "占地", "土地面积", "总占地面积");
  /** 建筑面积, floor area: area. */
  public static final Indicator FLOOR_AREA = standard("floor-area", "建筑面积", "floor area", Dimension.AREA,
      "总建筑面积");
  /** 总面积, total area of unstated kind: area. */
  public static final Indicator TOTAL_AREA = standard("total-area", "总面积", "total area", Dimension.AREA,
      "面积");

  private static final List<Indicator> STANDARD =
      List.of(
          REVENUE, GROSS_INDUSTRIAL_OUTPUT, OUTPUT_VALUE, INDUSTRIAL_VALUE_ADDED, GDP,
          ABOVE_SIZE_INDUSTRIAL_VALUE_ADDED, ABOVE_SIZE_INDUSTRIAL_OUTPUT, PROFIT, FOREIGN_TRADE, EXPORTS, IMPORTS,
          FOREIGN_INVESTMENT_USED, FIXED_ASSET_INVESTMENT, TAX_REVENUE,
          FISCAL_REVENUE, RD_SPENDING, RD_INTENSITY, TOTAL_INVESTMENT, EMPLOYEES, ENTERPRISES,
          HIGH_TECH_ENTERPRISES, ABOVE_SIZE_ENTERPRISES, UNICORN_ENTERPRISES, SPECIALISED_ENTERPRISES,
          PROJECTS, TAX_PER_MU, OUTPUT_PER_MU, APPROVED_AREA, PLANNED_AREA, ADMINISTERED_AREA, LAND_AREA,
          FLOOR_AREA, TOTAL_AREA);

  private static final String GROWTH = "-growth";
  private static final String CHANGE = "-change";
  /** What the Chinese name of a growth and of a change adds to its base's. */
  private static final String GROWTH_NAME = "增速";
  private static final String CHANGE_NAME = "变化";

  /** Words of change after a base name, the longest first within each kind. */
  private static final List<String> GROWTH_WORDS = ChangeWords.GROWTHS;
  private static final List<String> CHANGE_WORDS = ChangeWords.CHANGES;

  /** All standard indicators, in the order declared here. */
  public static List<Indicator> standard() {
    return STANDARD;
  }

  /**
   * The standard indicator with code {@code code}, or the {@linkplain #growthOf growth} or
   * {@linkplain #changeOf change} of one ({@code revenue-growth}), if there is one.
   */
  public static Optional<Indicator> byCode(String code) {
    checkNotNull(code, "code");
    Optional<Indicator> standard = STANDARD.stream().filter(i -> i.code().equals(code)).findFirst();
    if (standard.isPresent()) {
      return standard;
    }
    if (code.endsWith(GROWTH)) {
      return byCode(code.substring(0, code.length() - GROWTH.length())).filter(Indicators::isBase).map(Indicators::growthOf);
    }
    if (code.endsWith(CHANGE)) {
      return byCode(code.substring(0, code.length() - CHANGE.length())).filter(Indicators::isBase).map(Indicators::changeOf);
    }
    return Optional.empty();
  }

  private static boolean isBase(Indicator i) {
    return !i.code().endsWith(GROWTH) && !i.code().endsWith(CHANGE);
  }

  /**
   * The declared names of the standard indicator {@code indicator}: its Chinese name, its
   * synonyms, the traditional form of each (where it differs) and its English name, each once;
   * empty for an indicator that is not standard.
   */
  public static List<String> namesOf(Indicator indicator) {
    checkNotNull(indicator, "indicator");
    return byCode(indicator.code()).filter(indicator::equals)
        .map(i -> NAMES.getOrDefault(i.code(), List.of()))
        .orElse(List.of());
  }

  /**
   * The indicator {@code name} names: a standard indicator by any of its {@linkplain #namesOf
   * names}, or a {@linkplain #growthOf growth} or {@linkplain #changeOf change} of one written as
   * the extractor writes it (营收同比增长, 研发强度提高, 企业数增加). Simplified and traditional
   * characters, full-width forms and the case of English names do not matter, nor white space
   * around the name, nor quotation marks in it (“专精特新”企业 is 专精特新企业), nor another of its names
   * glossing it in brackets (地区生产总值(GDP) is 生产总值; 营业收入(税收) is none).
   *
   * @return empty for a word that names no standard indicator: make it a {@linkplain
   *     #custom(String, Dimension) custom} one rather than guess
   */
  public static Optional<Indicator> byName(String name) {
    checkNotNull(name, "name");
    String key = key(name);
    Indicator found = BY_NAME.get(key);
    if (found == null) {
      found = glossed(key);
    }
    if (found != null) {
      return Optional.of(found);
    }
    Optional<Indicator> growth = derived(key, GROWTH_WORDS).map(Indicators::growthOf);
    return growth.isPresent() ? growth : derived(key, CHANGE_WORDS).map(Indicators::changeOf);
  }

  /**
   * The indicator {@code name} names for a figure in {@code dimension}: as {@link
   * #byName(String)}, where a change word states a ratio (营收增加21.6%) making it the growth, and a
   * standard indicator that cannot take a figure of {@code dimension} (企业 with 亿元: the
   * enterprises' revenue, not their number) not matching; a percentage after a measure no
   * standard indicator names and a word of growth, the {@linkplain #growthOf growth} of a custom
   * indicator of that measure ({@code named("房地产投资同比增长", RATIO)} is {@code
   * growthOf(custom("房地产投资", …))}, 房地产投资增速: one indicator however the growth is written);
   * otherwise a {@linkplain #custom custom} indicator of that name and dimension. Never a standard
   * indicator the figure cannot be a value of.
   */
  public static Indicator named(String name, Dimension dimension) {
    checkNotNull(name, "name");
    checkNotNull(dimension, "dimension");
    Optional<Indicator> found = byName(name);
    if (found.isPresent() && found.get().code().endsWith(CHANGE) && dimension.equals(Dimension.RATIO)) {
      Optional<Indicator> base = baseOf(found.get());
      if (base.isPresent() && !base.get().dimension().equals(Dimension.RATIO)) {
        found = Optional.of(growthOf(base.get()));
      }
    }
    if (found.filter(i -> i.accepts(dimension)).isPresent()) {
      return found.get();
    }
    if (dimension.equals(Dimension.RATIO)) {
      Optional<String> grown = grownMeasure(name.strip());
      if (grown.isPresent()) { // 房地产投资同比增长12%: the growth of 房地产投资, as in 房地产投资…，同比增长12%
        return growthOf(custom(grown.get(), dimension));
      }
    }
    return custom(name, dimension);
  }

  /**
   * The measure {@code name} is the growth of, where it names none of the standard ones: the
   * words before a word of growth (房地产投资同比增长, 規上科技服務業營收較去年同期成長) with the
   * {@linkplain ChangeWords#CONNECTIVES connectives} between them left out. Empty where nothing is
   * left; where the words name a ratio (占比上升: its rise is in points), end as {@link #OTHER_CHANGES}
   * do (年均增长, 环比增长, 实际增长), keep a comparison after the connectives (比上月增长, 与上年同期相比增长
   * past the most connectives) or hold a digit (比2019年增长: a growth over that year, not the year
   * before); or where the word of growth is {@link #NO_CUSTOM_GROWTH}.
   */
  private static Optional<String> grownMeasure(String name) {
    String key = key(name);
    if (key.length() != name.length()) {
      return Optional.empty(); // quotation marks or width folded away: positions would not match
    }
    for (String w : GROWTH_WORDS) {
      if (NO_CUSTOM_GROWTH.contains(w) || key.length() <= w.length() || !key.endsWith(w)) {
        continue;
      }
      int end = key.length() - w.length();
      String before = key.substring(0, end);
      for (String ratio : RATIO_ENDS) {
        if (before.endsWith(ratio)) {
          return Optional.empty(); // 占比上升5%: a share's rise, not a growth of what it is a share of
        }
      }
      int stop = Math.max(0, end - ChangeWords.MAX_CONNECTIVES);
      while (end > stop && ChangeWords.isConnective(key.charAt(end - 1))) {
        end--;
      }
      String measure = key.substring(0, end);
      if (measure.codePointCount(0, measure.length()) < 2 || end == stop && ChangeWords.isConnective(key.charAt(end - 1))
          || measure.chars().anyMatch(Character::isDigit) || OTHER_CHANGES.stream().anyMatch(measure::endsWith)
          || COMPARISONS.chars().anyMatch(c -> measure.indexOf(c) >= 0)) {
        return Optional.empty();
      }
      return Optional.of(name.substring(0, end));
    }
    return Optional.empty();
  }

  /**
   * Words of growth that make no growth of a measure the lists do not know: 升 is one only after
   * 按年 (Hong Kong's 按年升) and ends 提升, a change.
   */
  private static final Set<String> NO_CUSTOM_GROWTH = Set.of("升");

  /** Ends of a ratio's name, whose rise is one in points, not a growth of its own (占比上升, 比重提高). */
  private static final List<String> RATIO_ENDS = List.of("占比", "比重", "比例", "率");

  /**
   * Ends of words that make a growth another than on the year before, or of another kind: the mean
   * yearly growth (年均), on the month before (环比), at constant or current prices (实际, 名义), added up (累计).
   */
  private static final List<String> OTHER_CHANGES = List.of("均", "环", "实际", "名义", "累计");

  /** Characters of a comparison left in the words: 比上月, 较一季度 compare with another period. */
  private static final String COMPARISONS = "比较与";

  /**
   * An indicator that is not standard: {@code custom("利润", money(CNY))}. Its code is derived from
   * the name, so one name gives one indicator, and never a standard code: {@code custom-} and an
   * ASCII name as lower-case words joined by {@code -} ({@code "Exports"} is {@code
   * custom-exports}), or any other name's code points in hexadecimal ({@code 利润} is {@code custom-5229-6da6}). Its Chinese and English names
   * are {@code name}.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Indicator custom(String name, Dimension dimension) {
    checkNotNull(name, "name");
    checkNotNull(dimension, "dimension");
    String n = name.strip();
    checkArgument(!n.isEmpty(), "a custom indicator needs a name, got '%s'", name);
    return Indicator.of(customCode(n), n, n, dimension);
  }

  /**
   * The year-on-year growth of {@code base} (同比增长), a percentage: code {@code base.code() +
   * "-growth"}, {@code 营业收入增速[revenue-growth]}.
   *
   * @throws IllegalArgumentException if {@code base} is itself a growth or change
   */
  public static Indicator growthOf(Indicator base) {
    checkUnderived(base);
    return Indicator.of(base.code() + GROWTH, base.chineseName() + GROWTH_NAME, base.englishName() + " growth",
        Dimension.RATIO);
  }

  /**
   * The change of {@code base} (增加, 提高, 减少): code {@code base.code() + "-change"}, in the base's
   * dimension, or in percentage points for a ratio (研发强度提高0.5个百分点).
   *
   * @throws IllegalArgumentException if {@code base} is itself a growth or change
   */
  public static Indicator changeOf(Indicator base) {
    checkUnderived(base);
    Dimension d = base.dimension().equals(Dimension.RATIO) ? Dimension.RATIO_DIFFERENCE : base.dimension();
    return Indicator.of(base.code() + CHANGE, base.chineseName() + CHANGE_NAME, "change in " + base.englishName(), d);
  }

  /**
   * The standard indicator that {@code derived} is the {@linkplain #growthOf growth} or
   * {@linkplain #changeOf change} of; empty when it is neither, or the base is not standard.
   */
  public static Optional<Indicator> baseOf(Indicator derived) {
    checkNotNull(derived, "derived");
    String code = derived.code();
    for (String suffix : List.of(GROWTH, CHANGE)) {
      if (code.endsWith(suffix)) {
        Optional<Indicator> base = byCode(code.substring(0, code.length() - suffix.length())).filter(Indicators::isBase);
        if (base.isPresent()
            && (suffix.equals(GROWTH) ? growthOf(base.get()) : changeOf(base.get())).equals(derived)) {
          return base;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code indicator} is a {@linkplain #growthOf growth} or {@linkplain #changeOf change},
   * of a standard or a custom base: then it has no growth or change of its own.
   */
  public static boolean isDerived(Indicator indicator) {
    checkNotNull(indicator, "indicator");
    return isDerived(indicator, GROWTH, GROWTH_NAME) || isDerived(indicator, CHANGE, CHANGE_NAME);
  }

  /**
   * Whether {@code indicator} is as {@link #growthOf} or {@link #changeOf} makes it from some
   * base: its code and its Chinese name are a base's with the suffixes, not merely a custom name
   * that ends alike (custom("Climate change") is custom-climate-change, and no change).
   */
  private static boolean isDerived(Indicator indicator, String codeSuffix, String nameSuffix) {
    String code = indicator.code();
    String name = indicator.chineseName();
    if (!code.endsWith(codeSuffix) || !name.endsWith(nameSuffix) || name.length() == nameSuffix.length()) {
      return false;
    }
    String baseCode = code.substring(0, code.length() - codeSuffix.length());
    String baseName = name.substring(0, name.length() - nameSuffix.length());
    return byCode(baseCode).map(base -> base.chineseName().equals(baseName)).orElse(customCode(baseName).equals(baseCode));
  }

  private static void checkUnderived(Indicator base) {
    checkNotNull(base, "base");
    checkArgument(!isDerived(base), "%s is already a growth or change; the change of a change is not an indicator", base);
  }

  /** The base indicator of {@code key} written as a base name, connectives and one of {@code words}. */
  private static Optional<Indicator> derived(String key, List<String> words) {
    for (String w : words) {
      if (key.length() > w.length() && key.endsWith(w)) {
        int end = key.length() - w.length();
        // 营收同比增长, 營業額較去年同期成長: connectives may stand between
        for (int k = end; k >= Math.max(1, end - ChangeWords.MAX_CONNECTIVES); k--) {
          Indicator base = BY_NAME.get(key.substring(0, k));
          if (base != null) {
            return Optional.of(base);
          }
          if (!ChangeWords.isConnective(key.charAt(k - 1))) {
            break;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Indicator standard(
      String code, String chineseName, String englishName, Dimension dimension, String... synonyms) {
    Indicator indicator = Indicator.of(code, chineseName, englishName, dimension);
    Set<String> names = new LinkedHashSet<>();
    List<String> chinese = new ArrayList<>();
    chinese.add(chineseName);
    for (String s : synonyms) {
      chinese.add(s);
    }
    for (String s : chinese) {
      names.add(s);
      names.add(Traditional.of(s));
    }
    names.add(englishName);
    for (String n : names) {
      Indicator previous = BY_NAME.putIfAbsent(key(n), indicator);
      // a name of two indicators would make byName guess: refuse it where it is declared
      checkArgument(previous == null || previous.equals(indicator), "the name %s is declared for both %s and %s", n, previous, indicator);
    }
    NAMES.put(code, Collections.unmodifiableList(new ArrayList<>(names)));
    return indicator;
  }

  /**
   * The indicator a name glossed in brackets by another of its names names (地区生产总值(GDP),
   * 营业收入（营收）: both name 生产总值, 营业收入), or null where the two name different indicators or
   * either none.
   */
  private static Indicator glossed(String key) {
    int open = key.lastIndexOf('(');
    if (open <= 0 || !key.endsWith(")")) {
      return null;
    }
    Indicator named = BY_NAME.get(key.substring(0, open).strip());
    return named != null && named.equals(BY_NAME.get(key.substring(open + 1, key.length() - 1).strip())) ? named : null;
  }

  /**
   * The looked-up form of a name: NFKC (full-width to ASCII), simplified (産, Hong Kong's and
   * Japan's form of 產, too), lower-case, stripped.
   */
  private static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!QuotationMarks.isMark(c)) { // “专精特新”企业: the marks set a name apart, they name nothing
        sb.append(c == '産' ? '产' : Traditional.simplified(c));
      }
    }
    return sb.toString();
  }

  private static String customCode(String name) {
    StringBuilder ascii = new StringBuilder();
    boolean allAscii = true;
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        ascii.append(c);
      } else if (c == ' ' || c == '-' || c == '_') {
        if (ascii.length() > 0 && ascii.charAt(ascii.length() - 1) != '-') {
          ascii.append('-');
        }
      } else {
        allAscii = false;
      }
    }
    String words = ascii.toString().replaceAll("-+$", "");
    if (allAscii && !words.isEmpty()) {
      return "custom-" + words;
    }
    StringBuilder code = new StringBuilder("custom");
    name.codePoints().forEach(cp -> code.append('-').append(Integer.toHexString(cp)));
    return code.toString();
  }
}
