package dev.parkdata.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.testing.Fixtures;
import dev.parkdata.unit.Dimension;
import dev.parkdata.validation.StandardRules;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database a {@link DatasetStore} runs on must do; one subclass per database. */
abstract class DatasetStoreContract {
  DatasetStore store;

  /** A data source on an empty or parkdata-only database. */
  abstract DataSource dataSource();

  @BeforeEach
  void openAnEmptyStore() {
    store = DatasetStore.open(dataSource());
    store.clear();
  }

  @Test
  void theArticleFixturesComeBackEqual() {
    Dataset fixtures = Fixtures.dataset();
    SaveReport report = store.save(fixtures);
    assertThat(store.load()).isEqualTo(fixtures);
    assertThat(report.added()).isEqualTo(items(fixtures));
    assertThat(report.replaced()).isZero();
    assertThat(report.observations()).isEqualTo(observationCount(fixtures));
    assertThat(report.validation().hasErrors()).isFalse();
  }

  @Test
  void savingAgainReplacesByIdentifier() {
    Dataset fixtures = Fixtures.dataset();
    store.save(fixtures);
    SaveReport again = store.save(fixtures);
    assertThat(again.added()).isZero();
    assertThat(again.replaced()).isEqualTo(items(fixtures));
    assertThat(store.load()).isEqualTo(fixtures);
    assertThat(rows("pd_observation")).isEqualTo(observationCount(fixtures));

    Park lanzhou = Fixtures.lanzhouHighTechZone();
    Park renamed = Park.builder().from(lanzhou).observations(List.of()).build();
    List<Park> parks =
        fixtures.parks().stream().map(p -> p.id().equals(lanzhou.id()) ? renamed : p).collect(Collectors.toList());
    store.save(Dataset.builder().from(fixtures).parks(parks).build());
    assertThat(store.park(lanzhou.id())).contains(renamed);
    assertThat(store.observations(ObservationQuery.builder().subject(lanzhou.id()).build())).isEmpty();
    assertThat(store.load().parks()).hasSameSizeAs(fixtures.parks());
  }

  @Test
  void aDatasetWithErrorsIsRefusedWithItsReportUnlessAccepted() {
    Park lanzhou = Fixtures.lanzhouHighTechZone();
    Dataset twice = Dataset.builder().addParks(lanzhou, lanzhou).build();
    assertThatThrownBy(() -> store.save(twice))
        .isInstanceOfSatisfying(
            DatasetRejectedException.class,
            e -> assertThat(e.report().withCode(StandardRules.DUPLICATE_ID).isEmpty()).isFalse())
        .hasMessageContaining("not saved");
    assertThat(store.load()).isEqualTo(Dataset.builder().build());

    SaveReport accepted = store.save(twice, SaveMode.ACCEPT_ERRORS);
    assertThat(accepted.duplicates()).containsExactly("parks[G622052]");
    assertThat(accepted.validation().hasErrors()).isTrue();
    assertThat(store.load().parks()).containsExactly(lanzhou);
  }

  @Test
  void aFailedSaveKeepsNothingAndNamesWhatWasBeingWritten() throws SQLException {
    Dataset fixtures = Fixtures.dataset();
    store.save(Dataset.builder().addParks(Fixtures.suzhouHighTechZone()).build());
    Indicator poison = Indicator.of("poison", "毒", "poison", Dimension.count("家"));
    Park lanzhou = Fixtures.lanzhouHighTechZone();
    Observation refused =
        Observation.builder()
            .subject(lanzhou.id())
            .indicator(poison)
            .period(Period.year(2022))
            .metric(Metric.parse("20家"))
            .build();
    Park poisoned = Park.builder().from(lanzhou).addObservations(refused).build();
    execute("ALTER TABLE pd_observation ADD CONSTRAINT pd_test_no_poison CHECK (indicator <> 'poison')");
    try {
      Dataset dataset = Dataset.builder().from(fixtures).parks(List.of(poisoned)).build();
      assertThatThrownBy(() -> store.save(dataset, SaveMode.ACCEPT_ERRORS))
          .isInstanceOfSatisfying(
              DatasetStoreException.class,
              e ->
                  assertThat(e.path())
                      .contains("parks[G622052].observations[" + lanzhou.observations().size() + "]"))
          .hasMessageStartingWith("writing parks[G622052].observations[");
    } finally {
      execute("ALTER TABLE pd_observation DROP CONSTRAINT pd_test_no_poison");
    }
    assertThat(store.load()).isEqualTo(Dataset.builder().addParks(Fixtures.suzhouHighTechZone()).build());
  }

