package dev.parkdata.examples.cli;

import dev.parkdata.catalog.ParkNameResolution;
import dev.parkdata.catalog.ParkNameResolver;
import dev.parkdata.park.Park;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata resolve NAME... [--near PLACE] [--json]}: the catalogue zone each park name as
 * written means ({@link ParkNameResolver}), one line per name.
 *
 * <p>Without {@code --json}: {@code 株洲高新区 → G432034 株洲高新技术产业开发区 (short-form)}, or
 * {@code none}, or {@code ambiguous:} and the candidates. With {@code --json}, one object per name
 * and line: {@code input}, {@code code}, {@code name} and {@code match} ({@code official}, {@code
 * alias}, {@code short-form}, {@code sub-park}, {@code made-bonded}, {@code county}, {@code
 * distinctive}) when resolved; else {@code code} null and {@code candidates}, each with {@code code}, {@code name} and {@code why}, best first (empty for none).
 * Exit status: 0 when every name resolved, 1 when one did not, 2 for a usage error (a blank name,
 * a {@code --near} that names no province or division).
 */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Resolves park names as people write them (株洲高新区, 蕪湖經開區, 光谷, 中关村丰台园) to zones of the "
          + "national catalogue, or says none or ambiguous, with the candidates and why each matched.",
      "%nNames that are no catalogue zone (两江新区, a free trade zone, a bare 高新区) are none, never a guess."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  $ parkdata resolve 株洲高新区 两江新区",
      "  株洲高新区 → G432034 株洲高新技术产业开发区 (short-form)",
      "  两江新区 → none",
      "  $ parkdata resolve 火炬开发区 --near 中山 --json",
      "  {\"input\":\"火炬开发区\",\"code\":\"G442040\",\"name\":\"中山火炬高技术产业开发区\",…}",
      "",
      "Exit status: 0 if every name resolved, 1 if one did not, 2 for a usage error."
    })
final class ResolveCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "NAME", arity = "1..*", description = "Park names as written, simplified or traditional.")
  private List<String> names;

  @Option(names = "--near", paramLabel = "PLACE",
      description = "A city or province the text names nearby (中山, 江苏省, 江苏南京, 广州市从化区): chooses among equally good candidates;"
          + " a short form with no place of its zone, near another province's place, is not that zone.")
  private String near;

  @Option(names = "--json", description = "Print one JSON object per name and line.")
  private boolean json;

  @Override
  public Integer call() {
    if (near != null && !ParkNameResolver.isPlaceNearby(near)) {
      throw usage("--near '" + near + "' names no province, city or county");
    }
    for (String name : names) {
      if (name.isBlank()) {
        throw usage("a NAME must not be blank");
      }
    }
    ParkNameResolver resolver = ParkNameResolver.standard();
    PrintWriter out = spec.commandLine().getOut();
    boolean all = true;
    for (String name : names) {
      ParkNameResolution resolution = resolver.resolve(name.strip(), near == null ? null : near.strip());
      all &= resolution.park().isPresent();
      out.println(json ? toJson(resolution) : toLine(resolution));
    }
    out.flush();
    return all ? 0 : ParkdataCommand.EXIT_SOFTWARE;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** {@code OFFICIAL} → {@code official}, {@code SHORT_FORM} → {@code short-form}. */
  static String matchName(ParkNameResolver.Match match) {
    return match.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String toLine(ParkNameResolution r) {
    if (r.park().isPresent()) {
      Park park = r.park().get();
      return r.input() + " → " + park.id().value() + " " + park.names().official() + " (" + matchName(r.match().get()) + ")";
    }
    if (r.candidates().isEmpty()) {
      return r.input() + " → none";
    }
    StringBuilder line = new StringBuilder(r.input()).append(" → ambiguous:");
    String separator = " ";
    for (ParkNameResolution.Candidate c : r.candidates()) {
      line.append(separator).append(c.park().id().value()).append(' ').append(c.park().names().official());
      separator = ", ";
    }
    return line.toString();
  }

  private static String toJson(ParkNameResolution r) {
    return JsonLines.resolution(r, r.park().isPresent() ? matchName(r.match().get()) : null);
  }
}
