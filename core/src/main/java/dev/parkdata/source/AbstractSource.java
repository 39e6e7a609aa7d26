package dev.parkdata.source;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published document figures are read from: a news article, a policy text, the national
 * catalogue. Reporting repeats and contradicts itself; the source settles which report said
 * what, and when.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractSource implements Serializable {
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

  /** Who published it: {@code 科技日报}, {@code 北京商报}, {@code 国家发展改革委}. */
  public abstract String publisher();

  /** The title, without book-title marks. */
  public abstract String title();

  /** The publication date, where known. */
  public abstract Optional<LocalDate> published();

  /** Where it can be read. */
  public abstract Optional<URI> url();

  /** The authors or reporters, in the order given. */
  public abstract List<String> authors();

  /** {@code 北京商报《科技创新片区…》2021-01-16}. */
  @Override
  public String toString() {
    return publisher() + "《" + title() + "》" + published().map(LocalDate::toString).orElse("");
  }

  @Value.Check
  void check() {
    Checks.notBlank(publisher(), "Source", "publisher");
    Checks.notBlank(title(), "Source", "title");
    Checks.noneBlank(authors(), "Source", "authors");
  }
}