  @Test
  void queriesSelectByParkIndicatorPeriodAndProvince() {
    Dataset fixtures = Fixtures.dataset();
    store.save(fixtures);
    List<Observation> all =
        allObservations(fixtures).collect(Collectors.toList());
    assertThat(store.observations(ObservationQuery.builder().build())).hasSameSizeAs(all);

    for (Observation o : all) {
      ObservationQuery exact =
          ObservationQuery.builder()
              .subject(o.subject())
              .indicator(o.indicator())
              .from(o.period().start())
              .to(o.period().end())
              .build();
      assertThat(store.observations(exact)).as("%s", exact).contains(o);
    }
    Province jiangsu = Province.JIANGSU;
    List<Observation> inJiangsu = store.observations(ObservationQuery.builder().province(jiangsu).build());
    assertThat(inJiangsu)
        .isNotEmpty()
        .allSatisfy(o -> assertThat(provinceOf(fixtures, o.subject())).isEqualTo(jiangsu));
    LocalDate from = LocalDate.of(2022, 1, 1);
    assertThat(store.observations(ObservationQuery.builder().from(from).build()))
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.period().start()).isAfterOrEqualTo(from))
        .hasSize((int) all.stream().filter(o -> !o.period().start().isBefore(from)).count());
  }

  @Test
  void aSeriesIsOrderedByPeriod() {
    Identifier park = Identifier.of("series-park");
    Indicator enterprises = Indicators.ENTERPRISES;
    List<Observation> shuffled =
        Stream.of(2021, 2019, 2023, 2020)
            .map(
                y ->
                    Observation.builder()
                        .subject(park)
                        .indicator(enterprises)
                        .period(Period.year(y))
                        .metric(Metric.of(new BigDecimal(y - 1900 + ".50"), dev.parkdata.unit.Units.JIA))
                        .build())
            .collect(Collectors.toList());
    Park p =
        Park.builder()
            .id(park)
            .names(dev.parkdata.model.Names.of("测试园区"))
            .kind(ParkKind.INDUSTRIAL_PARK)
            .observations(shuffled)
            .build();
    store.save(Dataset.builder().addParks(p).build());
    List<Observation> series = store.series(park, enterprises);
    assertThat(series).extracting(o -> o.period().start().getYear()).containsExactly(2019, 2020, 2021, 2023);
    assertThat(series).containsExactlyInAnyOrderElementsOf(shuffled);
    assertThat(series.get(0).metric().value()).isEqualByComparingTo("119.5");
  }

  @Test
  void subZonesAreFoundByTheirOwnIdentifier() {
    store.save(Fixtures.dataset());
    assertThat(store.park(Fixtures.ZHONGGUANCUN_SCIENCE_CITY))
        .map(Park::id)
        .contains(Fixtures.ZHONGGUANCUN_SCIENCE_CITY);
    assertThat(store.park(Identifier.of("nowhere"))).isEmpty();
  }

  @Test
  void theNationalCatalogueLoadsWithItsFindings() throws SQLException {
    DevelopmentZoneCatalog catalog = DevelopmentZoneCatalog.edition2018();
    SaveReport report = store.loadCatalog(catalog);
    long distinct = catalog.parks().stream().map(Park::id).distinct().count();
    assertThat(report.added()).isEqualTo(distinct);
    assertThat(report.duplicates()).containsExactly("parks[S377018]");
    assertThat(report.validation()).isEqualTo(catalog.validation());
    assertThat(rows("pd_park")).isEqualTo(distinct);
    assertThat(store.park(Identifier.of("G322018")))
        .map(p -> p.names().official())
        .contains("苏州高新技术产业开发区");
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM pd_park WHERE province = 'JIANGSU'")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(catalog.byProvince(Province.JIANGSU).size());
    }
  }

  @Test
  void boundsAreStoredInTheBaseUnitAndSayWhenTheyAreNotExact() throws SQLException {
    Identifier park = Identifier.of("bounds-park");
    Park p =
        Park.builder()
            .id(park)
            .names(dev.parkdata.model.Names.of("边界园区"))
            .kind(ParkKind.INDUSTRIAL_PARK)
            .addObservations(
                Observation.of(park, Indicators.ENTERPRISES, Period.year(2022), Metric.parse("2万余家")),
                Observation.of(park, Indicators.LAND_AREA, Period.year(2022), Metric.parse("1亩")))
            .build();
    store.save(Dataset.builder().addParks(p).build());
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT base_unit, base_min, base_min_closed, base_max, base_max_closed, base_exact"
                    + " FROM pd_observation ORDER BY seq")) {
      r.next();
      assertThat(r.getString(1)).isEqualTo("家");
      assertThat(r.getBigDecimal(2)).isEqualByComparingTo("20000");
      assertThat(r.getBoolean(3)).isFalse();
      assertThat(r.getBigDecimal(4)).isEqualByComparingTo("30000");
      assertThat(r.getBoolean(6)).isTrue();
      r.next();
      assertThat(r.getString(1)).isEqualTo("平方米");
      assertThat(r.getBigDecimal(2)).isEqualByComparingTo("666.6666666666666666666666666666666");
      assertThat(r.getBigDecimal(4)).isEqualByComparingTo("666.6666666666666666666666666666667");
      assertThat(r.getBoolean(6)).isFalse();
    }
  }

  private static int items(Dataset d) {
    return d.parks().size() + d.clusters().size() + d.chains().size() + d.policies().size()
        + d.organisations().size() + d.indicators().size() + d.externals().size() + d.observations().size();
  }

  private static int observationCount(Dataset d) {
    return (int) allObservations(d).count();
  }

  /** Every figure of {@code d} at every depth. */
  static Stream<Observation> allObservations(Dataset d) {
    return Stream.of(
            d.allParks().stream().flatMap(p -> p.observations().stream()),
            d.clusters().stream().flatMap(c -> c.observations().stream()),
            d.chains().stream().flatMap(c -> c.observations().stream()),
            d.organisations().stream().flatMap(o -> o.observations().stream()),
            d.observations().stream())
        .flatMap(s -> s);
  }

  private static Province provinceOf(Dataset dataset, Identifier id) {
    return dataset.park(id).flatMap(Park::location).flatMap(l -> l.province()).orElse(null);
  }

  long rows(String table) {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
