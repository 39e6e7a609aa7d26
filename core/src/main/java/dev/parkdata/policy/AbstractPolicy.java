package dev.parkdata.policy;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Period;
import dev.parkdata.source.Citation;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A policy document (政策, 措施, 办法, 意见): its title, issuer and date, the parks or jurisdiction
 * it applies to, its validity and its {@link Measure}s.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractPolicy implements Serializable {
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

  /** The identifier, a slug. */
  public abstract Identifier id();

  /** The title without book-title marks: {@code 深圳市前海深港现代服务业合作区管理局支持科技创新实施办法}. */
  public abstract String title();

  /** The identifier of the issuing organisation. */
  public abstract Identifier issuer();

  /** The document number, {@code 深前海规〔2024〕1号}. */
  public abstract Optional<String> documentNumber();

  /** The date of issue, where known. */
  public abstract Optional<LocalDate> issued();

  /** The identifiers of the parks the policy applies to. */
  public abstract List<Identifier> appliesTo();

  /** The jurisdiction it applies to where that is not a park: {@code 石景山区}. */
  public abstract Optional<String> jurisdiction();

  /** The period the policy is in force. */
  public abstract Optional<Period> validity();

  /** The measures, in the document's order. */
  public abstract List<Measure> measures();

  /** Where the policy was read about. */
  public abstract Optional<Citation> citation();

  /** {@code Policy{qianhai-sci-tech 《深圳市前海…实施办法》}}. */
  @Override
  public String toString() {
    return "Policy{" + id() + " 《" + title() + "》}";
  }

  @Value.Check
  void check() {
    Checks.notBlank(title(), "Policy", "title");
    documentNumber().ifPresent(n -> Checks.notBlank(n, "Policy", "documentNumber"));
    jurisdiction().ifPresent(j -> Checks.notBlank(j, "Policy", "jurisdiction"));
  }
}
