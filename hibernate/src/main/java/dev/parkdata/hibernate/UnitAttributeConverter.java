package dev.parkdata.hibernate;

import dev.parkdata.unit.Unit;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Unit} as its name (亿元, 平方公里, 万元/亩) and reads it back with {@link
 * Unit#parse}, so units of the standard catalogue round-trip:
 *
 * <pre>{@code
 * @Convert(converter = UnitAttributeConverter.class)
 * Unit reportingUnit;
 * }</pre>
 */
@Converter
public final class UnitAttributeConverter implements AttributeConverter<Unit, String> {

  /** Creates the converter; Jakarta Persistence does, from {@code @Convert}. */
  public UnitAttributeConverter() {}

  @Override
  public String convertToDatabaseColumn(Unit unit) {
    return unit == null ? null : unit.name();
  }

  @Override
  public Unit convertToEntityAttribute(String name) {
    return name == null ? null : Unit.parse(name);
  }
}
