package dev.parkdata.examples.cli;

import dev.parkdata.catalog.CatalogGrouping;
import dev.parkdata.location.Province;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.ParkKind;
import dev.parkdata.validation.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The one reader of each kind of name the tool's options take, shared by every command: a
 * province, a zone type of the catalogue, an approval level, a validation severity, a standard
 * indicator, a grouping of {@code catalog --summary} (units: {@link UnitNames}). Each reads the
 * names the model declares, simplified or traditional, English in any case with spaces or
 * underscores, the constant's name and the standard code, as {@link Vocabulary} describes:
 *
 * <ul>
 *   <li>province: 江苏省, 江苏, 苏, 江蘇, Jiangsu, JIANGSU, 32 or 320000 (GB/T 2260);
 *   <li>zone type: 高新技术产业开发区, 高新区, 高新區, high-tech industrial development zone,
 *       HIGH_TECH_ZONE;
 *   <li>approval level: 国务院, 國務院, State Council, STATE_COUNCIL, provincial;
 *   <li>severity: WARNING, warning, 警告;
 *   <li>indicator: revenue, 营业收入, 营收, 營收, operating revenue.
 * </ul>
 *
 * <p>Each vocabulary is built on first use, so that a command that takes no such option pays
 * nothing for it at start-up.
 */
final class Vocabularies {
  private Vocabularies() {}

  /** The provinces. */
  static Vocabulary<Province> provinces() {
    return Provinces.VOCABULARY;
  }

  /** The seven zone types of the catalogue. */
  static Vocabulary<ParkKind> zoneTypes() {
    return ZoneTypes.VOCABULARY;
  }

  /** The approval levels. */
  static Vocabulary<ApprovalLevel> levels() {
    return Levels.VOCABULARY;
  }

  /** The validation severities. */
  static Vocabulary<Severity> severities() {
    return Severities.VOCABULARY;
  }

  /** The standard indicators. */
  static Vocabulary<Indicator> indicators() {
    return StandardIndicators.VOCABULARY;
  }

  /** The groupings of {@code catalog --summary --by}. */
  static Vocabulary<String> groupings() {
    return Groupings.VOCABULARY;
  }

  private static final class Provinces {
    static final Vocabulary<Province> VOCABULARY = build();

    private static Vocabulary<Province> build() {
      Vocabulary.Builder<Province> b = Vocabulary.of("province", Province::chineseName);
      for (Province p : Province.values()) {
        b.addChinese(p, p.chineseName()).add(p, p.englishName(), p.name(), p.code(), p.code() + "0000");
      }
      return b.build();
    }
  }

  private static final class ZoneTypes {
    static final Vocabulary<ParkKind> VOCABULARY = build();

    private static Vocabulary<ParkKind> build() {
      Vocabulary.Builder<ParkKind> b = Vocabulary.of("zone type", ParkKind::chineseName);
      for (ParkKind kind : ParkKind.values()) {
        if (kind.isCatalogueType()) {
          b.addChinese(kind, kind.chineseName()).add(kind, kind.englishName(), kind.name());
        }
      }
      return b.build();
    }
  }

  private static final class Levels {
    static final Vocabulary<ApprovalLevel> VOCABULARY = build();

    private static Vocabulary<ApprovalLevel> build() {
      Vocabulary.Builder<ApprovalLevel> b = Vocabulary.of("approval level", ApprovalLevel::chineseName);
      for (ApprovalLevel level : ApprovalLevel.values()) {
        b.addChinese(level, level.chineseName()).add(level, level.englishName(), level.name());
      }
      return b.build();
    }
  }

  private static final class Severities {
    static final Vocabulary<Severity> VOCABULARY = build();

    private static Vocabulary<Severity> build() {
      Vocabulary.Builder<Severity> b = Vocabulary.of("severity", Severity::name);
      for (Severity severity : Severity.values()) {
        b.addChinese(severity, severity.chineseName()).add(severity, severity.englishName(), severity.name());
      }
      return b.build();
    }
  }

  /** A builder of the indicator vocabulary holding the standard indicators, to add a dataset's own to. */
  static Vocabulary.Builder<Indicator> indicatorsWith() {
    return StandardIndicators.builder();
  }

  private static final class StandardIndicators {
    static final Vocabulary<Indicator> VOCABULARY = builder().build();

    private static Vocabulary.Builder<Indicator> builder() {
      Vocabulary.Builder<Indicator> b = Vocabulary.of("indicator", i -> i.chineseName() + " (" + i.code() + ")");
      for (Indicator indicator : Indicators.standard()) {
        b.add(indicator, indicator.code());
        for (String name : Indicators.namesOf(indicator)) {
          if (Vocabulary.hasChinese(name)) {
            b.addChinese(indicator, name);
          } else {
            b.add(indicator, name);
          }
        }
      }
      return b;
    }
  }

  private static final class Groupings {
    static final Vocabulary<String> VOCABULARY = build();

    private static Vocabulary<String> build() {
      Vocabulary.Builder<String> b = Vocabulary.of("grouping", name -> name);
      for (String name : CatalogGrouping.names()) {
        b.add(name, name);
      }
      return b.build();
    }
  }

  /** Reads {@code text} with {@code vocabulary}, an unknown name a picocli conversion error (exit 2). */
  static <T> T convert(Vocabulary<T> vocabulary, String text) {
    try {
      return vocabulary.resolve(text);
    } catch (Vocabulary.Unknown e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** Reads a province option. */
  static final class ProvinceConverter implements ITypeConverter<Province> {
    @Override
    public Province convert(String text) {
      return Vocabularies.convert(provinces(), text);
    }
  }

  /** Reads a zone type option. */
  static final class ZoneTypeConverter implements ITypeConverter<ParkKind> {
    @Override
    public ParkKind convert(String text) {
      return Vocabularies.convert(zoneTypes(), text);
    }
  }

  /** Reads an approval level option. */
  static final class LevelConverter implements ITypeConverter<ApprovalLevel> {
    @Override
    public ApprovalLevel convert(String text) {
      return Vocabularies.convert(levels(), text);
    }
  }

  /** Reads a severity option. */
  static final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String text) {
      return Vocabularies.convert(severities(), text);
    }
  }

  /** Reads a grouping option. */
  static final class GroupingConverter implements ITypeConverter<String> {
    @Override
    public String convert(String text) {
      return Vocabularies.convert(groupings(), text);
    }
  }
}
