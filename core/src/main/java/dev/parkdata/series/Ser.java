package dev.parkdata.series;

import static com.google.common.base.Preconditions.checkArgument;

import dev.parkdata.internal.SerialProxy;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.StreamCorruptedException;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The serialization proxy of the series package's results, as {@code java.time}'s {@code Ser}:
 * each result travels as what it was computed from and is computed again on reading, so that a
 * result read back is one the public factories give (a tampered stream cannot claim a growth or
 * a conflict its figures do not support). The form is a type byte, then:
 *
 * <ul>
 *   <li>{@link Conflict}, 1: the period and the observations in the order recorded ({@code
 *       writeObject}, {@code writeInt(n)}, {@code n × writeObject}); which is kept and how they
 *       relate are resolved again by the {@link Series} rule.
 *   <li>{@link Growth}, 2: {@code writeBoolean(annual)}, the two periods and figures and the
 *       {@link MathContext} ({@code writeObject}); read by {@link Growth#compoundAnnual} or
 *       {@link Growth#between}.
 *   <li>{@link Series}, 3: subject, indicator, and the observations the series rests on (each
 *       period's kept one, or all of a period in conflict) as a count and objects; read by {@link
 *       Series#of(Identifier, Indicator, java.util.Collection)}.
 *   <li>{@link Ranking}, 4: indicator, period, and the observations it rests on (the conflicts'
 *       first, then the ranked ones) as a count and objects; read by {@link Ranking#of(Indicator,
 *       Period, List)}.
 * </ul>
 */
final class Ser extends SerialProxy {
  private static final long serialVersionUID = 1L;

  static final byte CONFLICT = 1;
  static final byte GROWTH = 2;
  static final byte SERIES = 3;
  static final byte RANKING = 4;

  /** For deserialization only. */
  public Ser() {}

  Ser(byte type, Object object) {
    super(type, object);
  }

  @Override
  protected void write(byte type, Object object, ObjectOutput out) throws IOException {
    switch (type) {
      case CONFLICT:
        out.writeObject(((Conflict) object).period());
        writeList(((Conflict) object).observations(), out);
        break;
      case GROWTH:
        Growth g = (Growth) object;
        out.writeBoolean(g.isAnnual());
        out.writeObject(g.from());
        out.writeObject(g.first());
        out.writeObject(g.to());
        out.writeObject(g.last());
        out.writeObject(g.mathContext());
        break;
      case SERIES:
        Series s = (Series) object;
        out.writeObject(s.subject());
        out.writeObject(s.indicator());
        List<Observation> rest = new ArrayList<>();
        for (Observation o : s.observations()) {
          Conflict c = s.conflicts().stream().filter(x -> x.period().equals(o.period())).findFirst().orElse(null);
          rest.addAll(c == null ? List.of(o) : c.observations());
        }
        writeList(rest, out);
        break;
      default:
        Ranking r = (Ranking) object;
        out.writeObject(r.indicator());
        out.writeObject(r.period());
        // Identity: the kept figure of a conflict is also ranked, and is one observation.
        Map<Observation, Boolean> used = new IdentityHashMap<>();
        List<Observation> figures = new ArrayList<>();
        for (Conflict c : r.conflicts()) {
          for (Observation o : c.observations()) {
            if (used.put(o, Boolean.TRUE) == null) {
              figures.add(o);
            }
          }
        }
        for (Ranking.Entry e : r.entries()) {
          if (used.put(e.observation(), Boolean.TRUE) == null) {
            figures.add(e.observation());
          }
        }
        writeList(figures, out);
    }
  }

  private static void writeList(List<Observation> observations, ObjectOutput out) throws IOException {
    out.writeInt(observations.size());
    for (Observation o : observations) {
      out.writeObject(o);
    }
  }

  @Override
  protected Object read(byte type, ObjectInput in) throws IOException, ClassNotFoundException {
    switch (type) {
      case CONFLICT:
        Period period = (Period) in.readObject();
        List<Observation> group = readList(in);
        checkArgument(group.size() >= 2, "a conflict of %s observations", group.size());
        for (Observation o : group) {
          checkArgument(o.period().equals(period), "an observation of %s in a conflict of %s", o.period(), period);
        }
        return Series.resolve(period, group);
      case GROWTH:
        boolean annual = in.readBoolean();
        Period from = (Period) in.readObject();
        Metric first = (Metric) in.readObject();
        Period to = (Period) in.readObject();
        Metric last = (Metric) in.readObject();
        MathContext mc = (MathContext) in.readObject();
        return annual ? Growth.compoundAnnual(from, first, to, last, mc) : Growth.between(from, first, to, last, mc);
      case SERIES:
        Identifier subject = (Identifier) in.readObject();
        Indicator indicator = (Indicator) in.readObject();
        return Series.of(subject, indicator, readList(in));
      case RANKING:
        Indicator ranked = (Indicator) in.readObject();
        Period of = (Period) in.readObject();
        return Ranking.of(ranked, of, readList(in));
      default:
        throw new StreamCorruptedException("unknown type " + type);
    }
  }

  private static List<Observation> readList(ObjectInput in) throws IOException, ClassNotFoundException {
    int n = in.readInt();
    checkArgument(n >= 0, "a list of %s observations", n);
    List<Observation> observations = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      observations.add((Observation) in.readObject());
    }
    return observations;
  }

  @Override
  protected String typeName(byte type) {
    return type == CONFLICT ? "Conflict" : type == GROWTH ? "Growth" : type == SERIES ? "Series" : "Ranking";
  }
}
