package dev.parkdata.examples.cli;

import static dev.parkdata.testing.ParkDataAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.testing.Inconsistency;
import dev.parkdata.testing.ParkGenerators;
import dev.parkdata.validation.Validator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import picocli.CommandLine;

/** {@code parkdata validate} on generated datasets: clean ones pass, each inconsistency fails. */
class ValidateCommandProperties {

  private static int validate(Dataset dataset, StringWriter out, String... args) {
    return new CommandLine(new ValidateCommand(Map.of("generated", dataset)))
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(new StringWriter()))
        .execute(args);
  }

  @Test
  void consistentDatasetsExitWithZero() {
    qt().withExamples(100).forAll(ParkGenerators.datasets()).checkAssert(dataset -> {
      StringWriter out = new StringWriter();
      assertThat(validate(dataset, out, "--min-severity", "ERROR")).isZero();
      assertThat(out.toString()).startsWith("Validated generated (");
    });
  }

  /** A dataset with one inconsistency built in, and which. */
  private record Inconsistent(Inconsistency inconsistency, Dataset dataset) {}

  /**
   * Any inconsistency, in a dataset of {@link ParkGenerators#datasets()}, described as that
   * generator describes its datasets.
   */
  private static Gen<Inconsistent> inconsistent() {
    Gen<Dataset> datasets = ParkGenerators.datasets();
    return Generate.enumValues(Inconsistency.class)
        .flatMap(i -> ParkGenerators.datasets().withInconsistencies(i).map(d -> new Inconsistent(i, d)))
        .describedAs(sample -> sample.inconsistency() + " (" + sample.inconsistency().code() + ") in "
            + datasets.asString(sample.dataset()));
  }

  @Test
  void eachInconsistencyExitsWithOneAndIsNamed() {
    qt().withExamples(100).forAll(inconsistent()).checkAssert(sample -> {
      StringWriter out = new StringWriter();
      assertThat(validate(sample.dataset(), out, "--json")).isEqualTo(1);
      assertThat(out.toString()).contains("\"code\":\"" + sample.inconsistency().code() + "\"");
      assertThat(Validator.standard().validate(sample.dataset())).hasViolation(sample.inconsistency().code());
    });
  }
}
