package dev.parkdata.examples.cli;

import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.Magnitude;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnitCatalog;
import dev.parkdata.unit.UnknownUnitException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one reader of the units the tool's options and arguments name. First as the library reads
 * them ({@link Unit#parse}: 亩, 畝, km², 亿元, 萬元/畝, CNY), then by what the unit catalogue
 * declares in English, in any case, with spaces or underscores: the English name ({@code
 * hectare}, {@code square kilometre}, {@code yuan (CNY)}), its singular and plural nouns ({@code
 * mu}, {@code square kilometres}, {@code people}), its symbol ({@code US$}) and its UN/CEFACT or
 * ISO 4217 code ({@code HAR}, {@code KMK}, {@code cny}), after an English magnitude word ({@code
 * hundred million yuan}) and as a ratio ({@code yuan per mu}, {@code CNY/HAR}). An English name
 * that several units share ({@code person}: 名, 人, 位) is refused, naming them; an unknown unit
 * is refused with the closest spellings ("did you mean 公顷 (hectare)?").
 */
final class UnitNames {
  private static final Pattern PER = Pattern.compile("\\s+per\\s+|/", Pattern.CASE_INSENSITIVE);

  private UnitNames() {}

  /**
   * The unit {@code text} names.
   *
   * @throws Vocabulary.Unknown naming the input, and the closest known spellings where there are
   *     any
   */
  static Unit resolve(String text) {
    UnknownUnitException asParsed;
    try {
      return Unit.parse(text);
    } catch (UnknownUnitException e) {
      asParsed = e;
    }
    if (text.length() > UnitCatalog.MAX_LENGTH) {
      throw new Vocabulary.Unknown(asParsed.getMessage());
    }
    String[] parts = PER.split(text.strip(), -1);
    try {
      try {
        return simple(text); // a whole name first: floating-point operations per second
      } catch (Vocabulary.Unknown notWhole) {
        if (parts.length != 2) {
          throw notWhole;
        }
        return Unit.ratio(simple(parts[0]), simple(parts[1]));
      }
    } catch (Vocabulary.Unknown notEnglish) {
      if (!asParsed.getMessage().endsWith("not in the unit catalogue")) {
        throw new Vocabulary.Unknown(asParsed.getMessage()); // says why (no magnitude word for %, two '/' …)
      }
      String said = notEnglish.getMessage();
      // the English reader's own error when it found several units, else the parser's with suggestions
      throw new Vocabulary.Unknown(said.startsWith("ambiguous") ? said : asParsed.getMessage() + hint(parts));
    }
  }

  private static Unit simple(String part) {
    try {
      return Unit.parse(part);
    } catch (UnknownUnitException e) {
      // then English, below
    }
    String key = Vocabulary.key(part);
    for (Magnitude m : Holder.MAGNITUDES) {
      String word = Vocabulary.key(m.englishWord());
      if (key.startsWith(word) && key.length() > word.length()) {
        List<BaseUnit> base = Holder.ENGLISH.exact(key.substring(word.length()));
        if (base.size() == 1 && base.get(0).isScalable()) {
          return Unit.of(m, base.get(0));
        }
      }
    }
    return Unit.of(Holder.ENGLISH.resolveExactly(part));
  }

  /** {@code ; did you mean 公顷 (hectare)?} for the part of a ratio that names nothing, or empty. */
  private static String hint(String[] parts) {
    for (String part : parts) {
      try {
        simple(part);
      } catch (Vocabulary.Unknown e) {
        List<BaseUnit> close = Holder.ALL.closest(part.strip());
        if (!close.isEmpty()) {
          StringBuilder hint = new StringBuilder("; did you mean ");
          for (int i = 0; i < close.size() && i < Vocabulary.MAX_LISTED; i++) {
            hint.append(i == 0 ? "" : " or ").append(describe(close.get(i)));
          }
          return hint.append('?').toString();
        }
      }
    }
    return "";
  }

  /** {@code 公顷 (hectare)}. */
  static String describe(BaseUnit unit) {
    return unit.name() + " (" + unit.englishName() + ")";
  }

  /** The vocabularies, built on first use. */
  private static final class Holder {
    /** English names, nouns, symbols and codes of the standard units. */
    static final Vocabulary<BaseUnit> ENGLISH;
    /** Those and every Chinese spelling, for suggestions. */
    static final Vocabulary<BaseUnit> ALL;
    /** The magnitudes with an English word, the longest word first (ten thousand before thousand). */
    static final List<Magnitude> MAGNITUDES;

    static {
      Vocabulary.Builder<BaseUnit> english = Vocabulary.of("unit", UnitNames::describe);
      Vocabulary.Builder<BaseUnit> all = Vocabulary.of("unit", UnitNames::describe);
      for (BaseUnit unit : UnitCatalog.standard().baseUnits()) {
        String[] names = {
          unit.englishName(), unit.englishSingular(), unit.englishPlural(), unit.englishSymbol().orElse(""),
          unit.code().orElse("")
        };
        english.add(unit, names);
        all.add(unit, names).add(unit, unit.spellings().toArray(new String[0]));
      }
      ENGLISH = english.build();
      ALL = all.build();
      List<Magnitude> magnitudes = new ArrayList<>(List.of(Magnitude.values()));
      magnitudes.remove(Magnitude.ONE);
      magnitudes.sort(Comparator.comparingInt((Magnitude m) -> m.englishWord().length()).reversed());
      MAGNITUDES = List.copyOf(magnitudes);
    }
  }
}
