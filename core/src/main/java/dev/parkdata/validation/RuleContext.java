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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  private List<Located<Observation>> observations;
  private List<Located<Target>> targets;
  private List<Located<Identifier>> entities;
  private List<Located<Identifier>> references;
  private Map<FigureKey, List<Located<Observation>>> groups;
  private List<List<Located<Observation>>> groupList;
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

  private static void addPark(List<Located<Park>> all, Park park, Path path) {
    all.add(Located.of(park, path));
    List<Park> subZones = park.subZones();
    for (int i = 0; i < subZones.size(); i++) {
      addPark(all, subZones.get(i), Paths.subZone(path, i));
    }
  }

  /**
   * Every observation of the dataset with its path: those held by parks (in {@link #parks()}
   * order), clusters, chains and organisations, then the free-standing ones.
   */
  public List<Located<Observation>> observations() {
    if (observations == null) {
      List<Located<Observation>> all = new ArrayList<>();
      for (Located<Park> park : parks()) {
        addAll(all, park.value().observations(), park.path().field("observations"));
      }
      for (Cluster c : dataset.clusters()) {
        addAll(all, c.observations(), Paths.entity("clusters", c.id()).field("observations"));
      }
      for (IndustrialChain c : dataset.chains()) {
        addAll(all, c.observations(), Paths.entity("chains", c.id()).field("observations"));
      }
      for (Organisation o : dataset.organisations()) {
        addAll(all, o.observations(), Paths.entity("organisations", o.id()).field("observations"));
      }
      addAll(all, dataset.observations(), Path.root().field("observations"));
      observations = Collections.unmodifiableList(all);
    }
    return observations;
  }

  /** Every target of parks (in {@link #parks()} order), clusters and chains, with its path. */
  public List<Located<Target>> targets() {
    if (targets == null) {
      List<Located<Target>> all = new ArrayList<>();
      for (Located<Park> park : parks()) {
        addAll(all, park.value().targets(), park.path().field("targets"));
      }
      for (Cluster c : dataset.clusters()) {
        addAll(all, c.targets(), Paths.entity("clusters", c.id()).field("targets"));
      }
      for (IndustrialChain c : dataset.chains()) {
        addAll(all, c.targets(), Paths.entity("chains", c.id()).field("targets"));
      }
      targets = Collections.unmodifiableList(all);
    }
    return targets;
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
    if (groupList == null) {
      List<List<Located<Observation>>> list = new ArrayList<>(groups().size());
      groups().values().forEach(g -> list.add(Collections.unmodifiableList(g)));
      groupList = Collections.unmodifiableList(list);
    }
    return groupList;
  }

  /**
   * The observations of {@code indicator} about {@code subject} in {@code period} for {@code
   * industry} (empty: the subject as a whole), in the order of {@link #observations()}; found in
   * constant time.
   */
  public List<Located<Observation>> observations(
      Identifier subject, Indicator indicator, Period period, Optional<Industry> industry) {
    List<Located<Observation>> found =
        groups().get(new FigureKey(subject, indicator, period, industry));
    return found == null ? List.of() : Collections.unmodifiableList(found);
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

  private Map<FigureKey, List<Located<Observation>>> groups() {
    if (groups == null) {
      groups = new LinkedHashMap<>(observations().size() * 2);
      for (Located<Observation> o : observations()) {
        Observation v = o.value();
        groups
            .computeIfAbsent(
                new FigureKey(v.subject(), v.indicator(), v.period(), v.industry()),
                k -> new ArrayList<>(2))
            .add(o);
      }
    }
    return groups;
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

  private static final class FigureKey {
    private final Identifier subject;
    private final Indicator indicator;
    private final Period period;
    private final Optional<Industry> industry;
    private final int hash;

    FigureKey(Identifier subject, Indicator indicator, Period period, Optional<Industry> industry) {
      this.subject = subject;
      this.indicator = indicator;
      this.period = period;
      this.industry = industry;
      this.hash =
          ((subject.hashCode() * 31 + indicator.code().hashCode()) * 31 + period.hashCode()) * 31
              + industry.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof FigureKey)) {
        return false;
      }
      FigureKey k = (FigureKey) o;
      return hash == k.hash
          && subject.equals(k.subject)
          && indicator.equals(k.indicator)
          && period.equals(k.period)
          && industry.equals(k.industry);
    }

    @Override
    public int hashCode() {
      return hash;
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
