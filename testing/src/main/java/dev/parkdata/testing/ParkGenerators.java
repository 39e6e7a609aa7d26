package dev.parkdata.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static dev.parkdata.testing.Draws.between;
import static dev.parkdata.testing.Draws.chance;
import static dev.parkdata.testing.Draws.chars;
import static dev.parkdata.testing.Draws.distinct;
import static dev.parkdata.testing.Draws.list;
import static dev.parkdata.testing.Draws.optional;
import static dev.parkdata.testing.Draws.pick;
import static dev.parkdata.testing.Draws.upTo;

import dev.parkdata.chain.ChainPosition;
import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.chain.Segment;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.cluster.Recognition;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.industry.ScaleClass;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricFormat;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Certification;
import dev.parkdata.organisation.CertificationKind;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Management;
import dev.parkdata.park.ManagementRole;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.MeasureKind;
import dev.parkdata.policy.MeasurePeriod;
import dev.parkdata.policy.Policy;
import dev.parkdata.policy.Rate;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.source.TextSpan;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of realistic, valid park data: Chinese names of real places and kinds
 * of zone, the units reporting really mixes (亿元 and 万元, 平方公里 and 公顷 and 亩, 家 and 个),
 * qualifiers (超过, 约, 以上, 余 …), figures that fit their indicators, sources published after
 * the periods they report on, and nested zones whose areas add up.
 *
 * <p>Use them in a property ({@code qt()} is {@code org.quicktheories.QuickTheory.qt}):
 *
 * <pre>{@code
 * @Test
 * void deepParksValidate() {
 *   qt().forAll(ParkGenerators.parks().withDepth(3))
 *       .checkAssert(park -> assertThat(Validator.standard().validate(park)).hasNoErrors());
 * }
 *
 * @Test
 * void oversizedSubZonesAreReported() {
 *   qt().forAll(ParkGenerators.datasets().withInconsistencies(Inconsistency.SUBZONES_EXCEED_PARENT))
 *       .checkAssert(dataset -> assertThat(dataset).validation()
 *           .hasViolation(Inconsistency.SUBZONES_EXCEED_PARENT.code()));
 * }
 * }</pre>
 *
 * <p>or draw values without QuickTheories' runner, in a plain JUnit test, a benchmark or with
 * another property-testing library, from any {@link RandomGenerator}; the same seed draws the
 * same values:
 *
 * <pre>{@code
 * Park park = ParkGenerators.parks().withDepth(3).draw(new SplittableRandom(42));
 * Metric revenue =
 *     ParkGenerators.draw(ParkGenerators.metricsFor(Indicators.REVENUE), new SplittableRandom(42));
 * }</pre>
 *
 * <p>Every value passes the builders of parkdata-core. Parks and datasets validate with no
 * {@linkplain dev.parkdata.validation.Severity#ERROR error} unless built with {@linkplain
 * Inconsistency inconsistencies}; other values are consistent on their own but, put together by
 * hand, may refer to identifiers that are not defined. Every generator is {@linkplain
 * Gen#describedAs described}, so a falsified property prints its value readably (a park as an
 * outline of its zones, their areas and figures), and shrinks towards simple values: the first
 * place, the earliest year, no optional parts, fewer sub-zones. The generators are immutable and
 * can be shared; each factory returns the same instance every time.
 */
public final class ParkGenerators {
  private ParkGenerators() {}

  /**
   * The first and last years of generated periods; {@link Inconsistency}'s injected figures use
   * the years outside them, so that they never meet a generated one by accident.
   */
  static final int FIRST_YEAR = 1980;
  static final int LAST_YEAR = 2035;

