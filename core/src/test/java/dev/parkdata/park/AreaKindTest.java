package dev.parkdata.park;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.observation.Indicators;
import dev.parkdata.unit.Dimension;
import org.junit.jupiter.api.Test;

class AreaKindTest {
  @Test
  void eachKindHasItsOwnAreaIndicatorWithItsChineseName() {
    assertThat(AreaKind.APPROVED.indicator()).isEqualTo(Indicators.APPROVED_AREA);
    assertThat(AreaKind.PLANNED.indicator()).isEqualTo(Indicators.PLANNED_AREA);
    assertThat(AreaKind.ADMINISTERED.indicator()).isEqualTo(Indicators.ADMINISTERED_AREA);
    assertThat(AreaKind.LAND.indicator()).isEqualTo(Indicators.LAND_AREA);
    assertThat(AreaKind.FLOOR.indicator()).isEqualTo(Indicators.FLOOR_AREA);
    assertThat(AreaKind.TOTAL.indicator()).isEqualTo(Indicators.TOTAL_AREA);
    for (AreaKind kind : AreaKind.values()) {
      assertThat(kind.indicator().chineseName()).isEqualTo(kind.chineseName());
      assertThat(kind.indicator().dimension()).isEqualTo(Dimension.AREA);
    }
  }
}
