package dev.parkdata.examples.cli;

import dev.parkdata.catalog.CatalogGrouping;
import dev.parkdata.catalog.Division;
import dev.parkdata.catalog.ParkNameResolution;
import dev.parkdata.catalog.CatalogTotal;
import dev.parkdata.extract.Mention;
import dev.parkdata.model.Identifier;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricParseException;
import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.Unit;
import dev.parkdata.validation.Figure;
import dev.parkdata.validation.Violation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON line the commands print with {@code --json}, one method per kind of line. This is
 * the one class of the tool that uses Jackson itself (beyond io's reader and writer): a command
 * refers to it only on its {@code --json} path, so that {@code parkdata --version}, {@code units}
 * or {@code convert} load no Jackson class ({@code StartupTest} holds that).
 *
 * <p>The fields of a metric are shared by the commands: {@code value} (or {@code min} and {@code
 * max} for a range, with {@code minOpen} or {@code maxOpen} for an end it leaves out), {@code
 * unit}, {@code qualifier} and {@code base}, the figure in the reference
 * unit of its dimension. Decimals are JSON strings in plain notation without trailing zeros; a
 * base value that does not terminate (亩) is given to 34 significant digits marked {@code ≈}, with
 * the exact fraction beside it ({@code exact}: {@code 2000/3}); see {@link BaseValues}.
 */
final class JsonLines {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonLines() {}

  /** {@code parkdata parse --json}: {@code input}, then the fields of the metric. */
  static String parsed(String input, Metric m) {
    ObjectNode node = JSON.createObjectNode();
    node.put("input", input);
    putMetric(node, m);
    return JSON.writeValueAsString(node);
  }

  /** {@code parkdata parse --json} of an expression that does not parse: {@code input}, {@code error}, {@code index}. */
  static String parseError(String input, MetricParseException e) {
    ObjectNode node = JSON.createObjectNode();
    node.put("input", input);
    node.put("error", e.getMessage());
    node.put("index", e.errorIndex());
    return JSON.writeValueAsString(node);
  }

  /**
   * {@code parkdata extract --json}: offsets and text, the fields of the metric, indicator and
   * period (as written, and {@code calendarPeriod} as a {@code Period}'s text), the comparison
   * base as {@code comparedWith} and {@code calendarComparedWith} ({@code base} is the metric's),
   * and {@code park}: {@code code} and {@code name} of the catalogue zone (the code null and the
   * name as written when the name is not one zone's), {@code text} as written.
   */
  static String mention(Mention m) {
    ObjectNode node = JSON.createObjectNode();
    node.put("start", m.start());
    node.put("end", m.end());
    node.put("text", m.text());
    putMetric(node, m.metric());
    m.indicator().ifPresent(i -> node.put("indicator", i));
    m.period().ifPresent(p -> node.put("period", p));
    m.calendarPeriod().ifPresent(p -> node.put("calendarPeriod", p.toString()));
    m.base().ifPresent(b -> node.put("comparedWith", b));
    m.calendarBase().ifPresent(b -> node.put("calendarComparedWith", b.toString()));
    m.park().ifPresent(p -> {
      ObjectNode park = node.putObject("park");
      park.put("code", p.code().map(Identifier::value).orElse(null));
      park.put("name", p.zoneName().orElse(p.text()));
      park.put("text", p.text());
    });
    return JSON.writeValueAsString(node);
  }

  /** {@code parkdata units --json}: the fields {@link UnitsCommand#JSON_FIELDS}. */
  static String unit(BaseUnit unit) {
    ObjectNode node = JSON.createObjectNode();
    node.put("name", unit.name());
    node.put("traditionalName", unit.traditionalName());
    node.put("englishName", unit.englishName());
    node.put("dimension", unit.dimension().toString());
    node.put("reference", unit.reference().name());
    node.put("factor", unit.factor().toString());
    node.put("code", unit.code().orElse(null));
    node.put("scalable", unit.isScalable());
    ArrayNode spellings = node.putArray("spellings");
    unit.spellings().forEach(spellings::add);
    return JSON.writeValueAsString(node);
  }

  /** {@code parkdata validate --json}: one violation, with the JSON Pointer into the file it was found in. */
  static String violation(Violation v, String pointer) {
    ObjectNode node = JSON.createObjectNode();
    node.put("code", v.code());
    node.put("severity", v.severity().name());
    node.put("path", v.path().toString());
    node.put("pointer", pointer);
    ArrayNode figures = node.putArray("figures");
    for (Figure f : v.figures()) {
      figures.addObject().put("label", f.label()).put("text", f.text());
    }
    node.put("chinese", v.chinese());
    node.put("english", v.english());
    return JSON.writeValueAsString(node);
  }

  /**
   * {@code parkdata catalog --summary --json}: one group, with the fields {@link
   * CatalogCommand#GROUP_FIELDS}, its area a metric as the io format writes it ({@code
   * {"value":"5322.1987","unit":"平方公里"}}).
   */
  static <K> String catalogGroup(CatalogGrouping<K> grouping, K key, CatalogTotal total) {
    ObjectNode node = JSON.createObjectNode();
    node.put("by", grouping.name());
    // a city or county by its division code, the others by their constant's name
    node.put("key", key instanceof Division ? ((Division) key).code() : ((Enum<?>) key).name());
    node.put("name", CatalogCommand.keyName(key));
    node.put("zones", total.zones());
    node.set("approvedArea", ParkDataJson.standard().mapper().valueToTree(total.approvedArea()));
    node.put("zonesWithoutArea", total.zonesWithoutArea());
    return JSON.writeValueAsString(node);
  }

  /**
   * {@code parkdata resolve --json}: the zone a name resolved to, {@code {"input", "code",
   * "name", "match"}}, or {@code "code":null} with the {@code candidates} (code, name, why).
   */
  static String resolution(ParkNameResolution r, String match) {
    ObjectNode node = JSON.createObjectNode();
    node.put("input", r.input());
    if (r.park().isPresent()) {
      node.put("code", r.park().get().id().value());
      node.put("name", r.park().get().names().official());
      node.put("match", match);
    } else {
      node.putNull("code");
      ArrayNode candidates = node.putArray("candidates");
      for (ParkNameResolution.Candidate c : r.candidates()) {
        candidates.addObject()
            .put("code", c.park().id().value())
            .put("name", c.park().names().official())
            .put("why", c.why());
      }
    }
    return JSON.writeValueAsString(node);
  }

  /** Adds the fields of {@code m} to {@code node}, in the documented order. */
  private static void putMetric(ObjectNode node, Metric m) {
    Unit reference = m.unit().reference();
    ObjectNode base = JSON.createObjectNode();
    base.put("unit", reference.name());
    if (m.isRange()) {
      node.put("min", BaseValues.plain(m.value()));
      node.put("max", BaseValues.plain(m.max()));
      base.put("min", BaseValues.inBase(m.value(), m.unit(), reference));
      base.put("max", BaseValues.inBase(m.max(), m.unit(), reference));
      putExact(base, "exactMin", BaseValues.exactInBase(m.value(), m.unit(), reference));
      putExact(base, "exactMax", BaseValues.exactInBase(m.max(), m.unit(), reference));
    } else {
      node.put("value", BaseValues.plain(m.value()));
      base.put("value", BaseValues.inBase(m.value(), m.unit(), reference));
      putExact(base, "exact", BaseValues.exactInBase(m.value(), m.unit(), reference));
    }
    node.put("unit", m.unit().name());
    node.put("qualifier", m.qualifier().name());
    if (m.isRange() && !m.bounds().isLowerClosed()) {
      node.put("minOpen", true); // 200(不含)-500万元, as io's JSON writes it
    }
    if (m.isRange() && !m.bounds().isUpperClosed()) {
      node.put("maxOpen", true);
    }
    node.set("base", base);
  }

  private static void putExact(ObjectNode base, String field, String fraction) {
    if (fraction != null) {
      base.put(field, fraction);
    }
  }
}
