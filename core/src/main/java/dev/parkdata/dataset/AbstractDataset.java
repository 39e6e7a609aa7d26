package dev.parkdata.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Observed;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Policy;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A self-contained collection of parks, clusters, chains, policies, organisations and figures,
 * in which entities refer to each other by {@link dev.parkdata.model.Identifier}. An identifier resolves when it is
 * an entity of the dataset (a park at any depth of nesting) or a declared {@linkplain
 * #externals() external reference}.
 *
 * <p>The builder accepts any such collection; that every reference resolves and every identifier
 * is unique is checked by validation, not here. Lookups return the first entity with an
 * identifier.
 *
 * <pre>{@code
 * Dataset dataset = Dataset.builder().addPark(beijingFtz).addPark(zhongguancun).build();
 * dataset.park(Identifier.of("zhongguancun-science-city"));        // found at any depth
 * dataset.ancestorsOf(Identifier.of("zhongguancun-science-city")); // nearest first
 * dataset.latest(Identifier.of("G622052"), Indicators.ENTERPRISES);
 * }</pre>
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractDataset implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Serialized as a {@link ModelSer}: by attribute, read back through the builder. */
  final Object writeReplace() {
    return new ModelSer(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }

  private void readObjectNoData() throws InvalidObjectException {
    throw SerialData.delegated();
  }

  /** The top-level parks; their sub-zones are reached through them. */
  public abstract List<Park> parks();

  /** The industrial clusters. */
  public abstract List<Cluster> clusters();

  /** The industrial chains. */
  public abstract List<IndustrialChain> chains();

  /** The policies. */
  public abstract List<Policy> policies();

  /** The enterprises and other organisations. */
  public abstract List<Organisation> organisations();

  /** Indicators defined for this dataset beyond the {@linkplain dev.parkdata.observation.Indicators standard} ones. */
  public abstract List<Indicator> indicators();

  /**
   * Figures about subjects that hold none themselves: external entities or aggregates such as
   * all national high-tech zones.
   */
  public abstract List<Observation> observations();

  /** Identifiers declared to refer to entities outside the dataset. */
  public abstract List<ExternalReference> externals();

  /** The lookup tables, built on first use; benign race: at worst built twice. */
  @SuppressWarnings("immutables:incompat") // a cache, not state: excluded from equals
  private transient volatile Index index;

  private Index index() {
    Index result = index;
    if (result == null) {
      result = new Index((Dataset) this);
      index = result;
    }
    return result;
  }

  /** Every park, top-level and nested, each before its sub-zones. */
  public List<Park> allParks() {
    return index().allParks;
  }

  /** The park with identifier {@code id}, at any depth of nesting. */
  public Optional<Park> park(Identifier id) {
    return Optional.ofNullable(index().parks.get(checkNotNull(id, "id")));
  }

  /** The cluster with identifier {@code id}. */
  public Optional<Cluster> cluster(Identifier id) {
    return Optional.ofNullable(index().clusters.get(checkNotNull(id, "id")));
  }

  /** The industrial chain with identifier {@code id}. */
  public Optional<IndustrialChain> chain(Identifier id) {
    return Optional.ofNullable(index().chains.get(checkNotNull(id, "id")));
  }

  /** The policy with identifier {@code id}. */
  public Optional<Policy> policy(Identifier id) {
    return Optional.ofNullable(index().policies.get(checkNotNull(id, "id")));
  }

  /** The organisation with identifier {@code id}. */
  public Optional<Organisation> organisation(Identifier id) {
    return Optional.ofNullable(index().organisations.get(checkNotNull(id, "id")));
  }

  /** The external reference declared for {@code id}. */
  public Optional<ExternalReference> external(Identifier id) {
    return Optional.ofNullable(index().externals.get(checkNotNull(id, "id")));
  }

  /** What {@code id} names, if it resolves: an entity of the dataset or a declared external. */
  public Optional<EntityKind> kindOf(Identifier id) {
    return Optional.ofNullable(index().kinds.get(checkNotNull(id, "id")));
  }

  /** Whether {@code id} resolves. */
  public boolean resolves(Identifier id) {
    return kindOf(id).isPresent();
  }

  /** The indicator with code {@code code}: this dataset's own first, then the standard ones. */
  public Optional<Indicator> indicator(String code) {
    checkNotNull(code, "code");
    Optional<Indicator> own = indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    return own.isPresent() ? own : Indicators.byCode(code);
  }

  /**
   * The sub-zones of the park {@code id}: those nested in it, then the parks that name it as
   * their {@link Park#parent()}.
   */
  public List<Park> subZonesOf(Identifier id) {
    checkNotNull(id, "id");
    List<Park> result = new ArrayList<>(park(id).map(Park::subZones).orElse(List.of()));
    allParks().stream().filter(p -> p.parent().equals(Optional.of(id))).forEach(result::add);
    return List.copyOf(result);
  }

  /**
   * The zone the park {@code id} belongs to: the park it is nested in, otherwise the park its
   * {@link Park#parent()} names (if that resolves to a park of this dataset).
   */
  public Optional<Park> parentOf(Identifier id) {
    checkNotNull(id, "id");
    Park container = index().containers.get(id);
    if (container != null) {
      return Optional.of(container);
    }
    return park(id).flatMap(Park::parent).flatMap(this::park);
  }

  /**
   * The zones the park {@code id} belongs to, nearest first, following {@link #parentOf}; stops
   * before a park would repeat.
   */
  public List<Park> ancestorsOf(Identifier id) {
    checkNotNull(id, "id");
    List<Park> ancestors = new ArrayList<>();
    Set<Identifier> seen = new HashSet<>();
    seen.add(id);
    Optional<Park> next = parentOf(id);
    while (next.isPresent() && seen.add(next.get().id())) {
      ancestors.add(next.get());
      next = parentOf(next.get().id());
    }
    return List.copyOf(ancestors);
  }

  /** The clusters hosted by the park {@code parkId}. */
  public List<Cluster> clustersIn(Identifier parkId) {
    checkNotNull(parkId, "parkId");
    return select(clusters(), c -> c.hostParks().contains(parkId));
  }

  /** The industrial chains hosted by the park {@code parkId}. */
  public List<IndustrialChain> chainsIn(Identifier parkId) {
    checkNotNull(parkId, "parkId");
    return select(chains(), c -> c.hostPark().equals(parkId));
  }

  /** The policies that apply to the park {@code parkId}. */
  public List<Policy> policiesFor(Identifier parkId) {
    checkNotNull(parkId, "parkId");
    return select(policies(), p -> p.appliesTo().contains(parkId));
  }

  /** The organisations located in the park {@code parkId}. */
  public List<Organisation> organisationsIn(Identifier parkId) {
    checkNotNull(parkId, "parkId");
    return select(organisations(), o -> o.park().equals(Optional.of(parkId)));
  }

  /**
   * Every figure about {@code subject}: those the entity holds, then the dataset's free-standing
   * {@link #observations()} about it.
   */
  public List<Observation> observationsOf(Identifier subject) {
    checkNotNull(subject, "subject");
    Stream<Observation> held =
        Stream.of(
                park(subject).map(Park::observations),
                cluster(subject).map(Cluster::observations),
                chain(subject).map(IndustrialChain::observations),
                organisation(subject).map(Organisation::observations))
            .flatMap(Optional::stream)
            .flatMap(List::stream);
    Stream<Observation> free = observations().stream().filter(o -> o.subject().equals(subject));
    return Stream.concat(held, free).collect(Collectors.toUnmodifiableList());
  }

  /** The figures about {@code subject} as an {@link Observed}, to navigate by indicator. */
  public Observed observed(Identifier subject) {
    List<Observation> observations = observationsOf(subject);
    return () -> observations;
  }

  /** The most recent figure of {@code indicator} about {@code subject} as a whole. */
  public Optional<Observation> latest(Identifier subject, Indicator indicator) {
    return observed(subject).latest(indicator);
  }

  private static <T> List<T> select(List<T> values, Predicate<T> filter) {
    return values.stream().filter(filter).collect(Collectors.toUnmodifiableList());
  }

  /**
   * What the dataset holds, every count a true total: {@code Dataset{3 parks with 4 sub-zones, 1
   * cluster, 6 chains, 0 policies, 2 organisations, 0 indicators, 22 observations, 0 externals}}.
   * Sub-zones are the parks nested at any depth; observations are all of them, those the parks,
   * clusters, chains and organisations hold and the dataset's own.
   */
  @Override
  public String toString() {
    int subZones = allParks().size() - parks().size();
    int observations = observations().size();
    for (Park p : allParks()) {
      observations += p.observations().size();
    }
    for (Cluster c : clusters()) {
      observations += c.observations().size();
    }
    for (IndustrialChain c : chains()) {
      observations += c.observations().size();
    }
    for (Organisation o : organisations()) {
      observations += o.observations().size();
    }
    return "Dataset{"
        + count(parks().size(), "park", "parks")
        + (subZones == 0 ? "" : " with " + count(subZones, "sub-zone", "sub-zones"))
        + ", " + count(clusters().size(), "cluster", "clusters")
        + ", " + count(chains().size(), "chain", "chains")
        + ", " + count(policies().size(), "policy", "policies")
        + ", " + count(organisations().size(), "organisation", "organisations")
        + ", " + count(indicators().size(), "indicator", "indicators")
        + ", " + count(observations, "observation", "observations")
        + ", " + count(externals().size(), "external", "externals")
        + "}";
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
