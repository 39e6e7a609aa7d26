package dev.parkdata.cluster;

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
 * An industrial cluster (产业集群): enterprises and institutions of one industry concentrated in
 * one or more parks, possibly recognised officially (创新型产业集群), with its figures over time.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractCluster implements Observed, Serializable {
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

  /** The name, {@code 兰州高新区生物医药产业集群}. */
  public abstract String name();

  /** The industry. */
  public abstract Industry industry();

  /** The identifiers of the parks hosting the cluster. */
  public abstract List<Identifier> hostParks();

  /** The official recognition, if any. */
  public abstract Optional<Recognition> recognition();

  /** The scale class it is announced in (千亿级). */
  public abstract Optional<ScaleClass> scaleClass();

  /** The identifiers of member enterprises and institutions. */
  public abstract List<Identifier> members();

  /** The figures reported about this cluster; each has this cluster's {@link #id()} as subject. */
  @Override
  public abstract List<Observation> observations();

  /** The goals set for this cluster. */
  public abstract List<Target> targets();

  /** {@code Cluster{lanzhou-biomedicine 兰州高新区生物医药产业集群, 生物医药}}. */
  @Override
  public String toString() {
    return "Cluster{" + id() + " " + name() + ", " + industry() + "}";
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Cluster", "name");
    Checks.observationsAbout(id(), observations(), "Cluster");
  }
}
