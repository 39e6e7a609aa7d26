package dev.parkdata.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.chain.Segment;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.cluster.Recognition;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Tolerance;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Certification;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Approval;
import dev.parkdata.park.Area;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Management;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.Policy;
import dev.parkdata.policy.Rate;
import dev.parkdata.series.Conflict;
import dev.parkdata.series.Growth;
import dev.parkdata.series.Ranking;
import dev.parkdata.series.Series;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.source.TextSpan;
import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.ExchangeRate;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnitCatalog;
import dev.parkdata.unit.Units;
import dev.parkdata.validation.Figure;
import dev.parkdata.validation.Located;
import dev.parkdata.validation.Path;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import dev.parkdata.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Every value and model type of parkdata-core travels through Java serialization and reads back
 * equal, through its serialization proxy; and no public value type is left out unnoticed. (How a
 * tampered stream is refused is core's {@code TamperedStreamTest}.)
 */
class SerializationTest {

  /**
   * Every class of core this test round-trips. {@link #everyValueTypeIsSerializableAndCovered}
   * compares it with the public classes of core, so that a new value type cannot be forgotten.
   */
  private static final Set<Class<?>> COVERED = Set.of(
      Identifier.class, Names.class, Industry.class, Location.class, Source.class, Citation.class,
      TextSpan.class, Period.class, Indicator.class, Observation.class, Target.class, Metric.class,
      Tolerance.class, Interval.class, Unit.class, BaseUnit.class, Dimension.class, Rational.class, ExchangeRate.class,
      UnitCatalog.class, Area.class, Approval.class, Designation.class, Management.class, Park.class,
      Cluster.class, Recognition.class, IndustrialChain.class, Segment.class, Organisation.class,
      Certification.class, Measure.class, Rate.class, Policy.class, Dataset.class, ExternalReference.class,
      Violation.class, Figure.class, ValidationReport.class, Path.class, Path.Segment.class, Located.class,
      Series.class, Conflict.class, Growth.class, Ranking.class);

  /**
   * Public classes of core that are not values and are not serializable: parsers, formatters,
   * converters, validators, rule sets and constant holders are services or namespaces, rebuilt
   * from configuration; a unit's match in a text is a scanner's step, like a ParsePosition; a
   * series' step and a ranking's entry are parts of a result, meaningful only within it, which
   * travels whole. Builders, exceptions (serializable as every Throwable), enums and interfaces
   * are not looked at.
   */
  private static final Set<String> NOT_VALUES = Set.of(
      "dev.parkdata.metric.MetricParser", "dev.parkdata.metric.MetricFormat",
      "dev.parkdata.unit.UnitConverter",
      "dev.parkdata.unit.UnitCatalog$Match", "dev.parkdata.unit.FigureLimits", "dev.parkdata.unit.Units",
      "dev.parkdata.observation.Indicators", "dev.parkdata.observation.PeriodText",
      "dev.parkdata.validation.Validator",
      "dev.parkdata.validation.StandardRules", "dev.parkdata.validation.RuleContext",
      "dev.parkdata.series.Series$Step", "dev.parkdata.series.Ranking$Entry");

  @Test
  void modelValuesRoundTrip() {
    roundTrips(ParkGenerators.identifiers());
    roundTrips(ParkGenerators.names());
    roundTrips(ParkGenerators.industries());
    roundTrips(ParkGenerators.locations());
    roundTrips(ParkGenerators.sources());
    roundTrips(ParkGenerators.citations());
    roundTrips(ParkGenerators.periods());
    roundTrips(ParkGenerators.indicators());
    roundTrips(ParkGenerators.observations());
    roundTrips(ParkGenerators.targets());
    roundTrips(ParkGenerators.areas());
    roundTrips(ParkGenerators.approvals());
    roundTrips(ParkGenerators.designations());
    roundTrips(ParkGenerators.measures());
    roundTrips(ParkGenerators.policies());
    roundTrips(ParkGenerators.organisations());
    roundTrips(ParkGenerators.clusters());
    roundTrips(ParkGenerators.chains());
  }

  @Test
  void theirPartsRoundTrip() {
    // Parts the generators nest in larger values, each round-tripped on its own.
    roundTripsEach(ParkGenerators.chains(), IndustrialChain::segments);
    roundTripsEach(ParkGenerators.clusters(), c -> c.recognition().stream().collect(Collectors.toList()));
    roundTripsEach(ParkGenerators.organisations(), Organisation::certifications);
    roundTripsEach(ParkGenerators.measures(), m -> m.rate().stream().collect(Collectors.toList()));
    roundTripsEach(ParkGenerators.citations(), c -> c.span().stream().collect(Collectors.toList()));
    roundTripsEach(ParkGenerators.parks(), Park::management);
    assertThat(roundTrip(ExternalReference.of(Identifier.of("G112001"), EntityKind.PARK, "中关村科技园区")))
        .isEqualTo(ExternalReference.of(Identifier.of("G112001"), EntityKind.PARK, "中关村科技园区"));
  }

  @Test
  void parksAndDatasetsRoundTrip() {
    qt().withExamples(300).forAll(ParkGenerators.parks().withDepth(2))
        .checkAssert(p -> assertThat(roundTrip(p)).isEqualTo(p));
    qt().withExamples(200).forAll(ParkGenerators.datasets())
        .checkAssert(d -> {
          Dataset read = roundTrip(d);
          assertThat(read).isEqualTo(d);
          // The lookup tables are rebuilt, not read.
          assertThat(read.allParks()).isEqualTo(d.allParks());
        });
  }

  @Test
  void figuresAndUnitsRoundTrip() {
    roundTrips(ParkGenerators.metrics());
    roundTrips(ParkGenerators.units());
    roundTrips(ParkGenerators.units().map(Unit::dimension));
    roundTrips(ParkGenerators.units().assuming(u -> !u.isCompound()).map(u -> Unit.ratio(u, Units.MU)));
    roundTrips(SourceDSL.longs().between(-1_000_000, 1_000_000)
        .zip(SourceDSL.longs().between(1, 1_000_000), Rational::of));
    roundTrips(SourceDSL.integers().between(0, 99).map(Tolerance::percent));
    roundTrips(ParkGenerators.metrics().map(m -> m.bounds()));
    assertThat(roundTrip(Tolerance.NONE)).isSameAs(Tolerance.NONE);
    // Standard base units read back as the catalogue's own instances.
    for (BaseUnit u : UnitCatalog.standard().baseUnits()) {
      assertThat(roundTrip(u)).isSameAs(u);
    }
    assertThat(roundTrip(UnitCatalog.standard())).isSameAs(UnitCatalog.standard());
    roundTrips(SourceDSL.integers().between(1, 999).map(n -> ExchangeRate.of(Units.US_DOLLAR, Units.YUAN,
        BigDecimal.valueOf(n, 2), LocalDate.of(2024, 6, 28))));
  }

  @Test
  void unitsOfAUsersOwnCatalogueRoundTrip() {
    BaseUnit tree = BaseUnit.classifier("棵", "棵", "tree");
    BaseUnit jin = BaseUnit.derivedFrom("市斤", UnitCatalog.standard().baseUnit("千克").orElseThrow(), Rational.of(1, 2))
        .englishName("jin").aliases("斤").build();
    UnitCatalog mine = UnitCatalog.standard().toBuilder().add(tree).add(jin).build();

    BaseUnit readTree = roundTrip(tree);
    assertThat(readTree).isEqualTo(tree);
    assertThat(readTree.spellings()).isEqualTo(tree.spellings());
    assertThat(roundTrip(jin).spellings()).isEqualTo(jin.spellings());
    UnitCatalog readMine = roundTrip(mine);
    assertThat(readMine.baseUnits()).isEqualTo(mine.baseUnits());
    assertThat(readMine.parse("万棵")).isEqualTo(mine.parse("万棵"));
    assertThat(roundTrip(mine.parse("万斤"))).isEqualTo(mine.parse("万斤"));
  }

  @Test
  void validationResultsRoundTrip() {
    qt().withExamples(100)
        .forAll(ParkGenerators.datasets().withInconsistencies(Inconsistency.values()))
        .checkAssert(d -> {
          ValidationReport report = Validator.standard().validate(d);
          assertThat(roundTrip(report)).isEqualTo(report);
          for (Violation v : report.violations()) {
            assertThat(roundTrip(v)).isEqualTo(v);
            assertThat(roundTrip(v.path())).isEqualTo(v.path());
            v.path().segments().forEach(s -> assertThat(roundTrip(s)).isEqualTo(s));
            v.figures().forEach(f -> assertThat(roundTrip(f)).isEqualTo(f));
          }
        });
    assertThat(roundTrip(ValidationReport.empty())).isSameAs(ValidationReport.empty());
    assertThat(roundTrip(Path.root())).isSameAs(Path.root());
    Path odd = Path.root().field("a.b[c]").key("2024").key("").key("it's").index(3);
    assertThat(roundTrip(odd)).isEqualTo(odd);
    qt().withExamples(100).forAll(ParkGenerators.observations())
        .checkAssert(o -> {
          Located<Observation> located = Located.of(o, Path.root().field("observations").index(0));
          assertThat(roundTrip(located)).isEqualTo(located);
        });
  }

  @Test
  void seriesResultsRoundTrip() {
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger growths = new AtomicInteger();
    qt().withExamples(100)
        .forAll(ParkGenerators.datasets().withInconsistencies(Inconsistency.CONFLICTING_DUPLICATE))
        .checkAssert(d -> {
          for (Park park : d.allParks()) {
            for (Indicator indicator : park.observations().stream().map(Observation::indicator).distinct()
                .collect(Collectors.toList())) {
              Series series = Series.of(d, park.id(), indicator);
              Series read = roundTrip(series);
              assertThat(read).isEqualTo(series);
              assertThat(read.conflicts()).isEqualTo(series.conflicts());
              series.conflicts().forEach(c -> assertThat(roundTrip(c)).isEqualTo(c));
              conflicts.addAndGet(series.conflicts().size());
              List<Period> periods = series.periods();
              for (int i = 1; i < periods.size(); i++) {
                Period from = periods.get(i - 1);
                Period to = periods.get(i);
                growths.addAndGet(growthRoundTrips(() -> series.growth(from, to, MathContext.DECIMAL64)));
                growthRoundTrips(() -> series.compoundAnnualGrowth(periods.get(0), to, MathContext.DECIMAL32));
              }
              for (Period period : periods) {
                Ranking ranking = Ranking.of(d, indicator, period);
                Ranking readRanking = roundTrip(ranking);
                assertThat(readRanking.entries()).isEqualTo(ranking.entries());
                assertThat(readRanking.conflicts()).isEqualTo(ranking.conflicts());
                assertThat(readRanking.indicator()).isEqualTo(ranking.indicator());
                assertThat(readRanking.period()).isEqualTo(ranking.period());
              }
            }
          }
        });
    // Not vacuous: the generated datasets hold conflicts and figures to grow between.
    assertThat(conflicts).hasPositiveValue();
    assertThat(growths).hasPositiveValue();
  }

  /** A growth, where the figures allow one, reads back equal; 1 if there was one. */
  private static int growthRoundTrips(Supplier<Growth> growth) {
    Growth g;
    try {
      g = growth.get();
    } catch (IllegalArgumentException notAGrowth) {
      return 0; // a first value that is not positive, figures of two dimensions, periods of two kinds
    }
    assertThat(roundTrip(g)).isEqualTo(g);
    return 1;
  }

  @Test
  void theFormIsCompact() {
    // A figure is a few dozen bytes after the first: class names once a stream, no field tables.
    Metric m = Metric.parse("2万余家");
    List<Metric> hundred = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      hundred.add(m);
      hundred.add(Metric.parse(i + "亿元"));
    }
    int one = serialize(List.of(m)).length;
    int many = serialize(hundred).length;
    assertThat((many - one) / 199).isLessThan(40);
  }

  @Test
  void everyValueTypeIsSerializableAndCovered() throws Exception {
    Set<String> serializable = new TreeSet<>();
    for (String name : coreClasses()) {
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      boolean value = Modifier.isPublic(type.getModifiers())
          && !type.isInterface() && !type.isEnum() && !type.isAnnotation()
          && !Throwable.class.isAssignableFrom(type)
          && !type.getSimpleName().equals("Builder")
          && !Modifier.isAbstract(type.getModifiers())
          && (type.getEnclosingClass() == null || Modifier.isStatic(type.getModifiers()));
      if (!value || NOT_VALUES.contains(name)) {
        continue;
      }
      assertThat(Serializable.class).as(name).isAssignableFrom(type);
      serializable.add(name);
    }
    assertThat(serializable).isEqualTo(COVERED.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)));
  }

  /** The names of the classes of core's exported packages (all but {@code internal}). */
  private static List<String> coreClasses() throws IOException, URISyntaxException {
    java.nio.file.Path location = Paths.get(Metric.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> entries;
    if (Files.isDirectory(location)) {
      try (Stream<java.nio.file.Path> files = Files.walk(location)) {
        entries = files.map(p -> location.relativize(p).toString().replace('\\', '/')).collect(Collectors.toList());
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        entries = jar.stream().map(e -> e.getName()).collect(Collectors.toList());
      }
    }
    return entries.stream()
        .filter(e -> e.startsWith("dev/parkdata/") && e.endsWith(".class") && !e.startsWith("dev/parkdata/internal/"))
        .filter(e -> !e.endsWith("package-info.class") && !e.endsWith("module-info.class"))
        .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
        .collect(Collectors.toList());
  }

  private static <T> void roundTrips(Gen<T> gen) {
    qt().forAll(gen).checkAssert(v -> assertThat(roundTrip(v)).isEqualTo(v));
  }

  private static <T, P> void roundTripsEach(Gen<T> gen, Function<T, Collection<P>> parts) {
    qt().withExamples(300).forAll(gen)
        .checkAssert(v -> parts.apply(v).forEach(p -> assertThat(roundTrip(p)).isEqualTo(p)));
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(value)))) {
      return (T) in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] serialize(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
