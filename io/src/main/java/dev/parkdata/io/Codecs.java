package dev.parkdata.io;

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
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.PeriodKind;
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
import dev.parkdata.source.Source;
import dev.parkdata.source.TextSpan;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/** The registry of codecs: how each type of the model reads and writes. */
final class Codecs {
  /** How one type reads and writes. */
  static final class Codec<T> {
    final Class<T> type;
    final Function<JsonIn, T> reader;
    final BiConsumer<JsonGenerator, T> writer;

    Codec(Class<T> type, Function<JsonIn, T> reader, BiConsumer<JsonGenerator, T> writer) {
      this.type = type;
      this.reader = reader;
      this.writer = writer;
    }

    @SuppressWarnings("unchecked")
    void writeObject(JsonGenerator g, Object value) {
      writer.accept(g, (T) value);
    }
  }

  /**
   * An entity as an NDJSON record: the tag in its {@code entity} field, and how its other fields
   * read and write.
   */
  static final class Record<T> {
    final String tag;
    final Class<T> type;
    final BiFunction<JsonIn, TokenStreamLocation, T> fieldsReader;
    final BiConsumer<JsonGenerator, T> fieldsWriter;

    Record(String tag, Class<T> type, BiFunction<JsonIn, TokenStreamLocation, T> fieldsReader,
        BiConsumer<JsonGenerator, T> fieldsWriter) {
      this.tag = tag;
      this.type = type;
      this.fieldsReader = fieldsReader;
      this.fieldsWriter = fieldsWriter;
    }

    @SuppressWarnings("unchecked")
    void writeFields(JsonGenerator g, Object value) {
      fieldsWriter.accept(g, (T) value);
    }
  }

  /** Every type of the model with its codec. */
  static final List<Codec<?>> ALL;

  /** The NDJSON records by tag, in the order a dataset writes them. */
  static final Map<String, Record<?>> RECORDS;

  static final String RECORD_TAGS;

