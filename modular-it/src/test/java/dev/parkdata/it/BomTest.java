package dev.parkdata.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * parkdata-bom has no parent (so that it leaks no build versions), so it states its versions
 * again: they must be the ones the build uses, which the test receives from Maven.
 */
class BomTest {
  @Test
  void theBomPinsTheVersionsTheBuildUses() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document bom = factory.newDocumentBuilder().parse(Path.of(System.getProperty("parkdata.it.bom")).toFile());
    assertThat(text(bom, "version")).isEqualTo(System.getProperty("parkdata.it.version"));
    assertThat(text(bom, "guava.version")).isEqualTo(System.getProperty("parkdata.it.guava"));
    assertThat(text(bom, "jackson.version")).isEqualTo(System.getProperty("parkdata.it.jackson"));
    // The annotations the io module is tested with are the ones the BOM names.
    assertThat(Files.readString(Path.of(System.getProperty("parkdata.it.path"))))
        .contains("jackson-annotations-" + text(bom, "jackson-annotations.version") + ".jar");
  }

  /** The text of the first element named {@code name} (the project's own version comes first). */
  private static String text(Document document, String name) {
    return document.getElementsByTagName(name).item(0).getTextContent().strip();
  }
}
