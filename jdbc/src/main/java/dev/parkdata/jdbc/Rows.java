package dev.parkdata.jdbc;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.location.Location;
import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Policy;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import dev.parkdata.validation.Path;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

/** The rows a dataset is stored as: one document per top-level item, and the derived rows. */
final class Rows {
  private Rows() {}

  /**
   * Precision of a base-unit bound that does not terminate (1亩 is 666.66… 平方米): 34 digits,
   * rounded outwards, so the stored interval still contains the figure's.
   */
  static final MathContext INEXACT_BOUND = MathContext.DECIMAL128;

  /** One top-level item: its document and what is derived from it. */
  record Document(
      String kind,
      String key,
      Path path,
      String body,
      List<ParkRow> parks,
      List<NameRow> names,
      List<ObservationRow> observations) {}

  record ParkRow(
      Path path,
      String topId,
      String id,
      String parentId,
      int depth,
      String officialName,
      String kind,
      String approvalLevel,
      String approvalDate,
      String province,
      String divisionCode) {}

  record NameRow(String topId, String parkId, String name, String form) {}

  /**
   * A figure's row. {@code holder} is the place of the park that holds it within its top-level
   * park ({@code ""} for the top one, {@code subZones[1].subZones[0]} for a sub-zone); null for
   * figures of other items.
   */
  record ObservationRow(Path path, int seq, Observation observation, String body, String holder) {}

  /** The documents of {@code dataset}, in the order its lists give them. */
  static List<Document> of(Dataset dataset, ParkDataJson json) {
    List<Document> documents = new ArrayList<>();
    Path root = Path.root();
    for (Park park : dataset.parks()) {
      Path path = root.field("parks").key(park.id().value());
      List<ParkRow> parks = new ArrayList<>();
      List<NameRow> names = new ArrayList<>();
      List<ObservationRow> observations = new ArrayList<>();
      walk(park, path, json, parks, names, observations);
      documents.add(
          new Document(
              "park", park.id().value(), path, json.write(withoutObservations(park)), parks, names, observations));
    }
    for (Cluster cluster : dataset.clusters()) {
      Path path = root.field("clusters").key(cluster.id().value());
      documents.add(
          entity("cluster", cluster.id().value(), path, json.write(cluster), cluster.observations(), json));
    }
    for (IndustrialChain chain : dataset.chains()) {
      Path path = root.field("chains").key(chain.id().value());
      documents.add(entity("chain", chain.id().value(), path, json.write(chain), chain.observations(), json));
    }
    for (Policy policy : dataset.policies()) {
      Path path = root.field("policies").key(policy.id().value());
      documents.add(entity("policy", policy.id().value(), path, json.write(policy), List.of(), json));
    }
    for (Organisation organisation : dataset.organisations()) {
      Path path = root.field("organisations").key(organisation.id().value());
      documents.add(
          entity(
              "organisation",
              organisation.id().value(),
              path,
              json.write(organisation),
              organisation.observations(),
              json));
    }
    for (Indicator indicator : dataset.indicators()) {
      Path path = root.field("indicators").key(indicator.code());
      documents.add(entity("indicator", indicator.code(), path, json.write(indicator), List.of(), json));
    }
    for (ExternalReference external : dataset.externals()) {
      Path path = root.field("externals").key(external.id().value());
      documents.add(entity("external", external.id().value(), path, json.write(external), List.of(), json));
    }
    List<Observation> loose = dataset.observations();
    for (int i = 0; i < loose.size(); i++) {
      Observation observation = loose.get(i);
      Path path = root.field("observations").index(i);
      String body = json.write(observation);
      documents.add(
          new Document(
              "observation",
              digest(body),
              path,
              body,
              List.of(),
              List.of(),
              List.of(new ObservationRow(path, 0, observation, body, null))));
    }
    return documents;
  }

