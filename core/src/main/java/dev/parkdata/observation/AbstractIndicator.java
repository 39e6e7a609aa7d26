package dev.parkdata.observation;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.unit.Dimension;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * What is measured: 营业收入, 企业数, 研发强度, 核准面积. An indicator has a stable code, its Chinese
 * and English names and the {@link Dimension} its figures are expected in. The standard ones
 * are constants of {@link Indicators}; users define their own with the builder.
 *
 * <p>Two indicators are equal when all their attributes are; the code alone identifies an
 * indicator within a dataset.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractIndicator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Serialized as a {@link ModelSer}: by attribute, read back through the builder. */
  final Object writeReplace() {
    return new ModelSer(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }

  private void readObjectNoData() throws InvalidObjectException {
    throw SerialData.delegated();
  }

  /** The stable code: lower-case ASCII words joined by {@code -}, {@code revenue}. */
  public abstract String code();

  /** The Chinese name, {@code 营业收入}. */
  public abstract String chineseName();

  /** The English name, {@code operating revenue}. */
  public abstract String englishName();

  /**
   * The dimension figures of this indicator are expected in: {@code money(CNY)}, {@code
   * count(家)}, {@code area}, {@code ratio}, {@code money(CNY)/area}.
   */
  public abstract Dimension dimension();

  /** An indicator from its four attributes. */
  public static Indicator of(
      String code, String chineseName, String englishName, Dimension dimension) {
    return Indicator.builder()
        .code(code)
        .chineseName(chineseName)
        .englishName(englishName)
        .dimension(dimension)
        .build();
  }

  /**
   * Whether a figure in {@code dimension} can be a value of this indicator: the dimensions are
   * equal, or both are money (a figure in another currency converts with a dated exchange rate).
   */
  public boolean accepts(Dimension dimension) {
    return dimension().equals(dimension) || (dimension().isMoney() && dimension.isMoney());
  }

  /** {@code 营业收入[revenue]}. */
  @Override
  public String toString() {
    return chineseName() + "[" + code() + "]";
  }

  @Value.Check
  void check() {
    Checks.check(
        Checks.isWordCode(code()),
        "Indicator",
        "code",
        "'%s' is not lower-case ASCII words joined by -",
        code());
    Checks.notBlank(chineseName(), "Indicator", "chineseName");
    Checks.notBlank(englishName(), "Indicator", "englishName");
  }
}
