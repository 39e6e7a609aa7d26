package dev.parkdata.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

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
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of realistic, valid park data: Chinese names of real places and kinds of zone,
 * the units reporting really mixes (亿元 and 万元, 平方公里 and 公顷 and 亩, 家 and 个), qualifiers
 * (超过, 约, 以上, 余 …), figures that fit their indicators, sources published after the periods
 * they report on, and nested zones whose areas add up.
 *
 * <p>With parkdata-testing on the test class path, {@code @ForAll Park park} (and every other
 * domain type) just works: the generators below are registered as the default for their type. For
 * configured generation, use {@link #parks()} and {@link #datasets()}:
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Park> deepParks() {
 *   return ParkArbitraries.parks().withDepth(3).withMaxSubZones(2);
 * }
 *
 * @Provide
 * Arbitrary<Dataset> brokenDatasets() {
 *   return ParkArbitraries.datasets().withInconsistencies(Inconsistency.COUNT_EXCEEDS_TOTAL);
 * }
 * }</pre>
 *
 * <p>Every value passes the builders of parkdata-core. Parks and datasets validate with no
 * {@linkplain dev.parkdata.validation.Severity#ERROR error} unless built with {@linkplain
 * Inconsistency inconsistencies}; other values are consistent on their own but, put together by
 * hand, may refer to identifiers that are not defined.
 */
public final class ParkArbitraries {
  private ParkArbitraries() {}

  private static final List<String> PLACES =
      List.of(
          "苏州", "兰州", "杨凌", "中山", "西安", "青岛", "珠海", "保定", "银川", "舟山", "嘉兴", "成都",
          "武汉", "合肥", "昆山", "南京", "宁波", "长沙", "重庆", "深圳", "天津", "郑州", "大连", "厦门");
  private static final List<String> PLACE_IDS =
      List.of(
          "suzhou", "lanzhou", "yangling", "zhongshan", "xian", "qingdao", "zhuhai", "baoding",
          "yinchuan", "zhoushan", "jiaxing", "chengdu", "wuhan", "hefei", "kunshan", "nanjing",
          "ningbo", "changsha", "chongqing", "shenzhen", "tianjin", "zhengzhou", "dalian", "xiamen");
  private static final List<String> SECTIONS =
      List.of("核心区", "东区", "西区", "南区", "北区", "一期", "二期", "三期", "起步区", "拓展区");
  private static final List<String> INDUSTRIES =
      List.of(
          "生物医药", "电子信息", "新能源", "新材料", "高端装备", "智能制造", "集成电路", "软件和信息服务",
          "医疗器械", "数字经济", "节能环保", "人工智能", "现代物流", "科技服务", "新能源汽车", "元宇宙");
  private static final List<String> FIRMS =
      List.of("积石", "皓天", "巨子", "威高", "华发", "昌发", "诺未", "玄云", "隆元", "汉捷", "恒升", "吉诺");
  private static final List<String> FIRM_SUFFIXES =
      List.of("科技有限公司", "药业有限公司", "科技股份有限公司", "生物技术有限公司", "投资集团有限公司");
  private static final List<String> PUBLISHERS =
      List.of("科技日报", "北京商报", "中国高新技术产业导报", "经济日报", "新华社", "人民日报");

  private static final Dimension CNY = Dimension.money("CNY");

  /**
   * Identifiers as data sets use them: catalogue codes ({@code G322018}) and hyphenated names
   * ({@code suzhou-htz-2b}).
   */
  public static Arbitrary<Identifier> identifiers() {
    Arbitrary<String> codes =
        Combinators.combine(
                Arbitraries.of("G", "S"),
                Arbitraries.strings().numeric().ofLength(6))
            .as(String::concat);
    Arbitrary<String> named =
        Combinators.combine(
                Arbitraries.of(PLACE_IDS),
                Arbitraries.of("htz", "etdz", "ftz", "park", "base", "zone", "chain", "org"),
                Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(4))
            .as((place, kind, suffix) -> place + "-" + kind + "-" + suffix);
    return Arbitraries.frequencyOf(Tuple.of(1, codes), Tuple.of(3, named)).map(Identifier::of);
  }

  /** The names of industries: 生物医药, 集成电路, 软件和信息服务 … */
  public static Arbitrary<Industry> industries() {
    return Arbitraries.of(INDUSTRIES).map(Industry::of);
  }