  private static Document entity(
      String kind, String key, Path path, String body, List<Observation> observations, ParkDataJson json) {
    List<ObservationRow> rows = new ArrayList<>(observations.size());
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      rows.add(new ObservationRow(path.field("observations").index(i), i, o, json.write(o), null));
    }
    return new Document(kind, key, path, body, List.of(), List.of(), rows);
  }

  /** A park and its sub-zones, depth first, without recursion (nesting is not bounded here). */
  private static void walk(
      Park top,
      Path topPath,
      ParkDataJson json,
      List<ParkRow> parks,
      List<NameRow> names,
      List<ObservationRow> observations) {
    record Visit(Park park, Path path, String holder, String parentId, int depth) {}
    Deque<Visit> pending = new ArrayDeque<>();
    pending.push(new Visit(top, topPath, "", top.parent().map(p -> p.value()).orElse(null), 0));
    String topId = top.id().value();
    while (!pending.isEmpty()) {
      Visit visit = pending.pop();
      Park park = visit.park();
      String id = park.id().value();
      Location location = park.location().orElse(null);
      parks.add(
          new ParkRow(
              visit.path(),
              topId,
              id,
              visit.parentId(),
              visit.depth(),
              park.names().official(),
              park.kind().name(),
              park.approvalLevel().map(Enum::name).orElse(null),
              park.approvalDate().map(Object::toString).orElse(null),
              location == null ? null : location.province().map(Enum::name).orElse(null),
              location == null ? null : location.divisionCode().orElse(null)));
      names(topId, id, park.names(), names);
      List<Observation> own = park.observations();
      for (int i = 0; i < own.size(); i++) {
        Observation o = own.get(i);
        observations.add(
            new ObservationRow(
                visit.path().field("observations").index(i), observations.size(), o, json.write(o), visit.holder()));
      }
      List<Park> subZones = park.subZones();
      for (int i = subZones.size() - 1; i >= 0; i--) {
        pending.push(
            new Visit(subZones.get(i), visit.path().field("subZones").index(i), child(visit.holder(), i), id, visit.depth() + 1));
      }
    }
  }

  private static String child(String holder, int index) {
    return (holder.isEmpty() ? "" : holder + ".") + "subZones[" + index + "]";
  }

  /**
   * {@code park} with no figure at any depth: its document leaves them to the figure rows, so
   * each figure's JSON is written (and parsed by the database) once.
   */
  static Park withoutObservations(Park park) {
    List<Park> subZones = new ArrayList<>(park.subZones().size());
    for (Park zone : park.subZones()) {
      subZones.add(withoutObservations(zone));
    }
    return Park.builder().from(park).observations(List.of()).subZones(subZones).build();
  }

  /** {@code park} with the figures stored for each place in it put back, in stored order. */
  static Park withObservations(Park park, String holder, java.util.Map<String, List<Observation>> byHolder) {
    List<Park> subZones = new ArrayList<>(park.subZones().size());
    for (int i = 0; i < park.subZones().size(); i++) {
      subZones.add(withObservations(park.subZones().get(i), child(holder, i), byHolder));
    }
    return Park.builder()
        .from(park)
        .observations(byHolder.getOrDefault(holder, List.of()))
        .subZones(subZones)
        .build();
  }

  private static void names(String topId, String parkId, Names names, List<NameRow> rows) {
    rows.add(new NameRow(topId, parkId, names.official(), "official"));
    names.traditional().ifPresent(n -> rows.add(new NameRow(topId, parkId, n, "traditional")));
    names.english().ifPresent(n -> rows.add(new NameRow(topId, parkId, n, "english")));
    names.shortNames().forEach(n -> rows.add(new NameRow(topId, parkId, n, "short")));
    names.formerNames().forEach(n -> rows.add(new NameRow(topId, parkId, n, "former")));
  }

  private static String digest(String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }

  /**
   * A figure's bounds in the reference unit of its dimension: exact where the product terminates,
   * else rounded outwards to {@link #INEXACT_BOUND}.
   */
  record BaseBounds(Unit unit, BigDecimal min, boolean minClosed, BigDecimal max, boolean maxClosed, boolean exact) {

    static BaseBounds of(Metric metric) {
      Unit reference = metric.unit().reference();
      Rational factor = metric.unit().factorTo(reference);
      Interval bounds = metric.bounds();
      BigDecimal min = null;
      BigDecimal max = null;
      boolean exact = true;
      boolean minClosed = false;
      boolean maxClosed = false;
      // Most units are a whole multiple of their reference (亿元, 平方公里, 家): then the product of
      // decimals is exact, without the rational arithmetic a fraction such as 亩's needs.
      BigDecimal whole = factor.isInteger() ? new BigDecimal(factor.numerator()) : null;
      if (bounds.hasLowerBound()) {
        if (whole != null) {
          min = exactForm(bounds.lowerEndpoint().multiply(whole));
        } else {
          Rational r = Rational.of(bounds.lowerEndpoint()).multiply(factor);
          exact &= r.isTerminating();
          min = r.isTerminating() ? r.toBigDecimalExact() : r.toBigDecimal(floor());
        }
        minClosed = bounds.isLowerClosed();
      }
      if (bounds.hasUpperBound()) {
        if (whole != null) {
          max = exactForm(bounds.upperEndpoint().multiply(whole));
        } else {
          Rational r = Rational.of(bounds.upperEndpoint()).multiply(factor);
          exact &= r.isTerminating();
          max = r.isTerminating() ? r.toBigDecimalExact() : r.toBigDecimal(ceiling());
        }
        maxClosed = bounds.isUpperClosed();
      }
      return new BaseBounds(reference, min, minClosed, max, maxClosed, exact);
    }

    /**
     * {@code value} as {@link Rational#toBigDecimalExact} writes it (an integer at scale 0, else no
     * trailing zero), so both ways of computing a bound store the same text.
     */
    static BigDecimal exactForm(BigDecimal value) {
      BigDecimal stripped = value.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static MathContext floor() {
      return new MathContext(INEXACT_BOUND.getPrecision(), RoundingMode.FLOOR);
    }

    private static MathContext ceiling() {
      return new MathContext(INEXACT_BOUND.getPrecision(), RoundingMode.CEILING);
    }
  }
}
