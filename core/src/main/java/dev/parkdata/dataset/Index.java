package dev.parkdata.dataset;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Policy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The lookup tables of a {@link Dataset}, built once on first use. Where an identifier occurs
 * twice (validation reports that), the first occurrence wins.
 */
final class Index {
  final List<Park> allParks;
  final Map<Identifier, Park> parks;
  final Map<Identifier, Park> containers;
  final Map<Identifier, Cluster> clusters;
  final Map<Identifier, IndustrialChain> chains;
  final Map<Identifier, Policy> policies;
  final Map<Identifier, Organisation> organisations;
  final Map<Identifier, ExternalReference> externals;
  final Map<Identifier, EntityKind> kinds;

  Index(Dataset dataset) {
    List<Park> all = new ArrayList<>();
    Map<Identifier, Park> containerMap = new LinkedHashMap<>();
    for (Park park : dataset.parks()) {
      all.add(park);
      all.addAll(park.descendants());
    }
    for (Park park : all) {
      for (Park sub : park.subZones()) {
        containerMap.putIfAbsent(sub.id(), park);
      }
    }
    this.allParks = List.copyOf(all);
    this.parks = byId(all, Park::id);
    this.containers = Collections.unmodifiableMap(containerMap);
    this.clusters = byId(dataset.clusters(), Cluster::id);
    this.chains = byId(dataset.chains(), IndustrialChain::id);
    this.policies = byId(dataset.policies(), Policy::id);
    this.organisations = byId(dataset.organisations(), Organisation::id);
    this.externals = byId(dataset.externals(), ExternalReference::id);
    Map<Identifier, EntityKind> kindMap = new LinkedHashMap<>();
    parks.keySet().forEach(id -> kindMap.putIfAbsent(id, EntityKind.PARK));
    clusters.keySet().forEach(id -> kindMap.putIfAbsent(id, EntityKind.CLUSTER));
    chains.keySet().forEach(id -> kindMap.putIfAbsent(id, EntityKind.CHAIN));
    policies.keySet().forEach(id -> kindMap.putIfAbsent(id, EntityKind.POLICY));
    organisations.keySet().forEach(id -> kindMap.putIfAbsent(id, EntityKind.ORGANISATION));
    externals.values().forEach(e -> kindMap.putIfAbsent(e.id(), e.kind()));
    this.kinds = Collections.unmodifiableMap(kindMap);
  }

  private static <T> Map<Identifier, T> byId(List<T> values, Function<T, Identifier> id) {
    Map<Identifier, T> map = new LinkedHashMap<>();
    for (T value : values) {
      map.putIfAbsent(id.apply(value), value);
    }
    return Collections.unmodifiableMap(map);
  }
}
