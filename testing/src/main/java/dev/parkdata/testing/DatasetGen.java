package dev.parkdata.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static dev.parkdata.testing.Draws.between;
import static dev.parkdata.testing.Draws.list;
import static dev.parkdata.testing.Draws.pick;
import static dev.parkdata.testing.Draws.upTo;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Observation;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Policy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates datasets of consistent parks (see {@link ParkGen}; up to two sub-zones per zone),
 * organisations, clusters, chains and policies that mostly refer to each other, free-standing
 * observations about an external aggregate (all national high-tech zones, say), and an {@link
 * ExternalReference} for every identifier referred to but not defined, so the datasets validate
 * with no error. Identifiers are unique across the dataset.
 *
 * <p>Immutable and shareable: each {@code with…} method returns a new generator.
 *
 * <pre>{@code
 * ParkGenerators.datasets()            // up to 2 entities of each kind, parks 1 level deep
 *     .ofMaxSize(4)
 *     .withDepth(2)
 *     .withInconsistencies(Inconsistency.DUPLICATE_ID);   // built into the first park
 * }</pre>
 *
 * <p>A falsified property prints the dataset as a summary line, an outline of each park and a
 * line for each other entity.
 */
public final class DatasetGen implements Gen<Dataset> {
  static final DatasetGen DEFAULT = new DatasetGen(2, 1, EnumSet.noneOf(Inconsistency.class));

  /** Zones of a dataset's parks have up to this many sub-zones. */
  private static final int MAX_SUB_ZONES = 2;

  private final int maxSize;
  private final int depth;
  private final Set<Inconsistency> inconsistencies;

  private DatasetGen(int maxSize, int depth, Set<Inconsistency> inconsistencies) {
    this.maxSize = maxSize;
    this.depth = depth;
    this.inconsistencies = inconsistencies;
  }

  /**
   * Datasets of up to {@code max} top-level parks, and as many organisations, clusters, chains,
   * policies and free-standing observations.
   *
   * @param max from 0 to 20
   * @return a generator like this one but for the size
   * @throws IllegalArgumentException if {@code max} is negative or more than 20
   */
  public DatasetGen ofMaxSize(int max) {
    checkArgument(max >= 0 && max <= 20, "max %s is not within [0, 20]", max);
    return new DatasetGen(max, depth, inconsistencies);
  }

  /**
   * Datasets whose parks nest up to {@code depth} levels (0: no sub-zones).
   *
   * @param depth from 0 to 5
   * @return a generator like this one but for the depth
   * @throws IllegalArgumentException if {@code depth} is negative or more than 5
   */
  public DatasetGen withDepth(int depth) {
    checkArgument(depth >= 0 && depth <= 5, "depth %s is not within [0, 5]", depth);
    return new DatasetGen(maxSize, depth, inconsistencies);
  }

  /**
   * Datasets with each of {@code inconsistencies} built into their first park (they then have at
   * least one), in addition to any set before.
   *
   * @param inconsistencies the inconsistencies to add
   * @return a generator like this one but with the inconsistencies
   * @throws NullPointerException if {@code inconsistencies} is or holds null
   */
  public DatasetGen withInconsistencies(Inconsistency... inconsistencies) {
    return new DatasetGen(maxSize, depth, ParkGen.union(this.inconsistencies, inconsistencies));
  }

  /**
   * The inconsistencies built into every dataset.
   *
   * @return an unmodifiable set, empty by default
   */
  public Set<Inconsistency> inconsistencies() {
    return Collections.unmodifiableSet(inconsistencies);
  }

  /**
   * Draws one dataset with {@code random}, without QuickTheories' runner: the same seed draws the
   * same dataset. Equivalent to {@link ParkGenerators#draw ParkGenerators.draw(this, random)}.
   *
   * @param random where the randomness comes from; drawing advances it
   * @return a dataset
   */
  public Dataset draw(RandomGenerator random) {
    return RandomGeneratorSource.draw(this, random);
  }

