package dev.parkdata.it;

import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.extract.MetricExtractor;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.jdbc.DatasetStore;
import dev.parkdata.metric.Metric;
import dev.parkdata.testing.Fixtures;
import dev.parkdata.unit.Units;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uses each library module once and prints one {@code key: value} line per result, which the
 * test compares. Run on the module path it also checks the modules' API ({@link ApiCheck}).
 */
public final class ModularApp {
  private ModularApp() {}

  /**
   * Runs the application.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Module core = Metric.class.getModule();
    out.println("mode: " + (core.isNamed() ? "module path" : "class path"));

    Metric area = Metric.parse("31.85平方公里");
    out.println("parse: " + area + " " + area.bounds());
    out.println("convert: " + area.unit().convertExact(area.value(), Units.MU).toPlainString() + "亩");

    Dataset dataset = Fixtures.dataset();
    ValidationReport report = Validator.standard().validate(dataset);
    out.println("validate: " + (report.hasErrors() ? "errors" : "no errors"));

    ParkDataJson json = ParkDataJson.standard();
    Dataset back = json.readDataset(json.write(dataset));
    out.println("json round trip: " + (back.equals(dataset) ? "equal" : "different"));
    out.println("json schema: " + (schemaLength() > 0 ? "read" : "empty"));

    // A mapper of the user's own finds the module by service loading: module-info's provides
    // on the module path, META-INF/services on the class path.
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Metric over = mapper.readValue("\"2萬餘家\"", Metric.class);
    out.println("jackson module: " + over + " " + mapper.writeValueAsString(area));

    out.println("serialization round trip: " + (deserialize(serialize(dataset)).equals(dataset) ? "equal" : "different"));

    DevelopmentZoneCatalog catalog = DevelopmentZoneCatalog.edition2018();
    out.println("catalogue: " + catalog.parks().size() + " zones, G112001 "
        + catalog.byCode("G112001").map(p -> p.names().official()).orElse("missing"));

    out.println("extract: " + MetricExtractor.standard().extract("园区入驻企业2萬餘家，规划面积31.85平方公里。").stream()
        .map(m -> m.metric().toString()).toList());

    DatasetStore store = DatasetStore.open("jdbc:h2:mem:parkdata-it;DB_CLOSE_DELAY=-1");
    store.save(dataset);
    out.println("store round trip: " + (store.load().equals(dataset) ? "equal" : "different"));

    if (core.isNamed()) {
      out.println("internal exported: " + core.isExported("dev.parkdata.internal"));
      ApiCheck.Result api = ApiCheck.run();
      out.println("api: " + api.types() + " public types in " + api.modules() + " modules");
      api.problems().forEach(p -> out.println("api problem: " + p));
    }
    out.println("sum: " + area.plus(Metric.of(new BigDecimal("0.15"), Units.SQUARE_KILOMETRE)));
  }

  private static byte[] serialize(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int schemaLength() {
    try (InputStream in = ParkDataJson.openSchema()) {
      return in.readAllBytes().length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
