package dev.parkdata.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.catalog.ParkNameResolution;
import dev.parkdata.internal.SerialData;
import dev.parkdata.model.Identifier;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A park named in a text, as a {@link MetricExtractor} with park names finds it: where it is
 * (code points, as {@link Mention}), the name as written, and the catalogue zone it names when
 * it names exactly one ({@code 苏州高新区} → G322018 苏州高新技术产业开发区).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ParkMention implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int start;
  private final int end;
  private final String text;
  private final ParkNameResolution.Status status;
  private final Identifier code;
  private final String zoneName;

  private ParkMention(int start, int end, String text, ParkNameResolution.Status status, Identifier code, String zoneName) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.status = status;
    this.code = code;
    this.zoneName = zoneName;
  }

  /**
   * A park mention that names no one zone ({@code status} NONE or AMBIGUOUS).
   *
   * @throws IllegalArgumentException if the offsets are not a span of {@code text}'s code points,
   *     or {@code status} is RESOLVED (use {@link #resolved})
   */
  public static ParkMention unresolved(int start, int end, String text, ParkNameResolution.Status status) {
    checkNotNull(status, "status");
    checkArgument(status != ParkNameResolution.Status.RESOLVED, "a resolved mention needs its zone: use resolved(…)");
    return new ParkMention(start, end, Mention.checkSpan(start, end, text), status, null, null);
  }

  /**
   * A park mention that names the catalogue zone {@code code}, officially {@code zoneName}.
   *
   * @throws IllegalArgumentException if the offsets are not a span of {@code text}'s code points,
   *     or {@code zoneName} is empty
   */
  public static ParkMention resolved(int start, int end, String text, Identifier code, String zoneName) {
    checkNotNull(code, "code");
    checkNotNull(zoneName, "zoneName");
    checkArgument(!zoneName.isEmpty(), "zoneName is empty");
    return new ParkMention(start, end, Mention.checkSpan(start, end, text), ParkNameResolution.Status.RESOLVED, code, zoneName);
  }

  /** The offset of the name's first code point in the text. */
  public int start() {
    return start;
  }

  /** The offset just past the name's last code point. */
  public int end() {
    return end;
  }

  /** The name as written: {@code 蘇州高新區}. */
  public String text() {
    return text;
  }

  /** RESOLVED when the name names one catalogue zone; AMBIGUOUS or NONE otherwise. */
  public ParkNameResolution.Status status() {
    return status;
  }

  /** The catalogue code of the zone named ({@code G322018}); empty unless RESOLVED. */
  public Optional<Identifier> code() {
    return Optional.ofNullable(code);
  }

  /** The zone's official name in the catalogue ({@code 苏州高新技术产业开发区}); empty unless RESOLVED. */
  public Optional<String> zoneName() {
    return Optional.ofNullable(zoneName);
  }

  /** Whether {@code o} is a park mention at the same offsets with the same text, status and zone. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ParkMention)) {
      return false;
    }
    ParkMention that = (ParkMention) o;
    return start == that.start && end == that.end && text.equals(that.text) && status == that.status
        && Objects.equals(code, that.code) && Objects.equals(zoneName, that.zoneName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, text, status, code, zoneName);
  }

  /** {@code [3,8) "苏州高新区" G322018 苏州高新技术产业开发区}, or {@code [3,6) "高新区" AMBIGUOUS}. */
  @Override
  public String toString() {
    String where = "[" + start + "," + end + ") \"" + text + "\" ";
    return code == null ? where + status : where + code.value() + " " + zoneName;
  }

  /** Serialized as a {@link Ser}, read back through {@link #resolved} or {@link #unresolved}. */
  private Object writeReplace() {
    return new Ser(Ser.PARK_MENTION, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
