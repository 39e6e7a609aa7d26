package dev.parkdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.ModelConstraintException;
import dev.parkdata.model.Names;
import dev.parkdata.park.Park;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.ParkKind;
import dev.parkdata.series.Conflict;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamConstants;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stream cannot make an invalid instance: the serialization proxies build through the public
 * factories and builders, and a stream of a class's own fields (without its proxy) is refused.
 */
class TamperedStreamTest {
  private static final Park PARK = Park.builder()
      .id(Identifier.of("G112001"))
      .names(Names.of("中关村科技园区"))
      .kind(ParkKind.HIGH_TECH_ZONE)
      .build();

  @Test
  void aRangeWhoseMinExceedsItsMaxDoesNotRead() throws Exception {
    // An invalid instance made by reflection writes its fields faithfully into the proxy.
    Constructor<Metric> raw = Metric.class.getDeclaredConstructor(BigDecimal.class, BigDecimal.class,
        dev.parkdata.unit.Unit.class, Qualifier.class, boolean.class, boolean.class);
    raw.setAccessible(true);
    Metric invalid = raw.newInstance(BigDecimal.TEN, BigDecimal.ONE, Units.SQUARE_KILOMETRE, Qualifier.RANGE, false, false);
    byte[] bytes = serialize(invalid);

    assertThatThrownBy(() -> deserialize(bytes))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("Metric")
        .hasMessageContaining("range min 10 exceeds max 1")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOverFigureThatIsNotPositiveDoesNotRead() throws Exception {
    Constructor<Metric> raw = Metric.class.getDeclaredConstructor(BigDecimal.class, BigDecimal.class,
        dev.parkdata.unit.Unit.class, Qualifier.class, boolean.class, boolean.class);
    raw.setAccessible(true);
    byte[] bytes = serialize(raw.newInstance(BigDecimal.ONE.negate(), null, Units.JIA, Qualifier.OVER, false, false));

    assertThatThrownBy(() -> deserialize(bytes)).isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("OVER");
  }

  @Test
  void aZeroDenominatorDoesNotRead() throws Exception {
    byte[] bytes = serialize(Rational.of(3, 4));
    // The form holds each side as a count of bytes, then the bytes: 00 00 00 01 03, 00 00 00 01 04.
    byte[] tampered = replace(bytes, new byte[] {0, 0, 0, 1, 4}, new byte[] {0, 0, 0, 1, 0});

    assertThatThrownBy(() -> deserialize(tampered)).isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("zero denominator");
  }

  @Test
  void anIntervalWhoseLowerEndExceedsItsUpperDoesNotRead() throws Exception {
    byte[] bytes = serialize(Interval.closed(BigDecimal.ONE, BigDecimal.valueOf(2)));
    // Each end is its scale, a count of bytes and the bytes: 00 00 00 00 00 00 00 01 01, then … 02.
    byte[] tampered = replace(bytes, new byte[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 2},
        new byte[] {0, 0, 0, 0, 0, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 1, 2});

    assertThatThrownBy(() -> deserialize(tampered)).isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("Interval");
    assertThat(deserialize(bytes)).isEqualTo(Interval.closed(BigDecimal.ONE, BigDecimal.valueOf(2)));
  }

  @Test
  void anIdentifierThatIsNotOneDoesNotRead() throws Exception {
    byte[] tampered = replace(serialize(PARK), utf("G112001"), utf("G11 001"));

    assertThatThrownBy(() -> deserialize(tampered))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("Identifier")
        .hasCauseInstanceOf(ModelConstraintException.class);
  }

  @Test
  void aModelValueWithoutARequiredAttributeDoesNotRead() throws Exception {
    // A name the type does not have is skipped, so the park has no names.
    byte[] tampered = replace(serialize(PARK), utf("names"), utf("namez"));

    assertThatThrownBy(() -> deserialize(tampered))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("Park.names: required attribute not set")
        .hasCauseInstanceOf(ModelConstraintException.class);
  }

  @Test
  void aValueOfTheWrongTypeDoesNotRead() throws Exception {
    // The park's Names now stand under the name of its list of areas.
    byte[] tampered = replace(serialize(PARK), utf("names"), utf("areas"));

    assertThatThrownBy(() -> deserialize(tampered))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage("Park.areas: Object[] expected, got dev.parkdata.model.Names");
  }

  @Test
  void aTypeThatIsNotAModelTypeDoesNotRead() throws Exception {
    // "park.Park" becomes "unit.Unit", a hand-written class without a builder.
    byte[] tampered = replace(serialize(PARK), utf("park.Park"), utf("unit.Unit"));

    assertThatThrownBy(() -> deserialize(tampered))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("not a parkdata model type: unit.Unit");
  }

  @Test
  void aConflictOfObservationsOfAnotherPeriodDoesNotRead() throws Exception {
    Observation a = Observation.of(PARK.id(), Indicators.ENTERPRISES, Period.year(2022), Metric.parse("2万家"));
    Observation b = Observation.of(PARK.id(), Indicators.ENTERPRISES, Period.year(2023), Metric.parse("3万家"));
    Constructor<Conflict> raw = Conflict.class.getDeclaredConstructor(Period.class, Conflict.Kind.class,
        Observation.class, List.class);
    raw.setAccessible(true);
    byte[] bytes = serialize(raw.newInstance(Period.year(2022), Conflict.Kind.CONTRADICTORY, a, List.of(a, b)));

    assertThatThrownBy(() -> deserialize(bytes))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("Conflict: an observation of 2023 in a conflict of 2022");
  }

  @Test
  void aStreamOfAHandWrittenClassesOwnFieldsIsRefused() {
    byte[] forged = forged("dev.parkdata.metric.Metric");

    assertThatThrownBy(() -> deserialize(forged))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage("Deserialization via serialization delegate");
  }

  @Test
  void aStreamOfAGeneratedClassesOwnFieldsIsRefused() {
    // With the hand-written superclass's data (its readObject refuses) and without (readObjectNoData).
    assertThatThrownBy(() -> deserialize(forged("dev.parkdata.park.Park", "dev.parkdata.park.AbstractPark")))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage("Deserialization via serialization delegate");
    assertThatThrownBy(() -> deserialize(forged("dev.parkdata.park.Park")))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage("Deserialization via serialization delegate");
  }

  @Test
  void aValidStreamReadsBackEqual() throws Exception {
    Metric range = Metric.range(BigDecimal.ONE, BigDecimal.TEN, Units.SQUARE_KILOMETRE);
    assertThat(deserialize(serialize(range))).isEqualTo(range);
    assertThat(deserialize(serialize(PARK))).isEqualTo(PARK);
    assertThat(deserialize(serialize(Rational.of(BigInteger.TWO, BigInteger.valueOf(6))))).isEqualTo(Rational.of(1, 3));
  }

  /**
   * A stream of one object of {@code className} (with serialVersionUID 1 and no fields), whose
   * superclasses in the stream are {@code superclasses}: what a forger writes to skip a proxy.
   */
  private static byte[] forged(String className, String... superclasses) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeShort(ObjectStreamConstants.STREAM_MAGIC);
      out.writeShort(ObjectStreamConstants.STREAM_VERSION);
      out.writeByte(ObjectStreamConstants.TC_OBJECT);
      String[] chain = new String[superclasses.length + 1];
      chain[0] = className;
      System.arraycopy(superclasses, 0, chain, 1, superclasses.length);
      for (String name : chain) {
        out.writeByte(ObjectStreamConstants.TC_CLASSDESC);
        out.writeUTF(name);
        out.writeLong(1L);
        out.writeByte(ObjectStreamConstants.SC_SERIALIZABLE);
        out.writeShort(0); // no fields
        out.writeByte(ObjectStreamConstants.TC_ENDBLOCKDATA);
      }
      out.writeByte(ObjectStreamConstants.TC_NULL); // no further superclass
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] utf(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code bytes} with the first occurrence of {@code from} replaced by {@code to}, of equal length. */
  private static byte[] replace(byte[] bytes, byte[] from, byte[] to) {
    outer:
    for (int i = 0; i + from.length <= bytes.length; i++) {
      for (int j = 0; j < from.length; j++) {
        if (bytes[i + j] != from[j]) {
          continue outer;
        }
      }
      byte[] result = bytes.clone();
      System.arraycopy(to, 0, result, i, to.length);
      return result;
    }
    throw new AssertionError("not in the stream: " + new String(from, StandardCharsets.UTF_8));
  }

  static byte[] serialize(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }
}