  private static final List<String> PLACES =
      List.of(
          "苏州", "兰州", "杨凌", "中山", "西安", "青岛", "珠海", "保定", "银川", "舟山", "嘉兴", "成都",
          "武汉", "合肥", "昆山", "南京", "宁波", "长沙", "重庆", "深圳", "天津", "郑州", "大连", "厦门");
  private static final List<String> PLACE_IDS =
      List.of(
          "suzhou", "lanzhou", "yangling", "zhongshan", "xian", "qingdao", "zhuhai", "baoding",
          "yinchuan", "zhoushan", "jiaxing", "chengdu", "wuhan", "hefei", "kunshan", "nanjing",
          "ningbo", "changsha", "chongqing", "shenzhen", "tianjin", "zhengzhou", "dalian", "xiamen");
  private static final List<String> ID_KINDS =
      List.of("htz", "etdz", "ftz", "park", "base", "zone", "chain", "org");
  private static final List<String> SECTIONS =
      List.of("核心区", "东区", "西区", "南区", "北区", "一期", "二期", "三期", "起步区", "拓展区");
  private static final List<String> INDUSTRY_NAMES =
      List.of(
          "生物医药", "电子信息", "新能源", "新材料", "高端装备", "智能制造", "集成电路", "软件和信息服务",
          "医疗器械", "数字经济", "节能环保", "人工智能", "现代物流", "科技服务", "新能源汽车", "元宇宙");
  private static final List<Industry> INDUSTRIES =
      INDUSTRY_NAMES.stream().map(Industry::of).collect(Collectors.toUnmodifiableList());
  private static final List<String> FIRMS =
      List.of("积石", "皓天", "巨子", "威高", "华发", "昌发", "诺未", "玄云", "隆元", "汉捷", "恒升", "吉诺");
  private static final List<String> FIRM_SUFFIXES =
      List.of("科技有限公司", "药业有限公司", "科技股份有限公司", "生物技术有限公司", "投资集团有限公司");
  private static final List<String> PUBLISHERS =
      List.of("科技日报", "北京商报", "中国高新技术产业导报", "经济日报", "新华社", "人民日报");
  private static final List<String> AUTHORS = List.of("张晔", "顾满斌", "罗云鹏", "崔彩凤", "姚倩");
  private static final List<String> QUOTES = List.of("集聚企业", "总投资", "核准面积", "同比增长");
  private static final List<String> DISTRICTS = List.of("高新区", "工业园区", "海淀区", "昌平区", "金凤区");
  private static final List<String> PERIOD_LABELS = List.of("年底", "上半年");
  private static final List<String> TARGET_DESCRIPTIONS = List.of("总营收", "产值", "规模");
  private static final List<String> AUTHORITIES = List.of("国务院", "省人民政府");
  private static final List<String> DESIGNATION_TITLES =
      List.of("绿色产业示范基地", "国家新型工业化产业示范基地", "双创示范基地", "特色产业园");
  private static final List<String> GRANTORS = List.of("国家发展改革委", "科技部", "工业和信息化部");
  private static final List<String> PROGRAMMES = List.of("创新型产业集群试点");
  private static final List<String> MEASURE_DESCRIPTIONS = List.of("新型研发机构", "联合实验室", "高成长性企业");
  private static final List<String> ELIGIBILITY = List.of("在区内实际经营的科技企业", "港澳及外国投资者设立的机构");
  private static final String DIGITS = "0123456789";
  private static final String LOWER_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

  private static final ParkKind[] PARK_KINDS = ParkKind.values();
  private static final Province[] PROVINCES = Province.values();
  private static final AreaKind[] AREA_KINDS = AreaKind.values();
  private static final ApprovalLevel[] APPROVAL_LEVELS = ApprovalLevel.values();
  private static final ScaleClass[] SCALE_CLASSES = ScaleClass.values();
  private static final ChainPosition[] CHAIN_POSITIONS = ChainPosition.values();
  private static final OrganisationKind[] ORGANISATION_KINDS = OrganisationKind.values();
  private static final CertificationKind[] CERTIFICATION_KINDS = CertificationKind.values();
  private static final MeasureKind[] MEASURE_KINDS = MeasureKind.values();
  private static final MeasurePeriod[] MEASURE_PERIODS = MeasurePeriod.values();
  private static final ManagementRole[] MANAGEMENT_ROLES = ManagementRole.values();
  private static final Qualifier[] PLAIN_QUALIFIERS = {
    Qualifier.EXACT, Qualifier.APPROXIMATELY, Qualifier.MORE_THAN, Qualifier.AT_LEAST,
    Qualifier.OVER, Qualifier.NEARLY, Qualifier.LESS_THAN, Qualifier.AT_MOST
  };

