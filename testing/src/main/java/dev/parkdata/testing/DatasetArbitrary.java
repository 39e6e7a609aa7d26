package dev.parkdata.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import dev.parkdata.park.Park;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates datasets of consistent parks (see {@link ParkArbitrary}), organisations, clusters,
 * chains and policies that mostly refer to each other, free-standing observations, and an {@link
 * ExternalReference} for every identifier referred to but not defined, so the datasets validate
 * with no error. Identifiers are unique.
 *
 * <p>Immutable: each {@code with…} method returns a new arbitrary.
 *
 * <pre>{@code
 * ParkArbitraries.datasets()            // up to 2 entities of each kind, parks 1 level deep
 *     .ofMaxSize(4)
 *     .withDepth(2)
 *     .withInconsistencies(Inconsistency.DUPLICATE_ID);   // built into the first park
 * }</pre>
 */
public final class DatasetArbitrary extends ArbitraryDecorator<Dataset> {
  static final DatasetArbitrary DEFAULT = new DatasetArbitrary(2, 1, EnumSet.noneOf(Inconsistency.class));

  private final int maxSize;
  private final int depth;
  private final Set<Inconsistency> inconsistencies;

  private DatasetArbitrary(int maxSize, int depth, Set<Inconsistency> inconsistencies) {
    this.maxSize = maxSize;
    this.depth = depth;
    this.inconsistencies = inconsistencies;
  }

  /**
   * Datasets of up to {@code max} top-level parks, and as many organisations, clusters, chains,
   * policies and free-standing observations.
   *
   * @throws IllegalArgumentException if {@code max} is negative or more than 20
   */
  public DatasetArbitrary ofMaxSize(int max) {
    checkArgument(max >= 0 && max <= 20, "max %s is not within [0, 20]", max);
    return new DatasetArbitrary(max, depth, inconsistencies);
  }

  /**
   * Datasets whose parks nest up to {@code depth} levels (0: no sub-zones).
   *
   * @throws IllegalArgumentException if {@code depth} is negative or more than 5
   */
  public DatasetArbitrary withDepth(int depth) {
    checkArgument(depth >= 0 && depth <= 5, "depth %s is not within [0, 5]", depth);
    return new DatasetArbitrary(maxSize, depth, inconsistencies);
  }

  /**
   * Datasets with each of {@code inconsistencies} built into their first park (they then have at
   * least one), in addition to any set before.
   */
  public DatasetArbitrary withInconsistencies(Inconsistency... inconsistencies) {
    checkNotNull(inconsistencies, "inconsistencies");
    Set<Inconsistency> all = EnumSet.noneOf(Inconsistency.class);
    all.addAll(this.inconsistencies);
    all.addAll(Arrays.asList(inconsistencies));
    return new DatasetArbitrary(maxSize, depth, all);
  }

  /** The inconsistencies built into every dataset. */
  public Set<Inconsistency> inconsistencies() {
    return Collections.unmodifiableSet(inconsistencies);
  }

  @Override
  protected Arbitrary<Dataset> arbitrary() {
    int minParks = inconsistencies.isEmpty() ? 0 : 1;
    return ParkArbitraries.organisations()
        .list()
        .ofMaxSize(maxSize)
        .flatMap(
            organisations -> {
              Arbitrary<Identifier> orgs = refs(ids(organisations, o -> o.id()));
              return ParkArbitrary.consistent(depth, 2, orgs)
                  .list()
                  .ofMinSize(Math.min(minParks, Math.max(maxSize, 1)))
                  .ofMaxSize(Math.max(maxSize, minParks))
                  .flatMap(
                      parks -> {
                        Arbitrary<Identifier> parkRefs = refs(ids(parks, Park::id));
                        return Combinators.combine(
                                ParkArbitraries.clusters(parkRefs, orgs).list().ofMaxSize(maxSize),
                                ParkArbitraries.chains(parkRefs, orgs).list().ofMaxSize(maxSize),
                                ParkArbitraries.policies(parkRefs, orgs).list().ofMaxSize(maxSize),
                                aggregates())
                            .as(
                                (clusters, chains, policies, observations) ->
                                    Dataset.builder()
                                        .addAllParks(parks)
                                        .addAllOrganisations(organisations)
                                        .addAllClusters(clusters)
                                        .addAllChains(chains)
                                        .addAllPolicies(policies)
                                        .addAllObservations(observations)
                                        .build());
                      });
            })
        .map(DatasetArbitrary::declareExternals)
        .filter(DatasetArbitrary::identifiersUnique)
        .map(this::inject);
  }

