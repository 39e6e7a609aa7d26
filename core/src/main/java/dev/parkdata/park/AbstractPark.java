package dev.parkdata.park;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.industry.Industry;
import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.location.Location;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Observed;
import dev.parkdata.observation.Target;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A development zone, park or smaller carrier, with its sub-zones.
 *
 * <p>A park is identified by its catalogue code where it has one ({@code G622052}, 兰州高新技术产业开发区)
 * and otherwise by a stable slug. It has {@link Names}, a {@link ParkKind}, its {@linkplain
 * #approvals() approvals}, a {@link Location}, typed {@linkplain #areas() areas}, leading
 * industries, {@linkplain #designations() designations} with their year, the bodies of its
 * {@linkplain #management() management}, and figures over time ({@linkplain #observations()
 * observations} and {@linkplain #targets() targets}).
 *
 * <p>Parts of a zone (片区, 组团, 园中园) are parks nested in {@link #subZones()}; {@link
 * #composition()} says whether the zone consists of exactly them. A park that belongs to a zone
 * recorded elsewhere in the dataset names it by {@link #parent()}. A {@link
 * dev.parkdata.dataset.Dataset} navigates both: {@code dataset.ancestorsOf(id)}.
 *
 * <pre>{@code
 * Park lanzhou = Park.builder()
 *     .id(Identifier.of("G622052"))
 *     .names(Names.of("兰州高新技术产业开发区"))
 *     .kind(ParkKind.HIGH_TECH_ZONE)
 *     .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(1991, 3)))
 *     .addArea(Area.of(AreaKind.APPROVED, Metric.of(new BigDecimal("1496"), Units.HECTARE)))
 *     .addLeadingIndustry(Industry.of("生物医药"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractPark implements Observed, Serializable {
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

  /** The catalogue code ({@code G622052}) or, for a park not in the catalogue, a slug. */
  public abstract Identifier id();

  /** The names. */
  public abstract Names names();

  /** The kind of zone or park. */
  public abstract ParkKind kind();

  /** The approvals, establishment first. */
  public abstract List<Approval> approvals();

  /** Where the park is. */
  public abstract Optional<Location> location();

  /** The areas, at most one of each {@link AreaKind}. */
  public abstract List<Area> areas();

  /** The leading industries (主导产业), in the order given. */
  public abstract List<Industry> leadingIndustries();

  /** The parts of this zone (片区, 组团, 园中园), each a park of its own. */
  public abstract List<Park> subZones();

  /**
   * Whether this zone consists of exactly its {@link #subZones()} ({@link Composition#EXACT}) or
   * they are some of its parts ({@link Composition#PARTIAL}, the default).
   */
  @Value.Default
  public Composition composition() {
    return Composition.PARTIAL;
  }

  /**
   * The zone this park belongs to when that zone is recorded elsewhere rather than holding this
   * park in its {@link #subZones()}: 北京生命科学园 in 中关村科技园区 {@code G112001}.
   */
  public abstract Optional<Identifier> parent();

  /** Titles and honours received, with their year. */
  public abstract List<Designation> designations();

  /** The bodies that manage the park. */
  public abstract List<Management> management();

  /** The figures reported about this park; each has this park's {@link #id()} as subject. */
  @Override
  public abstract List<Observation> observations();

  /** The goals set for this park. */
  public abstract List<Target> targets();

  /** The area of kind {@code kind}, if recorded. */
  public Optional<Metric> area(AreaKind kind) {
    checkNotNull(kind, "kind");
    return areas().stream().filter(a -> a.kind() == kind).map(Area::metric).findFirst();
  }

  /** The month of the first approval, if known. */
  public Optional<YearMonth> approvalDate() {
    return approvals().isEmpty() ? Optional.empty() : approvals().get(0).date();
  }

  /** The level of the first approval, if any. */
  public Optional<ApprovalLevel> approvalLevel() {
    return approvals().isEmpty() ? Optional.empty() : Optional.of(approvals().get(0).level());
  }

  /** All parks nested below this one, depth first, each before its own sub-zones. */
  public List<Park> descendants() {
    List<Park> result = new ArrayList<>();
    Deque<Park> stack = new ArrayDeque<>();
    pushReversed(stack, subZones());
    while (!stack.isEmpty()) {
      Park next = stack.pop();
      result.add(next);
      pushReversed(stack, next.subZones());
    }
    return List.copyOf(result);
  }

  /** The park nested at any depth below this one with identifier {@code id}. */
  public Optional<Park> subZone(Identifier id) {
    checkNotNull(id, "id");
    return descendants().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The nesting path from this park down to the park {@code id}: this park first, {@code id}'s
   * park last; empty if {@code id} is neither this park nor nested in it.
   */
  public List<Park> pathTo(Identifier id) {
    checkNotNull(id, "id");
    List<Park> path = new ArrayList<>();
    return findPath((Park) this, id, path) ? List.copyOf(path) : List.of();
  }

  private static boolean findPath(Park park, Identifier id, List<Park> path) {
    path.add(park);
    if (park.id().equals(id)) {
      return true;
    }
    for (Park sub : park.subZones()) {
      if (findPath(sub, id, path)) {
        return true;
      }
    }
    path.remove(path.size() - 1);
    return false;
  }

  private static void pushReversed(Deque<Park> stack, List<Park> parks) {
    for (int i = parks.size() - 1; i >= 0; i--) {
      stack.push(parks.get(i));
    }
  }

  /** {@code Park{G622052 兰州高新技术产业开发区, HIGH_TECH_ZONE}}, with the sub-zone count if any. */
  @Override
  public String toString() {
    return "Park{"
        + id()
        + " "
        + names().official()
        + ", "
        + kind()
        + (subZones().isEmpty() ? "" : ", " + subZones().size() + " sub-zones")
        + "}";
  }

  @Value.Check
  void check() {
    // Guarded and without lambdas: a method reference is linked where it is evaluated, which
    // costs the catalogue's cold first load, whose parks have one area each.
    if (areas().size() > 1) {
      Checks.uniqueKeys(areas(), Area::kind, "Park", "areas");
    }
    Checks.check(
        composition() == Composition.PARTIAL || !subZones().isEmpty(),
        "Park",
        "composition",
        "%s consists of exactly its sub-zones but has none",
        id());
    if (parent().isPresent()) {
      Checks.check(!parent().get().equals(id()), "Park", "parent", "%s is its own parent", parent().get());
    }
    Checks.observationsAbout(id(), observations(), "Park");
  }
}
