package dev.parkdata.examples.cli;

import dev.parkdata.unit.Unit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a command-line argument as a {@link Unit} of the standard catalogue, in any spelling
 * {@link UnitNames} reads: 亩, 畝, mu, hectare, HAR, square kilometre, KMK, CNY, 亿元.
 */
public final class UnitTypeConverter implements ITypeConverter<Unit> {
  /** Creates the converter; picocli instantiates it. */
  public UnitTypeConverter() {}

  @Override
  public Unit convert(String value) {
    try {
      return UnitNames.resolve(value);
    } catch (Vocabulary.Unknown e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
