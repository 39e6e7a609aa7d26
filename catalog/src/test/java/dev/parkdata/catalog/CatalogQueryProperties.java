package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.ParkKind;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CatalogQueryProperties {
  private static final DevelopmentZoneCatalog CATALOG = DevelopmentZoneCatalog.edition2018();

  @Property(tries = 200)
  void criteriaCommuteAndNarrow(@ForAll Province province, @ForAll ParkKind type, @ForAll ApprovalLevel level,
      @ForAll @IntRange(min = 1980, max = 2020) int since) {
    CatalogQuery one = CATALOG.query().inProvince(province).ofType(type).atLevel(level).approvedSince(since);
    CatalogQuery other = CATALOG.query().approvedSince(since).atLevel(level).ofType(type).inProvince(province);
    assertThat(one.parks()).isEqualTo(other.parks());
    assertThat(one.count()).isEqualTo(one.parks().size());
    assertThat(CATALOG.query().inProvince(province).parks()).containsAll(one.parks());
    assertThat(CATALOG.byProvince(province)).isEqualTo(CATALOG.query().inProvince(province).parks());
  }

  @Property(tries = 100)
  void groupTotalsAddUpToTheTotal(@ForAll ApprovalLevel level, @ForAll @IntRange(min = 1980, max = 2020) int since) {
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
  }
}
