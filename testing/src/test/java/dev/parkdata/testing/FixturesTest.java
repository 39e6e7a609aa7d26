package dev.parkdata.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What {@link Fixtures} declares agrees with what its articles hold: every identifier resolves,
 * every indicator is one a figure uses, every entity an entry point returns is in the dataset.
 */
class FixturesTest {
  private final Dataset dataset = Fixtures.dataset();

  private static <T> List<T> constants(Class<T> type) {
    List<T> result = new ArrayList<>();
    for (Field field : Fixtures.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType().equals(type)) {
        try {
          result.add(type.cast(field.get(null)));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return result;
  }

  @Test
  void everyIdentifierResolves() {
    assertThat(constants(Identifier.class)).isNotEmpty().allMatch(dataset::resolves);
  }

  @Test
  void theDatasetDeclaresEachIndicatorAFigureUsesOnceAndNoStandardOne() {
    List<Indicator> declared = dataset.indicators();
    assertThat(declared.stream().map(Indicator::code)).doesNotHaveDuplicates();
    assertThat(declared).doesNotContainAnyElementsOf(Indicators.standard());
    assertThat(declared).containsAll(constants(Indicator.class));
    assertThat(Fixtures.indicators()).isEqualTo(declared);
  }

  @Test
  void everyEntityOfAnEntryPointIsInTheDataset() throws ReflectiveOperationException {
    Set<Object> held =
        Stream.of(
                dataset.allParks(), dataset.clusters(), dataset.chains(), dataset.policies(),
                dataset.organisations())
            .flatMap(List::stream)
            .collect(Collectors.toSet());
    List<String> checked = new ArrayList<>();
    for (Method method : Fixtures.class.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() != 0
          || method.getName().equals("dataset")
          || method.getName().equals("indicators")) {
        continue;
      }
      Object value = method.invoke(null);
      List<Object> entities =
          value instanceof Collection<?> c ? List.copyOf(c) : List.of(value);
      assertThat(entities).as(method.getName()).isNotEmpty().isSubsetOf(held);
      checked.add(method.getName());
    }
    assertThat(checked).contains("beijingFreeTradeZone", "suzhouChains", "enterprises");
  }
}
