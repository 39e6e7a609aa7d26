package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.model.Names;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Park;
import dev.parkdata.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The embedded zones file is what the importer makes of the embedded CSV: they must not drift
 * apart. After changing the CSV or the importer, remake the zones file with {@link #REMAKE}.
 */
class EmbeddedEditionTest {
  static final String REMAKE = "./mvnw -pl catalog -am test"
      + " -Dtest='EmbeddedEditionTest#theZonesFileHoldsTheImportOfTheCsv'"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dparkdata.catalog.remake=true";

  private static final Path ZONES_SOURCE =
      Paths.get("src/main/resources/dev/parkdata/catalog", DevelopmentZoneCatalog.EDITION_2018_ZONES);

  @Test
  void theZonesFileHoldsTheImportOfTheCsv() throws IOException {
    CatalogImport fromCsv = csvImport();
    byte[] expected = CatalogZonesFile.write(fromCsv);
    if (Boolean.getBoolean("parkdata.catalog.remake")) {
      // The class path still holds the old copy until the next build.
      Files.write(ZONES_SOURCE, expected);
      assertThat(Files.readAllBytes(ZONES_SOURCE)).isEqualTo(expected);
      return;
    }
    String outOfStep = DevelopmentZoneCatalog.EDITION_2018_ZONES + " is out of step with "
        + DevelopmentZoneCatalog.EDITION_2018_CSV + " or the importer; remake it with " + REMAKE;
    CatalogImport embedded = CatalogZonesFile.read(resource(DevelopmentZoneCatalog.EDITION_2018_ZONES));
    // Parks, lines and violations first, so that a failure names what differs; then the bytes.
    assertThat(embedded.parks()).as(outOfStep).containsExactlyElementsOf(fromCsv.parks());
    assertThat(embedded.lines()).as(outOfStep).containsExactlyElementsOf(fromCsv.lines());
    assertThat(embedded.report().violations()).as(outOfStep).containsExactlyElementsOf(fromCsv.report().violations());
    assertThat(resource(DevelopmentZoneCatalog.EDITION_2018_ZONES)).as(outOfStep).isEqualTo(expected);
  }

  @Test
  void theEmbeddedEditionIsTheImportOfTheCsv() throws IOException {
    CatalogImport fromCsv = csvImport();
    // Parks, their short names, lines and every violation, including the three faults of the 2018 edition.
    assertThat(DevelopmentZoneCatalog.edition2018().imported()).isEqualTo(fromCsv);
    assertThat(fromCsv.report().violations()).hasSize(3);
    // 571 of its areas end in a 0 (3553.0): the parks above are equal whatever their scale.
    assertSameAreaDigits(DevelopmentZoneCatalog.edition2018().imported(), fromCsv);
  }

  /** Asserts that the areas of {@code read} have the digits of {@code imported}'s: a metric's equality ignores their scale. */
  static void assertSameAreaDigits(CatalogImport read, CatalogImport imported) {
    assertThat(read.parks()).hasSameSizeAs(imported.parks());
    for (int i = 0; i < imported.parks().size(); i++) {
      assertThat(read.parks().get(i).areas()).extracting(area -> area.metric().value().toString())
          .as("the areas of line %s", imported.lines().get(i))
          .isEqualTo(imported.parks().get(i).areas().stream().map(area -> area.metric().value().toString()).toList());
    }
  }

  @Test
  void theEmbeddedEditionSharesEqualValuesAsTheImporterDoes() {
    List<Park> parks = DevelopmentZoneCatalog.edition2018().parks();
    Park first = parks.get(0);
    Park sameProvince = parks.stream()
        .filter(p -> p != first && p.location().equals(first.location()))
        .findFirst().orElseThrow();
    assertThat(sameProvince.location().orElseThrow()).isSameAs(first.location().orElseThrow());
    List<Industry> industries = new ArrayList<>();
    parks.forEach(p -> industries.addAll(p.leadingIndustries()));
    assertThat(industries).hasSize(7_030);
    // By identity, not identity hash codes, which two values may share.
    Set<Industry> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    distinct.addAll(industries);
    assertThat(distinct).hasSize((int) industries.stream().map(Industry::name).distinct().count()).hasSize(1_075);
  }

  @Test
  void importsRoundTripThroughTheFormat() {
    CatalogImport imported = CatalogImporter.importRows(List.of(
        CatalogRow.of(2, cells("1", "G112001", "中关村科技园区", "北京市", "国务院", "高新技术产业开发区", "1988.05", "23252.0", "电子信息、生物医药")),
        CatalogRow.of(3, cells("2", "S377018", "山东淄川经济开发区", "山东省", "省政府", "经济开发区", "2006.04", "1000", "")),
        CatalogRow.of(4, cells("3", "S377018", "山东淄川经济开发区", "山东省", "省政府", "经济开发区", "2006.04", "1000.00", "")),
        CatalogRow.of(9, cells("", "", "", "", "", "", "", "", "")),
        CatalogRow.of(40_000, cells("a,b", "\"q\"", "x\ny", " ", "國務院", "類型", "2000.04/2002.12", "1", "医、药")),
        CatalogRow.of(40_001, cells("3", "S1", "甲", "", "", "", "0000.01", "0", "生物医药，医")),
        CatalogRow.of(40_002, cells("4", "G432034", "株洲高新技术产业开发区", "湖南省", "国务院", "高新技术产业开发区",
            "1992.11/1992.12/1993.01", "1234567890123456789012.5", "药、生物医药")),
        CatalogRow.of(Integer.MAX_VALUE, cells("\u001E\u001F\uFFFD", "\uD842\uDFB7", "\uD842", "", "", "", "", "", "\uDFB7"))));
    assertThat(imported.report().violations()).hasSizeGreaterThan(10);
    CatalogImport read = CatalogZonesFile.read(CatalogZonesFile.write(imported));
    assertThat(read).isEqualTo(imported);
    // Every value, the scale of the areas too: a metric's equality ignores it.
    assertSameAreaDigits(read, imported);
    assertThat(read.parks().get(6).areas().get(0).metric().value()).isEqualByComparingTo("1234567890123456789012.5");
    assertThat(read.parks().get(6).names().shortNames()).containsExactly("株洲高新区");
    // An industry met again is the same value.
    assertThat(read.parks().get(6).leadingIndustries().get(1)).isSameAs(read.parks().get(0).leadingIndustries().get(1));
    CatalogImport empty = CatalogImporter.importRows(List.of());
    assertThat(CatalogZonesFile.read(CatalogZonesFile.write(empty))).isEqualTo(empty);
  }

  @Test
  void aZoneTheFormatCannotHoldIsNotWritten() {
    Park park = CatalogImporter.importRows(List.of(
        CatalogRow.of(5, cells("1", "G112001", "中关村科技园区", "北京市", "国务院", "高新技术产业开发区", "1988.05", "1", "")))).parks().get(0);
    Park withAuthority = Park.builder().from(park)
        .approvals(List.of(Approval.builder().level(ApprovalLevel.STATE_COUNCIL).authority("国务院").build())).build();
    assertThatThrownBy(() -> CatalogZonesFile.write(CatalogImport.of(List.of(withAuthority), List.of(5), ValidationReport.of(List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the zone of line 5 holds what the format cannot");
    Park inCity = Park.builder().from(park).location(Location.builder().province(Province.BEIJING).city("北京市").build()).build();
    assertThatThrownBy(() -> CatalogZonesFile.write(CatalogImport.of(List.of(inCity), List.of(5), ValidationReport.of(List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 5");
    Park longName = Park.builder().from(park).names(Names.of("园".repeat(CatalogZonesFile.MAX_LENGTH + 1))).build();
    assertThatThrownBy(() -> CatalogZonesFile.write(CatalogImport.of(List.of(longName), List.of(5), ValidationReport.of(List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the zone of line 5: its name has more than the format's");
    Park longest = Park.builder().from(park).names(Names.of("园".repeat(CatalogZonesFile.MAX_LENGTH))).build();
    CatalogImport holdsLongest = CatalogImport.of(List.of(longest), List.of(5), ValidationReport.of(List.of()));
    assertThat(CatalogZonesFile.read(CatalogZonesFile.write(holdsLongest))).isEqualTo(holdsLongest);
  }

  @Test
  void aFileIsNotWrittenThatWouldBuildFarMoreTextThanItHolds() {
    Park park = CatalogImporter.importRows(List.of(
        CatalogRow.of(5, cells("1", "G112001", "中关村科技园区", "北京市", "国务院", "高新技术产业开发区", "1988.05", "1", "")))).parks().get(0);
    // 255 short names each cut from a name of 32,767 characters: 8 million characters of 66 KB.
    String name = "园".repeat(CatalogZonesFile.MAX_LENGTH);
    List<String> shortNames = new ArrayList<>();
    for (int i = 1; i <= 255; i++) {
      shortNames.add(name.substring(0, name.length() - i));
    }
    Park many = Park.builder().from(park).names(Names.builder().official(name).addAllShortNames(shortNames).build()).build();
    assertThatThrownBy(() -> CatalogZonesFile.write(CatalogImport.of(List.of(many), List.of(5), ValidationReport.of(List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the short names of line 5 take more of names than the file holds");
    // Six such short names are within the bound.
    Park six = Park.builder().from(park).names(Names.builder().official(name).addAllShortNames(shortNames.subList(0, 6)).build()).build();
    CatalogImport holdsSix = CatalogImport.of(List.of(six), List.of(5), ValidationReport.of(List.of()));
    assertThat(CatalogZonesFile.read(CatalogZonesFile.write(holdsSix))).isEqualTo(holdsSix);
  }

  @Test
  void anAreaOfMoreCharactersThanTheImporterReadsIsRefusedBeforeItIsParsed() {
    byte[] good = oneZone();
    int sections = CatalogZonesFile.MAGIC.length() + 1;
    int area = sections + 12 + 4 + 14;
    int recordsEnd = sections + 12 + ByteBuffer.wrap(good, sections, 4).getInt();
    int latin1Length = ByteBuffer.wrap(good, sections + 4, 4).getInt();
    for (int digits : new int[] {CatalogImporter.MAX_AREA_LENGTH, CatalogImporter.MAX_AREA_LENGTH + 1}) {
      // The area as text (form 1) rather than as a long and a scale, its digits after the code.
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      file.write(good, 0, sections);
      file.writeBytes(ByteBuffer.allocate(12).putInt(recordsEnd - sections - 12 - 8).putInt(latin1Length + digits)
          .putInt(ByteBuffer.wrap(good, sections + 8, 4).getInt()).array());
      file.write(good, sections + 12, area + 1 - sections - 12);
      file.write(1);
      file.writeBytes(ByteBuffer.allocate(2).putShort((short) (0x8000 | digits)).array());
      file.write(good, area + 1 + 11, recordsEnd + latin1Length - area - 12);
      file.writeBytes("7".repeat(digits).getBytes(StandardCharsets.ISO_8859_1));
      file.write(good, recordsEnd + latin1Length, good.length - recordsEnd - latin1Length);
      byte[] bytes = withChecksum(file.toByteArray());
      if (digits <= CatalogImporter.MAX_AREA_LENGTH) {
        // Beyond the figure limits: a metric refuses it, once read.
        assertThatThrownBy(() -> CatalogZonesFile.read(bytes))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("the record of line 2 makes no zone");
      } else {
        assertThatThrownBy(() -> CatalogZonesFile.read(bytes))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("the zone of line 2 has an area of more characters than the importer reads");
      }
    }
  }

  @Test
  void aDamagedFileIsRejectedNotMisread() {
    byte[] good = oneZone();
    assertThatThrownBy(() -> CatalogZonesFile.read("catalog\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a catalogue zones file");
    assertThatThrownBy(() -> CatalogZonesFile.read(Arrays.copyOf(good, good.length - 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("damaged");
    // Any byte changed, in the text or the checksum, is found.
    for (int i = 0; i < good.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] broken = good.clone();
        broken[i] ^= (byte) (1 << bit);
        assertThatThrownBy(() -> CatalogZonesFile.read(broken))
            .as("byte %s, bit %s", i, bit)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageMatching(".*(damaged|not a catalogue zones file).*");
      }
    }
  }

  @Test
  void aFileWhoseRecordsDoNotFitItsTextIsRejectedEvenWithAGoodChecksum() {
    byte[] good = oneZone();
    int sections = CatalogZonesFile.MAGIC.length() + 1;
    int zone = sections + 12 + 4; // the first zone's record, after the number of zones
    // The UTF-16 section without the last industry's last character (its last two bytes), its length told.
    byte[] shorter = Arrays.copyOf(good, good.length - 2);
    shorter[sections + 11] -= 2;
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(shorter)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2 is cut short");
    // The same, its length not told.
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(Arrays.copyOf(good, good.length - 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lengths of its sections");
    // Half a character: an odd number of UTF-16 bytes.
    byte[] half = Arrays.copyOf(good, good.length - 1);
    half[sections + 11] -= 1;
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(half)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lengths of its sections");
    // The name in the section of Latin-1 texts: there is not so much Latin-1 text.
    byte[] moved = good.clone();
    moved[zone + 6] |= (byte) 0x80;
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(moved)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cut short");
    // A code of one character fewer: one of the Latin-1 section's is left over.
    byte[] leftOver = good.clone();
    leftOver[zone + 5] -= 1;
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(leftOver)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not account for all of its text");
    // A province, a type, a level or a month that is none.
    for (int[] change : new int[][] {{zone + 8, 0xFE}, {zone + 9, 0xFE}, {zone + 11, 0xFE}, {zone + 12, 0x01}}) {
      byte[] none = good.clone();
      none[change[0]] = (byte) change[1];
      assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(none)))
          .as("byte %s", change[0])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageMatching("the zone of line 2 has (no such|an approval month beyond).*");
    }
    // The records told shorter than they are, the text longer.
    byte[] lessRecord = good.clone();
    lessRecord[sections + 3] -= 2;
    lessRecord[sections + 7] += 2;
    // Its code then begins with the last two bytes of the records.
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(lessRecord)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the record of line 2 makes no zone: Identifier.value");
    // More zones than the records hold: the number of violations is read as the second's line.
    byte[] moreZones = good.clone();
    moreZones[zone - 1] = 2;
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(moreZones)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zone 1 has no line");
    // A number of zones beyond an int, and a zone on no line.
    byte[] manyZones = good.clone();
    Arrays.fill(manyZones, zone - 4, zone, (byte) 0xFF);
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(manyZones)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the number of zones is beyond the format's");
    byte[] noLine = good.clone();
    Arrays.fill(noLine, zone, zone + 4, (byte) 0);
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(noLine)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zone 0 has no line: 0");
    int area = zone + 14;
    int shortNames = area + 1 + 1 + 8 + 2;
    // A short name that begins with more than the name has.
    byte[] longShort = good.clone();
    longShort[shortNames + 1 + 2] = 0x7F;
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(longShort)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("begins with more than its zone's name");
    // An area in no known form.
    byte[] noForm = good.clone();
    noForm[area + 1] = 7;
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(noForm)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an area in no known form");
    // An industry whose name has not been given.
    byte[] industry = good.clone();
    int industries = shortNames + 1 + 6;
    industry[industries + 2 + 1] = 1;
    assertThatThrownBy(() -> CatalogZonesFile.read(withChecksum(industry)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an industry not yet given");
  }

  /** A file of one zone: 株洲高新技术产业开发区 with one approval, area, short name and two industries. */
  private static byte[] oneZone() {
    CatalogImport imported = CatalogImporter.importRows(List.of(CatalogRow.of(2,
        cells("1", "G432034", "株洲高新技术产业开发区", "湖南省", "国务院", "高新技术产业开发区", "1992.11", "1", "乙、丙"))));
    assertThat(imported.parks().get(0).names().shortNames()).hasSize(1);
    assertThat(imported.report().violations()).isEmpty();
    return CatalogZonesFile.write(imported);
  }

  /** {@code file} with the checksum of its other bytes in its last four. */
  private static byte[] withChecksum(byte[] file) {
    CRC32 crc = new CRC32();
    crc.update(file, 0, file.length - 4);
    for (int i = 0; i < 4; i++) {
      file[file.length - 4 + i] = (byte) (crc.getValue() >>> (24 - 8 * i));
    }
    return file;
  }

  private static String[] cells(String... cells) {
    return cells;
  }

  private static CatalogImport csvImport() throws IOException {
    try (Reader reader = csvReader()) {
      return CatalogImporter.read(reader);
    }
  }

  private static Reader csvReader() {
    return new InputStreamReader(
        DevelopmentZoneCatalog.class.getResourceAsStream(DevelopmentZoneCatalog.EDITION_2018_CSV),
        StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DevelopmentZoneCatalog.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return in.readAllBytes();
    }
  }
}
