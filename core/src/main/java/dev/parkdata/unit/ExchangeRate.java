package dev.parkdata.unit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.Decimals;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated rate between two currencies: on {@link #date()}, one {@link #base()} unit was worth
 * {@link #rate()} {@link #quote()} units. The only way money crosses currencies in parkdata, so
 * that every converted figure says which rate, of which day, it rests on.
 *
 * <pre>{@code
 * ExchangeRate usdCny = ExchangeRate.of(Units.US_DOLLAR, Units.YUAN, new BigDecimal("7.1"), LocalDate.of(2024, 6, 28));
 * usdCny.convertExact(new BigDecimal("1.5"), Unit.parse("万亿美元"), Units.YI_YUAN);  // 106500
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ExchangeRate implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Unit base;
  private final Unit quote;
  private final BigDecimal rate;
  private final LocalDate date;

  private ExchangeRate(Unit base, Unit quote, BigDecimal rate, LocalDate date) {
    this.base = base;
    this.quote = quote;
    this.rate = rate;
    this.date = date;
  }

  /**
   * Returns the rate at which one {@code base} currency unit buys {@code rate} {@code quote}
   * units on {@code date}. Both units must be currencies without a magnitude word (美元, 元).
   *
   * @throws IllegalArgumentException if a unit is not a plain currency, both are one currency, or
   *     the rate is not positive
   * @throws FigureLimitException if the rate lies outside the {@link FigureLimits}
   */
  public static ExchangeRate of(Unit base, Unit quote, BigDecimal rate, LocalDate date) {
    checkNotNull(base, "base");
    checkNotNull(quote, "quote");
    checkNotNull(rate, "rate");
    checkNotNull(date, "date");
    checkArgument(isPlainCurrency(base), "base must be a currency without magnitude, got %s", base);
    checkArgument(isPlainCurrency(quote), "quote must be a currency without magnitude, got %s", quote);
    checkArgument(!base.dimension().equals(quote.dimension()), "base and quote are one currency: %s", base);
    checkArgument(rate.signum() > 0, "rate must be positive, got %s", rate);
    FigureLimits.check(rate, "rate");
    return new ExchangeRate(base, quote, Decimals.normalize(rate), date);
  }

  private static boolean isPlainCurrency(Unit unit) {
    return unit.dimension().isMoney() && unit.magnitude() == Magnitude.ONE && !unit.isCompound();
  }

  /** The currency priced: one unit of it is worth {@link #rate()} {@link #quote()}. */
  public Unit base() {
    return base;
  }

  /** The currency the price is in. */
  public Unit quote() {
    return quote;
  }

  /** How many {@link #quote()} units one {@link #base()} unit buys. */
  public BigDecimal rate() {
    return rate;
  }

  /** The day the rate applies to. */
  public LocalDate date() {
    return date;
  }

  /**
   * Converts {@code amount} from {@code from} to {@code to}, either of which may carry a
   * magnitude ({@code 万亿美元} to {@code 亿元}), in either direction of the rate. Exact: throws when
   * the result does not terminate (which can happen only from quote to base, as 1 元 at 7.1 元 per
   * 美元). The result carries no trailing zeros.
   *
   * @throws IllegalArgumentException if the units are not this rate's two currencies
   * @throws NonTerminatingConversionException if the exact result does not terminate
   * @throws FigureLimitException if {@code amount} lies outside the {@link FigureLimits}
   */
  public BigDecimal convertExact(BigDecimal amount, Unit from, Unit to) {
    return convertRounding(amount, from, to, null);
  }

  /**
   * Converts {@code amount} from {@code from} to {@code to}, rounding to {@code mathContext} only
   * where the exact result does not fit it. The result carries no trailing zeros. A precision
   * of 0 ({@link MathContext#UNLIMITED}) asks for the exact result, as {@link #convertExact}.
   *
   * @throws IllegalArgumentException if the units are not this rate's two currencies
   * @throws NonTerminatingConversionException if the precision is 0 and the result does not
   *     terminate
   */
  public BigDecimal convert(BigDecimal amount, Unit from, Unit to, MathContext mathContext) {
    checkNotNull(mathContext, "mathContext");
    return convertRounding(amount, from, to, mathContext.getPrecision() == 0 ? null : mathContext);
  }

  /** Converts exactly if {@code mathContext} is null, else rounding to it. */
  private BigDecimal convertRounding(BigDecimal amount, Unit from, Unit to, MathContext mathContext) {
    FigureLimits.check(amount, "amount");
    if (mathContext != null) {
      FigureLimits.check(mathContext);
    }
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    Unit fromReference = from.reference();
    Unit toReference = to.reference();
    boolean forward = fromReference.equals(base) && toReference.equals(quote);
    boolean backward = fromReference.equals(quote) && toReference.equals(base);
    checkArgument(forward || backward, "%s applies between %s and %s, not from %s to %s", this, base, quote, from, to);
    BigDecimal inFrom = from.convertExact(amount, fromReference);
    BigDecimal converted;
    if (forward) {
      converted = inFrom.multiply(rate);
    } else if (mathContext == null) {
      try {
        converted = inFrom.divide(rate);
      } catch (ArithmeticException e) {
        throw new NonTerminatingConversionException(
            amount, from, to, convert(amount, from, to, MathContext.DECIMAL64));
      }
    } else {
      converted = inFrom.divide(rate, mathContext);
    }
    return mathContext == null
        ? toReference.convertExact(converted, to)
        : toReference.convert(converted, to, mathContext);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ExchangeRate)) {
      return false;
    }
    ExchangeRate that = (ExchangeRate) o;
    return base.equals(that.base) && quote.equals(that.quote) && rate.equals(that.rate) && date.equals(that.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, quote, rate, date);
  }

  /** Returns {@code "1 美元 = 7.1 元 (2024-06-28)"}. */
  @Override
  public String toString() {
    return "1 " + base + " = " + rate.toPlainString() + " " + quote + " (" + date + ")";
  }

  /** Serialized as a {@link Ser}, read back through {@link #of}. */
  private Object writeReplace() {
    return new Ser(Ser.EXCHANGE_RATE, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
