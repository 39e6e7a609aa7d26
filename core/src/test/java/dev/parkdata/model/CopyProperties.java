package dev.parkdata.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.location.Location;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.Policy;
import dev.parkdata.source.Source;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Builders and {@code with*} copies preserve every attribute, and equal inputs give equal
 * values. The attributes of a generated type are found by reflection: each public accessor that
 * has a {@code with} method taking its value.
 */
class CopyProperties {

  @Provide Arbitrary<Park> parks() { return ModelArbitraries.parks(); }
  @Provide Arbitrary<Cluster> clusters() { return ModelArbitraries.clusters(); }
  @Provide Arbitrary<IndustrialChain> chains() { return ModelArbitraries.chains(); }
  @Provide Arbitrary<Organisation> organisations() { return ModelArbitraries.organisations(); }
  @Provide Arbitrary<Policy> policies() { return ModelArbitraries.policies(); }
  @Provide Arbitrary<Measure> measures() { return ModelArbitraries.measures(); }
  @Provide Arbitrary<Observation> observations() { return ModelArbitraries.observations(); }
  @Provide Arbitrary<Target> targets() { return ModelArbitraries.targets(); }
  @Provide Arbitrary<Period> periods() { return ModelArbitraries.periods(); }
  @Provide Arbitrary<Names> names() { return ModelArbitraries.names(); }
  @Provide Arbitrary<Location> locations() { return ModelArbitraries.locations(); }
  @Provide Arbitrary<Source> sources() { return ModelArbitraries.sources(); }
  @Provide Arbitrary<Dataset> datasets() { return ModelArbitraries.datasets(); }

  @Property(tries = 200)
  void parkCopies(@ForAll("parks") Park a, @ForAll("parks") Park b) throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void clusterCopies(@ForAll("clusters") Cluster a, @ForAll("clusters") Cluster b) throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void chainCopies(@ForAll("chains") IndustrialChain a, @ForAll("chains") IndustrialChain b)
      throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void organisationCopies(
      @ForAll("organisations") Organisation a, @ForAll("organisations") Organisation b)
      throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void policyCopies(@ForAll("policies") Policy a, @ForAll("policies") Policy b) throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void measureCopies(@ForAll("measures") Measure a, @ForAll("measures") Measure b)
      throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void observationCopies(@ForAll("observations") Observation a, @ForAll("observations") Observation b)
      throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void targetCopies(@ForAll("targets") Target a, @ForAll("targets") Target b) throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void periodCopies(@ForAll("periods") Period a, @ForAll("periods") Period b) throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void namesCopies(@ForAll("names") Names a, @ForAll("names") Names b) throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void locationCopies(@ForAll("locations") Location a, @ForAll("locations") Location b)
      throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void sourceCopies(@ForAll("sources") Source a, @ForAll("sources") Source b) throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 50)
  void datasetCopies(@ForAll("datasets") Dataset a, @ForAll("datasets") Dataset b)
      throws Exception {
    checkCopies(a, b);
  }

  @Property(tries = 100)
  void equalInputsGiveEqualValues(@ForAll("parks") Park park) {
    Park again = rebuild(park);
    assertThat(again).isEqualTo(park).hasSameHashCodeAs(park).isNotSameAs(park);
    assertThat(again.toString()).isEqualTo(park.toString());
  }

  @Property(tries = 50)
  void datasetLookupsFindEveryPark(@ForAll("datasets") Dataset dataset) {
    for (Park park : dataset.allParks()) {
      assertThat(dataset.park(park.id())).isPresent();
      assertThat(dataset.resolves(park.id())).isTrue();
    }
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

  private static void checkCopies(Object a, Object b) throws Exception {
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

    Object get(Object value) throws Exception {
      return accessor.invoke(value);
    }

    Object with(Object value, Object attribute) throws Exception {
      return with.invoke(value, attribute);
    }

    Optional<Object> withIfValid(Object value, Object attribute) throws Exception {
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
