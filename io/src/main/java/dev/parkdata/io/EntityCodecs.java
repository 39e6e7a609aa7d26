package dev.parkdata.io;

import static dev.parkdata.io.ValueCodecs.writeCitation;
import static dev.parkdata.io.ValueCodecs.writeMetricProperty;
import static dev.parkdata.io.ValueCodecs.writeOptional;
import static dev.parkdata.io.ValueCodecs.writeProperty;
import static dev.parkdata.io.ValueCodecs.writeStrings;

import dev.parkdata.chain.ChainPosition;
import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.chain.Segment;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.cluster.Recognition;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.industry.Industry;
import dev.parkdata.industry.ScaleClass;
import dev.parkdata.location.Location;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Certification;
import dev.parkdata.organisation.CertificationKind;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Composition;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Management;
import dev.parkdata.park.ManagementRole;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.MeasureKind;
import dev.parkdata.policy.MeasurePeriod;
import dev.parkdata.policy.Policy;
import dev.parkdata.policy.Rate;
import dev.parkdata.source.Citation;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * Reading and writing of the entities, their parts and the dataset document. Each entity has a
 * {@code read...Fields} method that reads the fields of an object already started, so that the
 * NDJSON reader can read the {@code entity} tag first and hand over the rest.
 */
final class EntityCodecs {
  /** The format version a dataset document declares. */
  static final String FORMAT = "parkdata/1";

  private static final Map<String, AreaKind> AREA_KINDS = new HashMap<>();
  private static final String AREA_KEYS;

  static {
    for (AreaKind kind : AreaKind.values()) {
      AREA_KINDS.put(areaKey(kind), kind);
    }
    AREA_KEYS = Stream.of(AreaKind.values()).map(EntityCodecs::areaKey).collect(Collectors.joining(", "));
  }

  private static final SerializableString[] AREA_NAMES = Stream.of(AreaKind.values())
      .map(kind -> new SerializedString(areaKey(kind))).toArray(SerializableString[]::new);
  private static final SerializableString PARKS = new SerializedString("parks");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString NAMES = new SerializedString("names");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString APPROVALS = new SerializedString("approvals");
  private static final SerializableString LEVEL = new SerializedString("level");
  private static final SerializableString DATE = new SerializedString("date");
  private static final SerializableString LOCATION = new SerializedString("location");
  private static final SerializableString AREAS = new SerializedString("areas");
  private static final SerializableString LEADING_INDUSTRIES = new SerializedString("leadingIndustries");
  private static final SerializableString OBSERVATIONS = new SerializedString("observations");
  private static final SerializableString INDICATOR = new SerializedString("indicator");
  private static final SerializableString PERIOD = new SerializedString("period");
  private static final SerializableString METRIC = new SerializedString("metric");

  private EntityCodecs() {}

