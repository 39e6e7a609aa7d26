package dev.parkdata.source;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a figure was read: the {@link Source} and, as far as recorded, the quote it was read
 * from and that quote's span in the source text.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractCitation implements Serializable {
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

  /** The source. */
  public abstract Source source();

  /** The words the figure was read from, {@code 总面积31.85平方公里}. */
  public abstract Optional<String> quote();

  /** The span of the quote in the source text. */
  public abstract Optional<TextSpan> span();

  /** A citation of {@code source} as a whole. */
  public static Citation of(Source source) {
    return Citation.builder().source(source).build();
  }

  /** A citation of {@code quote} in {@code source}. */
  public static Citation of(Source source, String quote) {
    return Citation.builder().source(source).quote(quote).build();
  }

  /** The source, then the quote in quotation marks if there is one. */
  @Override
  public String toString() {
    return source() + quote().map(q -> " “" + q + "”").orElse("");
  }

  @Value.Check
  void check() {
    quote().ifPresent(q -> Checks.notBlank(q, "Citation", "quote"));
    span()
        .ifPresent(
            s ->
                quote()
                    .ifPresent(
                        q ->
                            Checks.check(
                                s.length() == q.length(),
                                "Citation",
                                "span",
                                "%s spans %d characters but the quote has %d",
                                s,
                                s.length(),
                                q.length())));
  }
}