  /** Names of zones: 苏州高新技术产业开发区 with a short name, sometimes a traditional or English one. */
  public static Arbitrary<Names> names() {
    return Combinators.combine(Arbitraries.of(PLACES), Arbitraries.of(ParkKind.class))
        .flatAs((place, kind) -> names(place + kind.chineseName(), place + shortName(kind)));
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

  private static Arbitrary<Names> names(String official, String shortName) {
    return Builders.withBuilder(() -> Names.builder().official(official))
        .use(Arbitraries.just(shortName)).withProbability(0.6).in(Names.Builder::addShortNames)
        .use(Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(12)).withProbability(0.3)
        .in((b, english) -> b.english(english + " Zone"))
        .use(Arbitraries.just(official + "旧称")).withProbability(0.1)
        .in(Names.Builder::addFormerNames)
        .build(Names.Builder::build);
  }

  /** Locations: a province, sometimes with a city, a district and an administrative code. */
  public static Arbitrary<Location> locations() {
    return Combinators.combine(
            Arbitraries.of(Province.class),
            Arbitraries.of(PLACES).map(p -> p + "市").optional(),
            Arbitraries.of("高新区", "工业园区", "海淀区", "昌平区", "金凤区").optional(),
            Arbitraries.strings().numeric().ofLength(2).optional())
        .as(
            (province, city, district, suffix) ->
                Location.builder()
                    .province(province)
                    .city(city)
                    .district(district)
                    .divisionCode(suffix.map(s -> province.code() + s))
                    .build());
  }

  /** Newspaper sources of 2000 to 2024, some with authors, a date and an address. */
  public static Arbitrary<Source> sources() {
    return sources(Arbitraries.integers().between(0, 9000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d)));
  }

  private static Arbitrary<Source> sources(Arbitrary<LocalDate> published) {
    return Builders.withBuilder(Source::builder)
        .use(Arbitraries.of(PUBLISHERS)).in(Source.Builder::publisher)
        .use(Combinators.combine(Arbitraries.of(PLACES), Arbitraries.of(INDUSTRIES))
            .as((place, industry) -> place + "推动" + industry + "产业集群发展"))
        .in(Source.Builder::title)
        .use(published).withProbability(0.7).in(Source.Builder::published)
        .use(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
            .map(s -> URI.create("https://example.org/news/" + s)))
        .withProbability(0.3).in(Source.Builder::url)
        .use(Arbitraries.of("张晔", "顾满斌", "罗云鹏", "崔彩凤", "姚倩").list().uniqueElements().ofMaxSize(2))
        .in(Source.Builder::addAllAuthors)
        .build(Source.Builder::build);
  }

  /** Citations of {@link #sources()}, some quoting a few words and where they stand. */
  public static Arbitrary<Citation> citations() {
    return citations(sources(), Arbitraries.of("集聚企业", "总投资", "核准面积", "同比增长"));
  }

  private static Arbitrary<Citation> citations(Arbitrary<Source> sources, Arbitrary<String> quotes) {
    return Combinators.combine(
            sources, quotes.optional(), Arbitraries.integers().between(0, 5000), Arbitraries.of(true, false))
        .as(
            (source, quote, at, spanned) ->
                Citation.builder()
                    .source(source)
                    .quote(quote)
                    .span(quote.filter(q -> spanned).map(q -> TextSpan.of(at, at + q.length())))
                    .build());
  }

