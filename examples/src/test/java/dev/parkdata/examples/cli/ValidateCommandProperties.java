package dev.parkdata.examples.cli;

import static dev.parkdata.testing.ParkDataAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.testing.Inconsistency;
import dev.parkdata.testing.ParkArbitraries;
import dev.parkdata.validation.Validator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import picocli.CommandLine;

/** {@code parkdata validate} on generated datasets: clean ones pass, each inconsistency fails. */
class ValidateCommandProperties {

  private static int validate(Dataset dataset, StringWriter out, String... args) {
    return new CommandLine(new ValidateCommand(Map.of("generated", dataset)))
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(new StringWriter()))
        .execute(args);
  }

  @Property(tries = 100)
  void consistentDatasetsExitWithZero(@ForAll Dataset dataset) {
    StringWriter out = new StringWriter();
    assertThat(validate(dataset, out, "--min-severity", "ERROR")).isZero();
    assertThat(out.toString()).startsWith("Validated generated (");
  }

  @Provide
  Arbitrary<Tuple2<Inconsistency, Dataset>> inconsistent() {
    return Arbitraries.of(Inconsistency.class)
        .flatMap(i -> ParkArbitraries.datasets().withInconsistencies(i).map(d -> Tuple.of(i, d)));
  }

  @Property(tries = 100)
  void eachInconsistencyExitsWithOneAndIsNamed(@ForAll("inconsistent") Tuple2<Inconsistency, Dataset> sample) {
    StringWriter out = new StringWriter();
    assertThat(validate(sample.get2(), out, "--json")).isEqualTo(1);
    assertThat(out.toString()).contains("\"code\":\"" + sample.get1().code() + "\"");
    assertThat(Validator.standard().validate(sample.get2())).hasViolation(sample.get1().code());
  }
}
