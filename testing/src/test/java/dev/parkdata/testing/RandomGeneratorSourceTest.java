package dev.parkdata.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.park.Park;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/** {@link ParkGenerators#draw}: QuickTheories generators drawn from a plain random generator. */
class RandomGeneratorSourceTest {

  @Test
  void theSameSeedDrawsTheSameValue() {
    assertThat(ParkGenerators.parks().draw(new SplittableRandom(42)))
        .isEqualTo(ParkGenerators.parks().draw(new SplittableRandom(42)));
    assertThat(ParkGenerators.datasets().ofMaxSize(5).draw(new SplittableRandom(42)))
        .isEqualTo(ParkGenerators.draw(ParkGenerators.datasets().ofMaxSize(5), new SplittableRandom(42)));
    assertThat(ParkGenerators.draw(ParkGenerators.metrics(), new Random(7)))
        .isEqualTo(ParkGenerators.draw(ParkGenerators.metrics(), new Random(7)));
    Gen<String> words = strings().basicLatinAlphabet().ofLengthBetween(0, 20);
    assertThat(ParkGenerators.draw(words, new SplittableRandom(1)))
        .isEqualTo(ParkGenerators.draw(words, new SplittableRandom(1)));
  }

  @Test
  void valuesVary() {
    SplittableRandom random = new SplittableRandom(42);
    Set<Park> parks = new HashSet<>();
    Set<Dataset> datasets = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      parks.add(ParkGenerators.parks().draw(random));
      datasets.add(ParkGenerators.datasets().draw(random));
    }
    assertThat(parks).hasSize(100);
    assertThat(datasets).hasSizeGreaterThan(90);
    assertThat(new SplittableRandom(1).nextLong()).isNotEqualTo(new SplittableRandom(2).nextLong());
    assertThat(ParkGenerators.parks().draw(new SplittableRandom(1)))
        .isNotEqualTo(ParkGenerators.parks().draw(new SplittableRandom(2)));
  }

  @Test
  void numbersCoverTheirConstraintsBoundsIncluded() {
    // from 0 by galloping, and the others through a recording source
    assertCovers(integers().between(0, 6), 0, 6);
    assertCovers(integers().between(-3, 3), -3, 3);
    assertCovers(integers().between(1980, 1985), 1980, 1985);
    assertCovers(integers().between(-1985, -1980), -1985, -1980);
    assertCovers(Generate.range(7, 7), 7, 7);
    assertCovers(Generate.constant(9), 9, 9);
  }

  private static void assertCovers(Gen<Integer> gen, int min, int max) {
    SplittableRandom random = new SplittableRandom(5);
    TreeSet<Integer> seen = new TreeSet<>();
    for (int i = 0; i < 1_000; i++) {
      seen.add(ParkGenerators.draw(gen, random));
    }
    assertThat(seen).hasSize(max - min + 1);
    assertThat(seen.first()).isEqualTo(min);
    assertThat(seen.last()).isEqualTo(max);
  }

  @Test
  void boundsAreFoundAtTheEdgesOfLong() {
    for (long[] bounds :
        List.of(
            new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            new long[] {0, Long.MAX_VALUE},
            new long[] {Long.MIN_VALUE, 0},
            new long[] {-1, 1},
            new long[] {0, 0},
            new long[] {-5, Long.MAX_VALUE - 1},
            new long[] {Long.MIN_VALUE + 1, 12_345_678_901L})) {
      Constraint c = Constraint.between(bounds[0], bounds[1]);
      assertThat(RandomGeneratorSource.lowest(c, 0)).isEqualTo(bounds[0]);
      assertThat(RandomGeneratorSource.highest(c, 0)).isEqualTo(bounds[1]);
    }
    SplittableRandom random = new SplittableRandom(3);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      seen.add(ParkGenerators.draw(longs().all(), random));
      assertThat(ParkGenerators.draw(longs().between(Long.MAX_VALUE - 2, Long.MAX_VALUE), random))
          .isBetween(Long.MAX_VALUE - 2, Long.MAX_VALUE);
      assertThat(ParkGenerators.draw(longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 2), random))
          .isBetween(Long.MIN_VALUE, Long.MIN_VALUE + 2);
    }
    assertThat(seen).hasSize(100);
  }

  @Test
  void assumptionsAreRetriedWithFreshNumbers() {
    Gen<Integer> even = integers().between(0, 1_000).assuming(i -> i % 2 == 0);
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 1_000; i++) {
      assertThat(ParkGenerators.draw(even, random) % 2).isZero();
    }
  }

  @Test
  void anAssumptionThatRejectsEverythingFailsClearly() {
    Gen<Integer> none = integers().between(0, 100).assuming(i -> i < 0);
    assertThatThrownBy(() -> ParkGenerators.draw(none, new SplittableRandom(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("gave up after 10000 generated values failed the generator's assumptions");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> ParkGenerators.draw(null, new SplittableRandom(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("gen");
    assertThatThrownBy(() -> ParkGenerators.draw(ParkGenerators.metrics(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("random");
  }
}
