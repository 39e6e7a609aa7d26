package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.ParkKind;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CatalogQueryProperties {
  private static final DevelopmentZoneCatalog CATALOG = DevelopmentZoneCatalog.edition2018();

  @Test
  void criteriaCommuteAndNarrow() {
    qt().withExamples(200)
        .forAll(Generate.enumValues(Province.class), Generate.enumValues(ParkKind.class),
            Generate.enumValues(ApprovalLevel.class), approvalYears())
        .checkAssert((province, type, level, since) -> {
          CatalogQuery one = CATALOG.query().inProvince(province).ofType(type).atLevel(level).approvedSince(since);
          CatalogQuery other = CATALOG.query().approvedSince(since).atLevel(level).ofType(type).inProvince(province);
          assertThat(one.parks()).isEqualTo(other.parks());
          assertThat(one.count()).isEqualTo(one.parks().size());
          assertThat(CATALOG.query().inProvince(province).parks()).containsAll(one.parks());
          assertThat(CATALOG.byProvince(province)).isEqualTo(CATALOG.query().inProvince(province).parks());
        });
  }

  @Test
  void groupTotalsAddUpToTheTotal() {
    qt().withExamples(100)
        .forAll(Generate.enumValues(ApprovalLevel.class), approvalYears())
        .checkAssert((level, since) -> {
          CatalogQuery query = CATALOG.query().atLevel(level).approvedSince(since);
          CatalogTotal total = query.total(Units.SQUARE_KILOMETRE);
          for (CatalogGrouping<?> grouping : new CatalogGrouping<?>[] {CatalogGrouping.PROVINCE, CatalogGrouping.TYPE, CatalogGrouping.LEVEL}) {
            var groups = query.summarize(grouping, Units.SQUARE_KILOMETRE).values();
            assertThat(groups.stream().mapToInt(CatalogTotal::zones).sum()).isEqualTo(total.zones());
            BigDecimal sum = groups.stream().map(t -> t.approvedArea().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(total.approvedArea().value());
          }
          Metric hectares = query.total(Units.HECTARE).approvedArea();
          assertThat(hectares.isSameQuantity(total.approvedArea())).isTrue();
        });
  }

  /** A city's or county's group holds exactly the zones the place query selects; the groups add up to the placed zones. */
  @Test
  void placeGroupsAgreeWithThePlaceQueries() {
    qt().withExamples(30)
        .forAll(Generate.enumValues(Province.class), Generate.enumValues(ApprovalLevel.class))
        .checkAssert((province, level) -> {
          CatalogQuery query = CATALOG.query().inProvince(province).atLevel(level);
          var cities = query.countBy(CatalogGrouping.CITY);
          cities.forEach((city, n) -> assertThat(query.inCity(city.code()).count()).as(city.toString()).isEqualTo(n));
          var counties = query.countBy(CatalogGrouping.COUNTY);
          counties.forEach((county, n) -> assertThat(query.inCounty(county.code()).count()).as(county.toString()).isEqualTo(n));
          int inCities = cities.values().stream().mapToInt(Integer::intValue).sum();
          int inCounties = counties.values().stream().mapToInt(Integer::intValue).sum();
          assertThat(inCounties).isLessThanOrEqualTo(query.count());
          assertThat(inCities).isLessThanOrEqualTo(query.count());
          assertThat(List.copyOf(cities.keySet())).isSortedAccordingTo(java.util.Comparator.comparing(Division::code));
          for (var park : query.parks()) {
            assertThat(CatalogGrouping.CITY.keyOf(park)).isEqualTo(CatalogGrouping.CITY.keyOf(park, CATALOG));
          }
        });
    assertThat(CATALOG.countBy(CatalogGrouping.CITY).entrySet())
        .anyMatch(e -> e.getKey().code().equals("320500") && e.getValue() == CATALOG.byCity("苏州").size());
    assertThat(CatalogGrouping.ofName("county")).contains(CatalogGrouping.COUNTY);
  }

  /**
   * Years 1980 to 2020; one time in five a bound or its neighbour, or a year around 2018, that of the
   * catalogue's edition.
   */
  private static Gen<Integer> approvalYears() {
    return Generate.frequency(List.of(
        Pair.of(4, integers().between(1980, 2020)),
        Pair.of(1, Generate.pick(List.of(1980, 1981, 2017, 2018, 2019, 2020)))));
  }
}
