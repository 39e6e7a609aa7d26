package dev.parkdata.unit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A Chinese magnitude word that scales a base unit: 亿元 is {@link #YI 亿} × 元, 万平方米 is
 * {@link #WAN 万} × 平方米. {@link #ONE} is the absence of a magnitude word.
 *
 * <p>Statistical tables state such a scaled unit once ("单位：亿元"), so a magnitude is part of the
 * unit, not only a display choice. 兆 is deliberately absent: it means 10^6 in mainland SI usage
 * (兆瓦) but 10^12 in Taiwan, so it is never read as a magnitude word.
 */
public enum Magnitude {
  /** No magnitude word: a factor of 1. */
  ONE("", "", "", 0),
  /** 十: 10. */
  SHI("十", "十", "ten", 1),
  /** 百: 10². */
  BAI("百", "百", "hundred", 2),
  /** 千: 10³. */
  QIAN("千", "千", "thousand", 3),
  /** 万 (萬): 10⁴. */
  WAN("万", "萬", "ten thousand", 4),
  /** 十万 (十萬): 10⁵. */
  SHI_WAN("十万", "十萬", "hundred thousand", 5),
  /** 百万 (百萬): 10⁶. */
  BAI_WAN("百万", "百萬", "million", 6),
  /** 千万 (千萬): 10⁷. */
  QIAN_WAN("千万", "千萬", "ten million", 7),
  /** 亿 (億): 10⁸. */
  YI("亿", "億", "hundred million", 8),
  /** 十亿 (十億): 10⁹. */
  SHI_YI("十亿", "十億", "billion", 9),
  /** 百亿 (百億): 10¹⁰. */
  BAI_YI("百亿", "百億", "ten billion", 10),
  /** 千亿 (千億): 10¹¹. */
  QIAN_YI("千亿", "千億", "hundred billion", 11),
  /** 万亿 (萬億): 10¹². */
  WAN_YI("万亿", "萬億", "trillion", 12);

  private static final Magnitude[] BY_EXPONENT = values();

  private final String word;
  private final String traditionalWord;
  private final String englishWord;
  private final int exponent;
  private final Rational factor;
  private final BigDecimal decimalFactor;

  Magnitude(String word, String traditionalWord, String englishWord, int exponent) {
    this.word = word;
    this.traditionalWord = traditionalWord;
    this.englishWord = englishWord;
    this.exponent = exponent;
    this.factor = Rational.of(BigInteger.TEN.pow(exponent), BigInteger.ONE);
    this.decimalFactor = BigDecimal.ONE.scaleByPowerOfTen(exponent);
  }

  /** The simplified word, {@code "亿"}; empty for {@link #ONE}. */
  public String word() {
    return word;
  }

  /** The traditional word, {@code "億"}; empty for {@link #ONE}. */
  public String traditionalWord() {
    return traditionalWord;
  }

  /** The English word, {@code "hundred million"}; empty for {@link #ONE}. */
  public String englishWord() {
    return englishWord;
  }

  /** The power of ten: 8 for 亿. */
  public int exponent() {
    return exponent;
  }

  /** The factor as an exact rational, {@code 10^exponent}. */
  public Rational factor() {
    return factor;
  }

  /** The factor as a decimal, {@code 1E+8} for 亿. */
  public BigDecimal decimalFactor() {
    return decimalFactor;
  }

  /** Returns the magnitude of {@code 10^exponent}, if there is a word for it. */
  public static Optional<Magnitude> ofExponent(int exponent) {
    return exponent >= 0 && exponent < BY_EXPONENT.length
        ? Optional.of(BY_EXPONENT[exponent])
        : Optional.empty();
  }

  /**
   * Returns the magnitude named by {@code word}, simplified or traditional ({@code "亿"},
   * {@code "億"}, {@code "万亿"}).
   */
  public static Optional<Magnitude> ofWord(String word) {
    for (Magnitude m : BY_EXPONENT) {
      if (m != ONE && (m.word.equals(word) || m.traditionalWord.equals(word))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Returns the simplified word, or {@code "1"} for {@link #ONE}. */
  @Override
  public String toString() {
    return this == ONE ? "1" : word;
  }
}
