package dev.parkdata.unit;

import dev.parkdata.internal.SerialData;
import dev.parkdata.internal.SerialProxy;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.StreamCorruptedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The serialization proxy of the unit package's values, as {@code java.time}'s {@code Ser}: each
 * type's {@code writeReplace} returns one, and each refuses to be read from a stream of its own
 * fields, so that a value read back is made by the public factory and meets its invariants. The
 * form is a type byte, then:
 *
 * <ul>
 *   <li>{@link Rational}, 1: numerator and denominator, each as {@code writeInt(n)} and {@code n}
 *       two's-complement bytes; read by {@link Rational#of(java.math.BigInteger,
 *       java.math.BigInteger)}, so a zero denominator is refused and the result is in lowest terms.
 *   <li>{@link Dimension}, 2: the kind's key ({@code writeUTF}: {@code "area"}); then the currency
 *       code, classifier or duration unit ({@code writeUTF}) of a per-unit kind, or the numerator
 *       and denominator ({@code writeObject}) of a compound one.
 *   <li>{@link BaseUnit}, 3: {@code writeBoolean(standard)}; a unit of the standard catalogue is
 *       its name alone ({@code writeUTF}) and reads back as that very instance; another is its
 *       name, traditional and English names ({@code writeUTF}), dimension, factor and reference
 *       unit ({@code writeObject}, the reference null for a reference unit), code ({@code
 *       writeObject}, null for none), {@code writeBoolean(scalable)}, its aliases ({@code
 *       writeInt(n)}, {@code n × writeUTF}), its English singular and plural nouns ({@code
 *       writeUTF}) and its English symbol ({@code writeObject}, null for none).
 *   <li>{@link Unit}, 4: the magnitude's exponent ({@code writeByte}) and the base unit, or {@code
 *       -1} and the numerator and denominator of a compound unit.
 *   <li>{@link ExchangeRate}, 5: base and quote units, the rate as {@code writeInt(scale)} and its
 *       unscaled value as above, and the date ({@code writeObject}).
 *   <li>{@link UnitCatalog}, 6: {@code writeBoolean(standard)}; the standard catalogue is that
 *       alone; another is its base units ({@code writeInt(n)}, {@code n × writeObject}).
 * </ul>
 */
final class Ser extends SerialProxy {
  private static final long serialVersionUID = 1L;

  static final byte RATIONAL = 1;
  static final byte DIMENSION = 2;
  static final byte BASE_UNIT = 3;
  static final byte UNIT = 4;
  static final byte EXCHANGE_RATE = 5;
  static final byte UNIT_CATALOG = 6;

  /** For deserialization only. */
  public Ser() {}

  Ser(byte type, Object object) {
    super(type, object);
  }

  @Override
  protected void write(byte type, Object object, ObjectOutput out) throws IOException {
    switch (type) {
      case RATIONAL:
        SerialData.writeInteger(out, ((Rational) object).numerator());
        SerialData.writeInteger(out, ((Rational) object).denominator());
        break;
      case DIMENSION:
        writeDimension((Dimension) object, out);
        break;
      case BASE_UNIT:
        writeBaseUnit((BaseUnit) object, out);
        break;
      case UNIT:
        Unit unit = (Unit) object;
        if (unit.isCompound()) {
          out.writeByte(-1);
          out.writeObject(unit.numerator().orElseThrow());
          out.writeObject(unit.denominator().orElseThrow());
        } else {
          out.writeByte(unit.magnitude().exponent());
          out.writeObject(unit.base().orElseThrow());
        }
        break;
      case EXCHANGE_RATE:
        ExchangeRate rate = (ExchangeRate) object;
        out.writeObject(rate.base());
        out.writeObject(rate.quote());
        SerialData.writeDecimal(out, rate.rate());
        out.writeObject(rate.date());
        break;
      case UNIT_CATALOG:
        UnitCatalog catalog = (UnitCatalog) object;
        out.writeBoolean(catalog == UnitCatalog.standard());
        if (catalog != UnitCatalog.standard()) {
          out.writeInt(catalog.baseUnits().size());
          for (BaseUnit u : catalog.baseUnits()) {
            out.writeObject(u);
          }
        }
        break;
      default:
        throw new InvalidObjectException("unknown type " + type);
    }
  }

  private static void writeDimension(Dimension d, ObjectOutput out) throws IOException {
    out.writeUTF(d.kind().key());
    if (d.kind() == Dimension.Kind.COMPOUND) {
      out.writeObject(d.numerator().orElseThrow());
      out.writeObject(d.denominator().orElseThrow());
    } else if (d.kind().isPerUnit()) {
      out.writeUTF(d.qualifier().orElseThrow());
    }
  }

