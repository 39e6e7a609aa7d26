package dev.parkdata.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.random.RandomGenerator;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.ConcreteDetachedSource;
import org.quicktheories.impl.Constraint;
import org.quicktheories.impl.ExtendedRandomnessSource;
import org.quicktheories.impl.Precursor;

/**
 * A QuickTheories {@link RandomnessSource} that draws every number uniformly from a {@link
 * RandomGenerator}, so that any {@link Gen} can be drawn from without QuickTheories' runner: from
 * plain JUnit tests, benchmarks or other property-testing libraries. Nothing is recorded and
 * nothing shrinks.
 *
 * <p>A {@link Constraint} hides its bounds ({@code min()} and {@code max()} are package-private)
 * but tells whether it {@linkplain Constraint#allowed(long) allows} a number. When it allows 0, as
 * every constraint of this package's generators and most of QuickTheories' own do, the bounds are
 * found by galloping out from 0 and bisecting: about 2·log₂ of the distance to each bound calls
 * of {@code allowed}, and no allocation. Otherwise no point inside is known to search from, and
 * the bounds are read by handing the constraint to a {@link ConcreteDetachedSource} over a probe
 * that receives, on commit, the {@link Precursor} that recorded it; its {@code min(int)} and
 * {@code max(int)} are public. Both ways use QuickTheories' public API only. The bounds of the
 * constraints used last are kept, by identity, so that a generator that reuses its constraints
 * (as this package's do) pays for the search once.
 *
 * <p>A generator's {@linkplain Gen#assuming(java.util.function.Predicate) assumptions} are retried
 * with fresh numbers; after {@value #MAX_FAILED_ASSUMPTIONS} rejected values in one draw the
 * source gives up with an {@link IllegalStateException} rather than loop forever.
 *
 * <p>Not thread-safe, as the random generators it wraps mostly are not: use one per draw.
 */
final class RandomGeneratorSource implements RandomnessSource {
  /** How many values a generator's assumptions may reject in one draw before it fails. */
  static final int MAX_FAILED_ASSUMPTIONS = 10_000;

  private final RandomGenerator random;
  private int failedAssumptions;

  RandomGeneratorSource(RandomGenerator random) {
    this.random = checkNotNull(random, "random");
  }

  /** One value of {@code gen}, drawn with {@code random}. */
  static <T> T draw(Gen<T> gen, RandomGenerator random) {
    checkNotNull(gen, "gen");
    return gen.generate(new RandomGeneratorSource(random));
  }

  @Override
  public long next(Constraint constraint) {
    checkNotNull(constraint, "constraint");
    int slot = System.identityHashCode(constraint) & (BOUNDS.length - 1);
    Bounds bounds = BOUNDS[slot];
    if (bounds == null || bounds.constraint != constraint) {
      bounds = Bounds.of(constraint);
      BOUNDS[slot] = bounds;
    }
    return uniform(bounds.min, bounds.max);
  }

  /**
   * The bounds of recently used constraints, by identity: generators mostly reuse constraints
   * built once (as this package's do), and a constraint never changes. Direct-mapped, so it
   * holds at most its length of constraints; entries are immutable, so threads may share it.
   */
  private static final Bounds[] BOUNDS = new Bounds[1024];

  /** A constraint and its bounds. */
  private static final class Bounds {
    final Constraint constraint;
    final long min;
    final long max;

    private Bounds(Constraint constraint, long min, long max) {
      this.constraint = constraint;
      this.min = min;
      this.max = max;
    }

    static Bounds of(Constraint constraint) {
      if (constraint.allowed(0)) {
        return new Bounds(constraint, lowest(constraint, 0), highest(constraint, 0));
      }
      Probe probe = Probe.of(constraint);
      return new Bounds(constraint, probe.min, probe.max);
    }
  }

  /** A number from {@code min} to {@code max}, all equally likely. */
  private long uniform(long min, long max) {
    if (min == max) {
      return min;
    }
    if (max != Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    if (min != Long.MIN_VALUE) {
      return random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong();
  }

  /** The greatest number {@code constraint} allows, given that it allows {@code inside}. */
  static long highest(Constraint constraint, long inside) {
    long lo = inside; // allowed
    long hi; // not allowed, or Long.MAX_VALUE when unknown
    long step = 1;
    while (true) {
      if (lo > Long.MAX_VALUE - step) {
        if (constraint.allowed(Long.MAX_VALUE)) {
          return Long.MAX_VALUE;
        }
        hi = Long.MAX_VALUE;
        break;
      }
      long probe = lo + step;
      if (!constraint.allowed(probe)) {
        hi = probe;
        break;
      }
      lo = probe;
      if (step < (1L << 61)) {
        step <<= 1;
      }
    }
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (constraint.allowed(mid)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The least number {@code constraint} allows, given that it allows {@code inside}. */
  static long lowest(Constraint constraint, long inside) {
    long hi = inside; // allowed
    long lo; // not allowed, or Long.MIN_VALUE when unknown
    long step = 1;
    while (true) {
      if (hi < Long.MIN_VALUE + step) {
        if (constraint.allowed(Long.MIN_VALUE)) {
          return Long.MIN_VALUE;
        }
        lo = Long.MIN_VALUE;
        break;
      }
      long probe = hi - step;
      if (!constraint.allowed(probe)) {
        lo = probe;
        break;
      }
      hi = probe;
      if (step < (1L << 61)) {
        step <<= 1;
      }
    }
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (constraint.allowed(mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /** A source that draws from this one; it records nothing, so there is nothing to commit. */
  @Override
  public DetatchedRandomnessSource detach() {
    return new Detached(this);
  }

  /**
   * Counts a value that a generator's assumption rejected.
   *
   * @throws IllegalStateException after {@value #MAX_FAILED_ASSUMPTIONS} in one draw
   */
  @Override
  public void registerFailedAssumption() {
    failedAssumptions++;
    if (failedAssumptions >= MAX_FAILED_ASSUMPTIONS) {
      throw new IllegalStateException(
          "gave up after " + failedAssumptions + " generated values failed the generator's"
              + " assumptions (Gen.assuming) in one draw: the assumptions reject (nearly) every"
              + " value; generate values that meet them instead of filtering");
    }
  }

  private static final class Detached implements DetatchedRandomnessSource {
    private final RandomGeneratorSource parent;

    Detached(RandomGeneratorSource parent) {
      this.parent = parent;
    }

    @Override
    public long next(Constraint constraint) {
      return parent.next(constraint);
    }

    @Override
    public DetatchedRandomnessSource detach() {
      return new Detached(parent);
    }

    @Override
    public void registerFailedAssumption() {
      parent.registerFailedAssumption();
    }

    @Override
    public void commit() {
      // nothing recorded, nothing to commit
    }
  }

  /**
   * Receives the {@link Precursor} in which a {@link ConcreteDetachedSource} recorded one
   * constraint, and reads that constraint's bounds from it.
   */
  private static final class Probe implements ExtendedRandomnessSource {
    long min;
    long max;

    static Probe of(Constraint constraint) {
      Probe probe = new Probe();
      ConcreteDetachedSource recorder = new ConcreteDetachedSource(probe);
      recorder.next(constraint);
      recorder.commit();
      return probe;
    }

    @Override
    public long tryNext(Constraint constraint) {
      return 0; // recorded, never used
    }

    @Override
    public void add(Precursor precursor) {
      min = precursor.min(0);
      max = precursor.max(0);
    }

    @Override
    public long next(Constraint constraint) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DetatchedRandomnessSource detach() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void registerFailedAssumption() {
      throw new UnsupportedOperationException();
    }
  }
}
