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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry: every type of the model with its codec, and the NDJSON records by tag. */
final class Codecs {
  /** An entity as an NDJSON record: its tag and its table. */
  static final class Record<T> {
    final String tag;
    final Class<T> type;
    final ObjectCodec<T, ?> codec;
    /** The dataset field its entities go in: {@code parks}. */
    final String field;

    Record(String tag, Class<T> type, ObjectCodec<T, ?> codec) {
      this.tag = tag;
      this.type = type;
      this.codec = codec;
      this.field = datasetField(codec);
    }

    /** The name of the dataset's list of {@code codec}'s values, from the dataset's table. */
    private static String datasetField(ObjectCodec<?, ?> codec) {
      for (Field<?, ?> field : DatasetCodec.TABLE.fields) {
        Object list = field.codec;
        if (list instanceof ListCodec && ((ListCodec<?>) list).element == codec) {
          return field.name;
        }
      }
      throw new IllegalStateException("no list of " + codec.noun + " in a dataset");
    }
  }

  /** Every type of the model with its codec. */
  static final Map<Class<?>, ValueCodec<?>> ALL;

  /** The NDJSON records by tag, in the order a dataset writes them. */
  static final Map<String, Record<?>> RECORDS;

  static final String RECORD_TAGS;

  /** The field of an NDJSON record that names its type. */
  static final String ENTITY = "entity";

  static {
    Map<Class<?>, ValueCodec<?>> all = new LinkedHashMap<>();
    all.put(Dataset.class, DatasetCodec.DATASET);
    all.put(Park.class, EntityCodecs.PARK);
    all.put(Cluster.class, EntityCodecs.CLUSTER);
    all.put(IndustrialChain.class, EntityCodecs.CHAIN);
    all.put(Policy.class, EntityCodecs.POLICY);
    all.put(Organisation.class, EntityCodecs.ORGANISATION);
    all.put(Observation.class, ObservationCodec.OBSERVATION);
    all.put(ExternalReference.class, EntityCodecs.EXTERNAL);
    all.put(Indicator.class, IndicatorCodec.INDICATOR);
    all.put(Target.class, PartCodecs.TARGET);
    all.put(Approval.class, PartCodecs.APPROVAL);
    all.put(Area.class, PartCodecs.AREA);
    all.put(Designation.class, PartCodecs.DESIGNATION);
    all.put(Management.class, PartCodecs.MANAGEMENT);
    all.put(Recognition.class, PartCodecs.RECOGNITION);
    all.put(Segment.class, PartCodecs.SEGMENT);
    all.put(Certification.class, PartCodecs.CERTIFICATION);
    all.put(Measure.class, PartCodecs.MEASURE);
    all.put(Rate.class, PartCodecs.RATE);
    all.put(Metric.class, MetricCodec.STANDALONE);
    all.put(Unit.class, Values.UNIT);
    all.put(Period.class, PeriodCodec.PERIOD);
    all.put(Dimension.class, Values.DIMENSION);
    all.put(Identifier.class, Values.IDENTIFIER);
    all.put(Names.class, PartCodecs.NAMES);
    all.put(Location.class, PartCodecs.LOCATION);
    all.put(Industry.class, Values.INDUSTRY);
    all.put(Source.class, SourceCodecs.SOURCE);
    all.put(Citation.class, SourceCodecs.CITATION);
    all.put(TextSpan.class, SourceCodecs.TEXT_SPAN);
    for (Class<? extends Enum<?>> type : List.of(
        ParkKind.class, ApprovalLevel.class, AreaKind.class, Composition.class, ManagementRole.class,
        Province.class, Qualifier.class, PeriodKind.class, ScaleClass.class, ChainPosition.class,
        OrganisationKind.class, CertificationKind.class, MeasureKind.class, MeasurePeriod.class,
        EntityKind.class)) {
      all.put(type, enumeration(type));
    }
    ALL = Collections.unmodifiableMap(all);

    Map<String, Record<?>> records = new LinkedHashMap<>();
    add(records, new Record<>("PARK", Park.class, EntityCodecs.PARK));
    add(records, new Record<>("CLUSTER", Cluster.class, EntityCodecs.CLUSTER));
    add(records, new Record<>("CHAIN", IndustrialChain.class, EntityCodecs.CHAIN));
    add(records, new Record<>("POLICY", Policy.class, EntityCodecs.POLICY));
    add(records, new Record<>("ORGANISATION", Organisation.class, EntityCodecs.ORGANISATION));
    add(records, new Record<>("INDICATOR", Indicator.class, IndicatorCodec.DEFINITION));
    add(records, new Record<>("OBSERVATION", Observation.class, ObservationCodec.OBSERVATION));
    add(records, new Record<>("EXTERNAL", ExternalReference.class, EntityCodecs.EXTERNAL));
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

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ValueCodec<?> enumeration(Class<? extends Enum<?>> type) {
    return Values.enumeration((Class) type);
  }
}