  /**
   * Generates one dataset from QuickTheories' source of randomness.
   *
   * @param in the source of randomness
   * @return a dataset
   */
  @Override
  public Dataset generate(RandomnessSource in) {
    Ids ids = new Ids();
    List<Organisation> organisations =
        list(in, maxSize, r -> ParkGenerators.organisation(r, ids.fresh, ids.fresh));
    Gen<Identifier> organisationRefs = refs(organisations, Organisation::id, ids);

    int minParks = inconsistencies.isEmpty() ? 0 : 1;
    int maxParks = Math.max(maxSize, minParks);
    List<Park> parks = parks(in, between(in, minParks, maxParks), organisationRefs, ids);
    Gen<Identifier> parkRefs = refs(parks, Park::id, ids);

    List<Cluster> clusters =
        list(in, maxSize, r -> ParkGenerators.cluster(r, ids.fresh, parkRefs, organisationRefs));
    List<IndustrialChain> chains =
        list(in, maxSize, r -> ParkGenerators.chain(r, ids.fresh, parkRefs, organisationRefs));
    List<Policy> policies =
        list(in, maxSize, r -> ParkGenerators.policy(r, ids.fresh, parkRefs, organisationRefs));
    Identifier aggregate = ids.unique(Identifier.of("all-" + ParkGenerators.identifier(in).value()));
    List<Observation> observations = ParkGenerators.observations(in, aggregate, maxSize);

    Dataset dataset =
        declareExternals(
            Dataset.builder()
                .addAllParks(parks)
                .addAllOrganisations(organisations)
                .addAllClusters(clusters)
                .addAllChains(chains)
                .addAllPolicies(policies)
                .addAllObservations(observations));
    return inconsistencies.isEmpty() ? dataset : inject(dataset);
  }

  /** {@code size} consistent parks whose zones are managed by {@code managers}. */
  private List<Park> parks(RandomnessSource in, int size, Gen<Identifier> managers, Ids ids) {
    List<Park> parks = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      parks.add(ParkGen.consistent(in, depth, MAX_SUB_ZONES, managers, ids));
    }
    return parks;
  }

  /**
   * Mostly (three in four) one of {@code entities}' identifiers, sometimes an identifier defined
   * elsewhere, unique in the dataset.
   */
  private static <T> Gen<Identifier> refs(
      List<T> entities, Function<T, Identifier> id, Ids ids) {
    if (entities.isEmpty()) {
      return ids.fresh;
    }
    List<Identifier> defined = new ArrayList<>(entities.size());
    entities.forEach(e -> defined.add(id.apply(e)));
    return in -> upTo(in, 3) < 3 ? pick(in, defined) : ids.fresh.generate(in);
  }

  private Dataset inject(Dataset dataset) {
    List<Park> parks = new ArrayList<>(dataset.parks());
    parks.set(0, ParkGen.inject(parks.get(0), inconsistencies));
    return Dataset.builder().from(dataset).parks(parks).build();
  }

  /**
   * The dataset of {@code b}, with an external reference for each identifier it uses but does
   * not define.
   */
  static Dataset declareExternals(Dataset.Builder b) {
    Dataset dataset = b.build();
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
    boolean added = false;
    for (Map.Entry<Identifier, EntityKind> e : used.entrySet()) {
      if (!dataset.resolves(e.getKey())) {
        EntityKind kind = e.getValue();
        Identifier id = e.getKey();
        b.addExternal(ExternalReference.of(id, kind, kind.chineseName() + " " + id.value()));
        added = true;
      }
    }
    return added ? b.build() : dataset;
  }

  /**
   * Describes {@code dataset}: a summary line, an outline of each park and a line for each other
   * entity.
   *
   * @param dataset a dataset, possibly null
   * @return the description
   */
  @Override
  public String asString(Dataset dataset) {
    return dataset == null ? "null" : Describe.dataset(dataset);
  }

  /**
   * Describes the configuration, {@code DatasetGen{maxSize=2, depth=1, inconsistencies=[]}}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "DatasetGen{maxSize=" + maxSize + ", depth=" + depth
        + ", inconsistencies=" + inconsistencies + "}";
  }
}
