package dev.parkdata.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;

import dev.parkdata.catalog.NameFolding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a user may type for one kind of thing (a province, a zone type, a severity …), read the
 * same way by every command: the spellings are those the model declares (Chinese and English
 * names, constant names, codes), never a list of the tool's own.
 *
 * <p>Text is compared by its {@linkplain #key key}: folded as the catalogue folds names
 * (traditional characters to simplified, full-width to ASCII, {@link NameFolding}), in lower case,
 * without white space, {@code _} or {@code -}; so 廣東, {@code Inner Mongolia}, {@code
 * inner_mongolia} and {@code INNER-MONGOLIA} are read. Failing an exact spelling, Chinese text
 * that is part of one Chinese name (苏, 内蒙) or its characters in order (高新区 of
 * 高新技术产业开发区) names that value, as does Latin text that begins one spelling ({@code
 * provincial}), when exactly one value is so named. Anything else is an {@link Unknown} error that
 * names the closest spellings by edit distance ("did you mean 江苏省?") or the candidates of an
 * ambiguous text.
 *
 * @param <T> what is named
 */
final class Vocabulary<T> {
  /** Latin text names the value whose spelling it begins only if it is at least this long. */
  private static final int MIN_PREFIX = 3;
  /** At most this many values are listed as candidates of an ambiguous or unknown text. */
  static final int MAX_LISTED = 12;
  /** Text longer than this is compared with no spelling for suggestions (edit distance is quadratic). */
  private static final int MAX_SUGGESTED_LENGTH = 64;

  private final String what;
  private final Function<T, String> display;
  private final Map<String, Set<T>> byKey;
  private final Map<T, List<String>> chinese;
  private final List<T> values;

  private Vocabulary(Builder<T> b) {
    this.what = b.what;
    this.display = b.display;
    this.byKey = b.byKey;
    this.chinese = b.chinese;
    this.values = List.copyOf(b.values);
  }

  /** Starts the vocabulary of {@code what} ("province"), each value shown to users by {@code display}. */
  static <T> Builder<T> of(String what, Function<T, String> display) {
    return new Builder<>(what, display);
  }

  /** Collects values and their spellings. */
  static final class Builder<T> {
    private final String what;
    private final Function<T, String> display;
    private final Map<String, Set<T>> byKey = new LinkedHashMap<>();
    private final Map<T, List<String>> chinese = new LinkedHashMap<>();
    private final Set<T> values = new LinkedHashSet<>();

    private Builder(String what, Function<T, String> display) {
      this.what = what;
      this.display = display;
    }

    /** Adds {@code value} under each of {@code spellings} (blank ones are passed over). */
    Builder<T> add(T value, String... spellings) {
      values.add(value);
      for (String spelling : spellings) {
        String key = key(spelling);
        if (!key.isEmpty()) {
          byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
        }
      }
      return this;
    }

    /** Adds {@code value} under its Chinese name, which a part or an abbreviation of also names it. */
    Builder<T> addChinese(T value, String name) {
      add(value, name);
      chinese.computeIfAbsent(value, v -> new ArrayList<>()).add(key(name));
      return this;
    }

    Vocabulary<T> build() {
      return new Vocabulary<>(this);
    }
  }

  /** A usage error: text that names no value, or more than one. */
  static final class Unknown extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** An error whose message is {@code message} on one line: its control characters and line separators escaped ({@link #shown}). */
    Unknown(String message) {
      super(shown(message), null);
    }
  }

  /**
   * The comparable form of {@code text}: folded ({@link NameFolding}: traditional to simplified,
   * NFKC, no white space), lower case, without {@code _} and {@code -}.
   */
  static String key(String text) {
    String folded = NameFolding.fold(text).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c != '_' && c != '-') {
        key.append(c);
      }
    }
    return key.toString();
  }

  /**
   * The value {@code text} names.
   *
   * @throws Unknown if it names none, saying which it may mean, or more than one, naming them
   */
  T resolve(String text) {
    return one(text, find(text));
  }

  /** The value {@code text} spells exactly (its key is a spelling's), as {@link #resolve} reports. */
  T resolveExactly(String text) {
    return one(text, exact(text));
  }

  /** The values {@code text} spells exactly; empty for none. */
  List<T> exact(String text) {
    Set<T> exact = byKey.get(key(text));
    return exact == null ? List.of() : List.copyOf(exact);
  }

  private T one(String text, List<T> found) {
    if (found.size() == 1) {
      return found.get(0);
    }
    throw found.isEmpty() ? unknown(text) : ambiguous(text, found);
  }

  /**
   * The values {@code text} names: the one it spells, or the values it spells, or else those it is
   * a part or abbreviation of (Chinese) or the beginning of (Latin); empty for none.
   */
  List<T> find(String text) {
    String key = key(text);
    if (key.isEmpty()) {
      return List.of();
    }
    Set<T> exact = byKey.get(key);
    if (exact != null) {
      return List.copyOf(exact);
    }
    if (hasChinese(key)) {
      List<T> parts = chineseMatches(key, false);
      return parts.isEmpty() ? chineseMatches(key, true) : parts;
    }
    Set<T> prefixed = new LinkedHashSet<>();
    if (key.length() >= MIN_PREFIX) {
      byKey.forEach((spelling, named) -> {
        if (spelling.startsWith(key) && !hasChinese(spelling)) {
          prefixed.addAll(named);
        }
      });
    }
    return List.copyOf(prefixed);
  }

  private List<T> chineseMatches(String key, boolean inOrder) {
    List<T> found = new ArrayList<>();
    chinese.forEach((value, names) -> {
      for (String name : names) {
        if (inOrder ? isSubsequence(key, name) : name.contains(key)) {
          found.add(value);
          return;
        }
      }
    });
    return found;
  }

  /** The error for {@code text} naming none: {@code unknown province '廣冬'; did you mean 广东省?}. */
  Unknown unknown(String text) {
    List<T> close = closest(text);
    String hint;
    if (!close.isEmpty()) {
      hint = "; did you mean " + listed(close, " or ") + "?";
    } else if (values.size() <= MAX_LISTED) {
      hint = "; one of: " + listed(values, ", ");
    } else {
      hint = "";
    }
    return new Unknown("unknown " + what + " '" + text + "'" + hint);
  }

  private Unknown ambiguous(String text, List<T> found) {
    return new Unknown("ambiguous " + what + " '" + text + "': " + listed(found, ", ") + "; give one of them");
  }

  /**
   * {@code text} as an error message shows it: control characters and line separators written as
   * Java writes them (a backslash, u and four hex digits), so that the message stays one line
   * whatever was typed.
   */
  static String shown(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private String listed(List<T> shown, String separator) {
    String list = shown.stream().limit(MAX_LISTED).map(display).collect(Collectors.joining(separator));
    return shown.size() > MAX_LISTED ? list + " … (" + shown.size() + ")" : list;
  }

  /**
   * The values whose spellings are closest to {@code text} by edit distance, if close enough: at
   * most a third of the text's length away (one edit for short text) and less than all of it.
   * Chinese text is compared with the beginnings of spellings too (广冬 is one edit from 广东 of
   * 广东省), as Chinese names are written without their 省 or 自治区.
   */
  List<T> closest(String text) {
    String key = key(text);
    if (key.isEmpty() || key.length() > MAX_SUGGESTED_LENGTH) {
      return List.of();
    }
    int limit = Math.min(Math.max(1, key.length() / 3), key.length() - 1);
    int best = Integer.MAX_VALUE;
    boolean prefixes = hasChinese(key);
    Set<T> found = new LinkedHashSet<>();
    for (Map.Entry<String, Set<T>> spelling : byKey.entrySet()) {
      int d = editDistance(key, spelling.getKey(), limit + 1, prefixes);
      if (d > limit) {
        continue;
      }
      if (d < best) {
        best = d;
        found.clear();
      }
      if (d == best) {
        found.addAll(spelling.getValue());
      }
    }
    return List.copyOf(found);
  }

  /** Whether {@code text} holds a CJK ideograph. */
  static boolean hasChinese(String text) {
    return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  /** Whether the characters of {@code part} occur in {@code whole} in order. */
  static boolean isSubsequence(String part, String whole) {
    int at = 0;
    for (int i = 0; i < part.length(); i++) {
      at = whole.indexOf(part.charAt(i), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }

  /**
   * The Levenshtein distance of {@code a} and {@code b} in UTF-16 units, or of {@code a} and the
   * closest beginning of {@code b} if {@code toPrefix}; {@code cap} once it is known to be at least
   * that.
   */
  static int editDistance(String a, String b, int cap, boolean toPrefix) {
    checkArgument(cap > 0, "cap must be positive");
    if (!toPrefix && Math.abs(a.length() - b.length()) >= cap) {
      return cap;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    int d = previous[b.length()];
    if (toPrefix) {
      for (int j = 0; j < b.length(); j++) {
        d = Math.min(d, previous[j]);
      }
    }
    return Math.min(d, cap);
  }
}
