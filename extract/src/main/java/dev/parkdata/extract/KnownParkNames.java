package dev.parkdata.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Names of parks that no rule of {@link ParkScan} finds and the catalogue does not hold, as people
 * write them (竹科, 數碼港, 前海): the curated table {@code known-park-names.tsv}, each name with
 * the public page that gives it. A name counts only where the characters about it do not make it
 * another word: the character after it (南科大 is a university, 前海湾 a bay), the character before
 * it (目前海关 is 目前 and 海关, 西南科技大学 a university), and a province's or prefecture's name
 * it would begin inside ({@link ParkScan#startsInPlace}: 湖南科技大学 holds 湖南, not 南科). Any
 * other character may stand before a name, not only punctuation or a function word: real reports
 * write 其中竹科, 今年竹科, 登陸橫琴, 赴前海, 報道數碼港.
 */
final class KnownParkNames {
  private static final String FILE = "known-park-names.tsv";
  /**
   * A name of the table: as written, the characters it is never followed by as this name, those
   * it is never preceded by as this name, its park's full name.
   */
  private record Entry(String name, String notBefore, String notAfter, String park) {}

  /** The names, longest first. */
  private static final List<Entry> NAMES = read();
  /** The last characters of the names: most positions of a text end none, which one look says. */
  private static final String LAST = lastCharacters();

  private KnownParkNames() {}

  /**
   * The start of the longest known name occupying {@code t[start, end)} with {@code start >= s},
   * where neither {@code t[end]} (if {@code end < e}) nor {@code t[start - 1]} (if {@code start >
   * s}) makes it part of another word, and no province's or prefecture's name starting before it
   * ends inside it; or -1.
   */
  static int startEndingAt(CharSequence t, int s, int end, int e) {
    if (end <= s || LAST.indexOf(t.charAt(end - 1)) < 0) {
      return -1;
    }
    for (Entry entry : NAMES) {
      int start = end - entry.name().length();
      if (start >= s && Text.startsWith(t, start, end, entry.name())
          && (end == e || entry.notBefore().indexOf(t.charAt(end)) < 0)
          && (start == s || entry.notAfter().indexOf(t.charAt(start - 1)) < 0)
          && !ParkScan.startsInPlace(t, s, start, end)) {
        return start;
      }
    }
    return -1;
  }

  /** The full name of the park {@code written} names, if it is a name of the table: 竹科 is 新竹科學園區. */
  static Optional<String> fullName(String written) {
    for (Entry entry : NAMES) {
      if (entry.name().equals(written)) {
        return Optional.of(entry.park());
      }
    }
    return Optional.empty();
  }

  /** The names of the table, longest first, for tests. */
  static List<String> names() {
    return NAMES.stream().map(Entry::name).toList();
  }

  private static String lastCharacters() {
    StringBuilder last = new StringBuilder();
    for (Entry entry : NAMES) {
      last.append(entry.name().charAt(entry.name().length() - 1));
    }
    return last.toString();
  }

  private static List<Entry> read() {
    List<Entry> names = new ArrayList<>();
    try (InputStream in = KnownParkNames.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the class path");
      }
      int line = 0;
      for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] cells = row.split("\t", -1);
        if (cells.length != 5 || cells[0].isEmpty() || cells[1].isEmpty() || !cells[4].startsWith("http")) {
          throw new IllegalStateException(
              FILE + " line " + line + ": not name, park, characters after, characters before, source");
        }
        int paren = cells[1].indexOf(" (");
        names.add(new Entry(cells[0], cells[2], cells[3], paren < 0 ? cells[1] : cells[1].substring(0, paren)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    names.sort(Comparator.comparingInt((Entry n) -> n.name().length()).reversed());
    return List.copyOf(names);
  }
}