  static {
    List<Codec<?>> all = new ArrayList<>();
    all.add(new Codec<>(Dataset.class, EntityCodecs::readDataset, EntityCodecs::writeDataset));
    all.add(new Codec<>(Park.class, EntityCodecs::readPark, EntityCodecs::writePark));
    all.add(new Codec<>(Cluster.class, EntityCodecs::readCluster, EntityCodecs::writeCluster));
    all.add(new Codec<>(IndustrialChain.class, EntityCodecs::readChain, EntityCodecs::writeChain));
    all.add(new Codec<>(Policy.class, EntityCodecs::readPolicy, EntityCodecs::writePolicy));
    all.add(new Codec<>(Organisation.class, EntityCodecs::readOrganisation, EntityCodecs::writeOrganisation));
    all.add(new Codec<>(Observation.class, EntityCodecs::readObservation,
        (g, o) -> EntityCodecs.writeObservation(g, o, null)));
    all.add(new Codec<>(ExternalReference.class, EntityCodecs::readExternal, EntityCodecs::writeExternal));
    all.add(new Codec<>(Indicator.class, ValueCodecs::readIndicator, ValueCodecs::writeIndicatorObject));
    all.add(new Codec<>(Target.class, EntityCodecs::readTarget, EntityCodecs::writeTarget));
    all.add(new Codec<>(Approval.class, EntityCodecs::readApproval, EntityCodecs::writeApproval));
    all.add(new Codec<>(Area.class, Codecs::readArea, Codecs::writeArea));
    all.add(new Codec<>(Designation.class, EntityCodecs::readDesignation, EntityCodecs::writeDesignation));
    all.add(new Codec<>(Management.class, EntityCodecs::readManagement, EntityCodecs::writeManagement));
    all.add(new Codec<>(Recognition.class, EntityCodecs::readRecognition, EntityCodecs::writeRecognition));
    all.add(new Codec<>(Segment.class, EntityCodecs::readSegment, EntityCodecs::writeSegment));
    all.add(new Codec<>(Certification.class, EntityCodecs::readCertification, EntityCodecs::writeCertification));
    all.add(new Codec<>(Measure.class, EntityCodecs::readMeasure, EntityCodecs::writeMeasure));
    all.add(new Codec<>(Rate.class, EntityCodecs::readRate, EntityCodecs::writeRate));
    all.add(new Codec<>(Metric.class, ValueCodecs::readMetric, ValueCodecs::writeMetric));
    all.add(new Codec<>(Unit.class, ValueCodecs::readUnit, ValueCodecs::writeUnit));
    all.add(new Codec<>(Period.class, ValueCodecs::readPeriod, ValueCodecs::writePeriod));
    all.add(new Codec<>(Dimension.class, ValueCodecs::readDimension, ValueCodecs::writeDimension));
    all.add(new Codec<>(Identifier.class, JsonIn::identifier, (g, id) -> g.writeString(id.value())));
    all.add(new Codec<>(Names.class, ValueCodecs::readNames, ValueCodecs::writeNames));
    all.add(new Codec<>(Location.class, ValueCodecs::readLocation, ValueCodecs::writeLocation));
    all.add(new Codec<>(Industry.class, ValueCodecs::readIndustry, ValueCodecs::writeIndustry));
    all.add(new Codec<>(Source.class, ValueCodecs::readSource, ValueCodecs::writeSource));
    all.add(new Codec<>(Citation.class, ValueCodecs::readCitation, ValueCodecs::writeCitation));
    all.add(new Codec<>(TextSpan.class, ValueCodecs::readTextSpan, ValueCodecs::writeTextSpan));
    for (Class<? extends Enum<?>> type : List.of(
        ParkKind.class, ApprovalLevel.class, AreaKind.class, Composition.class, ManagementRole.class,
        Province.class, Qualifier.class, PeriodKind.class, ScaleClass.class, ChainPosition.class,
        OrganisationKind.class, CertificationKind.class, MeasureKind.class, MeasurePeriod.class,
        EntityKind.class)) {
      all.add(enumCodec(type));
    }
    ALL = Collections.unmodifiableList(all);

    Map<String, Record<?>> records = new LinkedHashMap<>();
    add(records, new Record<>("PARK", Park.class, EntityCodecs::readParkFields, EntityCodecs::writeParkFields));
    add(records, new Record<>("CLUSTER", Cluster.class, EntityCodecs::readClusterFields,
        EntityCodecs::writeClusterFields));
    add(records, new Record<>("CHAIN", IndustrialChain.class, EntityCodecs::readChainFields,
        EntityCodecs::writeChainFields));
    add(records, new Record<>("POLICY", Policy.class, EntityCodecs::readPolicyFields,
        EntityCodecs::writePolicyFields));
    add(records, new Record<>("ORGANISATION", Organisation.class, EntityCodecs::readOrganisationFields,
        EntityCodecs::writeOrganisationFields));
    add(records, new Record<>("INDICATOR", Indicator.class, ValueCodecs::readIndicatorFields,
        ValueCodecs::writeIndicatorFields));
    add(records, new Record<>("OBSERVATION", Observation.class, EntityCodecs::readObservationFields,
        (g, o) -> EntityCodecs.writeObservationFields(g, o, null)));
    add(records, new Record<>("EXTERNAL", ExternalReference.class, EntityCodecs::readExternalFields,
        EntityCodecs::writeExternalFields));
    RECORDS = Collections.unmodifiableMap(records);
    RECORD_TAGS = String.join(", ", records.keySet());
  }

  private Codecs() {}

  private static void add(Map<String, Record<?>> records, Record<?> record) {
    records.put(record.tag, record);
  }

  /** The NDJSON record type of {@code entity}, or null if it is not an entity. */
  static Record<?> recordFor(Object entity) {
    for (Record<?> record : RECORDS.values()) {
      if (record.type.isInstance(entity)) {
        return record;
      }
    }
    return null;
  }

  private static <E extends Enum<E>> Codec<E> enumCodec(Class<? extends Enum<?>> raw) {
    @SuppressWarnings("unchecked")
    Class<E> type = (Class<E>) raw;
    return new Codec<>(type, in -> in.enumValue(type), (g, e) -> g.writeString(e.name()));
  }

  // ---- the parts that are written inline by their owners, as values of their own

  /** An area on its own: {@code {"kind":"APPROVED","value":"31.85","unit":"平方公里"}}. */
  private static Area readArea(JsonIn in) {
    TokenStreamLocation start = in.startObject("an area");
    Area.Builder b = Area.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "kind":
          b.kind(in.enumValue(AreaKind.class));
          break;
        case "metric":
          b.metric(ValueCodecs.readMetric(in));
          break;
        case "citation":
          b.citation(ValueCodecs.readCitation(in));
          break;
        default:
          in.unknownField(field, "kind, metric, citation");
      }
    }
    return in.build(start, "area", b::build);
  }

  private static void writeArea(JsonGenerator g, Area area) {
    g.writeStartObject();
    g.writeStringProperty("kind", area.kind().name());
    ValueCodecs.writeMetricProperty(g, "metric", area.metric());
    ValueCodecs.writeCitation(g, area.citation());
    g.writeEndObject();
  }
}
