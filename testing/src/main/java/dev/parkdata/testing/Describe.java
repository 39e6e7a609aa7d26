package dev.parkdata.testing;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.location.Location;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Approval;
import dev.parkdata.park.Area;
import dev.parkdata.park.Composition;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.Policy;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import java.util.List;
import java.util.function.Function;

/**
 * How the generators describe their values in a falsified property's report: one line for a
 * small value, an indented outline for a park (its zones, their areas and figures) or a dataset,
 * with what validation looks at and without what it does not.
 */
final class Describe {
  private Describe() {}

  static String names(Names names) {
    StringBuilder s = new StringBuilder(names.official());
    if (!names.shortNames().isEmpty()) {
      s.append(" (").append(String.join(", ", names.shortNames())).append(')');
    }
    names.english().ifPresent(e -> s.append(" \"").append(e).append('"'));
    if (!names.formerNames().isEmpty()) {
      s.append(" formerly ").append(String.join(", ", names.formerNames()));
    }
    return s.toString();
  }

  static String location(Location location) {
    return location.toString();
  }

  static String source(Source source) {
    StringBuilder s = new StringBuilder(source.toString());
    if (!source.authors().isEmpty()) {
      s.append(" by ").append(String.join(", ", source.authors()));
    }
    source.url().ifPresent(u -> s.append(' ').append(u));
    return s.toString();
  }

  static String citation(Citation citation) {
    return citation.toString() + citation.span().map(span -> " at " + span).orElse("");
  }

  static String period(Period period) {
    return period.toString() + " (" + period.start() + " to " + period.end() + ")";
  }

  static String indicator(Indicator indicator) {
    return indicator + " in " + indicator.dimension();
  }

  static String metric(Metric metric) {
    return metric + " (" + metric.qualifier() + ")";
  }

  static String area(Area area) {
    return area.kind().chineseName() + " " + area.metric()
        + area.citation().map(c -> " cited from " + c.source()).orElse("");
  }

  static String observation(Observation observation) {
    return observation.subject() + " " + figure(observation);
  }

  private static String figure(Observation o) {
    return o.indicator()
        + o.industry().map(i -> " " + i).orElse("")
        + " "
        + o.period()
        + " = "
        + o.metric()
        + o.citation().map(c -> " from " + c.source()).orElse("");
  }

  static String target(Target target) {
    return target.toString() + target.industry().map(i -> " in " + i).orElse("")
        + target.description().map(d -> " (" + d + ")").orElse("");
  }

  static String approval(Approval approval) {
    return approval.level() + " " + approval;
  }

  static String designation(Designation designation) {
    return designation.toString() + designation.grantor().map(g -> " by " + g).orElse("");
  }

  static String cluster(Cluster c) {
    return c + " hosted by " + c.hostParks() + ", members " + c.members()
        + c.recognition().map(r -> ", recognised: " + r).orElse("")
        + figures(c.observations(), c.targets());
  }

  static String chain(IndustrialChain c) {
    return c + " " + c.segments() + ", lead enterprises " + c.leadEnterprises()
        + figures(c.observations(), c.targets());
  }

  static String organisation(Organisation o) {
    return o + o.park().map(p -> " in " + p).orElse("")
        + (o.certifications().isEmpty() ? "" : " " + o.certifications())
        + figures(o.observations(), List.of());
  }

  static String measure(Measure measure) {
    return measure.toString();
  }

  static String policy(Policy p) {
    return p + " by " + p.issuer() + " for " + p.appliesTo()
        + p.validity().map(v -> " valid " + v).orElse("")
        + (p.measures().isEmpty() ? "" : " " + p.measures());
  }

  private static String figures(List<Observation> observations, List<Target> targets) {
    StringBuilder s = new StringBuilder();
    for (Observation o : observations) {
      s.append("; ").append(figure(o));
    }
    for (Target t : targets) {
      s.append("; target ").append(t);
    }
    return s.toString();
  }

  /** An outline of {@code park} and its sub-zones, two spaces deeper per level. */
  static String park(Park park) {
    StringBuilder s = new StringBuilder();
    park(park, "", s);
    return s.toString();
  }

  private static void park(Park park, String indent, StringBuilder s) {
    s.append(indent).append(park.id()).append(' ').append(names(park.names()))
        .append(" [").append(park.kind());
    if (park.composition() == Composition.EXACT) {
      s.append(", exactly its sub-zones");
    }
    park.parent().ifPresent(p -> s.append(", part of ").append(p));
    s.append(']');
    String more = indent + "  ";
    line(s, more, "areas", park.areas(), Describe::area);
    line(s, more, "approvals", park.approvals(), Approval::toString);
    line(s, more, "designations", park.designations(), Designation::toString);
    line(s, more, "management", park.management(), Object::toString);
    line(s, more, "leading industries", park.leadingIndustries(), Object::toString);
    for (Observation o : park.observations()) {
      s.append('\n').append(more).append(figure(o));
    }
    for (Target t : park.targets()) {
      s.append('\n').append(more).append("target ").append(target(t));
    }
    for (Park sub : park.subZones()) {
      s.append('\n');
      park(sub, more, s);
    }
  }

  private static <T> void line(
      StringBuilder s, String indent, String label, List<T> values, Function<T, String> describe) {
    if (values.isEmpty()) {
      return;
    }
    s.append('\n').append(indent).append(label).append(": ");
    for (int i = 0; i < values.size(); i++) {
      s.append(i == 0 ? "" : "; ").append(describe.apply(values.get(i)));
    }
  }

  /** A summary line, then an outline of each park and a line for each other entity. */
  static String dataset(Dataset dataset) {
    StringBuilder s = new StringBuilder(dataset.toString());
    for (Park park : dataset.parks()) {
      s.append('\n');
      park(park, "  ", s);
    }
    lines(s, dataset.organisations(), Describe::organisation);
    lines(s, dataset.clusters(), Describe::cluster);
    lines(s, dataset.chains(), Describe::chain);
    lines(s, dataset.policies(), Describe::policy);
    lines(s, dataset.observations(), Describe::observation);
    lines(s, dataset.externals(), ExternalReference::toString);
    return s.toString();
  }

  private static <T> void lines(StringBuilder s, List<T> values, Function<T, String> describe) {
    for (T value : values) {
      s.append("\n  ").append(describe.apply(value));
    }
  }
}
