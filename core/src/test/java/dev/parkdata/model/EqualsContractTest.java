package dev.parkdata.model;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.chain.Segment;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.cluster.Recognition;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
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
import dev.parkdata.park.ParkKind;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.Policy;
import dev.parkdata.policy.Rate;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.source.TextSpan;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated equals and hashCode of every model type. Builders reject nulls, so null fields
 * are not considered; the types from the unit and metric packages get prefabricated values.
 */
class EqualsContractTest {

  static Stream<Class<?>> modelTypes() {
    return Stream.of(
        Identifier.class, Names.class, Industry.class, Location.class, Source.class,
        TextSpan.class, Citation.class, Period.class, Indicator.class, Observation.class,
        Target.class, Approval.class, Area.class, Designation.class, Management.class, Park.class,
        Recognition.class, Cluster.class, Segment.class, IndustrialChain.class,
        Certification.class, Organisation.class, Rate.class, Measure.class, Policy.class,
        ExternalReference.class, Dataset.class);
  }

  @ParameterizedTest
  @MethodSource("modelTypes")
  void equalsAndHashCodeAreValueBased(Class<?> type) {
    Park red = Park.builder().id(Identifier.of("a")).names(Names.of("甲")).kind(ParkKind.HIGH_TECH_ZONE).build();
    Park blue = red.withKind(ParkKind.INDUSTRIAL_PARK);
    EqualsVerifier.forClass(type)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(Park.class, red, blue)
        .withPrefabValues(
            Metric.class,
            Metric.of(BigDecimal.ONE, Units.SQUARE_KILOMETRE),
            Metric.of(BigDecimal.TEN, Units.YI_YUAN))
        .withPrefabValues(Unit.class, Units.HECTARE, Units.JIA)
        .withPrefabValues(Dimension.class, Dimension.AREA, Dimension.RATIO)
        .withPrefabValues(Indicator.class, Indicators.REVENUE, Indicators.ENTERPRISES)
        .verify();
  }
}
