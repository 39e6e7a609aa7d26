package dev.parkdata.hibernate;

import dev.parkdata.metric.Metric;
import dev.parkdata.unit.Unit;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.CompositeType;

/** A user's own entity holding a figure and a unit, as the mappings' javadoc shows. */
@Entity
class ParkFigure {
  @Id @GeneratedValue Long id;

  String park;

  @Embedded
  @CompositeType(MetricType.class)
  @AttributeOverride(name = "value", column = @Column(name = "revenue_value", length = 2000))
  @AttributeOverride(name = "max", column = @Column(name = "revenue_max", length = 2000))
  @AttributeOverride(name = "unit", column = @Column(name = "revenue_unit"))
  @AttributeOverride(name = "qualifier", column = @Column(name = "revenue_qualifier", length = 16))
  Metric revenue;

  @Convert(converter = UnitAttributeConverter.class)
  Unit reportingUnit;

  ParkFigure() {}

  ParkFigure(String park, Metric revenue, Unit reportingUnit) {
    this.park = park;
    this.revenue = revenue;
    this.reportingUnit = reportingUnit;
  }
}
