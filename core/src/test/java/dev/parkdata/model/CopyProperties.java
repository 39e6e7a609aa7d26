package dev.parkdata.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.park.Park;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Builders and {@code with*} copies preserve every attribute, and equal inputs give equal
 * values. The attributes of a generated type are found by reflection: each public accessor that
 * has a {@code with} method taking its value.
 *
 * <p>Fewer examples than the default 1,000: each draws two whole values (a park holds up to six
 * sub-zones, or sub-zones nested up to eight levels deep, with their areas, observations and
 * targets; a dataset up to two of everything) and copies each attribute of one into the other by
 * reflection, so these counts keep the class within seconds.
 */
class CopyProperties {

  private static <T> void checkCopiesOf(int examples, Gen<T> values) {
    qt().withExamples(examples).forAll(values, values).checkAssert(CopyProperties::checkCopies);
  }

  @Test
  void parkCopies() {
    checkCopiesOf(200, ModelGenerators.parks());
  }

  @Test
  void clusterCopies() {
    checkCopiesOf(100, ModelGenerators.clusters());
  }

  @Test
  void chainCopies() {
    checkCopiesOf(100, ModelGenerators.chains());
  }

  @Test
  void organisationCopies() {
    checkCopiesOf(100, ModelGenerators.organisations());
  }

  @Test
  void policyCopies() {
    checkCopiesOf(100, ModelGenerators.policies());
  }

  @Test
  void measureCopies() {
    checkCopiesOf(100, ModelGenerators.measures());
  }

  @Test
  void observationCopies() {
    checkCopiesOf(100, ModelGenerators.observations());
  }

  @Test
  void targetCopies() {
    checkCopiesOf(100, ModelGenerators.targets());
  }

  @Test
  void periodCopies() {
    checkCopiesOf(100, ModelGenerators.periods());
  }

  @Test
  void namesCopies() {
    checkCopiesOf(100, ModelGenerators.names());
  }

  @Test
  void locationCopies() {
    checkCopiesOf(100, ModelGenerators.locations());
  }

  @Test
  void sourceCopies() {
    checkCopiesOf(100, ModelGenerators.sources());
  }

  @Test
  void datasetCopies() {
    checkCopiesOf(50, ModelGenerators.datasets());
  }

  @Test
  void equalInputsGiveEqualValues() {
    qt().withExamples(100)
        .forAll(ModelGenerators.parks())
        .checkAssert(
            park -> {
              Park again = rebuild(park);
              assertThat(again).isEqualTo(park).hasSameHashCodeAs(park).isNotSameAs(park);
              assertThat(again.toString()).isEqualTo(park.toString());
            });
  }

  @Test
  void datasetLookupsFindEveryPark() {
    qt().withExamples(50)
        .forAll(ModelGenerators.datasets())
        .checkAssert(
            dataset -> {
              for (Park park : dataset.allParks()) {
                assertThat(dataset.park(park.id())).isPresent();
                assertThat(dataset.resolves(park.id())).isTrue();
              }
            });
  }

  /** A deep rebuild through the public builders only. */
  private static Park rebuild(Park park) {
    List<Park> subZones = new ArrayList<>();
    park.subZones().forEach(p -> subZones.add(rebuild(p)));
    return Park.builder()
        .id(Identifier.of(new String(park.id().value())))
        .names(Names.builder().from(park.names()).build())
        .kind(park.kind())
        .approvals(park.approvals())
        .location(park.location())
        .areas(park.areas())
        .leadingIndustries(park.leadingIndustries())
        .subZones(subZones)
        .composition(park.composition())
        .parent(park.parent())
        .designations(park.designations())
        .management(park.management())
        .observations(park.observations())
        .targets(park.targets())
        .build();
  }

  private static void checkCopies(Object a, Object b) {
    try {
      checkReflectively(a, b);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void checkReflectively(Object a, Object b) throws ReflectiveOperationException {
    Class<?> type = a.getClass();
    List<Attribute> attributes = attributes(type);
    assertThat(attributes).isNotEmpty();

    // builder().from(a).build() is equal to a, attribute by attribute
    Object builder = type.getMethod("builder").invoke(null);
    builder.getClass().getMethod("from", type).invoke(builder, a);
    Object rebuilt = builder.getClass().getMethod("build").invoke(builder);
    assertThat(rebuilt).isEqualTo(a).hasSameHashCodeAs(a);
    for (Attribute attribute : attributes) {
      assertThat(attribute.get(rebuilt)).as(attribute.name()).isEqualTo(attribute.get(a));
    }

    for (Attribute attribute : attributes) {
      // with* of the same value is an equal copy
      assertThat(attribute.with(a, attribute.get(a))).as(attribute.name()).isEqualTo(a);
      // with* of b's value changes that attribute and keeps every other
      Optional<Object> changed = attribute.withIfValid(a, attribute.get(b));
      if (changed.isEmpty()) {
        continue; // the combination is structurally invalid, e.g. a new id for held observations
      }
      assertThat(attribute.get(changed.get())).as(attribute.name()).isEqualTo(attribute.get(b));
      for (Attribute other : attributes) {
        if (!other.name().equals(attribute.name())) {
          assertThat(other.get(changed.get()))
              .as("%s after with %s", other.name(), attribute.name())
              .isEqualTo(other.get(a));
        }
      }
    }
  }

  private static List<Attribute> attributes(Class<?> type) {
    List<Attribute> result = new ArrayList<>();
    for (Method accessor : type.getDeclaredMethods()) {
      if (!Modifier.isPublic(accessor.getModifiers())
          || Modifier.isStatic(accessor.getModifiers())
          || accessor.getParameterCount() != 0) {
        continue;
      }
      String withName =
          "with" + Character.toUpperCase(accessor.getName().charAt(0)) + accessor.getName().substring(1);
      for (Method with : type.getMethods()) {
        if (with.getName().equals(withName)
            && with.getParameterCount() == 1
            && with.getParameterTypes()[0].isAssignableFrom(accessor.getReturnType())) {
          result.add(new Attribute(accessor, with));
        }
      }
    }
    return result;
  }

  private static final class Attribute {
    private final Method accessor;
    private final Method with;

    Attribute(Method accessor, Method with) {
      this.accessor = accessor;
      this.with = with;
    }

    String name() {
      return accessor.getName();
    }

    Object get(Object value) throws ReflectiveOperationException {
      return accessor.invoke(value);
    }

    Object with(Object value, Object attribute) throws ReflectiveOperationException {
      return with.invoke(value, attribute);
    }

    Optional<Object> withIfValid(Object value, Object attribute) throws ReflectiveOperationException {
      try {
        return Optional.of(with.invoke(value, attribute));
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof ModelConstraintException) {
          return Optional.empty();
        }
        throw e;
      }
    }
  }
}
