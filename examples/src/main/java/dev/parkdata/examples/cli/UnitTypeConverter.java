package dev.parkdata.examples.cli;

import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnknownUnitException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a command-line argument as a {@link Unit} of the standard catalogue. */
public final class UnitTypeConverter implements ITypeConverter<Unit> {
  /** Creates the converter; picocli instantiates it. */
  public UnitTypeConverter() {}

  @Override
  public Unit convert(String value) {
    try {
      return Unit.parse(value);
    } catch (UnknownUnitException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