  /**
   * Periods of 1980 to 2035 of every kind: years, half-years, quarters, months, spans of years,
   * five-year plans and dates (截至…), a few labelled.
   */
  public static Arbitrary<Period> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1980, 2035);
    Arbitrary<Period> periods =
        Arbitraries.oneOf(
            years.map(Period::year),
            Combinators.combine(years, Arbitraries.integers().between(1, 2)).as(Period::halfYear),
            Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(Period::quarter),
            Combinators.combine(years, Arbitraries.integers().between(1, 12))
                .as((y, m) -> Period.month(YearMonth.of(y, m))),
            Combinators.combine(years, Arbitraries.integers().between(1, 5))
                .as((y, n) -> Period.months(YearMonth.of(y, 1), YearMonth.of(y, n + 1))),
            Combinators.combine(years, Arbitraries.integers().between(0, 20))
                .as((y, n) -> Period.years(y, Math.min(y + n, 2035))),
            Arbitraries.integers().between(6, 15).map(Period::fiveYearPlan),
            Combinators.combine(years, Arbitraries.integers().between(1, 365))
                .as((y, d) -> Period.asOf(LocalDate.ofYearDay(y, d))));
    return Combinators.combine(periods, Arbitraries.of("年底", "上半年").optional(0.1))
        .as((p, label) -> label.map(p::withLabel).orElse(p));
  }

  /**
   * Indicators: mostly the {@linkplain Indicators#standard() standard ones}, sometimes one of a
   * data set's own (专利数 in 件, 绿色产业占比 as a share).
   */
  public static Arbitrary<Indicator> indicators() {
    Arbitrary<Indicator> own =
        Arbitraries.of(
            Indicator.of("patents", "专利数", "patents", Dimension.count("件")),
            Indicator.of("green-industry-share", "绿色产业增加值占比", "green industry share", Dimension.RATIO),
            Indicator.of("revenue-growth", "营收同比增长", "revenue growth year on year", Dimension.RATIO),
            Indicator.of("talents", "人才数", "talents", Dimension.count("名")),
            Indicator.of("green-power", "绿电", "green electricity", Dimension.ENERGY));
    return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(Indicators.standard())), Tuple.of(1, own));
  }

  /** Metrics of any {@link #indicators() indicator}: 200亿元以上, 约1100平方米, 2万余家, 21.6% … */
  public static Arbitrary<Metric> metrics() {
    return indicators().flatMap(ParkArbitraries::metricsFor);
  }

  /**
   * Metrics that fit {@code indicator}: amounts of money in 万元 or 亿元 for 营业收入, counts in 家
   * for 企业数, percentages from 0 to 99 for a share, areas in 平方公里, 公顷, 亩 or 平方米, with
   * any qualifier and sometimes a range (400-600个).
   */
  public static Arbitrary<Metric> metricsFor(Indicator indicator) {
    checkNotNull(indicator, "indicator");
    List<Unit> units = unitsFor(indicator.dimension());
    checkArgument(!units.isEmpty(), "no units known for %s", indicator);
    Arbitrary<Metric> plain =
        Arbitraries.of(units)
            .flatMap(
                unit ->
                    Combinators.combine(values(unit), Arbitraries.of(Qualifier.class))
                        .filter((v, q) -> q != Qualifier.RANGE && (q != Qualifier.OVER || v.signum() > 0))
                        .as((v, q) -> Metric.of(v, unit, q)));
    Arbitrary<Metric> ranges =
        Arbitraries.of(units)
            .flatMap(
                unit ->
                    Combinators.combine(values(unit), values(unit))
                        .filter((a, b) -> a.compareTo(b) != 0)
                        .as((a, b) -> Metric.range(a.min(b), a.max(b), unit)));
    return Arbitraries.frequencyOf(Tuple.of(9, plain), Tuple.of(1, ranges));
  }

  private static List<Unit> unitsFor(Dimension dimension) {
    if (dimension.equals(CNY)) {
      return List.of(Units.WAN_YUAN, Units.YI_YUAN);
    } else if (dimension.equals(Dimension.AREA)) {
      return List.of(Units.SQUARE_KILOMETRE, Units.HECTARE, Units.MU, Units.SQUARE_METRE, Units.WAN_SQUARE_METRE);
    } else if (dimension.equals(Dimension.RATIO)) {
      return List.of(Units.PERCENT);
    } else if (dimension.equals(Dimension.ratio(CNY, Dimension.AREA))) {
      return List.of(Units.WAN_YUAN_PER_MU);
    } else if (dimension.equals(Dimension.ENERGY)) {
      return List.of(Units.KILOWATT_HOUR, Unit.parse("亿千瓦时"));
    }
    return List.of(Units.JIA, Units.GE, Units.JIAN, Units.MING, Units.WAN_JIA).stream()
        .filter(u -> u.dimension().equals(dimension))
        .collect(Collectors.toList());
  }

  private static Arbitrary<BigDecimal> values(Unit unit) {
    if (unit.equals(Units.YI_YUAN)) {
      return decimals("0.01", "5000", 2);
    } else if (unit.equals(Units.PERCENT)) {
      return decimals("0.1", "99", 1);
    } else if (unit.equals(Units.SQUARE_KILOMETRE) || unit.equals(Units.WAN_SQUARE_METRE)) {
      return decimals("0.5", "500", 2);
    } else if (unit.equals(Units.HECTARE)) {
      return decimals("1", "50000", 2);
    } else if (unit.equals(Units.WAN_JIA) || unit.equals(Units.WAN_YUAN_PER_MU)) {
      return decimals("0.1", "100", 1);
    } else if (unit.dimension().equals(Dimension.AREA)) {
      return decimals("10", "500000", 0);
    } else if (unit.dimension().equals(CNY) || unit.dimension().equals(Dimension.ENERGY)) {
      return decimals("1", "100000", 2);
    }
    return decimals("1", "5000", 0);
  }

  private static Arbitrary<BigDecimal> decimals(String min, String max, int scale) {
    return Arbitraries.bigDecimals().between(new BigDecimal(min), new BigDecimal(max)).ofScale(scale);
  }

  /** Areas of a kind in 平方公里, 公顷 or 亩, stated exactly, some cited. */
  public static Arbitrary<Area> areas() {
    return Arbitraries.of(AreaKind.class).flatMap(kind -> areas(kind, areaUnits()));
  }

  static Arbitrary<Unit> areaUnits() {
    return Arbitraries.of(Units.SQUARE_KILOMETRE, Units.HECTARE, Units.MU);
  }

  static Arbitrary<Area> areas(AreaKind kind, Arbitrary<Unit> units) {
    return units.flatMap(
        unit ->
            Combinators.combine(values(unit), citations().optional(0.3))
                .as(
                    (value, citation) ->
                        Area.builder()
                            .kind(kind)
                            .metric(Metric.of(value, unit))
                            .citation(citation)
                            .build()));
  }

  /**
   * Observations about {@code subject} whose metric fits the indicator and whose source, if any,
   * was published after the period it reports on.
   */
  public static Arbitrary<Observation> observations(Identifier subject) {
    checkNotNull(subject, "subject");
    return Combinators.combine(indicators(), periods(), industries().optional(0.3))
        .flatAs(
            (indicator, period, industry) ->
                metricsFor(indicator)
                    .flatMap(
                        metric ->
                            citationsAfter(period, metric)
                                .optional(0.7)
                                .map(
                                    citation ->
                                        Observation.builder()
                                            .subject(subject)
                                            .indicator(indicator)
                                            .period(period)
                                            .metric(metric)
                                            .industry(industry)
                                            .citation(citation)
                                            .build())));
  }

  /** Observations about any {@linkplain #identifiers() identifier}. */
  public static Arbitrary<Observation> observations() {
    return identifiers().flatMap(ParkArbitraries::observations);
  }

  /** Up to {@code max} observations of {@code subject}, no two of the same period. */
  static Arbitrary<List<Observation>> observationLists(Identifier subject, int max) {
    return observations(subject).list().ofMaxSize(max).uniqueElements(Observation::period);
  }

  private static Arbitrary<Citation> citationsAfter(Period period, Metric metric) {
    Arbitrary<LocalDate> published =
        Arbitraries.integers().between(1, 400).map(d -> period.end().plusDays(d));
    return citations(sources(published), Arbitraries.just(MetricFormat.SIMPLIFIED.format(metric)));
  }

  /** Targets (到2022年…突破1900亿元) whose threshold fits the indicator. */
  public static Arbitrary<Target> targets() {
    return Combinators.combine(indicators(), periods().optional(0.8), industries().optional(0.3))
        .flatAs(
            (indicator, deadline, industry) ->
                Combinators.combine(metricsFor(indicator), Arbitraries.of("总营收", "产值", "规模").optional())
                    .as(
                        (threshold, description) ->
                            Target.builder()
                                .indicator(indicator)
                                .threshold(threshold)
                                .deadline(deadline)
                                .industry(industry)
                                .description(description)
                                .build()));
  }

  /** Approvals by the State Council or a province, some dated from 1984 on. */
  public static Arbitrary<Approval> approvals() {
    return Combinators.combine(
            Arbitraries.of(ApprovalLevel.class),
            Arbitraries.of("国务院", "省人民政府").optional(0.3),
            Arbitraries.integers().between(0, 480).map(m -> YearMonth.of(1984, 1).plusMonths(m)).optional())
        .as((level, authority, date) -> Approval.builder().level(level).authority(authority).date(date).build());
  }

  /** Designations such as 绿色产业示范基地 (2020). */
  public static Arbitrary<Designation> designations() {
    return Combinators.combine(
            Arbitraries.of("绿色产业示范基地", "国家新型工业化产业示范基地", "双创示范基地", "特色产业园"),
            Arbitraries.integers().between(1990, 2024),
            Arbitraries.of("国家发展改革委", "科技部", "工业和信息化部").optional())
        .as((title, year, grantor) -> Designation.builder().title(title).year(Year.of(year)).grantor(grantor).build());
  }

  /**
   * Parks, by default two levels deep with up to three sub-zones each: see {@link ParkArbitrary}
   * to configure depth, breadth and inconsistencies.
   */
  public static ParkArbitrary parks() {
    return ParkArbitrary.DEFAULT;
  }

  /** Datasets of up to two of each kind of entity: see {@link DatasetArbitrary} to configure. */
  public static DatasetArbitrary datasets() {
    return DatasetArbitrary.DEFAULT;
  }

  /** Clusters hosted by, and with members of, any identifiers. */
  public static Arbitrary<Cluster> clusters() {
    return clusters(identifiers(), identifiers());
  }

  static Arbitrary<Cluster> clusters(Arbitrary<Identifier> parks, Arbitrary<Identifier> organisations) {
    return Combinators.combine(identifiers(), industries(), Arbitraries.of(PLACES))
        .flatAs(
            (id, industry, place) ->
                Builders.withBuilder(
                        () ->
                            Cluster.builder()
                                .id(id)
                                .name(place + industry + "产业集群")
                                .industry(industry))
                    .use(parks.list().uniqueElements().ofMaxSize(2)).in(Cluster.Builder::addAllHostParks)
                    .use(Combinators.combine(organisations, Arbitraries.of("创新型产业集群试点").optional(),
                            Arbitraries.integers().between(1, 5).optional())
                        .as((b, p, n) -> Recognition.builder().body(b).programme(p).batch(n).build()))
                    .withProbability(0.5).in(Cluster.Builder::recognition)
                    .use(Arbitraries.of(ScaleClass.class)).withProbability(0.5)
                    .in(Cluster.Builder::scaleClass)
                    .use(organisations.list().uniqueElements().ofMaxSize(3)).in(Cluster.Builder::addAllMembers)
                    .use(observationLists(id, 2)).in(Cluster.Builder::addAllObservations)
                    .use(targets().list().ofMaxSize(2)).in(Cluster.Builder::addAllTargets)
                    .build(Cluster.Builder::build));
  }

  /** Industrial chains hosted by any identifier, with their segments in order. */
  public static Arbitrary<IndustrialChain> chains() {
    return chains(identifiers(), identifiers());
  }

  static Arbitrary<IndustrialChain> chains(
      Arbitrary<Identifier> parks, Arbitrary<Identifier> organisations) {
    Arbitrary<List<Segment>> segments =
        Arbitraries.of(ChainPosition.class)
            .set()
            .map(
                ps ->
                    ps.stream()
                        .sorted()
                        .map(p -> Segment.of(p, p.chineseName() + "环节"))
                        .collect(Collectors.toList()));
    return Combinators.combine(identifiers(), industries())
        .flatAs(
            (id, industry) ->
                Builders.withBuilder(
                        () ->
                            IndustrialChain.builder()
                                .id(id)
                                .name(industry + "产业链")
                                .industry(industry))
                    .use(parks).in(IndustrialChain.Builder::hostPark)
                    .use(segments).in(IndustrialChain.Builder::addAllSegments)
                    .use(organisations.list().uniqueElements().ofMaxSize(2))
                    .in(IndustrialChain.Builder::addAllLeadEnterprises)
                    .use(Arbitraries.of(ScaleClass.class)).withProbability(0.5)
                    .in(IndustrialChain.Builder::scaleClass)
                    .use(targets().list().ofMaxSize(2)).in(IndustrialChain.Builder::addAllTargets)
                    .use(observationLists(id, 2)).in(IndustrialChain.Builder::addAllObservations)
                    .build(IndustrialChain.Builder::build));
  }

  /** Enterprises, institutes and other organisations, some in a park. */
  public static Arbitrary<Organisation> organisations() {
    return organisations(identifiers());
  }

  static Arbitrary<Organisation> organisations(Arbitrary<Identifier> parks) {
    return Combinators.combine(
            identifiers(), Arbitraries.of(PLACES), Arbitraries.of(FIRMS), Arbitraries.of(FIRM_SUFFIXES))
        .flatAs(
            (id, place, firm, suffix) ->
                Builders.withBuilder(
                        () ->
                            Organisation.builder()
                                .id(id)
                                .names(
                                    Names.builder()
                                        .official(place + firm + suffix)
                                        .addShortNames(firm + suffix.substring(0, 2))
                                        .build()))
                    .use(Arbitraries.of(OrganisationKind.class)).in(Organisation.Builder::kind)
                    .use(Combinators.combine(Arbitraries.of(CertificationKind.class),
                            Arbitraries.integers().between(2000, 2024).map(Year::of))
                        .as(Certification::of).list().uniqueElements(Certification::kind).ofMaxSize(2))
                    .in(Organisation.Builder::addAllCertifications)
                    .use(Arbitraries.integers().between(1950, 2024).map(Year::of))
                    .withProbability(0.5).in(Organisation.Builder::founded)
                    .use(locations()).withProbability(0.5).in(Organisation.Builder::location)
                    .use(parks).withProbability(0.5).in(Organisation.Builder::park)
                    .use(observationLists(id, 2)).in(Organisation.Builder::addAllObservations)
                    .build(Organisation.Builder::build));
  }

  /**
   * Policy measures: subsidies and awards of 万元 or 亿元 (最高2000万元, 100万元以上), some a rate of
   * 研发投入 (20%).
   */
  public static Arbitrary<Measure> measures() {
    return Builders.withBuilder(Measure::builder)
        .use(Arbitraries.of(MeasureKind.class)).in(Measure.Builder::kind)
        .use(Arbitraries.of("新型研发机构", "联合实验室", "高成长性企业")).withProbability(0.5)
        .in(Measure.Builder::description)
        .use(metricsFor(Indicators.RD_SPENDING)).withProbability(0.7).in(Measure.Builder::amount)
        .use(Combinators.combine(metricsFor(Indicators.RD_INTENSITY), Arbitraries.of(Indicators.RD_SPENDING))
            .as(Rate::of))
        .withProbability(0.3).in(Measure.Builder::rate)
        .use(Arbitraries.of(MeasurePeriod.class)).withProbability(0.5).in(Measure.Builder::period)
        .use(Arbitraries.of("在区内实际经营的科技企业", "港澳及外国投资者设立的机构")).withProbability(0.5)
        .in(Measure.Builder::eligibility)
        .build(Measure.Builder::build);
  }

  /** Policies issued by any identifier, applying to any identifiers. */
  public static Arbitrary<Policy> policies() {
    return policies(identifiers(), identifiers());
  }

  static Arbitrary<Policy> policies(Arbitrary<Identifier> parks, Arbitrary<Identifier> organisations) {
    return Builders.withBuilder(Policy::builder)
        .use(identifiers()).in(Policy.Builder::id)
        .use(Combinators.combine(Arbitraries.of(PLACES), Arbitraries.of(INDUSTRIES))
            .as((place, industry) -> "关于支持" + place + industry + "产业发展的若干措施"))
        .in(Policy.Builder::title)
        .use(organisations).in(Policy.Builder::issuer)
        .use(Arbitraries.integers().between(1, 99).map(n -> "管发〔2024〕" + n + "号"))
        .withProbability(0.3).in(Policy.Builder::documentNumber)
        .use(Arbitraries.integers().between(0, 9000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d)))
        .withProbability(0.5).in(Policy.Builder::issued)
        .use(parks.list().uniqueElements().ofMaxSize(2)).in(Policy.Builder::addAllAppliesTo)
        .use(Arbitraries.of(PLACES).map(p -> p + "市")).withProbability(0.3).in(Policy.Builder::jurisdiction)
        .use(periods()).withProbability(0.3).in(Policy.Builder::validity)
        .use(measures().list().ofMaxSize(3)).in(Policy.Builder::addAllMeasures)
        .use(citations()).withProbability(0.3).in(Policy.Builder::citation)
        .build(Policy.Builder::build);
  }

  /** Managing bodies of a zone, by any identifier. */
  static Arbitrary<Management> managements(Arbitrary<Identifier> organisations) {
    return Combinators.combine(Arbitraries.of(ManagementRole.class), organisations).as(Management::of);
  }

  static List<String> sections() {
    return SECTIONS;
  }

  static List<String> places() {
    return PLACES;
  }
}
