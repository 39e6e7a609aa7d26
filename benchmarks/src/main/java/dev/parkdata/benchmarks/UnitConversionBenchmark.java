package dev.parkdata.benchmarks;

import dev.parkdata.unit.UnitConverter;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Area;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.TransformedUnit;

/**
 * Exact unit conversion, parkdata beside Indriya (the JSR 385 reference implementation) with
 * BigDecimal values: 31.85 平方公里 to 公顷 and to 亩, and (parkdata only, Indriya has no magnitude
 * words) 1900 亿元 to 万元.
 *
 * <p>The {@code *Unit} benchmarks call each library's one-line API per conversion ({@code
 * Unit.convertExact} against {@code Quantity.to}); the {@code *Converter} ones reuse a converter
 * made once. {@link #setUp()} checks that both libraries give the same numbers, exactly.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar UnitConversionBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UnitConversionBenchmark {
  private static final Unit<Area> SQUARE_METRE = tech.units.indriya.unit.Units.SQUARE_METRE;
  private static final Unit<Area> SQUARE_KILOMETRE =
      new TransformedUnit<>("km²", SQUARE_METRE, SQUARE_METRE, MultiplyConverter.ofRational(1_000_000, 1));
  private static final Unit<Area> HECTARE =
      new TransformedUnit<>("ha", SQUARE_METRE, SQUARE_METRE, MultiplyConverter.ofRational(10_000, 1));
  /** 亩 as the exact rational 10000/15 m², as parkdata defines it. */
  private static final Unit<Area> MU =
      new TransformedUnit<>("亩", SQUARE_METRE, SQUARE_METRE, MultiplyConverter.ofRational(10_000, 15));

  // Non-final state so that the JIT cannot fold the inputs.
  private BigDecimal area;
  private BigDecimal money;
  private UnitConverter parkdataKm2ToHa;
  private UnitConverter parkdataKm2ToMu;
  private UnitConverter parkdataYiToWan;
  private javax.measure.UnitConverter indriyaKm2ToHa;
  private javax.measure.UnitConverter indriyaKm2ToMu;

  /** Prepares the inputs and converters and checks that both libraries agree. */
  @Setup
  public void setUp() {
    area = new BigDecimal("31.85");
    money = new BigDecimal("1900");
    parkdataKm2ToHa = Units.SQUARE_KILOMETRE.converterTo(Units.HECTARE);
    parkdataKm2ToMu = Units.SQUARE_KILOMETRE.converterTo(Units.MU);
    parkdataYiToWan = Units.YI_YUAN.converterTo(Units.WAN_YUAN);
    indriyaKm2ToHa = SQUARE_KILOMETRE.getConverterTo(HECTARE);
    indriyaKm2ToMu = SQUARE_KILOMETRE.getConverterTo(MU);

    check("31.85 km² in ha", new BigDecimal("3185"), parkdataHectareUnit(), indriyaHectareUnit());
    check("31.85 km² in 亩", new BigDecimal("47775"), parkdataMuUnit(), indriyaMuUnit());
    check("31.85 km² in ha", new BigDecimal("3185"), parkdataHectareConverter(), indriyaHectareConverter());
    check("31.85 km² in 亩", new BigDecimal("47775"), parkdataMuConverter(), indriyaMuConverter());
    check("1900 亿元 in 万元", new BigDecimal("19000000"), parkdataYiToWanUnit(), parkdataYiToWanConverter());
  }

  private static void check(String what, BigDecimal expected, BigDecimal parkdata, Number indriya) {
    BigDecimal other = exact(indriya);
    if (parkdata.compareTo(expected) != 0 || other.compareTo(expected) != 0) {
      throw new IllegalStateException(what + ": expected " + expected + ", parkdata " + parkdata + ", Indriya " + other);
    }
  }

  /** Indriya's result as an exact decimal; Indriya returns BigDecimal, BigInteger or RationalNumber. */
  static BigDecimal exact(Number n) {
    if (n instanceof BigDecimal) {
      return (BigDecimal) n;
    }
    if (n instanceof BigInteger) {
      return new BigDecimal((BigInteger) n);
    }
    if (n instanceof RationalNumber) {
      RationalNumber r = (RationalNumber) n;
      return new BigDecimal(r.getDividend()).divide(new BigDecimal(r.getDivisor())); // throws if inexact
    }
    if (n instanceof Long || n instanceof Integer) {
      return BigDecimal.valueOf(n.longValue());
    }
    throw new IllegalStateException("inexact result type " + n.getClass().getName() + ": " + n);
  }

  /** parkdata: 31.85 平方公里 to 公顷 through {@code Unit.convertExact}. */
  @Benchmark
  public BigDecimal parkdataHectareUnit() {
    return Units.SQUARE_KILOMETRE.convertExact(area, Units.HECTARE);
  }

  /** parkdata: 31.85 平方公里 to 亩 through {@code Unit.convertExact}. */
  @Benchmark
  public BigDecimal parkdataMuUnit() {
    return Units.SQUARE_KILOMETRE.convertExact(area, Units.MU);
  }

  /** parkdata: 1900 亿元 to 万元 through {@code Unit.convertExact}. */
  @Benchmark
  public BigDecimal parkdataYiToWanUnit() {
    return Units.YI_YUAN.convertExact(money, Units.WAN_YUAN);
  }

  /** parkdata: 31.85 平方公里 to 公顷 with a converter made once. */
  @Benchmark
  public BigDecimal parkdataHectareConverter() {
    return parkdataKm2ToHa.convertExact(area);
  }

  /** parkdata: 31.85 平方公里 to 亩 with a converter made once. */
  @Benchmark
  public BigDecimal parkdataMuConverter() {
    return parkdataKm2ToMu.convertExact(area);
  }

  /** parkdata: 1900 亿元 to 万元 with a converter made once. */
  @Benchmark
  public BigDecimal parkdataYiToWanConverter() {
    return parkdataYiToWan.convertExact(money);
  }

  /** Indriya: 31.85 km² to ha through {@code Quantity.to}. */
  @Benchmark
  public Number indriyaHectareUnit() {
    Quantity<Area> q = Quantities.getQuantity(area, SQUARE_KILOMETRE);
    return q.to(HECTARE).getValue();
  }

  /** Indriya: 31.85 km² to 亩 through {@code Quantity.to}. */
  @Benchmark
  public Number indriyaMuUnit() {
    Quantity<Area> q = Quantities.getQuantity(area, SQUARE_KILOMETRE);
    return q.to(MU).getValue();
  }

  /** Indriya: 31.85 km² to ha with a converter made once. */
  @Benchmark
  public Number indriyaHectareConverter() {
    return indriyaKm2ToHa.convert(area);
  }

  /** Indriya: 31.85 km² to 亩 with a converter made once. */
  @Benchmark
  public Number indriyaMuConverter() {
    return indriyaKm2ToMu.convert(area);
  }
}
