package dev.parkdata.io;

import dev.parkdata.chain.ChainPosition;
import dev.parkdata.chain.Segment;
import dev.parkdata.cluster.Recognition;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Certification;
import dev.parkdata.organisation.CertificationKind;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Management;
import dev.parkdata.park.ManagementRole;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.MeasureKind;
import dev.parkdata.policy.MeasurePeriod;
import dev.parkdata.policy.Rate;

/** The parts of entities, each a table of its fields. */
final class PartCodecs {
  private PartCodecs() {}

  static final ObjectCodec<Names, Names.Builder> NAMES =
      new ObjectCodec<Names, Names.Builder>("names", Names::builder, Names.Builder::build)
          .required("official", Names::official, Names.Builder::official, Values.STRING)
          .optional("traditional", Names::traditional, Names.Builder::traditional, Values.STRING)
          .optional("english", Names::english, Names.Builder::english, Values.STRING)
          .list("shortNames", Names::shortNames, Names.Builder::addAllShortNames, Values.TEXT, "short name")
          .list("formerNames", Names::formerNames, Names.Builder::addAllFormerNames, Values.TEXT, "former name");

  static final ObjectCodec<Location, Location.Builder> LOCATION =
      new ObjectCodec<Location, Location.Builder>("location", Location::builder, Location.Builder::build)
          .optional("province", Location::province, Location.Builder::province, Values.enumeration(Province.class))
          .optional("city", Location::city, Location.Builder::city, Values.STRING)
          .optional("district", Location::district, Location.Builder::district, Values.STRING)
          .optional("divisionCode", Location::divisionCode, Location.Builder::divisionCode, Values.STRING);

  static final ObjectCodec<Approval, Approval.Builder> APPROVAL =
      new ObjectCodec<Approval, Approval.Builder>("approval", Approval::builder, Approval.Builder::build)
          .required("level", Approval::level, Approval.Builder::level, Values.enumeration(ApprovalLevel.class))
          .optional("authority", Approval::authority, Approval.Builder::authority, Values.STRING)
          .optional("date", Approval::date, Approval.Builder::date, Values.YEAR_MONTH)
          .optional("document", Approval::document, Approval.Builder::document, Values.STRING);

  static final ObjectCodec<Designation, Designation.Builder> DESIGNATION =
      new ObjectCodec<Designation, Designation.Builder>("designation", Designation::builder, Designation.Builder::build)
          .required("title", Designation::title, Designation.Builder::title, Values.STRING)
          .required("year", Designation::year, Designation.Builder::year, Values.YEAR)
          .optional("grantor", Designation::grantor, Designation.Builder::grantor, Values.STRING)
          .optional("citation", Designation::citation, Designation.Builder::citation, SourceCodecs.CITATION);

  static final ObjectCodec<Management, Management.Builder> MANAGEMENT =
      new ObjectCodec<Management, Management.Builder>("management role", Management::builder, Management.Builder::build)
          .required("role", Management::role, Management.Builder::role, Values.enumeration(ManagementRole.class))
          .required("organisation", Management::organisation, Management.Builder::organisation, Values.IDENTIFIER);

  static final ObjectCodec<Recognition, Recognition.Builder> RECOGNITION =
      new ObjectCodec<Recognition, Recognition.Builder>("recognition", Recognition::builder, Recognition.Builder::build)
          .required("body", Recognition::body, Recognition.Builder::body, Values.IDENTIFIER)
          .optional("programme", Recognition::programme, Recognition.Builder::programme, Values.STRING)
          .optional("batch", Recognition::batch, Recognition.Builder::batch, Values.INTEGER)
          .optional("year", Recognition::year, Recognition.Builder::year, Values.YEAR);

  static final ObjectCodec<Segment, Segment.Builder> SEGMENT =
      new ObjectCodec<Segment, Segment.Builder>("chain segment", Segment::builder, Segment.Builder::build)
          .required("position", Segment::position, Segment.Builder::position, Values.enumeration(ChainPosition.class))
          .list("nodes", Segment::nodes, Segment.Builder::nodes, Values.TEXT, "node");

  static final ObjectCodec<Certification, Certification.Builder> CERTIFICATION =
      new ObjectCodec<Certification, Certification.Builder>(
              "certification", Certification::builder, Certification.Builder::build)
          .required("kind", Certification::kind, Certification.Builder::kind, Values.enumeration(CertificationKind.class))
          .required("year", Certification::year, Certification.Builder::year, Values.YEAR);

  static final ObjectCodec<Target, Target.Builder> TARGET =
      new ObjectCodec<Target, Target.Builder>("target", Target::builder, Target.Builder::build)
          .required("indicator", Target::indicator, Target.Builder::indicator, IndicatorCodec.INDICATOR)
          .required("threshold", Target::threshold, Target.Builder::threshold, MetricCodec.STANDALONE)
          .optional("deadline", Target::deadline, Target.Builder::deadline, PeriodCodec.PERIOD)
          .optional("industry", Target::industry, Target.Builder::industry, Values.INDUSTRY)
          .optional("description", Target::description, Target.Builder::description, Values.STRING)
          .optional("citation", Target::citation, Target.Builder::citation, SourceCodecs.CITATION);

  static final ObjectCodec<Rate, Rate.Builder> RATE =
      new ObjectCodec<Rate, Rate.Builder>("rate", Rate::builder, Rate.Builder::build)
          .required("share", Rate::share, Rate.Builder::share, MetricCodec.STANDALONE)
          .optional("base", Rate::base, Rate.Builder::base, IndicatorCodec.INDICATOR)
          .optional("baseDescription", Rate::baseDescription, Rate.Builder::baseDescription, Values.STRING);

  static final ObjectCodec<Measure, Measure.Builder> MEASURE =
      new ObjectCodec<Measure, Measure.Builder>("measure", Measure::builder, Measure.Builder::build)
          .required("kind", Measure::kind, Measure.Builder::kind, Values.enumeration(MeasureKind.class))
          .optional("description", Measure::description, Measure.Builder::description, Values.STRING)
          .optional("amount", Measure::amount, Measure.Builder::amount, MetricCodec.STANDALONE)
          .optional("rate", Measure::rate, Measure.Builder::rate, RATE)
          .optional("period", Measure::period, Measure.Builder::period, Values.enumeration(MeasurePeriod.class))
          .optional("eligibility", Measure::eligibility, Measure.Builder::eligibility, Values.STRING);

  /** An area on its own: {@code {"kind":"APPROVED","metric":{...}}}; in a park, areas are keyed by kind. */
  static final ObjectCodec<Area, Area.Builder> AREA =
      new ObjectCodec<Area, Area.Builder>("area", Area::builder, Area.Builder::build)
          .required("kind", Area::kind, Area.Builder::kind, Values.enumeration(AreaKind.class))
          .required("metric", Area::metric, Area.Builder::metric, MetricCodec.STANDALONE)
          .optional("citation", Area::citation, Area.Builder::citation, SourceCodecs.CITATION);

}
