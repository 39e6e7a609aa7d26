package dev.parkdata.validation;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.industry.Industry;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Policy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Rule} sees during one validation run: the {@linkplain #dataset() dataset}, every
 * value worth checking with its {@link Path} (see the {@linkplain dev.parkdata.validation package
 * documentation} for the path of each kind of value), indexes built once per run and shared by
 * all rules, and where to {@linkplain #report report} violations.
 *
 * <p>A context belongs to one run of a {@link Validator} and is confined to the thread running
 * it; rules must not keep it beyond {@link Rule#check}.
 */
public final class RuleContext {
  private final Dataset dataset;
  private final List<Violation> sink;
  private Rule rule;

  private List<Located<Park>> parks;
  private HeldValues<Observation> heldObservations;
  private List<Located<Observation>> observations;
  private HeldValues<Target> heldTargets;
  private List<Located<Target>> targets;
  private List<Located<Identifier>> entities;
  private List<Located<Identifier>> references;
  private FigureIndex figureIndex;
  private List<List<Located<Observation>>> groups;
  private Map<SeriesKey, List<Located<Observation>>> series;

  RuleContext(Dataset dataset, List<Violation> sink) {
    this.dataset = checkNotNull(dataset, "dataset");
    this.sink = sink;
  }

  void begin(Rule rule) {
    this.rule = rule;
  }

  /** The dataset being validated. */
  public Dataset dataset() {
    return dataset;
  }

  /** Every park, top-level and nested, each before its sub-zones, with its path. */
  public List<Located<Park>> parks() {
    if (parks == null) {
      List<Located<Park>> all = new ArrayList<>();
      for (Park park : dataset.parks()) {
        addPark(all, park, Paths.park(park));
      }
      parks = Collections.unmodifiableList(all);
    }
    return parks;
  }

  /**
   * Adds {@code park} and its sub-zones depth first, each before its own sub-zones. Walks with a
   * stack of its own rather than the call stack: the builders accept any depth of nesting.
   */
  private static void addPark(List<Located<Park>> all, Park park, Path path) {
    Deque<Located<Park>> stack = new ArrayDeque<>();
    stack.push(Located.of(park, path));
    while (!stack.isEmpty()) {
      Located<Park> next = stack.pop();
      all.add(next);
      List<Park> subZones = next.value().subZones();
      for (int i = subZones.size() - 1; i >= 0; i--) {
        stack.push(Located.of(subZones.get(i), Paths.subZone(next.path(), i)));
      }
    }
  }

  /**
   * Every observation of the dataset with its path: those held by parks (in {@link #parks()}
   * order), clusters, chains and organisations, then the free-standing ones.
   */
  public List<Located<Observation>> observations() {
    if (observations == null) {
      observations = Collections.unmodifiableList(heldObservations().located());
    }
    return observations;
  }

  /** The observations of {@link #observations()}, numbered in that order, paths built on demand. */
  HeldValues<Observation> heldObservations() {
    if (heldObservations == null) {
      HeldValues.Builder<Observation> all = HeldValues.builder();
      for (Located<Park> park : parks()) {
        all.add(park.path().field("observations"), park.value().observations());
      }
      for (Cluster c : dataset.clusters()) {
        all.add(Paths.entity("clusters", c.id()).field("observations"), c.observations());
      }
      for (IndustrialChain c : dataset.chains()) {
        all.add(Paths.entity("chains", c.id()).field("observations"), c.observations());
      }
      for (Organisation o : dataset.organisations()) {
        all.add(Paths.entity("organisations", o.id()).field("observations"), o.observations());
      }
      all.add(Path.root().field("observations"), dataset.observations());
      heldObservations = all.build();
    }
    return heldObservations;
  }

  /** Every target of parks (in {@link #parks()} order), clusters and chains, with its path. */
  public List<Located<Target>> targets() {
    if (targets == null) {
      targets = Collections.unmodifiableList(heldTargets().located());
    }
    return targets;
  }

  /** The targets of {@link #targets()}, numbered in that order, paths built on demand. */
  HeldValues<Target> heldTargets() {
    if (heldTargets == null) {
      HeldValues.Builder<Target> all = HeldValues.builder();
      for (Located<Park> park : parks()) {
        all.add(park.path().field("targets"), park.value().targets());
      }
      for (Cluster c : dataset.clusters()) {
        all.add(Paths.entity("clusters", c.id()).field("targets"), c.targets());
      }
      for (IndustrialChain c : dataset.chains()) {
        all.add(Paths.entity("chains", c.id()).field("targets"), c.targets());
      }
      heldTargets = all.build();
    }
    return heldTargets;
  }

  /**
   * The identifier of every entity the dataset defines, at the path of the entity: parks (in
   * {@link #parks()} order), clusters, chains, policies, organisations, then declared externals.
   */
  public List<Located<Identifier>> entities() {
    if (entities == null) {
      List<Located<Identifier>> all = new ArrayList<>();
      parks().forEach(p -> all.add(Located.of(p.value().id(), p.path())));
      dataset.clusters().forEach(c -> all.add(entity("clusters", c.id())));
      dataset.chains().forEach(c -> all.add(entity("chains", c.id())));
      dataset.policies().forEach(p -> all.add(entity("policies", p.id())));
      dataset.organisations().forEach(o -> all.add(entity("organisations", o.id())));
      for (ExternalReference e : dataset.externals()) {
        all.add(entity("externals", e.id()));
      }
      entities = Collections.unmodifiableList(all);
    }
    return entities;
  }

  private static Located<Identifier> entity(String field, Identifier id) {
    return Located.of(id, Paths.entity(field, id));
  }

  /**
   * Every identifier the dataset uses to refer to an entity, at the path of the reference:
   * {@code parks[G112001].parent}, {@code clusters[X].hostParks[0]}, {@code policies[P].issuer},
   * {@code observations[3].subject} (free-standing observations only: held ones are about their
   * holder).
   */
  public List<Located<Identifier>> references() {
    if (references == null) {
      List<Located<Identifier>> all = new ArrayList<>();
      for (Located<Park> p : parks()) {
        Park park = p.value();
        park.parent().ifPresent(id -> all.add(Located.of(id, p.path().field("parent"))));
        for (int i = 0; i < park.management().size(); i++) {
          Path at = p.path().field("management").index(i).field("organisation");
          all.add(Located.of(park.management().get(i).organisation(), at));
        }
      }
      for (Cluster c : dataset.clusters()) {
        Path at = Paths.entity("clusters", c.id());
        addAll(all, c.hostParks(), at.field("hostParks"));
        addAll(all, c.members(), at.field("members"));
        c.recognition()
            .ifPresent(r -> all.add(Located.of(r.body(), at.field("recognition").field("body"))));
      }
      for (IndustrialChain c : dataset.chains()) {
        Path at = Paths.entity("chains", c.id());
        all.add(Located.of(c.hostPark(), at.field("hostPark")));
        addAll(all, c.leadEnterprises(), at.field("leadEnterprises"));
      }
      for (Policy p : dataset.policies()) {
        Path at = Paths.entity("policies", p.id());
        all.add(Located.of(p.issuer(), at.field("issuer")));
        addAll(all, p.appliesTo(), at.field("appliesTo"));
      }
      for (Organisation o : dataset.organisations()) {
        Path at = Paths.entity("organisations", o.id()).field("park");
        o.park().ifPresent(id -> all.add(Located.of(id, at)));
      }
      List<Observation> free = dataset.observations();
      for (int i = 0; i < free.size(); i++) {
        Path at = Path.root().field("observations").index(i).field("subject");
        all.add(Located.of(free.get(i).subject(), at));
      }
      references = Collections.unmodifiableList(all);
    }
    return references;
  }

  /**
   * The observations stating the same figure: equal subject, indicator, period and industry,
   * each group in the order of {@link #observations()}, groups in the order of their first
   * member. Built once per run, in linear time.
   */
  public List<List<Located<Observation>>> observationGroups() {
    if (groups == null) {
      FigureIndex index = figureIndex();
      List<Located<Observation>> all = observations();
      List<List<Located<Observation>>> list = new ArrayList<>();
      for (int k = 0; k < all.size(); k++) {
        if (index.isFirst(k)) {
          list.add(figure(index, k));
        }
      }
      groups = Collections.unmodifiableList(list);
    }
    return groups;
  }

  /**
   * The observations of {@code indicator} about {@code subject} in {@code period} for {@code
   * industry} (empty: the subject as a whole), in the order of {@link #observations()}; found in
   * constant time.
   */
  public List<Located<Observation>> observations(
      Identifier subject, Indicator indicator, Period period, Optional<Industry> industry) {
    checkNotNull(subject, "subject");
    checkNotNull(indicator, "indicator");
    checkNotNull(period, "period");
    checkNotNull(industry, "industry");
    FigureIndex index = figureIndex();
    int first = index.first(subject, indicator, period, industry);
    return first < 0 ? List.of() : figure(index, first);
  }

  /** The located observations of the figure whose first number is {@code first}. */
  private List<Located<Observation>> figure(FigureIndex index, int first) {
    List<Located<Observation>> all = observations();
    List<Located<Observation>> found = new ArrayList<>(2);
    for (int k = first; k >= 0; k = index.next(k)) {
      found.add(all.get(k));
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * The observations of any indicator about {@code subject} in {@code period} for {@code
   * industry}, in the order of {@link #observations()}; found in constant time.
   */
  public List<Located<Observation>> observations(
      Identifier subject, Period period, Optional<Industry> industry) {
    if (series == null) {
      series = new HashMap<>(observations().size() * 2);
      for (Located<Observation> o : observations()) {
        Observation v = o.value();
        series
            .computeIfAbsent(
                new SeriesKey(v.subject(), v.period(), v.industry()), k -> new ArrayList<>(4))
            .add(o);
      }
    }
    List<Located<Observation>> found = series.get(new SeriesKey(subject, period, industry));
    return found == null ? List.of() : Collections.unmodifiableList(found);
  }

  /** The observations grouped by figure, built once per run. */
  FigureIndex figureIndex() {
    if (figureIndex == null) {
      figureIndex = new FigureIndex(heldObservations());
    }
    return figureIndex;
  }

  /**
   * Reports a violation of the running rule, with its code and severity, at {@code path}.
   *
   * @param chinese the message in simplified Chinese, naming the figures in Chinese format
   * @param english the message in English, naming the figures in Chinese format
   * @param figures the offending figures, in the order the messages name them
   */
  public void report(Path path, String chinese, String english, Figure... figures) {
    checkState(rule != null, "no rule is running");
    report(
        Violation.builder()
            .code(rule.code())
            .severity(rule.severity())
            .path(path)
            .chinese(chinese)
            .english(english)
            .addFigures(figures)
            .build());
  }

  /** Reports {@code violation} as it is, whatever its code and severity. */
  public void report(Violation violation) {
    sink.add(checkNotNull(violation, "violation"));
  }

  /** {@code RuleContext{Dataset{…}}}. */
  @Override
  public String toString() {
    return "RuleContext{" + dataset + "}";
  }

  private static <T> void addAll(List<Located<T>> all, List<T> values, Path list) {
    for (int i = 0; i < values.size(); i++) {
      all.add(Located.of(values.get(i), list.index(i)));
    }
  }

  private static final class SeriesKey {
    private final Identifier subject;
    private final Period period;
    private final Optional<Industry> industry;
    private final int hash;

    SeriesKey(Identifier subject, Period period, Optional<Industry> industry) {
      this.subject = subject;
      this.period = period;
      this.industry = industry;
      this.hash = (subject.hashCode() * 31 + period.hashCode()) * 31 + industry.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof SeriesKey)) {
        return false;
      }
      SeriesKey k = (SeriesKey) o;
      return hash == k.hash
          && subject.equals(k.subject)
          && period.equals(k.period)
          && industry.equals(k.industry);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
