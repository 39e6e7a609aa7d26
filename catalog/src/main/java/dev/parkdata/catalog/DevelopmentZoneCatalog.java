package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.unit.Unit;
import dev.parkdata.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue of development zones: the 中国开发区审核公告目录 as typed {@link Park}s, with lookups,
 * queries and totals, and the {@linkplain #validation() faults} its rows have.
 *
 * <pre>{@code
 * DevelopmentZoneCatalog catalog = DevelopmentZoneCatalog.edition2018();   // 2,543 zones
 * catalog.byCode("G112001");                          // 中关村科技园区
 * catalog.nameContains("蘇州工業園");                  // traditional input finds 苏州工业园区
 * catalog.byProvince(Province.GANSU);
 * catalog.query().ofType(ParkKind.HIGH_TECH_ZONE).approvedSince(2010).count();
 * catalog.summarize(CatalogGrouping.PROVINCE, Units.SQUARE_KILOMETRE);  // zones and area per province
 * catalog.total(Units.SQUARE_KILOMETRE);              // 2543 zones, 17973.886平方公里
 * }</pre>
 *
 * <p>{@link #edition2018()} is the 2018 edition embedded in this library, read on the first call
 * and kept; {@link #of(Reader)} and {@link #of(Path)} read users' copies and later editions in
 * the same CSV layout ({@link CatalogImporter}). Every row becomes a zone, in file order, even
 * a faulty one; its faults are its {@link #validation()} report.
 *
 * <h2>Searching by name</h2>
 * Names and search texts are folded before they are compared: full-width characters become
 * half-width ({@code （} is {@code (}), white space is ignored, and traditional characters become
 * simplified for every character that occurs in the 2018 edition's zone names (蘇州工業園區 finds
 * 苏州工业园区). Known variant characters of the catalogue fold too: 湽 to 淄, so {@code 淄博}
 * finds 湽博高新技术产业开发区 under the name the catalogue gives it. This is a search aid, not
 * a general converter: a traditional character whose simplified form no zone name contains is
 * left as it is.
 *
 * <p>Zones have their systematic short names ({@link dev.parkdata.model.Names#shortNames()}),
 * which the name searches find: X高新区 for X高新技术产业开发区 (and X高技术产业开发区,
 * X新技术开发区), X经开区 for X经济技术开发区 and X经济开发区, X综保区 for X综合保税区, X边合区 for
 * X边境经济合作区, X经合区 for X经济合作区, X工业园 for X工业园区; each also without a leading province (山东淄川经济开发区 is also 山东淄川经开区,
 * 淄川经开区 and 淄川经济开发区), a city's 市 (深圳高新区) or with a zone inside the name short too
 * (苏州高新区综保区). A zone named exactly or by a short name ranks before the zones whose names
 * merely contain the text: {@code nameContains("苏州高新区")} lists 苏州高新技术产业开发区 first,
 * its 综合保税区 after. {@link ParkNameResolver} knows more forms, and which zone a name means.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DevelopmentZoneCatalog {
  /** The embedded 2018 edition as published, in the CSV layout of {@link CatalogImporter}. */
  static final String EDITION_2018_CSV = "development-zones-2018.csv";
  /** What {@link CatalogImporter} makes of it, which {@link #edition2018()} reads: see {@link CatalogZonesFile}. */
  static final String EDITION_2018_ZONES = "development-zones-2018.zones";

  private final CatalogImport imported;
  // The maps are filled in the constructor and never changed: safely published by final fields.
  // Plain maps and JDK lists rather than Guava multimaps and immutable lists, whose classes alone
  // cost a cold first load ~10 ms each.
  /** The first zone of each code. */
  private final Map<String, Park> byCode;
  /** The zones of each code given to more than one (a faulty file's). */
  private final Map<String, List<Park>> repeatedCodes;
  private final Map<Province, List<Park>> byProvince;
  /** The zones' placements, made on first use: placing needs the divisions, which the first load does without. */
  private volatile Map<Park, Optional<Placement>> placements;

  private DevelopmentZoneCatalog(CatalogImport imported) {
    this.imported = imported;
    List<Park> parks = imported.parks();
    Map<String, Park> codes = new HashMap<>(parks.size() * 2);
    // A code repeated in many rows: its parks are gathered, then copied once (not once a row).
    Map<String, List<Park>> repeated = new HashMap<>();
    Map<Province, List<Park>> provinces = new EnumMap<>(Province.class);
    for (int i = 0; i < parks.size(); i++) {
      Park park = parks.get(i);
      String code = park.id().value();
      Park before = codes.putIfAbsent(code, park);
      if (before != null) {
        // Not computeIfAbsent: a lambda costs a cold first load its linking.
        List<Park> same = repeated.get(code);
        if (same == null) {
          same = new ArrayList<>();
          same.add(before);
          repeated.put(code, same);
        }
        same.add(park);
      }
      Optional<Location> location = park.location();
      if (location.isPresent() && location.get().province().isPresent()) {
        Province province = location.get().province().get();
        List<Park> inProvince = provinces.get(province);
        if (inProvince == null) {
          inProvince = new ArrayList<>();
          provinces.put(province, inProvince);
        }
        inProvince.add(park);
      }
    }
    Map<String, List<Park>> repeatedCodes = new HashMap<>();
    for (Map.Entry<String, List<Park>> e : repeated.entrySet()) {
      repeatedCodes.put(e.getKey(), List.copyOf(e.getValue()));
    }
    Map<Province, List<Park>> byProvince = new EnumMap<>(Province.class);
    // By the provinces rather than the map's entries, whose classes a cold load would load.
    for (Province province : Province.values()) {
      List<Park> inProvince = provinces.get(province);
      if (inProvince != null) {
        byProvince.put(province, List.copyOf(inProvince));
      }
    }
    this.byCode = codes;
    this.repeatedCodes = repeatedCodes;
    this.byProvince = byProvince;
  }

  /** Holds the embedded edition: loaded when first asked for, once, safely across threads. */
  private static final class Edition2018 {
    static final DevelopmentZoneCatalog INSTANCE = load();

    private static DevelopmentZoneCatalog load() {
      byte[] zones;
      try (InputStream in = DevelopmentZoneCatalog.class.getResourceAsStream(EDITION_2018_ZONES)) {
        if (in == null) {
          throw new IllegalStateException(
              "the embedded catalogue " + EDITION_2018_ZONES + " is missing from the class path");
        }
        zones = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedded catalogue " + EDITION_2018_ZONES, e);
      }
      try {
        return of(CatalogZonesFile.read(zones));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("the embedded catalogue " + EDITION_2018_ZONES + " is damaged", e);
      }
    }
  }

  /**
   * The 2018 edition of the 中国开发区审核公告目录 (NDRC and others), embedded in this library: 2,543
   * zones, 552 approved by the State Council and 1,991 by provincial governments. Read on the
   * first call, then shared.
   */
  public static DevelopmentZoneCatalog edition2018() {
    return Edition2018.INSTANCE;
  }

  /**
   * Reads a catalogue in the CSV layout of {@link CatalogImporter}. The reader is not closed.
   *
   * @throws CatalogFormatException if the text is not in the layout (a column is missing, the
   *     CSV is malformed); faults of single rows are in {@link #validation()} instead
   */
  public static DevelopmentZoneCatalog of(Reader reader) {
    return of(CatalogImporter.read(checkNotNull(reader, "reader")));
  }

  /**
   * Reads a catalogue file in UTF-8, in the CSV layout of {@link CatalogImporter}; see {@link
   * #of(Path, Charset)}.
   *
   * @throws IOException if the file cannot be read
   * @throws CatalogFormatException if the file is not in the layout or not in UTF-8
   */
  public static DevelopmentZoneCatalog of(Path file) throws IOException {
    return of(file, StandardCharsets.UTF_8);
  }

  /**
   * Reads a catalogue file in {@code encoding} (UTF-8, or GB18030 for a file saved by Chinese
   * office software), in the CSV layout of {@link CatalogImporter}, in memory proportional to
   * its rows. A row with bytes that are not valid in the encoding is a {@code
   * catalog.encoding-invalid} error of {@link #validation()} at its line, with the byte offset.
   *
   * @throws IOException if the file cannot be read
   * @throws CatalogFormatException if the file is not in the layout, or plainly in another
   *     encoding (see {@link CatalogImporter#read(InputStream, Charset)})
   */
  public static DevelopmentZoneCatalog of(Path file, Charset encoding) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(encoding, "encoding");
    try (InputStream in = Files.newInputStream(file)) {
      return of(CatalogImporter.read(in, encoding));
    }
  }

  /** A catalogue of the zones and problems of {@code imported}. */
  public static DevelopmentZoneCatalog of(CatalogImport imported) {
    return new DevelopmentZoneCatalog(checkNotNull(imported, "imported"));
  }

  /** Every zone, in file order. */
  public List<Park> parks() {
    return imported.parks();
  }

  /** The number of zones. */
  public int size() {
    return imported.parks().size();
  }

  /**
   * The validation status of the catalogue: the faults of its rows, ordered by line, each a
   * {@link dev.parkdata.validation.Violation} with a {@code catalog.} code and a path such as
   * {@code rows[932].代码}; empty for a faultless file. The codes are listed in {@link
   * CatalogImporter}. For the 2018 edition: one {@code catalog.duplicate-code} error (S377018)
   * and two {@code catalog.approval-date-multiple} notes (G313031, G513119).
   */
  public ValidationReport validation() {
    return imported.report();
  }

  /** The import this catalogue was made of: its zones with their lines, and the problems. */
  public CatalogImport imported() {
    return imported;
  }

  /**
   * The zone with catalogue code {@code code} ({@code "G112001"}). Should a code be given to
   * more than one zone (a {@code catalog.duplicate-code} violation), this is the first in file
   * order; {@link #allByCode} has them all.
   */
  public Optional<Park> byCode(String code) {
    return Optional.ofNullable(byCode.get(checkNotNull(code, "code")));
  }

  /** Every zone with catalogue code {@code code}: one, none or, for a faulty file, several. */
  public List<Park> allByCode(String code) {
    List<Park> parks = repeatedCodes.get(checkNotNull(code, "code"));
    if (parks != null) {
      return parks;
    }
    Park park = byCode.get(code);
    return park == null ? List.of() : List.of(park);
  }

  /** The zones named {@code name}, officially or by a short name, after folding (see the class documentation). */
  public List<Park> byName(String name) {
    return query().named(name).parks();
  }

  /**
   * The zones whose name, official or short, contains {@code text}, after folding: {@code 淄博},
   * {@code 蘇州}, {@code 株洲高新区}; those named so exactly first (see the class documentation).
   */
  public List<Park> nameContains(String text) {
    return query().nameContains(text).parks();
  }

  /** The zones in {@code province}, in file order. */
  public List<Park> byProvince(Province province) {
    List<Park> parks = byProvince.get(checkNotNull(province, "province"));
    return parks == null ? List.of() : parks;
  }

  /** The zones of type {@code type} (开发区类型). */
  public List<Park> byType(ParkKind type) {
    return query().ofType(type).parks();
  }

  /** The zones first approved at {@code level} (批准级别). */
  public List<Park> byLevel(ApprovalLevel level) {
    return query().atLevel(level).parks();
  }

  /** The zones first approved in the years {@code fromYear} to {@code toYear}, both included. */
  public List<Park> approvedBetween(int fromYear, int toYear) {
    return query().approvedBetween(fromYear, toYear).parks();
  }

  /** The zones with the leading industry {@code industry} (主导产业), after folding. */
  public List<Park> withLeadingIndustry(String industry) {
    return query().withLeadingIndustry(industry).parks();
  }

  /** A query of every zone, to narrow with criteria: {@code query().inProvince(GANSU).atLevel(STATE_COUNCIL)}. */
  public CatalogQuery query() {
    return CatalogQuery.of(ImmutableList.copyOf(imported.parks()), this);
  }

  /**
   * Where {@code park} lies, as precisely as its name and province determine: the county when
   * the name says it (山东淄川经济开发区 → 370302 淄川区), else the prefecture (株洲高新技术产业开发区 →
   * 430200 株洲市), else the province alone (海南洋浦经济开发区 → 460000 海南省), with the reason. The
   * divisions are GB/T 2260's as in use at the end of 2018, the 2018 edition's year ({@link
   * Divisions}). Empty for a zone without a province. Works for any park; the catalogue's own
   * are placed once, on the first call, which reads the divisions.
   */
  public Optional<Placement> placement(Park park) {
    checkNotNull(park, "park");
    Optional<Placement> placement = placements().get(park);
    return placement != null ? placement : ZonePlacer.embedded().place(park);
  }

  private Map<Park, Optional<Placement>> placements() {
    Map<Park, Optional<Placement>> map = placements;
    if (map == null) {
      ZonePlacer placer = ZonePlacer.embedded();
      map = new IdentityHashMap<>(size() * 2);
      for (Park park : imported.parks()) {
        map.put(park, placer.place(park));
      }
      placements = map; // racing threads compute equal maps: harmless
    }
    return map;
  }

  /**
   * The zones in the prefecture-level city {@code city}, by name ({@code 苏州}, {@code 苏州市}) or
   * code ({@code 320500}): those placed in it or in one of its counties ({@link #placement}). A
   * municipality (北京, 上海, 天津, 重庆) counts as a city. Zones placed in the province only are
   * in no city.
   */
  public List<Park> byCity(String city) {
    return query().inCity(city).parks();
  }

  /** The zones placed in the county-level division {@code county}, by name ({@code 淄川}, {@code 淄川区}) or code. */
  public List<Park> byCounty(String county) {
    return query().inCounty(county).parks();
  }

  /** The number of zones of each group; see {@link CatalogQuery#countBy}. */
  public <K> Map<K, Integer> countBy(CatalogGrouping<K> grouping) {
    return query().countBy(grouping);
  }

  /** The number of zones and total approved area of each group; see {@link CatalogQuery#summarize}. */
  public <K> Map<K, CatalogTotal> summarize(CatalogGrouping<K> grouping, Unit unit) {
    return query().summarize(grouping, unit);
  }

  /** The number of zones and their total approved area in {@code unit}; see {@link CatalogQuery#total}. */
  public CatalogTotal total(Unit unit) {
    return query().total(unit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DevelopmentZoneCatalog && ((DevelopmentZoneCatalog) o).imported.equals(imported);
  }

  @Override
  public int hashCode() {
    return imported.hashCode();
  }

  /** {@code DevelopmentZoneCatalog{2543 zones, 3 violations}}. */
  @Override
  public String toString() {
    return "DevelopmentZoneCatalog{" + size() + " zones, " + validation().size() + " violations}";
  }
}