  /** Figures about an external aggregate, such as all national high-tech zones. */
  private Arbitrary<List<dev.parkdata.observation.Observation>> aggregates() {
    return ParkArbitraries.identifiers()
        .map(id -> Identifier.of("all-" + id.value()))
        .flatMap(id -> ParkArbitraries.observationLists(id, maxSize));
  }

  private static <T> List<Identifier> ids(List<T> entities, Function<T, Identifier> id) {
    List<Identifier> ids = new ArrayList<>();
    entities.forEach(e -> ids.add(id.apply(e)));
    return ids;
  }

  /** Mostly one of {@code ids}, sometimes an identifier defined elsewhere. */
  private static Arbitrary<Identifier> refs(List<Identifier> ids) {
    return ids.isEmpty()
        ? ParkArbitraries.identifiers()
        : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(ids)), Tuple.of(1, ParkArbitraries.identifiers()));
  }

  private Dataset inject(Dataset dataset) {
    if (inconsistencies.isEmpty()) {
      return dataset;
    }
    List<Park> parks = new ArrayList<>(dataset.parks());
    parks.set(0, ParkArbitrary.inject(parks.get(0), inconsistencies));
    return Dataset.builder().from(dataset).parks(parks).build();
  }

  /** {@code dataset} with an external reference for each identifier it uses but does not define. */
  static Dataset declareExternals(Dataset dataset) {
    Map<Identifier, EntityKind> used = new LinkedHashMap<>();
    for (Park park : dataset.allParks()) {
      park.parent().ifPresent(id -> used.put(id, EntityKind.PARK));
      park.management().forEach(m -> used.put(m.organisation(), EntityKind.ORGANISATION));
    }
    dataset.clusters().forEach(c -> {
      c.hostParks().forEach(id -> used.put(id, EntityKind.PARK));
      c.members().forEach(id -> used.put(id, EntityKind.ORGANISATION));
      c.recognition().ifPresent(r -> used.put(r.body(), EntityKind.ORGANISATION));
    });
    dataset.chains().forEach(c -> {
      used.put(c.hostPark(), EntityKind.PARK);
      c.leadEnterprises().forEach(id -> used.put(id, EntityKind.ORGANISATION));
    });
    dataset.policies().forEach(p -> {
      used.put(p.issuer(), EntityKind.ORGANISATION);
      p.appliesTo().forEach(id -> used.put(id, EntityKind.PARK));
    });
    dataset.organisations().forEach(o -> o.park().ifPresent(id -> used.put(id, EntityKind.PARK)));
    dataset.observations().forEach(o -> used.put(o.subject(), EntityKind.PARK));
    Dataset.Builder b = Dataset.builder().from(dataset);
    used.forEach(
        (id, kind) -> {
          if (!dataset.resolves(id)) {
            b.addExternal(ExternalReference.of(id, kind, kind.chineseName() + " " + id.value()));
          }
        });
    return b.build();
  }

  private static boolean identifiersUnique(Dataset d) {
    List<Identifier> ids = new ArrayList<>();
    d.allParks().forEach(p -> ids.add(p.id()));
    d.clusters().forEach(c -> ids.add(c.id()));
    d.chains().forEach(c -> ids.add(c.id()));
    d.policies().forEach(p -> ids.add(p.id()));
    d.organisations().forEach(o -> ids.add(o.id()));
    d.externals().forEach(e -> ids.add(e.id()));
    return new HashSet<>(ids).size() == ids.size();
  }

  /** {@code DatasetArbitrary{maxSize=2, depth=1, inconsistencies=[]}}. */
  @Override
  public String toString() {
    return "DatasetArbitrary{maxSize=" + maxSize + ", depth=" + depth
        + ", inconsistencies=" + inconsistencies + "}";
  }
}