  static String areaKey(AreaKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  // ---- the dataset document

  static Dataset readDataset(JsonIn in) {
    TokenStreamLocation start = in.startObject("a parkdata dataset document");
    in.trackIdentifiers();
    Dataset.Builder b = Dataset.builder();
    boolean formatSeen = false;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "format":
          String format = in.string("the format version \"" + FORMAT + "\"");
          if (!format.equals(FORMAT)) {
            throw in.fail("unsupported format '" + JsonIn.abbreviate(format) + "'", "\"" + FORMAT + "\"");
          }
          formatSeen = true;
          break;
        case "parks":
          b.parks(in.entities("parks", EntityCodecs::readPark));
          break;
        case "clusters":
          b.clusters(in.entities("clusters", EntityCodecs::readCluster));
          break;
        case "chains":
          b.chains(in.entities("industrial chains", EntityCodecs::readChain));
          break;
        case "policies":
          b.policies(in.entities("policies", EntityCodecs::readPolicy));
          break;
        case "organisations":
          b.organisations(in.entities("organisations", EntityCodecs::readOrganisation));
          break;
        case "indicators":
          b.indicators(in.entities("indicators", EntityCodecs::readIndicatorDefinition));
          break;
        case "observations":
          b.observations(in.entities("observations", EntityCodecs::readObservation));
          break;
        case "externals":
          b.externals(in.entities("external references", EntityCodecs::readExternal));
          break;
        default:
          in.unknownField(field,
              "format, parks, clusters, chains, policies, organisations, indicators, observations, externals");
      }
    }
    if (!formatSeen) {
      throw new JsonReadException(null, in.path(), start, "a document without its format version",
          "the field format, \"" + FORMAT + "\"", null);
    }
    return in.build(start, "dataset", b::build);
  }

  static void writeDataset(JsonGenerator g, Dataset dataset) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    writeList(g, PARKS, dataset.parks(), EntityCodecs::writePark);
    writeList(g, "clusters", dataset.clusters(), EntityCodecs::writeCluster);
    writeList(g, "chains", dataset.chains(), EntityCodecs::writeChain);
    writeList(g, "policies", dataset.policies(), EntityCodecs::writePolicy);
    writeList(g, "organisations", dataset.organisations(), EntityCodecs::writeOrganisation);
    writeList(g, "indicators", dataset.indicators(), ValueCodecs::writeIndicatorObject);
    writeObservations(g, dataset.observations(), null);
    writeList(g, "externals", dataset.externals(), EntityCodecs::writeExternal);
    g.writeEndObject();
  }

  // ---- parks

  static Park readPark(JsonIn in) {
    return readParkFields(in, in.startObject("a park"));
  }

  static Park readParkFields(JsonIn in, TokenStreamLocation start) {
    Park.Builder b = Park.builder();
    Observations observations = new Observations();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "id":
          b.id(observations.owner = in.declaredIdentifier());
          break;
        case "names":
          b.names(ValueCodecs.readNames(in));
          break;
        case "kind":
          b.kind(in.enumValue(ParkKind.class));
          break;
        case "approvals":
          b.approvals(in.list("approvals", EntityCodecs::readApproval));
          break;
        case "location":
          b.location(ValueCodecs.readLocation(in));
          break;
        case "areas":
          b.areas(readAreas(in));
          break;
        case "leadingIndustries":
          b.leadingIndustries(in.list("leading industries", ValueCodecs::readIndustry));
          break;
        case "subZones":
          b.subZones(in.list("sub-zones", EntityCodecs::readPark));
          break;
        case "composition":
          b.composition(in.enumValue(Composition.class));
          break;
        case "parent":
          b.parent(in.identifier());
          break;
        case "designations":
          b.designations(in.list("designations", EntityCodecs::readDesignation));
          break;
        case "management":
          b.management(in.list("management", EntityCodecs::readManagement));
          break;
        case "observations":
          observations.read(in);
          break;
        case "targets":
          b.targets(in.list("targets", EntityCodecs::readTarget));
          break;
        default:
          in.unknownField(field, "id, names, kind, approvals, location, areas, leadingIndustries, "
              + "subZones, composition, parent, designations, management, observations, targets");
      }
    }
    b.observations(observations.build(in));
    return in.build(start, "park", b::build);
  }

  static void writePark(JsonGenerator g, Park park) {
    g.writeStartObject();
    writeParkFields(g, park);
    g.writeEndObject();
  }

  static void writeParkFields(JsonGenerator g, Park park) {
    Identifier id = park.id();
    writeProperty(g, ID, id.value());
    g.writeName(NAMES);
    ValueCodecs.writeNames(g, park.names());
    writeProperty(g, KIND, park.kind().name());
    writeList(g, APPROVALS, park.approvals(), EntityCodecs::writeApproval);
    Optional<Location> location = park.location();
    if (location.isPresent()) {
      g.writeName(LOCATION);
      ValueCodecs.writeLocation(g, location.get());
    }
    List<Area> areas = park.areas();
    if (!areas.isEmpty()) {
      g.writeName(AREAS);
      g.writeStartObject();
      for (Area area : areas) {
        g.writeName(AREA_NAMES[area.kind().ordinal()]);
        g.writeStartObject();
        ValueCodecs.writeMetricFields(g, area.metric());
        writeCitation(g, area.citation());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    writeList(g, LEADING_INDUSTRIES, park.leadingIndustries(), ValueCodecs::writeIndustry);
    writeList(g, "subZones", park.subZones(), EntityCodecs::writePark);
    if (park.composition() != Composition.PARTIAL) {
      g.writeStringProperty("composition", park.composition().name());
    }
    Optional<Identifier> parent = park.parent();
    if (parent.isPresent()) {
      g.writeStringProperty("parent", parent.get().value());
    }
    writeList(g, "designations", park.designations(), EntityCodecs::writeDesignation);
    writeList(g, "management", park.management(), EntityCodecs::writeManagement);
    writeObservations(g, park.observations(), id);
    writeList(g, "targets", park.targets(), EntityCodecs::writeTarget);
  }

  private static List<Area> readAreas(JsonIn in) {
    in.startObject("areas by kind, {\"approved\": \"31.85平方公里\"}");
    List<Area> areas = new ArrayList<>();
    for (String field; (field = in.nextField()) != null; ) {
      AreaKind kind = AREA_KINDS.get(field);
      if (kind == null) {
        in.unknownField(field, AREA_KEYS);
        continue;
      }
      TokenStreamLocation start = in.parser.currentTokenLocation();
      Citation[] citation = new Citation[1];
      Area.Builder b = Area.builder().kind(kind).metric(ValueCodecs.readMetric(in, c -> citation[0] = c));
      if (citation[0] != null) {
        b.citation(citation[0]);
      }
      areas.add(in.build(start, "area", b::build));
    }
    return areas;
  }

  static Approval readApproval(JsonIn in) {
    TokenStreamLocation start = in.startObject("an approval");
    Approval.Builder b = Approval.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "level":
          b.level(in.enumValue(ApprovalLevel.class));
          break;
        case "authority":
          b.authority(in.string("the approving authority"));
          break;
        case "date":
          b.date(in.yearMonth());
          break;
        case "document":
          b.document(in.string("the approving document"));
          break;
        default:
          in.unknownField(field, "level, authority, date, document");
      }
    }
    return in.build(start, "approval", b::build);
  }

  static void writeApproval(JsonGenerator g, Approval approval) {
    g.writeStartObject();
    writeProperty(g, LEVEL, approval.level().name());
    writeOptional(g, "authority", approval.authority());
    Optional<YearMonth> date = approval.date();
    if (date.isPresent()) {
      g.writeName(DATE);
      ValueCodecs.writeYearMonth(g, date.get());
    }
    writeOptional(g, "document", approval.document());
    g.writeEndObject();
  }

  static Designation readDesignation(JsonIn in) {
    TokenStreamLocation start = in.startObject("a designation");
    Designation.Builder b = Designation.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "title":
          b.title(in.string("a title"));
          break;
        case "year":
          b.year(in.year());
          break;
        case "grantor":
          b.grantor(in.string("the grantor"));
          break;
        case "citation":
          b.citation(ValueCodecs.readCitation(in));
          break;
        default:
          in.unknownField(field, "title, year, grantor, citation");
      }
    }
    return in.build(start, "designation", b::build);
  }

  static void writeDesignation(JsonGenerator g, Designation designation) {
    g.writeStartObject();
    g.writeStringProperty("title", designation.title());
    g.writeStringProperty("year", designation.year().toString());
    writeOptional(g, "grantor", designation.grantor());
    writeCitation(g, designation.citation());
    g.writeEndObject();
  }

  static Management readManagement(JsonIn in) {
    TokenStreamLocation start = in.startObject("a management role");
    Management.Builder b = Management.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "role":
          b.role(in.enumValue(ManagementRole.class));
          break;
        case "organisation":
          b.organisation(in.identifier());
          break;
        default:
          in.unknownField(field, "role, organisation");
      }
    }
    return in.build(start, "management", b::build);
  }

  static void writeManagement(JsonGenerator g, Management management) {
    g.writeStartObject();
    g.writeStringProperty("role", management.role().name());
    g.writeStringProperty("organisation", management.organisation().value());
    g.writeEndObject();
  }

  // ---- observations and targets

  /**
   * The observations of an entity, which leave out their subject: it is the entity's. They are
   * built as soon as the entity's identifier is known.
   */
  private static final class Observations {
    Identifier owner;
    private final List<Observation> built = new ArrayList<>();
    private final List<Observation.Builder> pending = new ArrayList<>();
    private final List<TokenStreamLocation> pendingStarts = new ArrayList<>();

    void read(JsonIn in) {
      in.list("observations", element -> {
        TokenStreamLocation start = element.startObject("an observation");
        Observation.Builder b = observationBuilder(element);
        if (owner != null) {
          built.add(element.build(start, "observation", b.subject(owner)::build));
        } else {
          pending.add(b);
          pendingStarts.add(start);
        }
        return b;
      });
    }

    List<Observation> build(JsonIn in) {
      for (int i = 0; i < pending.size(); i++) {
        Observation.Builder b = pending.get(i);
        if (owner != null) {
          b.subject(owner);
        }
        built.add(in.build(pendingStarts.get(i), "observation", b::build));
      }
      return built;
    }
  }

  static Observation readObservation(JsonIn in) {
    return readObservationFields(in, in.startObject("an observation"));
  }

  static Observation readObservationFields(JsonIn in, TokenStreamLocation start) {
    return in.build(start, "observation", observationBuilder(in)::build);
  }

  private static Observation.Builder observationBuilder(JsonIn in) {
    Observation.Builder b = Observation.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "subject":
          b.subject(in.identifier());
          break;
        case "indicator":
          b.indicator(ValueCodecs.readIndicator(in));
          break;
        case "period":
          b.period(ValueCodecs.readPeriod(in));
          break;
        case "metric":
          b.metric(ValueCodecs.readMetric(in));
          break;
        case "industry":
          b.industry(ValueCodecs.readIndustry(in));
          break;
        case "citation":
          b.citation(ValueCodecs.readCitation(in));
          break;
        default:
          in.unknownField(field, "subject, indicator, period, metric, industry, citation");
      }
    }
    return b;
  }

  /** Writes an observation; its subject is left out when it is {@code owner}. */
  static void writeObservation(JsonGenerator g, Observation o, Identifier owner) {
    g.writeStartObject();
    writeObservationFields(g, o, owner);
    g.writeEndObject();
  }

  static void writeObservationFields(JsonGenerator g, Observation o, Identifier owner) {
    if (!o.subject().equals(owner)) {
      g.writeStringProperty("subject", o.subject().value());
    }
    g.writeName(INDICATOR);
    ValueCodecs.writeIndicator(g, o.indicator());
    g.writeName(PERIOD);
    ValueCodecs.writePeriod(g, o.period());
    writeMetricProperty(g, METRIC, o.metric());
    Optional<Industry> industry = o.industry();
    if (industry.isPresent()) {
      g.writeStringProperty("industry", industry.get().name());
    }
    writeCitation(g, o.citation());
  }

  /** Writes observations, leaving out the subject of those about {@code owner}. */
  private static void writeObservations(JsonGenerator g, List<Observation> observations, Identifier owner) {
    if (observations.isEmpty()) {
      return;
    }
    g.writeName(OBSERVATIONS);
    g.writeStartArray();
    for (Observation o : observations) {
      writeObservation(g, o, owner);
    }
    g.writeEndArray();
  }

  static Target readTarget(JsonIn in) {
    TokenStreamLocation start = in.startObject("a target");
    Target.Builder b = Target.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "indicator":
          b.indicator(ValueCodecs.readIndicator(in));
          break;
        case "threshold":
          b.threshold(ValueCodecs.readMetric(in));
          break;
        case "deadline":
          b.deadline(ValueCodecs.readPeriod(in));
          break;
        case "industry":
          b.industry(ValueCodecs.readIndustry(in));
          break;
        case "description":
          b.description(in.string("a description"));
          break;
        case "citation":
          b.citation(ValueCodecs.readCitation(in));
          break;
        default:
          in.unknownField(field, "indicator, threshold, deadline, industry, description, citation");
      }
    }
    return in.build(start, "target", b::build);
  }

  static void writeTarget(JsonGenerator g, Target target) {
    g.writeStartObject();
    g.writeName("indicator");
    ValueCodecs.writeIndicator(g, target.indicator());
    writeMetricProperty(g, "threshold", target.threshold());
    if (target.deadline().isPresent()) {
      g.writeName("deadline");
      ValueCodecs.writePeriod(g, target.deadline().get());
    }
    target.industry().ifPresent(i -> g.writeStringProperty("industry", i.name()));
    writeOptional(g, "description", target.description());
    writeCitation(g, target.citation());
    g.writeEndObject();
  }

  // ---- clusters and chains

  static Cluster readCluster(JsonIn in) {
    return readClusterFields(in, in.startObject("a cluster"));
  }

  static Cluster readClusterFields(JsonIn in, TokenStreamLocation start) {
    Cluster.Builder b = Cluster.builder();
    Observations observations = new Observations();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "id":
          b.id(observations.owner = in.declaredIdentifier());
          break;
        case "name":
          b.name(in.string("a name"));
          break;
        case "industry":
          b.industry(ValueCodecs.readIndustry(in));
          break;
        case "hostParks":
          b.hostParks(in.identifiers());
          break;
        case "recognition":
          b.recognition(readRecognition(in));
          break;
        case "scaleClass":
          b.scaleClass(in.enumValue(ScaleClass.class));
          break;
        case "members":
          b.members(in.identifiers());
          break;
        case "observations":
          observations.read(in);
          break;
        case "targets":
          b.targets(in.list("targets", EntityCodecs::readTarget));
          break;
        default:
          in.unknownField(field,
              "id, name, industry, hostParks, recognition, scaleClass, members, observations, targets");
      }
    }
    b.observations(observations.build(in));
    return in.build(start, "cluster", b::build);
  }

  static void writeCluster(JsonGenerator g, Cluster cluster) {
    g.writeStartObject();
    writeClusterFields(g, cluster);
    g.writeEndObject();
  }

  static void writeClusterFields(JsonGenerator g, Cluster cluster) {
    g.writeStringProperty("id", cluster.id().value());
    g.writeStringProperty("name", cluster.name());
    g.writeStringProperty("industry", cluster.industry().name());
    writeIdentifiers(g, "hostParks", cluster.hostParks());
    if (cluster.recognition().isPresent()) {
      g.writeName("recognition");
      writeRecognition(g, cluster.recognition().get());
    }
    cluster.scaleClass().ifPresent(s -> g.writeStringProperty("scaleClass", s.name()));
    writeIdentifiers(g, "members", cluster.members());
    writeObservations(g, cluster.observations(), cluster.id());
    writeList(g, "targets", cluster.targets(), EntityCodecs::writeTarget);
  }

  static Recognition readRecognition(JsonIn in) {
    TokenStreamLocation start = in.startObject("a recognition");
    Recognition.Builder b = Recognition.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "body":
          b.body(in.identifier());
          break;
        case "programme":
          b.programme(in.string("a programme"));
          break;
        case "batch":
          b.batch(in.integer("a batch number"));
          break;
        case "year":
          b.year(in.year());
          break;
        default:
          in.unknownField(field, "body, programme, batch, year");
      }
    }
    return in.build(start, "recognition", b::build);
  }

  static IndustrialChain readChain(JsonIn in) {
    return readChainFields(in, in.startObject("an industrial chain"));
  }

  static IndustrialChain readChainFields(JsonIn in, TokenStreamLocation start) {
    IndustrialChain.Builder b = IndustrialChain.builder();
    Observations observations = new Observations();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "id":
          b.id(observations.owner = in.declaredIdentifier());
          break;
        case "name":
          b.name(in.string("a name"));
          break;
        case "industry":
          b.industry(ValueCodecs.readIndustry(in));
          break;
        case "hostPark":
          b.hostPark(in.identifier());
          break;
        case "segments":
          b.segments(in.list("segments", EntityCodecs::readSegment));
          break;
        case "leadEnterprises":
          b.leadEnterprises(in.identifiers());
          break;
        case "scaleClass":
          b.scaleClass(in.enumValue(ScaleClass.class));
          break;
        case "targets":
          b.targets(in.list("targets", EntityCodecs::readTarget));
          break;
        case "observations":
          observations.read(in);
          break;
        default:
          in.unknownField(field,
              "id, name, industry, hostPark, segments, leadEnterprises, scaleClass, targets, observations");
      }
    }
    b.observations(observations.build(in));
    return in.build(start, "industrial chain", b::build);
  }

  static void writeChain(JsonGenerator g, IndustrialChain chain) {
    g.writeStartObject();
    writeChainFields(g, chain);
    g.writeEndObject();
  }

  static void writeChainFields(JsonGenerator g, IndustrialChain chain) {
    g.writeStringProperty("id", chain.id().value());
    g.writeStringProperty("name", chain.name());
    g.writeStringProperty("industry", chain.industry().name());
    g.writeStringProperty("hostPark", chain.hostPark().value());
    writeList(g, "segments", chain.segments(), EntityCodecs::writeSegment);
    writeIdentifiers(g, "leadEnterprises", chain.leadEnterprises());
    chain.scaleClass().ifPresent(s -> g.writeStringProperty("scaleClass", s.name()));
    writeList(g, "targets", chain.targets(), EntityCodecs::writeTarget);
    writeObservations(g, chain.observations(), chain.id());
  }

  static Segment readSegment(JsonIn in) {
    TokenStreamLocation start = in.startObject("a chain segment");
    Segment.Builder b = Segment.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "position":
          b.position(in.enumValue(ChainPosition.class));
          break;
        case "nodes":
          b.nodes(in.texts("nodes"));
          break;
        default:
          in.unknownField(field, "position, nodes");
      }
    }
    return in.build(start, "segment", b::build);
  }

  // ---- organisations

  static Organisation readOrganisation(JsonIn in) {
    return readOrganisationFields(in, in.startObject("an organisation"));
  }

  static Organisation readOrganisationFields(JsonIn in, TokenStreamLocation start) {
    Organisation.Builder b = Organisation.builder();
    Observations observations = new Observations();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "id":
          b.id(observations.owner = in.declaredIdentifier());
          break;
        case "names":
          b.names(ValueCodecs.readNames(in));
          break;
        case "kind":
          b.kind(in.enumValue(OrganisationKind.class));
          break;
        case "certifications":
          b.certifications(in.list("certifications", EntityCodecs::readCertification));
          break;
        case "founded":
          b.founded(in.year());
          break;
        case "location":
          b.location(ValueCodecs.readLocation(in));
          break;
        case "park":
          b.park(in.identifier());
          break;
        case "observations":
          observations.read(in);
          break;
        default:
          in.unknownField(field, "id, names, kind, certifications, founded, location, park, observations");
      }
    }
    b.observations(observations.build(in));
    return in.build(start, "organisation", b::build);
  }

  static void writeOrganisation(JsonGenerator g, Organisation organisation) {
    g.writeStartObject();
    writeOrganisationFields(g, organisation);
    g.writeEndObject();
  }

  static void writeOrganisationFields(JsonGenerator g, Organisation organisation) {
    g.writeStringProperty("id", organisation.id().value());
    g.writeName("names");
    ValueCodecs.writeNames(g, organisation.names());
    g.writeStringProperty("kind", organisation.kind().name());
    writeList(g, "certifications", organisation.certifications(), EntityCodecs::writeCertification);
    organisation.founded().ifPresent(y -> g.writeStringProperty("founded", y.toString()));
    if (organisation.location().isPresent()) {
      g.writeName("location");
      ValueCodecs.writeLocation(g, organisation.location().get());
    }
    organisation.park().ifPresent(p -> g.writeStringProperty("park", p.value()));
    writeObservations(g, organisation.observations(), organisation.id());
  }

  static Certification readCertification(JsonIn in) {
    TokenStreamLocation start = in.startObject("a certification");
    Certification.Builder b = Certification.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "kind":
          b.kind(in.enumValue(CertificationKind.class));
          break;
        case "year":
          b.year(in.year());
          break;
        default:
          in.unknownField(field, "kind, year");
      }
    }
    return in.build(start, "certification", b::build);
  }

  // ---- policies

  static Policy readPolicy(JsonIn in) {
    return readPolicyFields(in, in.startObject("a policy"));
  }

  static Policy readPolicyFields(JsonIn in, TokenStreamLocation start) {
    Policy.Builder b = Policy.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "id":
          b.id(in.declaredIdentifier());
          break;
        case "title":
          b.title(in.string("a title"));
          break;
        case "issuer":
          b.issuer(in.identifier());
          break;
        case "documentNumber":
          b.documentNumber(in.string("a document number"));
          break;
        case "issued":
          b.issued(in.date());
          break;
        case "appliesTo":
          b.appliesTo(in.identifiers());
          break;
        case "jurisdiction":
          b.jurisdiction(in.string("a jurisdiction"));
          break;
        case "validity":
          b.validity(ValueCodecs.readPeriod(in));
          break;
        case "measures":
          b.measures(in.list("measures", EntityCodecs::readMeasure));
          break;
        case "citation":
          b.citation(ValueCodecs.readCitation(in));
          break;
        default:
          in.unknownField(field, "id, title, issuer, documentNumber, issued, appliesTo, jurisdiction, "
              + "validity, measures, citation");
      }
    }
    return in.build(start, "policy", b::build);
  }

  static void writePolicy(JsonGenerator g, Policy policy) {
    g.writeStartObject();
    writePolicyFields(g, policy);
    g.writeEndObject();
  }

  static void writePolicyFields(JsonGenerator g, Policy policy) {
    g.writeStringProperty("id", policy.id().value());
    g.writeStringProperty("title", policy.title());
    g.writeStringProperty("issuer", policy.issuer().value());
    writeOptional(g, "documentNumber", policy.documentNumber());
    policy.issued().ifPresent(d -> g.writeStringProperty("issued", d.toString()));
    writeIdentifiers(g, "appliesTo", policy.appliesTo());
    writeOptional(g, "jurisdiction", policy.jurisdiction());
    if (policy.validity().isPresent()) {
      g.writeName("validity");
      ValueCodecs.writePeriod(g, policy.validity().get());
    }
    writeList(g, "measures", policy.measures(), EntityCodecs::writeMeasure);
    writeCitation(g, policy.citation());
  }

  static Measure readMeasure(JsonIn in) {
    TokenStreamLocation start = in.startObject("a measure");
    Measure.Builder b = Measure.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "kind":
          b.kind(in.enumValue(MeasureKind.class));
          break;
        case "description":
          b.description(in.string("a description"));
          break;
        case "amount":
          b.amount(ValueCodecs.readMetric(in));
          break;
        case "rate":
          b.rate(readRate(in));
          break;
        case "period":
          b.period(in.enumValue(MeasurePeriod.class));
          break;
        case "eligibility":
          b.eligibility(in.string("who is eligible"));
          break;
        default:
          in.unknownField(field, "kind, description, amount, rate, period, eligibility");
      }
    }
    return in.build(start, "measure", b::build);
  }

  static void writeMeasure(JsonGenerator g, Measure measure) {
    g.writeStartObject();
    g.writeStringProperty("kind", measure.kind().name());
    writeOptional(g, "description", measure.description());
    measure.amount().ifPresent(a -> writeMetricProperty(g, "amount", a));
    if (measure.rate().isPresent()) {
      g.writeName("rate");
      writeRate(g, measure.rate().get());
    }
    measure.period().ifPresent(p -> g.writeStringProperty("period", p.name()));
    writeOptional(g, "eligibility", measure.eligibility());
    g.writeEndObject();
  }

  static Rate readRate(JsonIn in) {
    TokenStreamLocation start = in.startObject("a rate");
    Rate.Builder b = Rate.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "share":
          b.share(ValueCodecs.readMetric(in));
          break;
        case "base":
          b.base(ValueCodecs.readIndicator(in));
          break;
        case "baseDescription":
          b.baseDescription(in.string("a description of the base"));
          break;
        default:
          in.unknownField(field, "share, base, baseDescription");
      }
    }
    return in.build(start, "rate", b::build);
  }

  static void writeRate(JsonGenerator g, Rate rate) {
    g.writeStartObject();
    writeMetricProperty(g, "share", rate.share());
    if (rate.base().isPresent()) {
      g.writeName("base");
      ValueCodecs.writeIndicator(g, rate.base().get());
    }
    writeOptional(g, "baseDescription", rate.baseDescription());
    g.writeEndObject();
  }

  // ---- indicators and external references

  static Indicator readIndicatorDefinition(JsonIn in) {
    return ValueCodecs.readIndicatorFields(in, in.startObject("an indicator definition"));
  }

  static ExternalReference readExternal(JsonIn in) {
    return readExternalFields(in, in.startObject("an external reference"));
  }

  static ExternalReference readExternalFields(JsonIn in, TokenStreamLocation start) {
    ExternalReference.Builder b = ExternalReference.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "id":
          b.id(in.declaredIdentifier());
          break;
        case "kind":
          b.kind(in.enumValue(EntityKind.class));
          break;
        case "name":
          b.name(in.string("a name"));
          break;
        default:
          in.unknownField(field, "id, kind, name");
      }
    }
    return in.build(start, "external reference", b::build);
  }

  static void writeExternal(JsonGenerator g, ExternalReference external) {
    g.writeStartObject();
    writeExternalFields(g, external);
    g.writeEndObject();
  }

  static void writeExternalFields(JsonGenerator g, ExternalReference external) {
    g.writeStringProperty("id", external.id().value());
    g.writeStringProperty("kind", external.kind().name());
    writeOptional(g, "name", external.name());
  }

  // ---- helpers

  static <T> void writeList(JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> element) {
    if (!values.isEmpty()) {
      g.writeName(name);
      writeArray(g, values, element);
    }
  }

  static <T> void writeList(
      JsonGenerator g, SerializableString name, List<T> values, BiConsumer<JsonGenerator, T> element) {
    if (!values.isEmpty()) {
      g.writeName(name);
      writeArray(g, values, element);
    }
  }

  private static <T> void writeArray(JsonGenerator g, List<T> values, BiConsumer<JsonGenerator, T> element) {
    g.writeStartArray();
    for (T value : values) {
      element.accept(g, value);
    }
    g.writeEndArray();
  }

  private static void writeIdentifiers(JsonGenerator g, String name, List<Identifier> ids) {
    writeStrings(g, name, ids.stream().map(Identifier::value).collect(Collectors.toList()));
  }

  static void writeRecognition(JsonGenerator g, Recognition r) {
    g.writeStartObject();
    g.writeStringProperty("body", r.body().value());
    writeOptional(g, "programme", r.programme());
    r.batch().ifPresent(n -> g.writeNumberProperty("batch", n));
    r.year().ifPresent(y -> g.writeStringProperty("year", y.toString()));
    g.writeEndObject();
  }

  static void writeSegment(JsonGenerator g, Segment s) {
    g.writeStartObject();
    g.writeStringProperty("position", s.position().name());
    writeStrings(g, "nodes", s.nodes());
    g.writeEndObject();
  }

  static void writeCertification(JsonGenerator g, Certification c) {
    g.writeStartObject();
    g.writeStringProperty("kind", c.kind().name());
    g.writeStringProperty("year", c.year().toString());
    g.writeEndObject();
  }
}
