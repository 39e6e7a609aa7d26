package dev.parkdata.chain;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import org.immutables.value.Value;

/**
 * A segment of an industrial chain: its position and the nodes (products, technologies, links)
 * in it: {@code 上游: 数字平台, 区块链, 云计算}.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractSegment implements Serializable {
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

  /** The position along the chain. */
  public abstract ChainPosition position();

  /** The nodes, in the order given. */
  public abstract List<String> nodes();

  /** A segment at {@code position} with {@code nodes}. */
  public static Segment of(ChainPosition position, String... nodes) {
    return Segment.builder().position(position).addNodes(nodes).build();
  }

  /** {@code 上游: 数字平台, 区块链}. */
  @Override
  public String toString() {
    return position().chineseName() + ": " + String.join(", ", nodes());
  }

  @Value.Check
  void check() {
    Checks.noneBlank(nodes(), "Segment", "nodes");
  }
}