  private static void writeBaseUnit(BaseUnit u, ObjectOutput out) throws IOException {
    boolean standard = UnitCatalog.standard().baseUnit(u.name()).orElse(null) == u;
    out.writeBoolean(standard);
    out.writeUTF(u.name());
    if (standard) {
      return;
    }
    out.writeUTF(u.traditionalName());
    out.writeUTF(u.englishName());
    out.writeObject(u.dimension());
    out.writeObject(u.factor());
    out.writeObject(u.isReference() ? null : u.reference());
    out.writeObject(u.code().orElse(null));
    out.writeBoolean(u.isScalable());
    // The first two spellings given are the two names.
    out.writeInt(u.givenSpellings().size() - 2);
    for (String alias : u.givenSpellings().subList(2, u.givenSpellings().size())) {
      out.writeUTF(alias);
    }
    out.writeUTF(u.englishSingular());
    out.writeUTF(u.englishPlural());
    out.writeObject(u.englishSymbol().orElse(null));
  }

  @Override
  protected Object read(byte type, ObjectInput in) throws IOException, ClassNotFoundException {
    switch (type) {
      case RATIONAL:
        return Rational.of(SerialData.readInteger(in), SerialData.readInteger(in));
      case DIMENSION:
        return readDimension(in);
      case BASE_UNIT:
        return readBaseUnit(in);
      case UNIT:
        int exponent = in.readByte();
        if (exponent == -1) {
          return Unit.ratio((Unit) in.readObject(), (Unit) in.readObject());
        }
        Magnitude magnitude = Magnitude.ofExponent(exponent)
            .orElseThrow(() -> new IllegalArgumentException("no magnitude of exponent " + exponent));
        return Unit.of(magnitude, (BaseUnit) in.readObject());
      case EXCHANGE_RATE:
        Unit base = (Unit) in.readObject();
        Unit quote = (Unit) in.readObject();
        BigDecimal rate = SerialData.readDecimal(in);
        return ExchangeRate.of(base, quote, rate, (LocalDate) in.readObject());
      case UNIT_CATALOG:
        if (in.readBoolean()) {
          return UnitCatalog.standard();
        }
        int count = in.readInt();
        UnitCatalog.Builder builder = UnitCatalog.builder();
        for (int i = 0; i < count; i++) {
          builder.add((BaseUnit) in.readObject());
        }
        return builder.build();
      default:
        throw new StreamCorruptedException("unknown type " + type);
    }
  }

  private static Dimension readDimension(ObjectInput in) throws IOException, ClassNotFoundException {
    String kind = in.readUTF();
    switch (kind) {
      case "compound":
        return Dimension.ratio((Dimension) in.readObject(), (Dimension) in.readObject());
      case "money":
        return Dimension.money(in.readUTF());
      case "count":
        return Dimension.count(in.readUTF());
      case "duration":
        return Dimension.duration(in.readUTF());
      default:
        return Dimension.parse(kind);
    }
  }

  private static BaseUnit readBaseUnit(ObjectInput in) throws IOException, ClassNotFoundException {
    boolean standard = in.readBoolean();
    String name = in.readUTF();
    if (standard) {
      Optional<BaseUnit> unit = UnitCatalog.standard().baseUnit(name);
      if (unit.isEmpty() || !unit.get().name().equals(name)) {
        throw new InvalidObjectException("BaseUnit: no unit '" + name + "' in the standard catalogue");
      }
      return unit.get();
    }
    String traditionalName = in.readUTF();
    String englishName = in.readUTF();
    Dimension dimension = (Dimension) in.readObject();
    Rational factor = (Rational) in.readObject();
    BaseUnit reference = (BaseUnit) in.readObject();
    String code = (String) in.readObject();
    boolean scalable = in.readBoolean();
    BaseUnit.Builder builder = reference == null
        ? BaseUnit.referenceOf(name, dimension)
        : BaseUnit.derivedFrom(name, reference, factor);
    if (reference == null && !factor.equals(Rational.ONE)) {
      throw new IllegalArgumentException("a reference unit has factor 1, got " + factor);
    }
    if (reference != null && !reference.dimension().equals(dimension)) {
      throw new IllegalArgumentException(name + " measures " + dimension + ", its reference " + reference.dimension());
    }
    builder.traditionalName(traditionalName).englishName(englishName);
    if (code != null) {
      builder.code(code);
    }
    if (!scalable) {
      builder.notScalable();
    }
    int aliases = in.readInt();
    for (int i = 0; i < aliases; i++) {
      builder.aliases(in.readUTF());
    }
    builder.englishNoun(in.readUTF(), in.readUTF());
    String symbol = (String) in.readObject();
    if (symbol != null) {
      builder.englishSymbol(symbol);
    }
    return builder.build();
  }

  @Override
  protected String typeName(byte type) {
    switch (type) {
      case RATIONAL:
        return "Rational";
      case DIMENSION:
        return "Dimension";
      case BASE_UNIT:
        return "BaseUnit";
      case UNIT:
        return "Unit";
      case EXCHANGE_RATE:
        return "ExchangeRate";
      default:
        return "UnitCatalog";
    }
  }

}
