package dev.parkdata.model;

import dev.parkdata.TestGenerators;
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
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid model values for the property tests, with QuickTheories. Each is {@linkplain
 * #describe(Object) described} attribute by attribute, since the values' own {@code toString} is
 * a one-line summary ({@code Park{G112001 中关村, HIGH_TECH_ZONE}}) that would hide what made a
 * counter-example fail.
 *
 * <p>Lists are empty up to their maximum size and optional attributes are absent or present;
 * QuickTheories first tries the smallest draws (every list empty, every option absent) and the
 * largest, then random ones. Values are small (identifiers of a few characters, texts of up to
 * eight) so that a shrunk counter-example is short; the edge cases of the values themselves (zero,
 * the bounds of a range, the first and last year, a deeply nested park) are mixed in explicitly.
 */
public final class ModelGenerators {
  private ModelGenerators() {}

  // ---------------------------------------------------------------------------------------------
  // Helpers.

  /** Lists of 0 to {@code max} values. */
  static <T> Gen<List<T>> listsOf(Gen<T> values, int max) {
    return TestGenerators.listsOf(values, 0, max);
  }

  /** Present {@code percentPresent} times in a hundred. */
  static <T> Gen<Optional<T>> maybe(Gen<T> values, int percentPresent) {
    return values.toOptionals(100 - percentPresent);
  }

  static <T> Gen<T> described(Gen<T> values) {
    return values.describedAs(ModelGenerators::describe);
  }

  // ---------------------------------------------------------------------------------------------
  // Values.

  static Gen<Identifier> identifiers() {
    Gen<String> part = TestGenerators.stringsOf("abcdefghijklmnopqrstuvwxyz0123456789", 1, 6);
    Gen<Identifier> random =
        TestGenerators.listsOf(part, 1, 3).map(parts -> Identifier.of(String.join("-", parts)));
    Gen<Identifier> edges =
        Generate.pick(List.of("a", "0", "z9", "G112001", "zzzzzz-999999-a0a0a0")).map(Identifier::of);
    return described(Generate.frequency(Pair.of(9, random), Pair.of(1, edges)));
  }

  /** One to eight characters of U+4E00 to U+9FA5 (simplified and traditional alike). */
  static Gen<String> texts() {
    Gen<String> random = TestGenerators.charsBetween('\u4E00', '\u9FA5', 1, 8);
    Gen<String> edges = Generate.pick(List.of("一", "龥", "園區", "开发区", "經濟技術開發區"));
    return Generate.frequency(Pair.of(12, random), Pair.of(1, edges)).describedAs(TestGenerators::quote);
  }

  /** 0.00 to 100,000.00, with zero, 0.01 and the upper end mixed in. */
  static Gen<BigDecimal> decimals() {
    Gen<BigDecimal> random = Generate.longRange(0, 10_000_000).map(l -> BigDecimal.valueOf(l, 2));
    Gen<BigDecimal> edges =
        Generate.pick(List.of(0L, 1L, 100L, 10_000_000L)).map(l -> BigDecimal.valueOf(l, 2));
    return Generate.frequency(Pair.of(9, random), Pair.of(1, edges)).describedAs(BigDecimal::toPlainString);
  }

  private static final List<Qualifier> SINGLE_QUALIFIERS =
      Arrays.stream(Qualifier.values()).filter(q -> q != Qualifier.RANGE).collect(Collectors.toList());

  private static final List<Qualifier> SINGLE_QUALIFIERS_BUT_OVER =
      SINGLE_QUALIFIERS.stream().filter(q -> q != Qualifier.OVER).collect(Collectors.toList());

  static Gen<Metric> metrics(Unit... units) {
    // OVER (余/多) speaks of a step above a positive figure, so Metric rejects it for zero: a zero
    // value draws its qualifier among the others.
    Gen<Unit> unitGen = Generate.pick(List.of(units));
    Gen<Qualifier> anyQualifier = Generate.pick(SINGLE_QUALIFIERS);
    Gen<Qualifier> notOver = Generate.pick(SINGLE_QUALIFIERS_BUT_OVER);
    return described(
        decimals()
            .zip(unitGen, (value, unit) -> Pair.of(value, unit))
            .flatMap(
                vu -> (vu._1.signum() > 0 ? anyQualifier : notOver).map(q -> Metric.of(vu._1, vu._2, q))));
  }

  static Gen<Metric> anyMetrics() {
    return metrics(Units.YI_YUAN, Units.WAN_YUAN, Units.JIA, Units.PERCENT, Units.HECTARE);
  }

  static Gen<Industry> industries() {
    return described(texts().map(Industry::of));
  }

  static Gen<Period> periods() {
    Gen<Integer> years =
        Generate.frequency(
            Pair.of(9, Generate.range(1980, 2035)), Pair.of(1, Generate.pick(List.of(1980, 2035))));
    return described(
        Generate.oneOf(
            years.map(Period::year),
            years.zip(Generate.range(1, 2), Period::halfYear),
            years.zip(Generate.range(1, 4), Period::quarter),
            years.zip(Generate.range(1, 12), (y, m) -> Period.month(YearMonth.of(y, m))),
            years.zip(Generate.range(0, 20), (y, n) -> Period.years(y, y + n)),
            Generate.range(1, 16).map(Period::fiveYearPlan),
            years.zip(Generate.range(1, 365), (y, d) -> Period.asOf(LocalDate.ofYearDay(y, d)))));
  }

  static Gen<Names> names() {
    Gen<String> texts = texts();
    Gen<Optional<String>> traditional = maybe(texts, 50);
    Gen<Optional<String>> english =
        maybe(TestGenerators.stringsOf("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 12), 50);
    Gen<List<String>> shortNames = listsOf(texts, 2);
    Gen<List<String>> formerNames = listsOf(texts, 2);
    Gen<Names> names =
        in -> {
          Names.Builder b = Names.builder().official(texts.generate(in));
          traditional.generate(in).ifPresent(b::traditional);
          english.generate(in).ifPresent(b::english);
          return b.addAllShortNames(shortNames.generate(in))
              .addAllFormerNames(formerNames.generate(in))
              .build();
        };
    return described(names);
  }

  static Gen<Location> locations() {
    Gen<Province> provinces = Generate.enumValues(Province.class);
    Gen<Optional<String>> places = maybe(texts(), 50);
    Gen<Optional<String>> suffixes = maybe(TestGenerators.stringsOf("0123456789", 2, 2), 50);
    Gen<Location> locations =
        in -> {
          Province province = provinces.generate(in);
          return Location.builder()
              .province(province)
              .city(places.generate(in))
              .district(places.generate(in))
              .divisionCode(suffixes.generate(in).map(s -> province.code() + s))
              .build();
        };
    return described(locations);
  }

  private static Gen<LocalDate> dates() {
    return Generate.range(1, 9000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
  }

  static Gen<Source> sources() {
    Gen<String> texts = texts();
    Gen<Optional<LocalDate>> published = maybe(dates(), 50);
    Gen<Optional<URI>> urls = maybe(identifiers().map(i -> URI.create("https://example.org/" + i)), 50);
    Gen<List<String>> authors = listsOf(texts, 2);
    Gen<Source> sources =
        in -> {
          Source.Builder b = Source.builder().publisher(texts.generate(in)).title(texts.generate(in));
          published.generate(in).ifPresent(b::published);
          urls.generate(in).ifPresent(b::url);
          return b.addAllAuthors(authors.generate(in)).build();
        };
    return described(sources);
  }

  static Gen<Citation> citations() {
    return described(
        sources().zip(maybe(texts(), 50), (s, q) -> Citation.builder().source(s).quote(q).build()));
  }

  static Gen<Indicator> indicators() {
    return described(Generate.pick(Indicators.standard()));
  }

  static Gen<Observation> observations(Identifier subject) {
    Gen<Indicator> indicators = indicators();
    Gen<Period> periods = periods();
    Gen<Metric> metrics = anyMetrics();
    Gen<Optional<Industry>> industries = maybe(industries(), 50);
    Gen<Optional<Citation>> citations = maybe(citations(), 50);
    Gen<Observation> observations =
        in ->
            Observation.builder()
                .subject(subject)
                .indicator(indicators.generate(in))
                .period(periods.generate(in))
                .metric(metrics.generate(in))
                .industry(industries.generate(in))
                .citation(citations.generate(in))
                .build();
    return described(observations);
  }

  static Gen<Observation> observations() {
    return described(identifiers().flatMap(ModelGenerators::observations));
  }

  static Gen<Target> targets() {
    Gen<Indicator> indicators = indicators();
    Gen<Metric> metrics = anyMetrics();
    Gen<Optional<Period>> deadlines = maybe(periods(), 50);
    Gen<Optional<Industry>> industries = maybe(industries(), 50);
    Gen<Optional<String>> descriptions = maybe(texts(), 50);
    Gen<Target> targets =
        in ->
            Target.builder()
                .indicator(indicators.generate(in))
                .threshold(metrics.generate(in))
                .deadline(deadlines.generate(in))
                .industry(industries.generate(in))
                .description(descriptions.generate(in))
                .build();
    return described(targets);
  }

  /** Up to three areas of distinct kinds. */
  static Gen<List<Area>> areas() {
    Gen<List<AreaKind>> kinds =
        listsOf(Generate.enumValues(AreaKind.class), 3).map(ks -> List.copyOf(new LinkedHashSet<>(ks)));
    Gen<Metric> metrics = metrics(Units.SQUARE_KILOMETRE, Units.HECTARE, Units.MU);
    Gen<List<Area>> areas =
        in -> {
          List<Area> result = new ArrayList<>();
          for (AreaKind kind : kinds.generate(in)) {
            result.add(Area.of(kind, metrics.generate(in)));
          }
          return result;
        };
    return described(areas);
  }

  static Gen<Approval> approvals() {
    Gen<Optional<YearMonth>> dates =
        maybe(Generate.range(0, 500).map(m -> YearMonth.of(1984, 1).plusMonths(m)), 50);
    return described(
        Generate.enumValues(ApprovalLevel.class)
            .zip(
                maybe(texts(), 50),
                dates,
                (l, a, d) -> Approval.builder().level(l).authority(a).date(d).build()));
  }

  static Gen<Designation> designations() {
    return described(
        texts()
            .zip(
                Generate.range(1980, 2030),
                maybe(texts(), 50),
                (t, y, g) -> Designation.builder().title(t).year(Year.of(y)).grantor(g).build()));
  }

  static Gen<Park> parks() {
    return parks(2);
  }

  /**
   * Parks with sub-zones nested {@code depth} levels deep at most (up to two per park); one time
   * in ten instead a park whose sub-zones nest {@code depth + 2} to {@code depth + 6} levels deep,
   * one sub-zone per level.
   */
  static Gen<Park> parks(int depth) {
    Gen<Park> deep =
        Generate.range(depth + 2, depth + 6).flatMap(ModelGenerators::nestedParks);
    return described(Generate.frequency(Pair.of(9, parksUpTo(depth)), Pair.of(1, deep)));
  }

  /** A park with exactly one sub-zone, itself nested the same way, {@code levels} levels deep. */
  private static Gen<Park> nestedParks(int levels) {
    Gen<Park> leaf = parksUpTo(0);
    Gen<Park> nested =
        in -> {
          Park park = leaf.generate(in);
          for (int i = 0; i < levels; i++) {
            Park holder = leaf.generate(in);
            park = Park.builder().from(holder).subZones(List.of(park)).build();
          }
          return park;
        };
    return nested;
  }

  private static Gen<Park> parksUpTo(int depth) {
    Gen<List<Park>> subZones = depth == 0 ? Generate.constant(List.of()) : listsOf(parksUpTo(depth - 1), 2);
    Gen<Identifier> ids = identifiers();
    Gen<Names> names = names();
    Gen<ParkKind> kinds = Generate.enumValues(ParkKind.class);
    Gen<List<Approval>> approvals = listsOf(approvals(), 2);
    Gen<Optional<Location>> locations = maybe(locations(), 50);
    Gen<List<Area>> areas = areas();
    Gen<List<Industry>> industries = listsOf(industries(), 3);
    Gen<List<Designation>> designations = listsOf(designations(), 2);
    Gen<List<Management>> management =
        listsOf(Generate.enumValues(ManagementRole.class).zip(ids, Management::of), 2);
    Gen<List<Target>> targets = listsOf(targets(), 2);
    Gen<Composition> compositions = Generate.enumValues(Composition.class);
    Gen<Optional<Identifier>> parents = maybe(ids, 50);
    return in -> {
      Identifier id = ids.generate(in);
      Park.Builder b =
          Park.builder()
              .id(id)
              .names(names.generate(in))
              .kind(kinds.generate(in))
              .addAllApprovals(approvals.generate(in));
      locations.generate(in).ifPresent(b::location);
      List<Park> zones = subZones.generate(in);
      b.addAllAreas(areas.generate(in))
          .addAllLeadingIndustries(industries.generate(in))
          .addAllSubZones(zones)
          .addAllDesignations(designations.generate(in))
          .addAllManagement(management.generate(in))
          .addAllTargets(targets.generate(in))
          .observations(listsOf(observations(id), 3).generate(in));
      Composition composition = compositions.generate(in);
      b.composition(zones.isEmpty() ? Composition.PARTIAL : composition);
      // A park is not its own parent: a parent drawn equal to the id is taken one level up.
      b.parent(parents.generate(in).map(p -> p.equals(id) ? Identifier.of(p.value() + "-up") : p));
      return b.build();
    };
  }

  static Gen<Cluster> clusters() {
    Gen<Identifier> ids = identifiers();
    Gen<String> texts = texts();
    Gen<Industry> industries = industries();
    Gen<List<Identifier>> hosts = listsOf(ids, 2);
    Gen<Optional<Recognition>> recognitions =
        maybe(
            ids.zip(
                maybe(texts, 50),
                maybe(Generate.range(1, 5), 50),
                (b, p, n) -> Recognition.builder().body(b).programme(p).batch(n).build()),
            50);
    Gen<Optional<ScaleClass>> scaleClasses = maybe(Generate.enumValues(ScaleClass.class), 50);
    Gen<List<Identifier>> members = listsOf(ids, 3);
    Gen<List<Target>> targets = listsOf(targets(), 2);
    Gen<Cluster> clusters =
        in -> {
          Identifier id = ids.generate(in);
          Cluster.Builder b =
              Cluster.builder()
                  .id(id)
                  .name(texts.generate(in))
                  .industry(industries.generate(in))
                  .addAllHostParks(hosts.generate(in));
          recognitions.generate(in).ifPresent(b::recognition);
          scaleClasses.generate(in).ifPresent(b::scaleClass);
          return b.addAllMembers(members.generate(in))
              .addAllObservations(listsOf(observations(id), 2).generate(in))
              .addAllTargets(targets.generate(in))
              .build();
        };
    return described(clusters);
  }

  static Gen<IndustrialChain> chains() {
    Gen<Identifier> ids = identifiers();
    Gen<String> texts = texts();
    Gen<Industry> industries = industries();
    Gen<List<Segment>> segments =
        listsOf(Generate.enumValues(ChainPosition.class), ChainPosition.values().length)
            .map(
                ps ->
                    new LinkedHashSet<>(ps)
                        .stream()
                            .sorted()
                            .map(p -> Segment.of(p, p.chineseName() + "节点"))
                            .collect(Collectors.toList()));
    Gen<List<Identifier>> leads = listsOf(ids, 2);
    Gen<Optional<ScaleClass>> scaleClasses = maybe(Generate.enumValues(ScaleClass.class), 50);
    Gen<List<Target>> targets = listsOf(targets(), 2);
    Gen<IndustrialChain> chains =
        in -> {
          Identifier id = ids.generate(in);
          IndustrialChain.Builder b =
              IndustrialChain.builder()
                  .id(id)
                  .name(texts.generate(in))
                  .industry(industries.generate(in))
                  .hostPark(ids.generate(in))
                  .addAllSegments(segments.generate(in))
                  .addAllLeadEnterprises(leads.generate(in));
          scaleClasses.generate(in).ifPresent(b::scaleClass);
          return b.addAllTargets(targets.generate(in))
              .addAllObservations(listsOf(observations(id), 2).generate(in))
              .build();
        };
    return described(chains);
  }

  static Gen<Organisation> organisations() {
    Gen<Identifier> ids = identifiers();
    Gen<Names> names = names();
    Gen<OrganisationKind> kinds = Generate.enumValues(OrganisationKind.class);
    Gen<List<Certification>> certifications =
        listsOf(
            Generate.enumValues(CertificationKind.class)
                .zip(Generate.range(2000, 2030).map(Year::of), Certification::of),
            3);
    Gen<Optional<Year>> founded = maybe(Generate.range(1950, 2030).map(Year::of), 50);
    Gen<Optional<Location>> locations = maybe(locations(), 50);
    Gen<Optional<Identifier>> parks = maybe(ids, 50);
    Gen<Organisation> organisations =
        in -> {
          Identifier id = ids.generate(in);
          Organisation.Builder b =
              Organisation.builder()
                  .id(id)
                  .names(names.generate(in))
                  .kind(kinds.generate(in))
                  .addAllCertifications(certifications.generate(in));
          founded.generate(in).ifPresent(b::founded);
          locations.generate(in).ifPresent(b::location);
          parks.generate(in).ifPresent(b::park);
          return b.addAllObservations(listsOf(observations(id), 2).generate(in)).build();
        };
    return described(organisations);
  }

  static Gen<Measure> measures() {
    Gen<MeasureKind> kinds = Generate.enumValues(MeasureKind.class);
    Gen<Optional<String>> descriptions = maybe(texts(), 50);
    Gen<Optional<Metric>> amounts = maybe(metrics(Units.WAN_YUAN, Units.YI_YUAN), 70);
    Gen<Optional<Rate>> rates = maybe(metrics(Units.PERCENT).zip(indicators(), Rate::of), 30);
    Gen<Optional<MeasurePeriod>> periods = maybe(Generate.enumValues(MeasurePeriod.class), 50);
    Gen<Optional<String>> eligibilities = maybe(texts(), 50);
    Gen<Measure> measures =
        in -> {
          Measure.Builder b = Measure.builder().kind(kinds.generate(in));
          descriptions.generate(in).ifPresent(b::description);
          amounts.generate(in).ifPresent(b::amount);
          rates.generate(in).ifPresent(b::rate);
          periods.generate(in).ifPresent(b::period);
          eligibilities.generate(in).ifPresent(b::eligibility);
          return b.build();
        };
    return described(measures);
  }

  static Gen<Policy> policies() {
    Gen<Identifier> ids = identifiers();
    Gen<String> texts = texts();
    Gen<Optional<String>> documentNumbers = maybe(texts, 30);
    Gen<Optional<LocalDate>> issued = maybe(dates(), 50);
    Gen<List<Identifier>> appliesTo = listsOf(ids, 2);
    Gen<Optional<String>> jurisdictions = maybe(texts, 30);
    Gen<Optional<Period>> validities = maybe(periods(), 30);
    Gen<List<Measure>> measures = listsOf(measures(), 3);
    Gen<Optional<Citation>> citations = maybe(citations(), 30);
    Gen<Policy> policies =
        in -> {
          Policy.Builder b =
              Policy.builder().id(ids.generate(in)).title(texts.generate(in)).issuer(ids.generate(in));
          documentNumbers.generate(in).ifPresent(b::documentNumber);
          issued.generate(in).ifPresent(b::issued);
          b.addAllAppliesTo(appliesTo.generate(in));
          jurisdictions.generate(in).ifPresent(b::jurisdiction);
          validities.generate(in).ifPresent(b::validity);
          b.addAllMeasures(measures.generate(in));
          citations.generate(in).ifPresent(b::citation);
          return b.build();
        };
    return described(policies);
  }

  /**
   * Datasets of up to two of each kind of entity, with no regard to consistency; parks with
   * sub-zones one level deep, or one time in ten nested three to seven levels deep.
   */
  public static Gen<Dataset> datasets() {
    Gen<List<Park>> parks = listsOf(parks(1), 2);
    Gen<List<Cluster>> clusters = listsOf(clusters(), 2);
    Gen<List<IndustrialChain>> chains = listsOf(chains(), 2);
    Gen<List<Policy>> policies = listsOf(policies(), 2);
    Gen<List<Organisation>> organisations = listsOf(organisations(), 2);
    Gen<List<Observation>> observations = listsOf(observations(), 2);
    Gen<List<ExternalReference>> externals =
        listsOf(
            identifiers().zip(Generate.enumValues(EntityKind.class), texts(), ExternalReference::of), 2);
    Gen<Dataset> datasets =
        in ->
            Dataset.builder()
                .addAllParks(parks.generate(in))
                .addAllClusters(clusters.generate(in))
                .addAllChains(chains.generate(in))
                .addAllPolicies(policies.generate(in))
                .addAllOrganisations(organisations.generate(in))
                .addAllObservations(observations.generate(in))
                .addAllExternals(externals.generate(in))
                .build();
    return described(datasets);
  }

  // ---------------------------------------------------------------------------------------------
  // Descriptions.

  /**
   * A model value attribute by attribute, nested values likewise, leaving out empty lists and
   * absent options: {@code Park{id=a, kind=HIGH_TECH_ZONE, names=Names{official="一"}, ...}}.
   * Metrics show their value, unit and qualifier beside their text, strings are quoted with
   * unusual characters escaped; other values print as themselves.
   */
  public static String describe(Object value) {
    StringBuilder sb = new StringBuilder();
    describe(value, sb);
    return sb.toString();
  }

  private static void describe(Object value, StringBuilder sb) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String) {
      sb.append(TestGenerators.quote((String) value));
    } else if (value instanceof Optional) {
      Optional<?> o = (Optional<?>) value;
      if (o.isPresent()) {
        describe(o.get(), sb);
      } else {
        sb.append("empty");
      }
    } else if (value instanceof Collection) {
      sb.append('[');
      String separator = "";
      for (Object element : (Collection<?>) value) {
        sb.append(separator);
        describe(element, sb);
        separator = ", ";
      }
      sb.append(']');
    } else if (value instanceof Map) {
      sb.append('{');
      String separator = "";
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        sb.append(separator);
        describe(e.getKey(), sb);
        sb.append('=');
        describe(e.getValue(), sb);
        separator = ", ";
      }
      sb.append('}');
    } else if (value instanceof Identifier
        || value instanceof Period
        || value instanceof Indicator
        || value instanceof Industry
        || value instanceof Unit) {
      sb.append(value); // their text is what they are: G112001, 2020Q1, 企业数, 电子信息, 亿元
    } else if (value instanceof Metric) {
      Metric m = (Metric) value;
      sb.append(m)
          .append(" [")
          .append(m.value())
          .append(m.isRange() ? " to " + m.max() : "")
          .append(' ')
          .append(m.unit().name())
          .append(' ')
          .append(m.qualifier())
          .append(']');
    } else {
      List<Method> attributes = attributes(value.getClass());
      if (attributes.isEmpty()) {
        sb.append(value);
        return;
      }
      StringJoiner joiner = new StringJoiner(", ", value.getClass().getSimpleName() + "{", "}");
      for (Method accessor : attributes) {
        Object attribute;
        try {
          attribute = accessor.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          attribute = "<" + e + ">";
        }
        if (attribute instanceof Optional && ((Optional<?>) attribute).isEmpty()
            || attribute instanceof Collection && ((Collection<?>) attribute).isEmpty()
            || attribute instanceof Map && ((Map<?, ?>) attribute).isEmpty()) {
          continue;
        }
        StringBuilder text = new StringBuilder(accessor.getName()).append('=');
        describe(attribute, text);
        joiner.add(text);
      }
      sb.append(joiner);
    }
  }

  /**
   * The attributes of a generated value type, by name: its public accessors that have a {@code
   * with} method taking their value. None for other types.
   */
  private static List<Method> attributes(Class<?> type) {
    if (!type.getPackageName().startsWith("dev.parkdata") || type.isEnum()) {
      return List.of();
    }
    List<Method> result = new ArrayList<>();
    for (Method accessor : type.getDeclaredMethods()) {
      if (!Modifier.isPublic(accessor.getModifiers())
          || Modifier.isStatic(accessor.getModifiers())
          || accessor.getParameterCount() != 0) {
        continue;
      }
      String name = accessor.getName();
      String withName = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      for (Method with : type.getMethods()) {
        if (with.getName().equals(withName)
            && with.getParameterCount() == 1
            && with.getParameterTypes()[0].isAssignableFrom(accessor.getReturnType())) {
          result.add(accessor);
          break;
        }
      }
    }
    result.sort(Comparator.comparing(Method::getName));
    return result;
  }
}
