package dev.parkdata.io;

import dev.parkdata.chain.ChainPosition;
import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.chain.Segment;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.cluster.Recognition;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.industry.Industry;
import dev.parkdata.industry.ScaleClass;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
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
import dev.parkdata.park.Composition;
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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Generators of valid model values for the property tests; a copy of core's test generators
 * (which are not published), widened to custom indicators, labelled periods, ranges, text spans
 * and cited areas, which the JSON format writes in forms of their own.
 */
final class ModelArbitraries {
  private ModelArbitraries() {}

  static Arbitrary<Identifier> identifiers() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .numeric()
        .ofMinLength(1)
        .ofMaxLength(6)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(parts -> Identifier.of(String.join("-", parts)));
  }

  static Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(8);
  }

  static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("100000"))
        .ofScale(2);
  }

  static Arbitrary<Qualifier> qualifiers() {
    return Arbitraries.of(Qualifier.class).filter(q -> q != Qualifier.RANGE);
  }

  static Arbitrary<Metric> metrics(Unit... units) {
    // OVER (余/多) speaks of a step above a positive figure, so Metric rejects it for zero.
    return Combinators.combine(decimals(), Arbitraries.of(units), qualifiers())
        .filter((value, unit, qualifier) -> qualifier != Qualifier.OVER || value.signum() > 0)
        .as(Metric::of);
  }

  static Arbitrary<Metric> ranges(Unit... units) {
    return Combinators.combine(decimals(), decimals(), Arbitraries.of(units))
        .as((a, b, unit) -> Metric.range(a.min(b), a.max(b), unit));
  }

  static Arbitrary<Metric> anyMetrics() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, plainMetrics()),
        net.jqwik.api.Tuple.of(1, ranges(Units.YI_YUAN, Units.JIA, Units.WAN_YUAN_PER_MU)));
  }

  static Arbitrary<Metric> plainMetrics() {
    return metrics(Units.YI_YUAN, Units.WAN_YUAN, Units.JIA, Units.PERCENT, Units.HECTARE);
  }

  static Arbitrary<Industry> industries() {
    return texts().map(Industry::of);
  }

  static Arbitrary<Period> periods() {
    return Combinators.combine(unlabelledPeriods(), texts().optional())
        .as((p, label) -> label.isPresent() && label.get().length() < 3 ? p.withLabel(label.get()) : p);
  }

  static Arbitrary<Period> unlabelledPeriods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1980, 2035);
    return Arbitraries.oneOf(
        years.map(Period::year),
        Combinators.combine(years, Arbitraries.integers().between(1, 2)).as(Period::halfYear),
        Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(Period::quarter),
        Combinators.combine(years, Arbitraries.integers().between(1, 12))
            .as((y, m) -> Period.month(YearMonth.of(y, m))),
        Combinators.combine(years, Arbitraries.integers().between(0, 20))
            .as((y, n) -> Period.years(y, y + n)),
        Arbitraries.integers().between(1, 16).map(Period::fiveYearPlan),
        Combinators.combine(years, Arbitraries.integers().between(1, 365))
            .as((y, d) -> Period.asOf(LocalDate.ofYearDay(y, d))));
  }

  static Arbitrary<Names> names() {
    return Builders.withBuilder(Names::builder)
        .use(texts()).in(Names.Builder::official)
        .use(texts()).withProbability(0.5).in(Names.Builder::traditional)
        .use(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)).withProbability(0.5)
        .in(Names.Builder::english)
        .use(texts().list().ofMaxSize(2)).in(Names.Builder::addAllShortNames)
        .use(texts().list().ofMaxSize(2)).in(Names.Builder::addAllFormerNames)
        .build(Names.Builder::build);
  }

  static Arbitrary<Location> locations() {
    return Combinators.combine(
            Arbitraries.of(Province.class),
            texts().optional(),
            texts().optional(),
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

  static Arbitrary<Source> sources() {
    return Builders.withBuilder(Source::builder)
        .use(texts()).in(Source.Builder::publisher)
        .use(texts()).in(Source.Builder::title)
        .use(Arbitraries.integers().between(1, 9000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d)))
        .withProbability(0.5).in(Source.Builder::published)
        .use(identifiers().map(i -> URI.create("https://example.org/" + i))).withProbability(0.5)
        .in(Source.Builder::url)
        .use(texts().list().ofMaxSize(2)).in(Source.Builder::addAllAuthors)
        .build(Source.Builder::build);
  }

  static Arbitrary<Citation> citations() {
    return Combinators.combine(sources(), texts().optional(), Arbitraries.integers().between(0, 500), Arbitraries.of(true, false))
        .as((s, q, at, spanned) -> Citation.builder().source(s).quote(q)
            .span(q.filter(x -> spanned).map(x -> TextSpan.of(at, at + x.length())))
            .build());
  }

  static Arbitrary<Indicator> indicators() {
    Arbitrary<Indicator> custom =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                texts(),
                Arbitraries.of(
                    Dimension.AREA, Dimension.money("CNY"), Dimension.count("家"),
                    Dimension.ratio(Dimension.money("CNY"), Dimension.AREA), Dimension.RATIO))
            .as((code, name, dimension) -> Indicator.of("x-" + code, name, "custom " + code, dimension));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.of(Indicators.standard())),
        net.jqwik.api.Tuple.of(1, custom));
  }

  static Arbitrary<Observation> observations(Identifier subject) {
    return Combinators.combine(
            indicators(), periods(), anyMetrics(), industries().optional(), citations().optional())
        .as(
            (indicator, period, metric, industry, citation) ->
                Observation.builder()
                    .subject(subject)
                    .indicator(indicator)
                    .period(period)
                    .metric(metric)
                    .industry(industry)
                    .citation(citation)
                    .build());
  }

  static Arbitrary<Observation> observations() {
    return identifiers().flatMap(ModelArbitraries::observations);
  }

  static Arbitrary<Target> targets() {
    return Combinators.combine(
            indicators(), anyMetrics(), periods().optional(), industries().optional(),
            texts().optional())
        .as(
            (indicator, threshold, deadline, industry, description) ->
                Target.builder()
                    .indicator(indicator)
                    .threshold(threshold)
                    .deadline(deadline)
                    .industry(industry)
                    .description(description)
                    .build());
  }

  static Arbitrary<List<Area>> areas() {
    return Arbitraries.of(AreaKind.class)
        .set()
        .ofMaxSize(3)
        .flatMap(
            kinds -> {
              List<AreaKind> ordered = new ArrayList<>(kinds);
              return metrics(Units.SQUARE_KILOMETRE, Units.HECTARE, Units.MU)
                  .list()
                  .ofSize(ordered.size())
                  .map(
                      ms -> {
                        List<Area> result = new ArrayList<>();
                        for (int i = 0; i < ms.size(); i++) {
                          Area area = Area.of(ordered.get(i), ms.get(i));
                          result.add(i == 1 ? area.withCitation(Citation.of(Source.builder()
                              .publisher("兰州日报").title("面积").build(), "核准面积")) : area);
                        }
                        return result;
                      });
            });
  }

  static Arbitrary<Approval> approvals() {
    return Combinators.combine(
            Arbitraries.of(ApprovalLevel.class),
            texts().optional(),
            Arbitraries.integers().between(0, 500).map(m -> YearMonth.of(1984, 1).plusMonths(m))
                .optional())
        .as((l, a, d) -> Approval.builder().level(l).authority(a).date(d).build());
  }

  static Arbitrary<Designation> designations() {
    return Combinators.combine(texts(), Arbitraries.integers().between(1980, 2030), texts().optional())
        .as((t, y, g) -> Designation.builder().title(t).year(Year.of(y)).grantor(g).build());
  }

  static Arbitrary<Park> parks() {
    return parks(2);
  }

  static Arbitrary<Park> parks(int depth) {
    Arbitrary<List<Park>> subZones =
        depth == 0 ? Arbitraries.just(List.of()) : parks(depth - 1).list().ofMaxSize(2);
    Arbitrary<Park> withoutFigures =
        Builders.withBuilder(Park::builder)
            .use(identifiers()).in(Park.Builder::id)
            .use(names()).in(Park.Builder::names)
            .use(Arbitraries.of(ParkKind.class)).in(Park.Builder::kind)
            .use(approvals().list().ofMaxSize(2)).in(Park.Builder::addAllApprovals)
            .use(locations()).withProbability(0.5).in(Park.Builder::location)
            .use(areas()).in(Park.Builder::addAllAreas)
            .use(industries().list().ofMaxSize(3)).in(Park.Builder::addAllLeadingIndustries)
            .use(subZones).in(Park.Builder::addAllSubZones)
            .use(designations().list().ofMaxSize(2)).in(Park.Builder::addAllDesignations)
            .use(Combinators.combine(Arbitraries.of(ManagementRole.class), identifiers())
                    .as(Management::of).list().ofMaxSize(2))
            .in(Park.Builder::addAllManagement)
            .use(targets().list().ofMaxSize(2)).in(Park.Builder::addAllTargets)
            .build(Park.Builder::build);
    return withoutFigures.flatMap(
        park ->
            Combinators.combine(
                    observations(park.id()).list().ofMaxSize(3),
                    Arbitraries.of(Composition.class),
                    identifiers().filter(id -> !id.equals(park.id())).optional())
                .as(
                    (observations, composition, parent) ->
                        Park.builder()
                            .from(park)
                            .observations(observations)
                            .composition(park.subZones().isEmpty() ? Composition.PARTIAL : composition)
                            .parent(parent)
                            .build()));
  }

  static Arbitrary<Cluster> clusters() {
    return identifiers()
        .flatMap(
            id ->
                Builders.withBuilder(() -> Cluster.builder().id(id))
                    .use(texts()).in(Cluster.Builder::name)
                    .use(industries()).in(Cluster.Builder::industry)
                    .use(identifiers().list().ofMaxSize(2)).in(Cluster.Builder::addAllHostParks)
                    .use(Combinators.combine(identifiers(), texts().optional(),
                            Arbitraries.integers().between(1, 5).optional())
                        .as((b, p, n) -> Recognition.builder().body(b).programme(p).batch(n).build()))
                    .withProbability(0.5).in(Cluster.Builder::recognition)
                    .use(Arbitraries.of(ScaleClass.class)).withProbability(0.5)
                    .in(Cluster.Builder::scaleClass)
                    .use(identifiers().list().ofMaxSize(3)).in(Cluster.Builder::addAllMembers)
                    .use(observations(id).list().ofMaxSize(2)).in(Cluster.Builder::addAllObservations)
                    .use(targets().list().ofMaxSize(2)).in(Cluster.Builder::addAllTargets)
                    .build(Cluster.Builder::build));
  }

  static Arbitrary<IndustrialChain> chains() {
    Arbitrary<List<Segment>> segments =
        Arbitraries.of(ChainPosition.class)
            .set()
            .map(
                ps ->
                    ps.stream()
                        .sorted()
                        .map(p -> Segment.of(p, p.chineseName() + "节点"))
                        .collect(Collectors.toList()));
    return identifiers()
        .flatMap(
            id ->
                Builders.withBuilder(() -> IndustrialChain.builder().id(id))
                    .use(texts()).in(IndustrialChain.Builder::name)
                    .use(industries()).in(IndustrialChain.Builder::industry)
                    .use(identifiers()).in(IndustrialChain.Builder::hostPark)
                    .use(segments).in(IndustrialChain.Builder::addAllSegments)
                    .use(identifiers().list().ofMaxSize(2)).in(IndustrialChain.Builder::addAllLeadEnterprises)
                    .use(Arbitraries.of(ScaleClass.class)).withProbability(0.5)
                    .in(IndustrialChain.Builder::scaleClass)
                    .use(targets().list().ofMaxSize(2)).in(IndustrialChain.Builder::addAllTargets)
                    .use(observations(id).list().ofMaxSize(2))
                    .in(IndustrialChain.Builder::addAllObservations)
                    .build(IndustrialChain.Builder::build));
  }

  static Arbitrary<Organisation> organisations() {
    return identifiers()
        .flatMap(
            id ->
                Builders.withBuilder(() -> Organisation.builder().id(id))
                    .use(names()).in(Organisation.Builder::names)
                    .use(Arbitraries.of(OrganisationKind.class)).in(Organisation.Builder::kind)
                    .use(Combinators.combine(Arbitraries.of(CertificationKind.class),
                            Arbitraries.integers().between(2000, 2030).map(Year::of))
                        .as(Certification::of).list().ofMaxSize(3))
                    .in(Organisation.Builder::addAllCertifications)
                    .use(Arbitraries.integers().between(1950, 2030).map(Year::of))
                    .withProbability(0.5).in(Organisation.Builder::founded)
                    .use(locations()).withProbability(0.5).in(Organisation.Builder::location)
                    .use(identifiers()).withProbability(0.5).in(Organisation.Builder::park)
                    .use(observations(id).list().ofMaxSize(2))
                    .in(Organisation.Builder::addAllObservations)
                    .build(Organisation.Builder::build));
  }

  static Arbitrary<Measure> measures() {
    return Builders.withBuilder(Measure::builder)
        .use(Arbitraries.of(MeasureKind.class)).in(Measure.Builder::kind)
        .use(texts()).withProbability(0.5).in(Measure.Builder::description)
        .use(metrics(Units.WAN_YUAN, Units.YI_YUAN)).withProbability(0.7).in(Measure.Builder::amount)
        .use(Combinators.combine(metrics(Units.PERCENT), indicators()).as(Rate::of))
        .withProbability(0.3).in(Measure.Builder::rate)
        .use(Arbitraries.of(MeasurePeriod.class)).withProbability(0.5).in(Measure.Builder::period)
        .use(texts()).withProbability(0.5).in(Measure.Builder::eligibility)
        .build(Measure.Builder::build);
  }

  static Arbitrary<Policy> policies() {
    return Builders.withBuilder(Policy::builder)
        .use(identifiers()).in(Policy.Builder::id)
        .use(texts()).in(Policy.Builder::title)
        .use(identifiers()).in(Policy.Builder::issuer)
        .use(texts()).withProbability(0.3).in(Policy.Builder::documentNumber)
        .use(Arbitraries.integers().between(1, 9000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d)))
        .withProbability(0.5).in(Policy.Builder::issued)
        .use(identifiers().list().ofMaxSize(2)).in(Policy.Builder::addAllAppliesTo)
        .use(texts()).withProbability(0.3).in(Policy.Builder::jurisdiction)
        .use(periods()).withProbability(0.3).in(Policy.Builder::validity)
        .use(measures().list().ofMaxSize(3)).in(Policy.Builder::addAllMeasures)
        .use(citations()).withProbability(0.3).in(Policy.Builder::citation)
        .build(Policy.Builder::build);
  }

  /** Datasets whose identifiers are unique, as the reader requires. */
  static Arbitrary<Dataset> datasets() {
    return anyDatasets().filter(ModelArbitraries::identifiersUnique);
  }

  private static boolean identifiersUnique(Dataset d) {
    List<Identifier> ids = new ArrayList<>();
    d.allParks().forEach(p -> ids.add(p.id()));
    d.clusters().forEach(c -> ids.add(c.id()));
    d.chains().forEach(c -> ids.add(c.id()));
    d.policies().forEach(p -> ids.add(p.id()));
    d.organisations().forEach(o -> ids.add(o.id()));
    d.externals().forEach(e -> ids.add(e.id()));
    return ids.stream().distinct().count() == ids.size();
  }

  static Arbitrary<Dataset> anyDatasets() {
    return Builders.withBuilder(Dataset::builder)
        .use(parks(1).list().ofMaxSize(2)).in(Dataset.Builder::addAllParks)
        .use(clusters().list().ofMaxSize(2)).in(Dataset.Builder::addAllClusters)
        .use(chains().list().ofMaxSize(2)).in(Dataset.Builder::addAllChains)
        .use(policies().list().ofMaxSize(2)).in(Dataset.Builder::addAllPolicies)
        .use(organisations().list().ofMaxSize(2)).in(Dataset.Builder::addAllOrganisations)
        .use(observations().list().ofMaxSize(2)).in(Dataset.Builder::addAllObservations)
        .use(Combinators.combine(identifiers(), Arbitraries.of(EntityKind.class), texts())
            .as(ExternalReference::of).list().ofMaxSize(2))
        .in(Dataset.Builder::addAllExternals)
        .build(Dataset.Builder::build);
  }
}