  private static final Dimension CNY = Dimension.money("CNY");
  private static final Unit YI_KILOWATT_HOUR = Unit.parse("亿千瓦时");
  private static final List<Unit> AREA_UNITS = List.of(Units.SQUARE_KILOMETRE, Units.HECTARE, Units.MU);
  private static final List<Unit> COUNT_UNITS =
      List.of(Units.JIA, Units.GE, Units.JIAN, Units.MING, Units.REN, Units.WAN_JIA);
  private static final List<Unit> UNITS =
      List.of(
          Units.WAN_YUAN, Units.YI_YUAN, Units.SQUARE_KILOMETRE, Units.HECTARE, Units.MU,
          Units.SQUARE_METRE, Units.WAN_SQUARE_METRE, Units.PERCENT, Units.WAN_YUAN_PER_MU,
          Units.KILOWATT_HOUR, YI_KILOWATT_HOUR, Units.JIA, Units.GE, Units.JIAN, Units.MING, Units.REN,
          Units.WAN_JIA);
  private static final List<Indicator> OWN_INDICATORS =
      List.of(
          Indicator.of("patents", "专利数", "patents", Dimension.count("件")),
          Indicator.of("green-industry-share", "绿色产业增加值占比", "green industry share", Dimension.RATIO),
          Indicator.of("revenue-growth", "营收同比增长", "revenue growth year on year", Dimension.RATIO),
          Indicator.of("talents", "人才数", "talents", Dimension.count("名")),
          Indicator.of("green-power", "绿电", "green electricity", Dimension.ENERGY));
  private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);
  private static final YearMonth JANUARY_1984 = YearMonth.of(1984, 1);

  // ---------------------------------------------------------------------------------------------
  // Plausible values of each unit, and the metrics of each indicator, computed once.

  private static final MathContext TWO_DIGITS_DOWN = new MathContext(2, RoundingMode.DOWN);

  /** Plausible values of one unit: {@code min} to {@code max} at a scale, some rounded. */
  private static final class Values {
    private final long minUnscaled;
    private final Constraint span;
    private final int scale;
    private final BigDecimal max;

    Values(String min, String max, int scale) {
      this.minUnscaled = new BigDecimal(min).setScale(scale).unscaledValue().longValueExact();
      this.max = new BigDecimal(max).setScale(scale);
      this.span = Draws.upTo(this.max.unscaledValue().longValueExact() - minUnscaled);
      this.scale = scale;
    }

    /** Two distinct values, least first, from two values drawn. */
    BigDecimal[] distinct(BigDecimal a, BigDecimal b) {
      int order = a.compareTo(b);
      if (order < 0) {
        return new BigDecimal[] {a, b};
      } else if (order > 0) {
        return new BigDecimal[] {b, a};
      }
      BigDecimal above = a.add(a.ulp());
      return above.compareTo(max) <= 0
          ? new BigDecimal[] {a, above}
          : new BigDecimal[] {a.subtract(a.ulp()), a};
    }

    /** A value stated to the scale: the areas of zones, whose scale sets the rounding tolerance. */
    BigDecimal exact(RandomnessSource in) {
      return BigDecimal.valueOf(minUnscaled + in.next(span), scale);
    }

    /**
     * A value; one in four is rounded down to two significant digits (200亿元, 1100平方米), as
     * reported figures often are. Rounding down keeps it at least the minimum, which has one.
     */
    BigDecimal draw(RandomnessSource in) {
      BigDecimal value = exact(in);
      if (chance(in, 25) && value.precision() > 2) {
        value = value.round(TWO_DIGITS_DOWN).stripTrailingZeros();
        if (value.scale() < 0) {
          value = value.setScale(0);
        }
      }
      return value;
    }
  }

  private static final Map<Unit, Values> VALUES = new HashMap<>();

  static {
    VALUES.put(Units.YI_YUAN, new Values("0.01", "5000", 2));
    VALUES.put(Units.PERCENT, new Values("0.1", "99", 1));
    VALUES.put(Units.SQUARE_KILOMETRE, new Values("0.5", "500", 2));
    VALUES.put(Units.WAN_SQUARE_METRE, new Values("0.5", "500", 2));
    VALUES.put(Units.HECTARE, new Values("1", "50000", 2));
    VALUES.put(Units.WAN_JIA, new Values("0.1", "100", 1));
    VALUES.put(Units.WAN_YUAN_PER_MU, new Values("0.1", "100", 1));
  }

  private static Values values(Unit unit) {
    Values known = VALUES.get(unit);
    if (known != null) {
      return known;
    } else if (unit.dimension().equals(Dimension.AREA)) {
      return new Values("10", "500000", 0);
    } else if (unit.dimension().equals(CNY) || unit.dimension().equals(Dimension.ENERGY)) {
      return new Values("1", "100000", 2);
    }
    return new Values("1", "5000", 0);
  }

  private static final Map<Unit, Values> ALL_VALUES = new HashMap<>();

  static {
    for (Unit unit : UNITS) {
      ALL_VALUES.put(unit, values(unit));
    }
  }

  private static Values valuesOf(Unit unit) {
    Values values = ALL_VALUES.get(unit);
    return values != null ? values : values(unit);
  }

  private static List<Unit> unitsFor(Dimension dimension) {
    if (dimension.equals(CNY)) {
      return List.of(Units.WAN_YUAN, Units.YI_YUAN);
    } else if (dimension.equals(Dimension.AREA)) {
      return List.of(
          Units.SQUARE_KILOMETRE, Units.HECTARE, Units.MU, Units.SQUARE_METRE, Units.WAN_SQUARE_METRE);
    } else if (dimension.equals(Dimension.RATIO)) {
      return List.of(Units.PERCENT);
    } else if (dimension.equals(Dimension.ratio(CNY, Dimension.AREA))) {
      return List.of(Units.WAN_YUAN_PER_MU);
    } else if (dimension.equals(Dimension.ENERGY)) {
      return List.of(Units.KILOWATT_HOUR, YI_KILOWATT_HOUR);
    }
    List<Unit> counts = new ArrayList<>();
    for (Unit unit : COUNT_UNITS) {
      if (unit.dimension().equals(dimension)) {
        counts.add(unit);
      }
    }
    return List.copyOf(counts);
  }

  /** The metrics that fit one indicator: nine in ten plain, one in ten a range. */
  private static final class MetricsFor {
    private final List<Unit> units;

    MetricsFor(List<Unit> units) {
      this.units = units;
    }

    Metric draw(RandomnessSource in) {
      Unit unit = pick(in, units);
      Values values = valuesOf(unit);
      if (upTo(in, 9) < 9) {
        BigDecimal value = values.draw(in);
        return Metric.of(value, unit, pick(in, PLAIN_QUALIFIERS));
      }
      BigDecimal[] bounds = values.distinct(values.draw(in), values.draw(in));
      return Metric.range(bounds[0], bounds[1], unit);
    }
  }

  /** The metrics of the indicators generated, by identity: hashing an indicator is not free. */
  private static final Map<Indicator, MetricsFor> GENERATED_METRICS = new IdentityHashMap<>();

  /** The metrics of other indicators asked for, by equality. */
  private static final Map<Indicator, MetricsFor> METRICS_FOR = new ConcurrentHashMap<>();

  static {
    for (Indicator indicator : Indicators.standard()) {
      GENERATED_METRICS.put(indicator, new MetricsFor(unitsFor(indicator.dimension())));
    }
    for (Indicator indicator : OWN_INDICATORS) {
      GENERATED_METRICS.put(indicator, new MetricsFor(unitsFor(indicator.dimension())));
    }
  }

  private static MetricsFor metricsOf(Indicator indicator) {
    MetricsFor known = GENERATED_METRICS.get(indicator);
    if (known == null) {
      known = METRICS_FOR.get(indicator);
    }
    if (known != null) {
      return known;
    }
    List<Unit> units = unitsFor(indicator.dimension());
    checkArgument(!units.isEmpty(), "no units known for %s", indicator);
    MetricsFor metrics = new MetricsFor(units);
    if (METRICS_FOR.size() < 1_000) {
      METRICS_FOR.put(indicator, metrics);
    }
    return metrics;
  }

  // ---------------------------------------------------------------------------------------------
  // Draws, shared with ParkGen and DatasetGen.

  static Identifier identifier(RandomnessSource in) {
    if (upTo(in, 3) == 0) {
      return Identifier.of((chance(in, 50) ? "S" : "G") + chars(in, DIGITS, 6, 6));
    }
    return Identifier.of(
        pick(in, PLACE_IDS) + "-" + pick(in, ID_KINDS) + "-" + chars(in, LOWER_DIGITS, 1, 4));
  }

  static Industry industry(RandomnessSource in) {
    return pick(in, INDUSTRIES);
  }

  private static String shortName(ParkKind kind) {
    switch (kind) {
      case HIGH_TECH_ZONE:
        return "高新区";
      case ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE:
        return "经开区";
      case FREE_TRADE_ZONE:
        return "自贸区";
      default:
        return "园区";
    }
  }

  /** The kind's English name in title case, as in a park's English name: High-tech Industrial Development Zone. */
  private static String englishName(ParkKind kind) {
    StringBuilder title = new StringBuilder();
    for (String word : kind.englishName().split(" ")) {
      title.append(title.length() == 0 ? "" : " ")
          .append(word.equals("and") || word.equals("of") ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
    }
    return title.toString();
  }

  static Names names(RandomnessSource in) {
    int place = upTo(in, PLACES.size() - 1);
    ParkKind kind = pick(in, PARK_KINDS);
    String official = PLACES.get(place) + kind.chineseName();
    Names.Builder b = Names.builder().official(official);
    if (chance(in, 60)) {
      b.addShortNames(PLACES.get(place) + shortName(kind));
    }
    if (chance(in, 30)) {
      String pinyin = PLACE_IDS.get(place);
      String town = pinyin.substring(0, 1).toUpperCase(Locale.ROOT) + pinyin.substring(1);
      b.english(town + " " + englishName(kind));
    }
    if (chance(in, 10)) {
      b.addFormerNames(official + "旧称");
    }
    return b.build();
  }

  static Location location(RandomnessSource in) {
    Province province = pick(in, PROVINCES);
    Location.Builder b = Location.builder().province(province);
    if (chance(in, 95)) {
      b.city(pick(in, PLACES) + "市");
    }
    if (chance(in, 95)) {
      b.district(pick(in, DISTRICTS));
    }
    if (chance(in, 95)) {
      b.divisionCode(province.code() + chars(in, DIGITS, 2, 2));
    }
    return b.build();
  }

  /** A source; published, if at all, {@code published}. */
  private static Source source(RandomnessSource in, Gen<LocalDate> published) {
    Source.Builder b =
        Source.builder()
            .publisher(pick(in, PUBLISHERS))
            .title(pick(in, PLACES) + "推动" + pick(in, INDUSTRY_NAMES) + "产业集群发展");
    if (chance(in, 70)) {
      b.published(published.generate(in));
    }
    if (chance(in, 30)) {
      b.url(URI.create("https://example.org/news/" + chars(in, LOWER, 1, 8)));
    }
    return b.addAllAuthors(distinct(in, 2, AUTHOR)).build();
  }

  private static final Gen<String> AUTHOR = in -> pick(in, AUTHORS);
  private static final Gen<LocalDate> DAYS_SINCE_2000 = in -> Y2000.plusDays(upTo(in, 9000));

  static Source source(RandomnessSource in) {
    return source(in, DAYS_SINCE_2000);
  }

  /** A citation of {@code source}, quoting {@code quote} (if drawn) and where it stands. */
  private static Citation citation(RandomnessSource in, Source source, Optional<String> quote) {
    int at = upTo(in, 5000);
    boolean spanned = chance(in, 50);
    return Citation.builder()
        .source(source)
        .quote(quote)
        .span(quote.filter(q -> spanned).map(q -> TextSpan.of(at, at + q.length())))
        .build();
  }

  static Citation citation(RandomnessSource in) {
    Source source = source(in);
    return citation(in, source, optional(in, 95, QUOTES));
  }

  static Period period(RandomnessSource in) {
    int year = between(in, FIRST_YEAR, LAST_YEAR);
    Period period;
    switch (upTo(in, 7)) {
      case 0:
        period = Period.year(year);
        break;
      case 1:
        period = Period.halfYear(year, between(in, 1, 2));
        break;
      case 2:
        period = Period.quarter(year, between(in, 1, 4));
        break;
      case 3:
        period = Period.month(YearMonth.of(year, between(in, 1, 12)));
        break;
      case 4:
        period = Period.months(YearMonth.of(year, 1), YearMonth.of(year, between(in, 1, 5) + 1));
        break;
      case 5:
        period = Period.years(year, Math.min(year + upTo(in, 20), LAST_YEAR));
        break;
      case 6:
        period = Period.fiveYearPlan(between(in, 6, 15));
        break;
      default:
        period = Period.asOf(LocalDate.ofYearDay(year, between(in, 1, 365)));
        break;
    }
    return chance(in, 10) ? period.withLabel(pick(in, PERIOD_LABELS)) : period;
  }

  static Indicator indicator(RandomnessSource in) {
    return upTo(in, 6) < 6 ? pick(in, Indicators.standard()) : pick(in, OWN_INDICATORS);
  }

  static Metric metric(RandomnessSource in, Indicator indicator) {
    return metricsOf(indicator).draw(in);
  }

  static Area area(RandomnessSource in, AreaKind kind) {
    Unit unit = pick(in, AREA_UNITS);
    BigDecimal value = valuesOf(unit).exact(in);
    Area.Builder b = Area.builder().kind(kind).metric(Metric.of(value, unit));
    if (chance(in, 30)) {
      b.citation(citation(in));
    }
    return b.build();
  }

  /**
   * An observation about {@code subject} whose metric fits the indicator and whose source, if
   * any, was published after the period it reports on.
   */
  static Observation observation(RandomnessSource in, Identifier subject) {
    Indicator indicator = indicator(in);
    Period period = period(in);
    Optional<Industry> industry = optional(in, 30, INDUSTRY);
    Metric metric = metric(in, indicator);
    Observation.Builder b =
        Observation.builder()
            .subject(subject)
            .indicator(indicator)
            .period(period)
            .metric(metric)
            .industry(industry);
    if (chance(in, 70)) {
      LocalDate end = period.end();
      Source source = source(in, r -> end.plusDays(between(r, 1, 400)));
      Optional<String> quote =
          chance(in, 95) ? Optional.of(MetricFormat.SIMPLIFIED.format(metric)) : Optional.empty();
      b.citation(citation(in, source, quote));
    }
    return b.build();
  }

  /** Up to {@code max} observations of {@code subject}, no two of the same period. */
  static List<Observation> observations(RandomnessSource in, Identifier subject, int max) {
    return distinct(in, max, r -> observation(r, subject), Observation::period);
  }

  private static final Gen<Industry> INDUSTRY = ParkGenerators::industry;

  static Target target(RandomnessSource in) {
    Indicator indicator = indicator(in);
    Target.Builder b = Target.builder().indicator(indicator);
    if (chance(in, 80)) {
      b.deadline(period(in));
    }
    if (chance(in, 30)) {
      b.industry(industry(in));
    }
    b.threshold(metric(in, indicator));
    if (chance(in, 95)) {
      b.description(pick(in, TARGET_DESCRIPTIONS));
    }
    return b.build();
  }

  static Approval approval(RandomnessSource in) {
    Approval.Builder b = Approval.builder().level(pick(in, APPROVAL_LEVELS));
    if (chance(in, 30)) {
      b.authority(pick(in, AUTHORITIES));
    }
    if (chance(in, 95)) {
      b.date(JANUARY_1984.plusMonths(upTo(in, 480)));
    }
    return b.build();
  }

  static Designation designation(RandomnessSource in) {
    Designation.Builder b =
        Designation.builder().title(pick(in, DESIGNATION_TITLES)).year(Year.of(between(in, 1990, 2024)));
    if (chance(in, 95)) {
      b.grantor(pick(in, GRANTORS));
    }
    return b.build();
  }

  static Cluster cluster(
      RandomnessSource in, Gen<Identifier> id, Gen<Identifier> parks, Gen<Identifier> organisations) {
    Identifier clusterId = id.generate(in);
    Industry industry = industry(in);
    Cluster.Builder b =
        Cluster.builder()
            .id(clusterId)
            .name(pick(in, PLACES) + industry.name() + "产业集群")
            .industry(industry)
            .addAllHostParks(distinct(in, 2, parks));
    if (chance(in, 50)) {
      Recognition.Builder r = Recognition.builder().body(organisations.generate(in));
      if (chance(in, 95)) {
        r.programme(pick(in, PROGRAMMES));
      }
      if (chance(in, 95)) {
        r.batch(between(in, 1, 5));
      }
      b.recognition(r.build());
    }
    if (chance(in, 50)) {
      b.scaleClass(pick(in, SCALE_CLASSES));
    }
    return b.addAllMembers(distinct(in, 3, organisations))
        .addAllObservations(observations(in, clusterId, 2))
        .addAllTargets(list(in, 2, TARGETS))
        .build();
  }

  static IndustrialChain chain(
      RandomnessSource in, Gen<Identifier> id, Gen<Identifier> parks, Gen<Identifier> organisations) {
    Identifier chainId = id.generate(in);
    Industry industry = industry(in);
    IndustrialChain.Builder b =
        IndustrialChain.builder()
            .id(chainId)
            .name(industry.name() + "产业链")
            .industry(industry)
            .hostPark(parks.generate(in));
    for (ChainPosition position : CHAIN_POSITIONS) {
      if (chance(in, 50)) {
        b.addSegment(Segment.of(position, position.chineseName() + "环节"));
      }
    }
    b.addAllLeadEnterprises(distinct(in, 2, organisations));
    if (chance(in, 50)) {
      b.scaleClass(pick(in, SCALE_CLASSES));
    }
    return b.addAllTargets(list(in, 2, TARGETS))
        .addAllObservations(observations(in, chainId, 2))
        .build();
  }

  private static final Gen<Certification> CERTIFICATION =
      in -> Certification.of(pick(in, CERTIFICATION_KINDS), Year.of(between(in, 2000, 2024)));

  static Organisation organisation(RandomnessSource in, Gen<Identifier> id, Gen<Identifier> parks) {
    Identifier organisationId = id.generate(in);
    String place = pick(in, PLACES);
    String firm = pick(in, FIRMS);
    String suffix = pick(in, FIRM_SUFFIXES);
    Organisation.Builder b =
        Organisation.builder()
            .id(organisationId)
            .names(
                Names.builder()
                    .official(place + firm + suffix)
                    .addShortNames(firm + suffix.substring(0, 2))
                    .build())
            .kind(pick(in, ORGANISATION_KINDS))
            .addAllCertifications(distinct(in, 2, CERTIFICATION, Certification::kind));
    if (chance(in, 50)) {
      b.founded(Year.of(between(in, 1950, 2024)));
    }
    if (chance(in, 50)) {
      b.location(location(in));
    }
    if (chance(in, 50)) {
      b.park(parks.generate(in));
    }
    return b.addAllObservations(observations(in, organisationId, 2)).build();
  }

  static Measure measure(RandomnessSource in) {
    Measure.Builder b = Measure.builder().kind(pick(in, MEASURE_KINDS));
    if (chance(in, 50)) {
      b.description(pick(in, MEASURE_DESCRIPTIONS));
    }
    if (chance(in, 70)) {
      b.amount(metric(in, Indicators.RD_SPENDING));
    }
    if (chance(in, 30)) {
      b.rate(Rate.of(metric(in, Indicators.RD_INTENSITY), Indicators.RD_SPENDING));
    }
    if (chance(in, 50)) {
      b.period(pick(in, MEASURE_PERIODS));
    }
    if (chance(in, 50)) {
      b.eligibility(pick(in, ELIGIBILITY));
    }
    return b.build();
  }

  private static final Gen<Measure> MEASURE = ParkGenerators::measure;

  static Policy policy(
      RandomnessSource in, Gen<Identifier> id, Gen<Identifier> parks, Gen<Identifier> organisations) {
    Policy.Builder b =
        Policy.builder()
            .id(id.generate(in))
            .title("关于支持" + pick(in, PLACES) + pick(in, INDUSTRY_NAMES) + "产业发展的若干措施")
            .issuer(organisations.generate(in));
    if (chance(in, 30)) {
      b.documentNumber("管发〔2024〕" + between(in, 1, 99) + "号");
    }
    if (chance(in, 50)) {
      b.issued(Y2000.plusDays(upTo(in, 9000)));
    }
    b.addAllAppliesTo(distinct(in, 2, parks));
    if (chance(in, 30)) {
      b.jurisdiction(pick(in, PLACES) + "市");
    }
    if (chance(in, 30)) {
      b.validity(period(in));
    }
    b.addAllMeasures(list(in, 3, MEASURE));
    if (chance(in, 30)) {
      b.citation(citation(in));
    }
    return b.build();
  }

  /** A managing body of a zone: any role, by one of {@code organisations}. */
  static Management management(RandomnessSource in, Gen<Identifier> organisations) {
    return Management.of(pick(in, MANAGEMENT_ROLES), organisations.generate(in));
  }

  /** The official name of a zone of {@code kind} in {@code place}, sometimes of a section of it. */
  static Names zoneName(RandomnessSource in, ParkKind kind, String place) {
    String section = chance(in, 50) ? pick(in, SECTIONS) : "";
    return Names.builder().official(place + kind.chineseName() + section).build();
  }

  static ParkKind parkKind(RandomnessSource in) {
    return pick(in, PARK_KINDS);
  }

  static String place(RandomnessSource in) {
    return pick(in, PLACES);
  }

  static AreaKind areaKind(RandomnessSource in) {
    return pick(in, AREA_KINDS);
  }

  // ---------------------------------------------------------------------------------------------
  // The generators.

  private static final Gen<Identifier> IDENTIFIERS =
      described(ParkGenerators::identifier, Identifier::value);
  private static final Gen<Industry> INDUSTRIES_GEN = INDUSTRY.describedAs(Industry::name);
  private static final Gen<Names> NAMES = described(ParkGenerators::names, Describe::names);
  private static final Gen<Location> LOCATIONS =
      described(ParkGenerators::location, Describe::location);
  private static final Gen<Source> SOURCES =
      described(ParkGenerators::source, Describe::source);
  private static final Gen<Citation> CITATIONS =
      described(ParkGenerators::citation, Describe::citation);
  private static final Gen<Period> PERIODS = described(ParkGenerators::period, Describe::period);
  private static final Gen<Indicator> INDICATORS =
      described(ParkGenerators::indicator, Describe::indicator);
  private static final Gen<Unit> UNITS_GEN = described(in -> pick(in, UNITS), Unit::toString);
  private static final Gen<Metric> METRICS =
      described(in -> metric(in, indicator(in)), Describe::metric);
  private static final Gen<Area> AREAS =
      described(in -> area(in, areaKind(in)), Describe::area);
  private static final Gen<Observation> OBSERVATIONS =
      described(in -> observation(in, identifier(in)), Describe::observation);
  private static final Gen<Target> TARGETS = described(ParkGenerators::target, Describe::target);
  private static final Gen<Approval> APPROVALS =
      described(ParkGenerators::approval, Describe::approval);
  private static final Gen<Designation> DESIGNATIONS =
      described(ParkGenerators::designation, Describe::designation);
  private static final Gen<Cluster> CLUSTERS =
      described(in -> cluster(in, IDENTIFIERS, IDENTIFIERS, IDENTIFIERS), Describe::cluster);
  private static final Gen<IndustrialChain> CHAINS =
      described(in -> chain(in, IDENTIFIERS, IDENTIFIERS, IDENTIFIERS), Describe::chain);
  private static final Gen<Organisation> ORGANISATIONS =
      described(in -> organisation(in, IDENTIFIERS, IDENTIFIERS), Describe::organisation);
  private static final Gen<Measure> MEASURES = MEASURE.describedAs(Describe::measure);
  private static final Gen<Policy> POLICIES =
      described(in -> policy(in, IDENTIFIERS, IDENTIFIERS, IDENTIFIERS), Describe::policy);

  /** {@code gen} described by {@code describe}: the lambda or method reference typed as a Gen. */
  private static <T> Gen<T> described(Gen<T> gen, AsString<T> describe) {
    return gen.describedAs(describe);
  }

  /**
   * Identifiers as data sets use them: catalogue codes ({@code G322018}), one in four, and
   * hyphenated names ({@code suzhou-htz-2b}).
   *
   * @return the generator of identifiers
   */
  public static Gen<Identifier> identifiers() {
    return IDENTIFIERS;
  }

  /**
   * The names of industries: 生物医药, 集成电路, 软件和信息服务 …
   *
   * @return the generator of industries
   */
  public static Gen<Industry> industries() {
    return INDUSTRIES_GEN;
  }

  /**
   * Names of zones: 苏州高新技术产业开发区, often with a short name (苏州高新区), sometimes an English
   * one (Suzhou High-tech Industrial Development Zone) or a former one.
   *
   * @return the generator of names
   */
  public static Gen<Names> names() {
    return NAMES;
  }

  /**
   * Locations: a province, mostly with a city, a district and an administrative code.
   *
   * @return the generator of locations
   */
  public static Gen<Location> locations() {
    return LOCATIONS;
  }

  /**
   * Newspaper sources of 2000 to 2024, some with authors, a date and an address.
   *
   * @return the generator of sources
   */
  public static Gen<Source> sources() {
    return SOURCES;
  }

  /**
   * Citations of {@linkplain #sources() sources}, mostly quoting a few words, some saying where
   * they stand.
   *
   * @return the generator of citations
   */
  public static Gen<Citation> citations() {
    return CITATIONS;
  }

  /**
   * Periods of 1980 to 2035 of every kind: years, half-years, quarters, months, spans of months
   * and of years, five-year plans and dates (截至…), one in ten labelled (年底, 上半年).
   *
   * @return the generator of periods
   */
  public static Gen<Period> periods() {
    return PERIODS;
  }

  /**
   * Indicators: mostly the {@linkplain Indicators#standard() standard ones}, one in seven one of
   * a data set's own (专利数 in 件, 绿色产业占比 as a share, 绿电 in 千瓦时).
   *
   * @return the generator of indicators
   */
  public static Gen<Indicator> indicators() {
    return INDICATORS;
  }

  /**
   * The units figures are reported in: 万元 and 亿元; 平方公里, 公顷, 亩, 平方米 and 万平方米; %;
   * 万元/亩; 千瓦时 and 亿千瓦时; 家, 个, 件, 名 and 万家.
   *
   * @return the generator of units
   */
  public static Gen<Unit> units() {
    return UNITS_GEN;
  }

  /**
   * Metrics of any {@linkplain #indicators() indicator}, with every qualifier including {@link
   * Qualifier#RANGE}: 200亿元以上, 约1100平方米, 2万余家, 21.6%, 400-600个 …
   *
   * @return the generator of metrics
   */
  public static Gen<Metric> metrics() {
    return METRICS;
  }

  /**
   * Metrics that fit {@code indicator}: amounts of money in 万元 or 亿元 for 营业收入, counts in 家
   * for 企业数, percentages from 0.1 to 99 for a share, areas in 平方公里, 公顷, 亩 or 平方米; nine
   * in ten with any qualifier but {@link Qualifier#RANGE}, one in ten a range (400-600个). One
   * figure in four is rounded to two significant digits (200亿元), as reports round them.
   *
   * @param indicator what the metrics measure
   * @return the generator of metrics of {@code indicator}'s dimension
   * @throws IllegalArgumentException if no units are known for the indicator's dimension
   */
  public static Gen<Metric> metricsFor(Indicator indicator) {
    checkNotNull(indicator, "indicator");
    MetricsFor metrics = metricsOf(indicator);
    return described(metrics::draw, Describe::metric);
  }

  /**
   * Areas of any kind in 平方公里, 公顷 (to the hundredth) or 亩 (whole), stated exactly, some
   * cited.
   *
   * @return the generator of areas
   */
  public static Gen<Area> areas() {
    return AREAS;
  }

  /**
   * Observations about any {@linkplain #identifiers() identifier}: see {@link
   * #observations(Identifier)}.
   *
   * @return the generator of observations
   */
  public static Gen<Observation> observations() {
    return OBSERVATIONS;
  }

  /**
   * Observations about {@code subject} whose metric fits the indicator, some by industry, and
   * whose source, if any (seven in ten), was published one to 400 days after the period it
   * reports on and quotes the figure.
   *
   * @param subject what the observations are about
   * @return the generator of observations of {@code subject}
   */
  public static Gen<Observation> observations(Identifier subject) {
    checkNotNull(subject, "subject");
    return described(in -> observation(in, subject), Describe::observation);
  }

  /**
   * Targets (到2022年…突破1900亿元) whose threshold fits the indicator, most with a deadline.
   *
   * @return the generator of targets
   */
  public static Gen<Target> targets() {
    return TARGETS;
  }

  /**
   * Approvals by the State Council or a province, most dated from 1984 to 2024.
   *
   * @return the generator of approvals
   */
  public static Gen<Approval> approvals() {
    return APPROVALS;
  }

  /**
   * Designations such as 绿色产业示范基地 (2020), of 1990 to 2024.
   *
   * @return the generator of designations
   */
  public static Gen<Designation> designations() {
    return DESIGNATIONS;
  }

  /**
   * Clusters (苏州生物医药产业集群) hosted by, recognised by and with members of any identifiers,
   * with figures and targets.
   *
   * @return the generator of clusters
   */
  public static Gen<Cluster> clusters() {
    return CLUSTERS;
  }

  /**
   * Industrial chains hosted by any identifier, with their segments in order and figures.
   *
   * @return the generator of industrial chains
   */
  public static Gen<IndustrialChain> chains() {
    return CHAINS;
  }

  /**
   * Enterprises, institutes and other organisations (苏州积石药业有限公司), some in a park, some
   * certified.
   *
   * @return the generator of organisations
   */
  public static Gen<Organisation> organisations() {
    return ORGANISATIONS;
  }

  /**
   * Policy measures: subsidies and awards of 万元 or 亿元 (最高2000万元, 100万元以上), some a rate of
   * 研发投入 (20%).
   *
   * @return the generator of measures
   */
  public static Gen<Measure> measures() {
    return MEASURES;
  }

  /**
   * Policies (关于支持苏州生物医药产业发展的若干措施) issued by any identifier, applying to any
   * identifiers, with up to three measures.
   *
   * @return the generator of policies
   */
  public static Gen<Policy> policies() {
    return POLICIES;
  }

  /**
   * Parks, by default two levels deep with up to three sub-zones per zone: see {@link ParkGen} to
   * configure depth, breadth and inconsistencies.
   *
   * @return the default generator of parks
   */
  public static ParkGen parks() {
    return ParkGen.DEFAULT;
  }

  /**
   * Datasets of up to two of each kind of entity, parks one level deep: see {@link DatasetGen} to
   * configure size, depth and inconsistencies.
   *
   * @return the default generator of datasets
   */
  public static DatasetGen datasets() {
    return DatasetGen.DEFAULT;
  }

  /**
   * Draws one value of {@code gen} with {@code random}, without QuickTheories' runner: for plain
   * JUnit tests, benchmarks and other property-testing libraries. Works with any {@link Gen},
   * QuickTheories' own included; the same seed draws the same value. Nothing shrinks.
   *
   * <pre>{@code
   * Dataset dataset =
   *     ParkGenerators.draw(ParkGenerators.datasets().ofMaxSize(5), new SplittableRandom(42));
   * }</pre>
   *
   * @param gen the generator
   * @param random where the randomness comes from; drawing advances it
   * @param <T> the type of value
   * @return a value of {@code gen}
   * @throws IllegalStateException if {@code gen}'s {@linkplain Gen#assuming assumptions} reject
   *     10,000 values in a row
   */
  public static <T> T draw(Gen<T> gen, RandomGenerator random) {
    return RandomGeneratorSource.draw(gen, random);
  }
}
