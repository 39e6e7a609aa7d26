package dev.parkdata.examples.cli;

import java.math.BigDecimal;
import java.text.Normalizer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a command-line argument as an exact decimal: {@code 31.85}, {@code -2.5}, {@code 1e3},
 * full-width digits ({@code ３１．８５}) and {@code ,} thousands separators ({@code 1,900}).
 */
public final class DecimalTypeConverter implements ITypeConverter<BigDecimal> {
  /** Creates the converter; picocli instantiates it. */
  public DecimalTypeConverter() {}

  @Override
  public BigDecimal convert(String value) {
    String s = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    if (s.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
      s = s.replace(",", "");
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a decimal number");
    }
  }
}
