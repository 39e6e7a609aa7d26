package dev.parkdata.testing;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Approval;
import dev.parkdata.park.Area;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.Policy;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@link ParkArbitraries} the default generators of the domain types, so that {@code
 * @ForAll Park park}, {@code @ForAll Dataset dataset} or {@code @ForAll Metric metric} need no
 * {@code @Provide} method. Registered in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; jqwik finds it on the class path.
 */
public final class ParkDataArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> GENERATORS =
      Map.ofEntries(
          Map.entry(Park.class, ParkArbitraries::parks),
          Map.entry(Dataset.class, ParkArbitraries::datasets),
          Map.entry(Metric.class, ParkArbitraries::metrics),
          Map.entry(Identifier.class, ParkArbitraries::identifiers),
          Map.entry(Names.class, ParkArbitraries::names),
          Map.entry(Location.class, ParkArbitraries::locations),
          Map.entry(Source.class, ParkArbitraries::sources),
          Map.entry(Citation.class, ParkArbitraries::citations),
          Map.entry(Period.class, ParkArbitraries::periods),
          Map.entry(Indicator.class, ParkArbitraries::indicators),
          Map.entry(Industry.class, ParkArbitraries::industries),
          Map.entry(Observation.class, ParkArbitraries::observations),
          Map.entry(Target.class, ParkArbitraries::targets),
          Map.entry(Area.class, ParkArbitraries::areas),
          Map.entry(Approval.class, ParkArbitraries::approvals),
          Map.entry(Designation.class, ParkArbitraries::designations),
          Map.entry(Cluster.class, ParkArbitraries::clusters),
          Map.entry(IndustrialChain.class, ParkArbitraries::chains),
          Map.entry(Organisation.class, ParkArbitraries::organisations),
          Map.entry(Measure.class, ParkArbitraries::measures),
          Map.entry(Policy.class, ParkArbitraries::policies));

  /** Creates the provider; jqwik does, through the service loader. */
  public ParkDataArbitraryProvider() {}

  /** Whether {@code targetType} is one of the domain types above. */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return GENERATORS.keySet().stream().anyMatch(targetType::isOfType);
  }

  /** The generator of {@code targetType}. */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return GENERATORS.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(e -> e.getValue().get())
        .collect(java.util.stream.Collectors.toSet());
  }
}
