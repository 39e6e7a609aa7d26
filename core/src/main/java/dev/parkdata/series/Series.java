package dev.parkdata.series;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Range;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.internal.SerialData;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.unit.NonTerminatingConversionException;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One indicator of one subject over time: one observation per period, ordered by {@link Period}
 * (the most recent last), for the subject as a whole (figures restricted to an industry are left
 * out).
 *
 * <h2>One figure per period</h2>
 * Where a period has several observations, the rule is: observations stating the same quantity
 * ({@link Metric#isSameQuantity}) are one, and the first recorded is kept. Otherwise the one
 * whose bounds lie within every other's is kept, being the most precise statement that
 * contradicts none (2.1万家 over 约2万家); where none does, the first recorded is kept. Either
 * way the period is reported as a {@link Conflict}, with all its observations and how they
 * relate.
 *
 * <h2>Growth</h2>
 * {@link #growth}, {@link #compoundAnnualGrowth} and {@link #yearOnYear} compute a {@link
 * Growth} between two of the series' periods; {@link #steps} gives the growth from each period
 * to the next, marking gaps: a step of two years is not a year-on-year change, and its annual
 * rate is a compound one.
 *
 * <pre>{@code
 * Series s = Series.of(dataset, Identifier.of("G322052"), Indicators.REVENUE);
 * s.in(Units.YI_YUAN);                                   // every figure in 亿元, exactly
 * s.yearOnYear(Period.year(2023), MathContext.DECIMAL64); // empty if 2022 has no figure
 * s.compoundAnnualGrowth(Period.year(2020), Period.year(2023), MathContext.DECIMAL64);
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class Series implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Identifier subject;
  private final Indicator indicator;
  private final List<Observation> observations;
  private final List<Conflict> conflicts;

  private Series(Identifier subject, Indicator indicator, List<Observation> observations, List<Conflict> conflicts) {
    this.subject = subject;
    this.indicator = indicator;
    this.observations = List.copyOf(observations);
    this.conflicts = List.copyOf(conflicts);
  }

  /**
   * The series of {@code indicator} for {@code subject} in {@code dataset}: the figures the
   * subject holds and the dataset's free-standing ones about it ({@link
   * Dataset#observationsOf(Identifier)}).
   */
  public static Series of(Dataset dataset, Identifier subject, Indicator indicator) {
    checkNotNull(dataset, "dataset");
    checkNotNull(subject, "subject");
    return of(subject, indicator, dataset.observationsOf(subject));
  }

  /**
   * The series of {@code indicator} for {@code subject} from {@code observations}; those about
   * other subjects or indicators, or restricted to an industry, are left out.
   */
  public static Series of(Identifier subject, Indicator indicator, Collection<Observation> observations) {
    checkNotNull(subject, "subject");
    checkNotNull(indicator, "indicator");
    checkNotNull(observations, "observations");
    Map<Period, List<Observation>> byPeriod = new TreeMap<>();
    for (Observation o : observations) {
      if (o.subject().equals(subject) && o.indicator().equals(indicator) && o.industry().isEmpty()) {
        byPeriod.computeIfAbsent(o.period(), p -> new ArrayList<>()).add(o);
      }
    }
    List<Observation> kept = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    byPeriod.forEach((period, group) -> {
      Observation first = group.get(0);
      if (group.stream().allMatch(o -> sameQuantity(o.metric(), first.metric()))) {
        kept.add(first);
        return;
      }
      Conflict c = resolve(period, group);
      kept.add(c.kept());
      conflicts.add(c);
    });
    return new Series(subject, indicator, kept, conflicts);
  }

  private static boolean sameQuantity(Metric a, Metric b) {
    return a.dimension().equals(b.dimension()) && a.isSameQuantity(b);
  }

  static Conflict resolve(Period period, List<Observation> group) {
    List<Range<Rational>> bounds = new ArrayList<>();
    for (Observation o : group) {
      if (!o.metric().unit().isCompatibleWith(group.get(0).metric().unit())) {
        return new Conflict(period, Conflict.Kind.CONTRADICTORY, group.get(0), group);
      }
      bounds.add(Bounds.reference(o.metric()));
    }
    for (int i = 0; i < group.size(); i++) {
      Range<Rational> candidate = bounds.get(i);
      if (bounds.stream().allMatch(b -> b.encloses(candidate))) {
        return new Conflict(period, Conflict.Kind.REFINED, group.get(i), group);
      }
    }
    for (Range<Rational> a : bounds) {
      for (Range<Rational> b : bounds) {
        if (!a.isConnected(b) || a.intersection(b).isEmpty()) {
          return new Conflict(period, Conflict.Kind.CONTRADICTORY, group.get(0), group);
        }
      }
    }
    return new Conflict(period, Conflict.Kind.OVERLAPPING, group.get(0), group);
  }

  /** The subject. */
  public Identifier subject() {
    return subject;
  }

  /** The indicator. */
  public Indicator indicator() {
    return indicator;
  }

  /** One observation per period, ordered by period, the most recent last. */
  public List<Observation> observations() {
    return observations;
  }

  /** The periods with a figure, in order. */
  public List<Period> periods() {
    return observations.stream().map(Observation::period).collect(Collectors.toUnmodifiableList());
  }

  /** The periods whose observations disagreed, and what was kept; empty when none did. */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /** Whether the series has no figure. */
  public boolean isEmpty() {
    return observations.isEmpty();
  }

  /** The observation for {@code period}, if there is one. */
  public Optional<Observation> observation(Period period) {
    checkNotNull(period, "period");
    return observations.stream().filter(o -> o.period().equals(period)).findFirst();
  }

  /** The figure for {@code period}, if there is one. */
  public Optional<Metric> metric(Period period) {
    return observation(period).map(Observation::metric);
  }

  /**
   * This series with every figure in {@code unit}, exactly.
   *
   * @throws dev.parkdata.unit.IncompatibleUnitsException if a figure measures another dimension
   * @throws NonTerminatingConversionException if a figure does not convert exactly (亩 to 平方米);
   *     use {@link #in(Unit, MathContext)}
   */
  public Series in(Unit unit) {
    checkNotNull(unit, "unit");
    return converted(m -> m.to(unit));
  }

  /** This series with every figure in {@code unit}, rounded where it must be ({@link Metric#to(Unit, MathContext)}). */
  public Series in(Unit unit, MathContext mathContext) {
    checkNotNull(unit, "unit");
    checkNotNull(mathContext, "mathContext");
    return converted(m -> m.to(unit, mathContext));
  }

  private Series converted(UnaryOperator<Metric> f) {
    List<Observation> converted = observations.stream()
        .map(o -> o.withMetric(f.apply(o.metric())))
        .collect(Collectors.toList());
    return new Series(subject, indicator, converted, conflicts);
  }

  /**
   * The growth over the whole interval from {@code from} to {@code to}: {@link
   * Growth#between}.
   *
   * @throws IllegalArgumentException if either period has no figure in this series, or as
   *     {@link Growth#between}
   */
  public Growth growth(Period from, Period to, MathContext mathContext) {
    return Growth.between(from, required(from), to, required(to), mathContext);
  }

  /**
   * The compound annual growth rate from {@code from} to {@code to}, a whole number of years
   * apart: {@link Growth#compoundAnnual}. The years between need no figure.
   *
   * @throws IllegalArgumentException if either period has no figure in this series, or as
   *     {@link Growth#compoundAnnual}
   */
  public Growth compoundAnnualGrowth(Period from, Period to, MathContext mathContext) {
    return Growth.compoundAnnual(from, required(from), to, required(to), mathContext);
  }

  /**
   * The growth into {@code to} from the period of the same kind one year before; empty when the
   * series has no figure for that period (a gap is not bridged: use {@link
   * #compoundAnnualGrowth} across it).
   *
   * @throws IllegalArgumentException if {@code to} has no figure, or as {@link Growth#between}
   */
  public Optional<Growth> yearOnYear(Period to, MathContext mathContext) {
    Metric last = required(to);
    return observations.stream()
        .filter(o -> Growth.wholeYears(o.period(), to) == 1)
        .findFirst()
        .map(o -> Growth.between(o.period(), o.metric(), to, last, mathContext));
  }

  /**
   * The change from each period to the next, in order. A step between periods a whole number of
   * years apart has a {@linkplain Step#annual() annual rate}; a step of more than a year is a
   * {@linkplain Step#isGap() gap}, whose growth is over all its years.
   */
  public List<Step> steps(MathContext mathContext) {
    checkNotNull(mathContext, "mathContext");
    List<Step> steps = new ArrayList<>();
    for (int i = 1; i < observations.size(); i++) {
      steps.add(new Step(observations.get(i - 1), observations.get(i), mathContext));
    }
    return List.copyOf(steps);
  }

  private Metric required(Period period) {
    checkNotNull(period, "period");
    Optional<Metric> m = metric(period);
    checkArgument(m.isPresent(), "%s has no figure of %s for %s; it has %s", subject, indicator, period, periods());
    return m.get();
  }

  /** The change from one figure of a series to the next. */
  public static final class Step {
    private final Observation from;
    private final Observation to;
    private final int years;
    private final Growth growth;
    private final Growth annual;

    Step(Observation from, Observation to, MathContext mc) {
      this.from = from;
      this.to = to;
      this.years = Growth.wholeYears(from.period(), to.period());
      boolean growable = from.metric().value().signum() > 0
          && from.metric().unit().isCompatibleWith(to.metric().unit());
      this.growth = growable ? Growth.between(from.period(), from.metric(), to.period(), to.metric(), mc) : null;
      this.annual = growable && years >= 1 && to.metric().value().signum() >= 0
          ? Growth.compoundAnnual(from.period(), from.metric(), to.period(), to.metric(), mc)
          : null;
    }

    /** The earlier observation. */
    public Observation from() {
      return from;
    }

    /** The later observation. */
    public Observation to() {
      return to;
    }

    /** The whole years between the periods; 0 where they are not of one kind a whole number of years apart. */
    public int years() {
      return years;
    }

    /** Whether this step is not one year: a gap of missing years, or periods of different kinds. */
    public boolean isGap() {
      return years != 1;
    }

    /** The growth over the step; empty where the earlier figure is not positive. */
    public Optional<Growth> growth() {
      return Optional.ofNullable(growth);
    }

    /**
     * The annual rate: the year-on-year growth for a step of one year, the compound annual rate
     * over a gap of whole years; empty where the periods are not whole years apart.
     */
    public Optional<Growth> annual() {
      return Optional.ofNullable(annual);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Step && from.equals(((Step) o).from) && to.equals(((Step) o).to)
          && Objects.equals(growth, ((Step) o).growth) && Objects.equals(annual, ((Step) o).annual);
    }

    @Override
    public int hashCode() {
      return Objects.hash(from, to, growth, annual);
    }

    /** {@code 2020→2022 (gap of 2 years) 21%, 10% a year}. */
    @Override
    public String toString() {
      return from.period() + "→" + to.period()
          + (years > 1 ? " (gap of " + years + " years)" : years == 0 ? " (not a whole number of years)" : "")
          + " " + (growth == null ? "no growth" : growth.metric().toString())
          + (annual != null && years > 1 ? ", " + annual.metric() + " a year" : "");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series && subject.equals(((Series) o).subject) && indicator.equals(((Series) o).indicator)
        && observations.equals(((Series) o).observations) && conflicts.equals(((Series) o).conflicts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, indicator, observations, conflicts);
  }

  /** {@code G322052 营业收入[revenue]: 2021 100亿元, 2022 121亿元}. */
  @Override
  public String toString() {
    return subject + " " + indicator + ": "
        + observations.stream().map(o -> o.period() + " " + o.metric()).collect(Collectors.joining(", "));
  }

  /** Serialized as a {@link Ser}, read back through {@link #of(Identifier, Indicator, Collection)}. */
  private Object writeReplace() {
    return new Ser(Ser.SERIES, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
