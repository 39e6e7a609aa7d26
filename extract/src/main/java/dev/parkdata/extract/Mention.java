package dev.parkdata.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.SerialData;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Period;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One quantity found in a text by {@link MetricExtractor}: where it is, what it says and, where
 * the text says it, what it measures and when.
 *
 * <p>{@link #start()} and {@link #end()} are offsets in Unicode <em>code points</em> from the
 * beginning of the text (after a byte-order mark, which is not part of it), end exclusive, so
 * they do not depend on the encoding or on how a program stores strings ({@code
 * text.codePoints().skip(start).limit(end - start)} gives the surface text back; in a Java
 * {@code String} use {@link String#offsetByCodePoints(int, int)}).
 * {@link #text()} is the surface text exactly as written, qualifier words included ({@code
 * "超过 30%"}, {@code "2萬餘家"}, {@code "约人民币5.08亿元"}).
 *
 * <p>{@link #period()} is the time the figure refers to and {@link #base()} the time it is
 * compared with, both as written; {@link #calendarPeriod()} and {@link #calendarBase()} read
 * them as calendar {@link Period}s where they name a year ({@code 2024年1-6月} is the first half
 * of 2024).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Mention implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int start;
  private final int end;
  private final String text;
  private final Metric metric;
  private final String indicator;
  private final String period;
  private final String base;
  private final ParkMention park;

  private Mention(
      int start, int end, String text, Metric metric, String indicator, String period, String base, ParkMention park) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.metric = metric;
    this.indicator = indicator;
    this.period = period;
    this.base = base;
    this.park = park;
  }

  /**
   * A mention with no comparison base; {@code indicator} and {@code period} may be null where the
   * text says nothing.
   *
   * @throws IllegalArgumentException if {@code start} is negative, {@code end <= start}, {@code
   *     text} does not hold {@code end - start} code points, or {@code indicator} or {@code
   *     period} is empty
   */
  public static Mention of(int start, int end, String text, Metric metric, String indicator, String period) {
    return of(start, end, text, metric, indicator, period, null);
  }

  /**
   * A mention; {@code indicator}, {@code period} and {@code base} may be null where the text says
   * nothing.
   *
   * @throws IllegalArgumentException if {@code start} is negative, {@code end <= start}, {@code
   *     text} does not hold {@code end - start} code points, or {@code indicator}, {@code period}
   *     or {@code base} is empty
   */
  public static Mention of(
      int start, int end, String text, Metric metric, String indicator, String period, String base) {
    checkSpan(start, end, text);
    checkNotNull(metric, "metric");
    checkArgument(indicator == null || !indicator.isEmpty(), "indicator is empty: use null");
    checkArgument(period == null || !period.isEmpty(), "period is empty: use null");
    checkArgument(base == null || !base.isEmpty(), "base is empty: use null");
    return new Mention(start, end, text, metric, indicator, period, base, null);
  }

  /**
   * This mention, about the park named at {@code park}.
   *
   * @throws IllegalArgumentException if {@code park} overlaps this mention
   */
  public Mention withPark(ParkMention park) {
    checkNotNull(park, "park");
    checkArgument(park.end() <= start || park.start() >= end, "the park %s overlaps the figure at [%s,%s)", park, start, end);
    return new Mention(start, end, text, metric, indicator, period, base, park);
  }

  /**
   * Returns {@code text} after checking that it is the span {@code [start, end)} of code points,
   * for {@link ParkMention} too.
   */
  static String checkSpan(int start, int end, String text) {
    checkArgument(start >= 0, "start %s is negative", start);
    checkArgument(end > start, "end %s does not exceed start %s", end, start);
    checkNotNull(text, "text");
    checkArgument(
        text.codePointCount(0, text.length()) == end - start,
        "text '%s' does not hold %s code points (from %s to %s)", text, end - start, start, end);
    return text;
  }

  /** The offset of the first code point of the mention in the text. */
  public int start() {
    return start;
  }

  /** The offset just past the last code point of the mention in the text. */
  public int end() {
    return end;
  }

  /** The surface text as written, qualifier words included. */
  public String text() {
    return text;
  }

  /** What the text says: value or range, unit and qualifier. */
  public Metric metric() {
    return metric;
  }

  /**
   * The indicator written before the figure in the same clause, as written: {@code 总面积},
   * {@code 营业收入}, {@code 企業}, {@code 营收同比增长}; for a count with none before it, the noun
   * of what it counts right after it ({@code 440多家创新型医药健康企业}: {@code 企业}); empty where
   * the clause names none the extractor knows.
   */
  public Optional<String> indicator() {
    return Optional.ofNullable(indicator);
  }

  /**
   * The time the figure refers to, as written earlier in the same sentence (or in a clause of it
   * before a ；): {@code 2021年}, {@code 截至 2017 年年底}, {@code 2024年1月至5月}, {@code 去年},
   * {@code 十四五}; never a comparison base ({@link #base()}); empty where the sentence gives none.
   */
  public Optional<String> period() {
    return Optional.ofNullable(period);
  }

  /**
   * The time the figure is compared with, as written after 比, 较, 相比 … and without that word:
   * {@code 2020年} in {@code 比2020年提高6.4个百分点}, {@code 去年同期}, {@code 上年}; empty where the
   * text names none (同比 alone names none).
   */
  public Optional<String> base() {
    return Optional.ofNullable(base);
  }

  /**
   * The {@linkplain #period() period} as a calendar period, where its text names the year:
   * {@code 2021年} is the year 2021, {@code 2024年1-6月} its first half ({@code
   * PeriodKind.HALF_YEAR}), {@code 2024年1月至5月} a span of months, {@code 截至2021年底} the day
   * 2021-12-31 ({@code AS_OF}), {@code 107年上半年} (a year of the Republic of China) the first
   * half of 2018, {@code 十四五} 2021–2025. Empty where the period is relative to when the text
   * was written ({@code 今年}, {@code 上半年}) or only a start ({@code 自1998年}).
   */
  public Optional<Period> calendarPeriod() {
    return period == null ? Optional.empty() : Optional.ofNullable(Dates.calendar(period));
  }

  /**
   * The {@linkplain #base() base} as a calendar period: {@code 2020年} is 2020; {@code 去年同期},
   * {@code 上年同期} and {@code 2020年同期} are the same part of that year as the calendar period
   * (2023-H1 when the period is {@code 2024年1-6月}); {@code 去年}, {@code 上年} the year before the
   * period's and {@code 前年} the one before that. Empty where neither the base nor the period
   * names a calendar year.
   */
  public Optional<Period> calendarBase() {
    return base == null ? Optional.empty() : Optional.ofNullable(Dates.calendarBase(base, period));
  }

  /**
   * The park the figure is about, where the text says it (the rule is in {@link
   * MetricExtractor}'s javadoc). Empty where the extractor was made without park names ({@link
   * MetricExtractor#withParkNames}) or the text does not say.
   */
  public Optional<ParkMention> park() {
    return Optional.ofNullable(park);
  }

  /**
   * Whether {@code o} is a mention at the same offsets with equal text, metric, indicator, period,
   * base and park.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Mention)) {
      return false;
    }
    Mention that = (Mention) o;
    return start == that.start
        && end == that.end
        && text.equals(that.text)
        && metric.equals(that.metric)
        && Objects.equals(indicator, that.indicator)
        && Objects.equals(period, that.period)
        && Objects.equals(base, that.base)
        && Objects.equals(park, that.park);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, text, metric, indicator, period, base, park);
  }

  /**
   * A readable form: {@code [120,126) "2萬餘家" 2万余家 OVER indicator=企業 period=2021年
   * base=2020年 park=G322018}; the metric in simplified Chinese, then its qualifier; the park by its
   * code, or by its name as written when it names no one zone.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(64)
        .append('[').append(start).append(',').append(end).append(") \"").append(text).append("\" ")
        .append(metric).append(' ').append(metric.qualifier());
    if (indicator != null) {
      sb.append(" indicator=").append(indicator);
    }
    if (period != null) {
      sb.append(" period=").append(period);
    }
    if (base != null) {
      sb.append(" base=").append(base);
    }
    if (park != null) {
      sb.append(" park=").append(park.code().map(Identifier::value).orElse(park.text()));
    }
    return sb.toString();
  }

  /** Serialized as a {@link Ser}, read back through {@link #of}. */
  private Object writeReplace() {
    return new Ser(Ser.MENTION, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
