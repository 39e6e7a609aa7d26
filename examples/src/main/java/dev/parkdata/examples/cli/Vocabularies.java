package dev.parkdata.examples.cli;

import dev.parkdata.catalog.CatalogGrouping;
import dev.parkdata.location.Province;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.ParkKind;
import dev.parkdata.validation.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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

  /**
   * A vocabulary of {@code values} by their Chinese name ({@code chinese}, whose parts and
   * abbreviations also name them), English name ({@code english}) and constant name.
   */
  private static <E extends Enum<E>> Vocabulary.Builder<E> named(
      String what, Function<E, String> display, List<E> values, Function<E, String> chinese, Function<E, String> english) {
    Vocabulary.Builder<E> b = Vocabulary.of(what, display);
    for (E value : values) {
      b.addChinese(value, chinese.apply(value)).add(value, english.apply(value), value.name());
    }
    return b;
  }

  private static final class Provinces {
    static final Vocabulary<Province> VOCABULARY = build();

    private static Vocabulary<Province> build() {
      Vocabulary.Builder<Province> b = named(
          "province", Province::chineseName, List.of(Province.values()), Province::chineseName, Province::englishName);
      for (Province p : Province.values()) {
        b.add(p, p.code(), p.code() + "0000"); // GB/T 2260: 32 and 320000
      }
      return b.build();
    }
  }

  private static final class ZoneTypes {
    static final Vocabulary<ParkKind> VOCABULARY = named("zone type", ParkKind::chineseName,
        Arrays.stream(ParkKind.values()).filter(ParkKind::isCatalogueType).collect(Collectors.toList()),
        ParkKind::chineseName, ParkKind::englishName).build();
  }

  private static final class Levels {
    static final Vocabulary<ApprovalLevel> VOCABULARY = named("approval level", ApprovalLevel::chineseName,
        List.of(ApprovalLevel.values()), ApprovalLevel::chineseName, ApprovalLevel::englishName).build();
  }

  private static final class Severities {
    static final Vocabulary<Severity> VOCABULARY = named("severity", Severity::name,
        List.of(Severity.values()), Severity::chineseName, Severity::englishName).build();
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

  /** Reads an option with a vocabulary, an unknown name a picocli conversion error (exit 2). */
  private abstract static class Converter<T> implements ITypeConverter<T> {
    private final Supplier<Vocabulary<T>> vocabulary;

    Converter(Supplier<Vocabulary<T>> vocabulary) {
      this.vocabulary = vocabulary;
    }

    @Override
    public T convert(String text) {
      try {
        return vocabulary.get().resolve(text);
      } catch (Vocabulary.Unknown e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads a province option. */
  static final class ProvinceConverter extends Converter<Province> {
    ProvinceConverter() {
      super(Vocabularies::provinces);
    }
  }

  /** Reads a zone type option. */
  static final class ZoneTypeConverter extends Converter<ParkKind> {
    ZoneTypeConverter() {
      super(Vocabularies::zoneTypes);
    }
  }

  /** Reads an approval level option. */
  static final class LevelConverter extends Converter<ApprovalLevel> {
    LevelConverter() {
      super(Vocabularies::levels);
    }
  }

  /** Reads a severity option. */
  static final class SeverityConverter extends Converter<Severity> {
    SeverityConverter() {
      super(Vocabularies::severities);
    }
  }

  /** Reads a grouping option. */
  static final class GroupingConverter extends Converter<String> {
    GroupingConverter() {
      super(Vocabularies::groupings);
    }
  }
}
