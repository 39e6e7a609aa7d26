package dev.parkdata.park;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An approval of a zone: by which level of government and authority, in which month, by which
 * document. A zone can carry several (two customs areas of the catalogue were approved in
 * 2000.04 and again in 2002.12); the first is its establishment.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractApproval implements Serializable {
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

  /** The level of government. */
  public abstract ApprovalLevel level();

  /** The approving authority where more precise than the level: {@code 科技部}, {@code 甘肃省人民政府}. */
  public abstract Optional<String> authority();

  /** The month of approval, the usual precision (1992.04). */
  public abstract Optional<YearMonth> date();

  /** The approving document, {@code 国函〔2020〕123号}. */
  public abstract Optional<String> document();

  /** An approval at {@code level} in {@code date}. */
  public static Approval of(ApprovalLevel level, YearMonth date) {
    return Approval.builder().level(level).date(date).build();
  }

  /** {@code 国务院 1991-03}. */
  @Override
  public String toString() {
    return authority().orElse(level().chineseName()) + date().map(d -> " " + d).orElse("");
  }

  @Value.Check
  void check() {
    // No lambdas in checks of the types the catalogue builds: linking one costs its cold load.
    if (authority().isPresent()) {
      Checks.notBlank(authority().get(), "Approval", "authority");
    }
    if (document().isPresent()) {
      Checks.notBlank(document().get(), "Approval", "document");
    }
  }
}
