package dev.parkdata.model;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The names of a park or organisation: the official name in simplified characters, its
 * traditional-character form, an English name, short names (苏州高新区) and former names.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractNames implements Serializable {
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

  /** The official name in simplified characters: {@code 苏州高新技术产业开发区}. */
  public abstract String official();

  /** The official name in traditional characters, where a source gives it. */
  public abstract Optional<String> traditional();

  /** The English name, where there is an established one. */
  public abstract Optional<String> english();

  /** Short names in use, most common first: {@code 苏州高新区}. */
  public abstract List<String> shortNames();

  /** Names the entity was known by before, oldest first. */
  public abstract List<String> formerNames();

  /** Names with only an official name: {@code Names.of("中关村科技园区")}. */
  public static Names of(String official) {
    return Names.builder().official(official).build();
  }

  /** Every name, official first, then traditional, English, short and former names. */
  public List<String> all() {
    List<String> all = new ArrayList<>();
    all.add(official());
    traditional().ifPresent(all::add);
    english().ifPresent(all::add);
    all.addAll(shortNames());
    all.addAll(formerNames());
    return List.copyOf(all);
  }

  /** Whether {@code name} is one of {@link #all()}. */
  public boolean isKnownAs(String name) {
    return all().contains(name);
  }

  /** The official name, then the first short name in parentheses if there is one. */
  @Override
  public String toString() {
    return shortNames().isEmpty() ? official() : official() + " (" + shortNames().get(0) + ")";
  }

  @Value.Check
  void check() {
    // No lambdas in checks of the types the catalogue builds: linking one costs its cold load.
    Checks.notBlank(official(), "Names", "official");
    if (traditional().isPresent()) {
      Checks.notBlank(traditional().get(), "Names", "traditional");
    }
    if (english().isPresent()) {
      Checks.notBlank(english().get(), "Names", "english");
    }
    Checks.noneBlank(shortNames(), "Names", "shortNames");
    Checks.noneBlank(formerNames(), "Names", "formerNames");
  }
}
