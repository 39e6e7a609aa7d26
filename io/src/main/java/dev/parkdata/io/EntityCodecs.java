package dev.parkdata.io;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.industry.ScaleClass;
import dev.parkdata.model.EntityKind;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.park.Composition;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.policy.Policy;
import java.util.List;

/** The entities, each a table of its fields in the order they are written. */
final class EntityCodecs {
  private EntityCodecs() {}

  static final ObjectCodec<Park, Park.Builder> PARK = new ObjectCodec<>("park", Park::builder, Park.Builder::build);

  static {
    PARK.id(Park::id, Park.Builder::id)
        .required("names", Park::names, Park.Builder::names, PartCodecs.NAMES)
        .required("kind", Park::kind, Park.Builder::kind, Values.enumeration(ParkKind.class))
        .list("approvals", Park::approvals, Park.Builder::approvals, PartCodecs.APPROVAL, "approval")
        .optional("location", Park::location, Park.Builder::location, PartCodecs.LOCATION)
        .add(new Field<Park, Park.Builder>("areas", Field.Shape.LIST, Park::areas,
            (Park.Builder b, List<dev.parkdata.park.Area> areas) -> b.areas(areas), AreasCodec.AREAS, null))
        .list("leadingIndustries", Park::leadingIndustries, Park.Builder::leadingIndustries, Values.INDUSTRY,
            "leading industry")
        .list("subZones", Park::subZones, Park.Builder::subZones, PARK, "sub-zone")
        .defaulted("composition", Park::composition, Park.Builder::composition,
            Values.enumeration(Composition.class), Composition.PARTIAL)
        .optional("parent", Park::parent, Park.Builder::parent, Values.IDENTIFIER)
        .list("designations", Park::designations, Park.Builder::designations, PartCodecs.DESIGNATION, "designation")
        .list("management", Park::management, Park.Builder::management, PartCodecs.MANAGEMENT, "management role")
        .observations(Park::observations, Park.Builder::observations)
        .list("targets", Park::targets, Park.Builder::targets, PartCodecs.TARGET, "target");
  }

  static final ObjectCodec<Cluster, Cluster.Builder> CLUSTER =
      new ObjectCodec<Cluster, Cluster.Builder>("cluster", Cluster::builder, Cluster.Builder::build)
          .id(Cluster::id, Cluster.Builder::id)
          .required("name", Cluster::name, Cluster.Builder::name, Values.STRING)
          .required("industry", Cluster::industry, Cluster.Builder::industry, Values.INDUSTRY)
          .list("hostParks", Cluster::hostParks, Cluster.Builder::hostParks, Values.IDENTIFIER, "host park")
          .optional("recognition", Cluster::recognition, Cluster.Builder::recognition, PartCodecs.RECOGNITION)
          .optional("scaleClass", Cluster::scaleClass, Cluster.Builder::scaleClass, Values.enumeration(ScaleClass.class))
          .list("members", Cluster::members, Cluster.Builder::members, Values.IDENTIFIER, "member")
          .observations(Cluster::observations, Cluster.Builder::observations)
          .list("targets", Cluster::targets, Cluster.Builder::targets, PartCodecs.TARGET, "target");

  static final ObjectCodec<IndustrialChain, IndustrialChain.Builder> CHAIN =
      new ObjectCodec<IndustrialChain, IndustrialChain.Builder>(
              "industrial chain", IndustrialChain::builder, IndustrialChain.Builder::build)
          .id(IndustrialChain::id, IndustrialChain.Builder::id)
          .required("name", IndustrialChain::name, IndustrialChain.Builder::name, Values.STRING)
          .required("industry", IndustrialChain::industry, IndustrialChain.Builder::industry, Values.INDUSTRY)
          .required("hostPark", IndustrialChain::hostPark, IndustrialChain.Builder::hostPark, Values.IDENTIFIER)
          .list("segments", IndustrialChain::segments, IndustrialChain.Builder::segments, PartCodecs.SEGMENT, "segment")
          .list("leadEnterprises", IndustrialChain::leadEnterprises, IndustrialChain.Builder::leadEnterprises,
              Values.IDENTIFIER, "lead enterprise")
          .optional("scaleClass", IndustrialChain::scaleClass, IndustrialChain.Builder::scaleClass,
              Values.enumeration(ScaleClass.class))
          .list("targets", IndustrialChain::targets, IndustrialChain.Builder::targets, PartCodecs.TARGET, "target")
          .observations(IndustrialChain::observations, IndustrialChain.Builder::observations);

  static final ObjectCodec<Organisation, Organisation.Builder> ORGANISATION =
      new ObjectCodec<Organisation, Organisation.Builder>("organisation", Organisation::builder,
              Organisation.Builder::build)
          .id(Organisation::id, Organisation.Builder::id)
          .required("names", Organisation::names, Organisation.Builder::names, PartCodecs.NAMES)
          .required("kind", Organisation::kind, Organisation.Builder::kind, Values.enumeration(OrganisationKind.class))
          .list("certifications", Organisation::certifications, Organisation.Builder::certifications,
              PartCodecs.CERTIFICATION, "certification")
          .optional("founded", Organisation::founded, Organisation.Builder::founded, Values.YEAR)
          .optional("location", Organisation::location, Organisation.Builder::location, PartCodecs.LOCATION)
          .optional("park", Organisation::park, Organisation.Builder::park, Values.IDENTIFIER)
          .observations(Organisation::observations, Organisation.Builder::observations);

  static final ObjectCodec<Policy, Policy.Builder> POLICY =
      new ObjectCodec<Policy, Policy.Builder>("policy", Policy::builder, Policy.Builder::build)
          .id(Policy::id, Policy.Builder::id)
          .required("title", Policy::title, Policy.Builder::title, Values.STRING)
          .required("issuer", Policy::issuer, Policy.Builder::issuer, Values.IDENTIFIER)
          .optional("documentNumber", Policy::documentNumber, Policy.Builder::documentNumber, Values.STRING)
          .optional("issued", Policy::issued, Policy.Builder::issued, Values.DATE)
          .list("appliesTo", Policy::appliesTo, Policy.Builder::appliesTo, Values.IDENTIFIER, "entity applied to")
          .optional("jurisdiction", Policy::jurisdiction, Policy.Builder::jurisdiction, Values.STRING)
          .optional("validity", Policy::validity, Policy.Builder::validity, PeriodCodec.PERIOD)
          .list("measures", Policy::measures, Policy.Builder::measures, PartCodecs.MEASURE, "measure")
          .optional("citation", Policy::citation, Policy.Builder::citation, SourceCodecs.CITATION);

  static final ObjectCodec<ExternalReference, ExternalReference.Builder> EXTERNAL =
      new ObjectCodec<ExternalReference, ExternalReference.Builder>(
              "external reference", ExternalReference::builder, ExternalReference.Builder::build)
          .id(ExternalReference::id, ExternalReference.Builder::id)
          .required("kind", ExternalReference::kind, ExternalReference.Builder::kind, Values.enumeration(EntityKind.class))
          .optional("name", ExternalReference::name, ExternalReference.Builder::name, Values.STRING);
}
