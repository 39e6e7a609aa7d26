package dev.parkdata.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The README's "Modelling parks" example, as written there, with what each comment claims. */
class ModellingExampleTest {
  @Test
  void theReadmeExampleDoesWhatItsCommentsSay() {
    Park lanzhou = Park.builder()
        .id(Identifier.of("G622052"))
        .names(Names.builder().official("兰州高新技术产业开发区").addShortNames("兰州高新区").build())
        .kind(ParkKind.HIGH_TECH_ZONE)
        .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(1991, 3)))
        .addArea(Area.of(AreaKind.APPROVED, Metric.of(new BigDecimal("1496"), Units.HECTARE)))
        .addLeadingIndustry(Industry.of("生物医药"))
        .addObservation(Observation.of(Identifier.of("G622052"), Indicators.ENTERPRISES,
            Period.year(2022), Metric.parse("2000余家")))
        .build();

    Park beijingFtz = Fixtures.beijingFreeTradeZone();
    Dataset dataset = Dataset.builder().addPark(lanzhou).addPark(beijingFtz).build();
    assertThat(dataset.park(Identifier.of("zhongguancun-science-city"))).isPresent();
    assertThat(dataset.ancestorsOf(Identifier.of("zhongguancun-science-city")).stream()
        .map(p -> p.names().official()).toList())
        .hasToString("[科技创新片区, 中国（北京）自由贸易试验区]");
    assertThat(dataset.latest(lanzhou.id(), Indicators.ENTERPRISES))
        .hasToString("Optional[G622052 企业数[enterprises] 2022 = 2000余家]");
  }
}
