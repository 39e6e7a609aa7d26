package dev.parkdata.chain;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.industry.Industry;
import dev.parkdata.industry.ScaleClass;
import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Observed;
import dev.parkdata.observation.Target;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An industrial chain (产业链) a park builds up: its industry, its segments from upstream to
 * downstream with their nodes, its lead enterprises (链主), its goals and figures. Suzhou's
 * high-tech zone lays out six, from 半导体和集成电路 to 数字经济.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractIndustrialChain implements Observed, Serializable {
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

  /** The identifier, a slug. */
  public abstract Identifier id();

  /** The name, {@code 数字经济产业链}. */
  public abstract String name();

  /** The industry. */
  public abstract Industry industry();

  /** The identifier of the park that hosts the chain. */
  public abstract Identifier hostPark();

  /** The segments, at most one per position. */
  public abstract List<Segment> segments();

  /** The identifiers of the lead enterprises (链主). */
  public abstract List<Identifier> leadEnterprises();

  /** The scale class it is announced in (百亿级). */
  public abstract Optional<ScaleClass> scaleClass();

  /** The goals set for the chain. */
  public abstract List<Target> targets();

  /** The figures reported about the chain; each has this chain's {@link #id()} as subject. */
  @Override
  public abstract List<Observation> observations();

  /** The segment at {@code position}, if recorded. */
  public Optional<Segment> segment(ChainPosition position) {
    checkNotNull(position, "position");
    return segments().stream().filter(s -> s.position() == position).findFirst();
  }

  /** {@code IndustrialChain{suzhou-digital-economy 数字经济产业链 in G322018}}. */
  @Override
  public String toString() {
    return "IndustrialChain{" + id() + " " + name() + " in " + hostPark() + "}";
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "IndustrialChain", "name");
    Checks.uniqueKeys(segments(), Segment::position, "IndustrialChain", "segments");
    Checks.observationsAbout(id(), observations(), "IndustrialChain");
  }
}
