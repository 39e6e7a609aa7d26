package dev.parkdata.examples.cli;

import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.UnitCatalog;
import java.io.PrintWriter;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parkdata units}: lists the unit catalogue as a table or as JSON lines. */
@Command(
    name = "units",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the base units of the unit catalogue.",
      "%nFor each: name (* marks its dimension's reference unit), traditional name, English name, "
          + "dimension, exact factor to the reference unit and UN/CEFACT or ISO 4217 code. "
          + "Every base unit takes a magnitude word (万, 亿 …) except ratios, 倍 and durations."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  parkdata units",
      "  parkdata units --dimension area",
      "  parkdata units --json | grep '\"money'"
    })
final class UnitsCommand implements Runnable {
  /** The JSON field names of {@code --json}; stable across releases. */
  static final List<String> JSON_FIELDS = List.of(
      "name", "traditionalName", "englishName", "dimension", "reference", "factor", "code", "scalable", "spellings");

  @Spec private CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per line, with the fields " + "name, traditionalName, "
      + "englishName, dimension, reference, factor, code, scalable, spellings.")
  private boolean json;

  @Option(
      names = {"-d", "--dimension"},
      paramLabel = "KEY",
      description = "Only units of this dimension or kind: area, energy, power, mass, compute, ratio, money, "
          + "money(CNY), count, count(家), duration …")
  private String dimension;

  @Option(names = "--sort", paramLabel = "KEY[:desc]",
      description = "Order the units by name, english, dimension, factor (within a dimension) or code (KEY:desc for "
          + "descending, several keys joined by commas); by default as the catalogue lists them.")
  private String sort;

  @Mixin private Listing.Limit limit;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    List<BaseUnit> selected = UnitCatalog.standard().baseUnits().stream().filter(this::selected).collect(Collectors.toList());
    if (selected.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no unit has the dimension or kind '" + dimension
          + "'; kinds: " + UnitCatalog.standard().baseUnits().stream().map(u -> u.dimension().kind().key())
              .distinct().collect(Collectors.joining(", ")));
    }
    List<BaseUnit> units;
    try {
      units = new Listing<BaseUnit>()
          .key("name", Comparator.comparing(BaseUnit::name, Collator.getInstance(Locale.CHINESE)))
          .key("english", (BaseUnit u) -> u.englishName().toLowerCase(Locale.ROOT))
          .key("dimension", (BaseUnit u) -> u.dimension().toString())
          .key("factor", Comparator.comparing((BaseUnit u) -> u.dimension().toString()).thenComparing(BaseUnit::factor))
          .key("code", Comparator.comparing((BaseUnit u) -> u.code().orElse(null), Comparator.nullsLast(Comparator.naturalOrder())))
          .apply(selected, sort, limit);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (json) {
      for (BaseUnit unit : units) {
        out.println(JsonLines.unit(unit));
      }
    } else {
      TextTable table = new TextTable("NAME", "TRADITIONAL", "ENGLISH", "DIMENSION", "FACTOR", "CODE").alignRight(4);
      for (BaseUnit unit : units) {
        table.addRow(
            unit.name() + (unit.isReference() ? "*" : ""),
            unit.traditionalName(),
            unit.englishName(),
            unit.dimension().toString(),
            unit.factor().toString(),
            unit.code().orElse(""));
      }
      out.print(table.render());
    }
    out.flush();
  }

  private boolean selected(BaseUnit unit) {
    if (dimension == null) {
      return true;
    }
    String key = dimension.strip().toLowerCase(Locale.ROOT);
    String dim = unit.dimension().toString();
    return dim.equalsIgnoreCase(dimension.strip()) || unit.dimension().kind().key().equals(key);
  }
}
