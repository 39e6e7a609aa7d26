package dev.parkdata.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where a value lies, as a sequence of {@linkplain Segment segments} from the root of what was
 * validated: {@code parks[G112001].subZones[2].areas[approved]} in a dataset, {@code
 * rows[37].批准时间} in a catalogue file.
 *
 * <p>A segment is a {@linkplain Segment.Kind#FIELD field} (a named attribute), an {@linkplain
 * Segment.Kind#INDEX index} (a position in a list, from 0) or a {@linkplain Segment.Kind#KEY key}
 * (an identifier or other key in a keyed collection). Paths are built from the {@linkplain
 * #root() root} by appending segments:
 *
 * <pre>{@code
 * Path p = Path.root().field("parks").key("G112001").field("subZones").index(2)
 *     .field("areas").key("approved");
 * p.toString();       // parks[G112001].subZones[2].areas[approved]
 * p.toJsonPointer();  // /parks/G112001/subZones/2/areas/approved
 * Path.parse(p.toString()).equals(p);  // true
 * }</pre>
 *
 * <h2>Text form</h2>
 * {@link #toString()} writes a field as its name (after a {@code .} unless it comes first), an
 * index as {@code [2]} and a key as {@code [G112001]}. A key that is empty, all digits (so it
 * would read as an index), or holds {@code ] ' \} is quoted: {@code ['2024']}, with {@code \'}
 * and {@code \\} escaped inside. A field name that holds {@code . [ ] ' \} escapes each such
 * character with {@code \}. The root is the empty string. {@link #parse(CharSequence)} reads this
 * form back exactly.
 *
 * <h2>JSON-Pointer form</h2>
 * {@link #toJsonPointer()} writes each segment as one RFC 6901 reference token after a {@code /},
 * escaping {@code ~} as {@code ~0} and {@code /} as {@code ~1}; the root is the empty string. It
 * names the same place in a JSON document shaped like the model, except that the document keys
 * a keyed collection however it chooses; the form does not tell fields, keys and indices apart,
 * so it is written, never parsed.
 *
 * <p>Paths are immutable and thread-safe; appending shares the prefix, so building the path of
 * every value in a large dataset is cheap. Paths order segment by segment, a prefix first.
 */
public final class Path implements Comparable<Path>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final Path ROOT = new Path(null, null);

  private final Path parent;
  private final Segment last;
  private final int size;

  private Path(Path parent, Segment last) {
    this.parent = parent;
    this.last = last;
    this.size = parent == null ? 0 : parent.size + 1;
  }

  /** The empty path: the root of what is validated. */
  public static Path root() {
    return ROOT;
  }

  /**
   * Reads the text form described in the class documentation.
   *
   * @throws PathParseException naming the text and the index where reading failed
   */
  public static Path parse(CharSequence text) {
    checkNotNull(text, "text");
    return new Reader(text.toString()).read();
  }

  /** This path followed by the field {@code name}: {@code parks} then {@code parks.names}. */
  public Path field(String name) {
    return append(Segment.field(name));
  }

  /** This path followed by the position {@code index} (from 0) in a list. */
  public Path index(int index) {
    return append(Segment.index(index));
  }

  /** This path followed by {@code key} in a keyed collection: {@code parks[G112001]}. */
  public Path key(String key) {
    return append(Segment.key(key));
  }

  /** This path followed by {@code segment}. */
  public Path append(Segment segment) {
    return new Path(this, checkNotNull(segment, "segment"));
  }

  /** This path followed by every segment of {@code other}. */
  public Path append(Path other) {
    checkNotNull(other, "other");
    Path result = this;
    for (Segment s : other.segments()) {
      result = result.append(s);
    }
    return result;
  }

  /** The segments, root first. */
  public List<Segment> segments() {
    List<Segment> result = new ArrayList<>(size);
    for (Path p = this; p.last != null; p = p.parent) {
      result.add(p.last);
    }
    Collections.reverse(result);
    return Collections.unmodifiableList(result);
  }

  /** The number of segments; 0 for the root. */
  public int size() {
    return size;
  }

  /** Whether this is the root. */
  public boolean isRoot() {
    return size == 0;
  }

  /**
   * The path without its last segment.
   *
   * @throws IllegalStateException if this is the root
   */
  public Path parent() {
    if (parent == null) {
      throw new IllegalStateException("the root path has no parent");
    }
    return parent;
  }

  /**
   * The last segment.
   *
   * @throws IllegalStateException if this is the root
   */
  public Segment lastSegment() {
    if (last == null) {
      throw new IllegalStateException("the root path has no segments");
    }
    return last;
  }

  /** Whether {@code prefix} is this path or leads to it: every path starts with the root. */
  public boolean startsWith(Path prefix) {
    checkNotNull(prefix, "prefix");
    Path p = this;
    while (p.size > prefix.size) {
      p = p.parent;
    }
    return p.equals(prefix);
  }

  /** The JSON-Pointer form, {@code /parks/G112001/subZones/2/areas/approved}. */
  public String toJsonPointer() {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments()) {
      out.append('/').append(s.text().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /** The text form, {@code parks[G112001].subZones[2].areas[approved]}, which parses back. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (Segment s : segments()) {
      s.appendTo(out, first);
      first = false;
    }
    return out.toString();
  }

  /** Segment by segment, a prefix before the paths it leads to. */
  @Override
  public int compareTo(Path other) {
    List<Segment> a = segments();
    List<Segment> b = other.segments();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** Whether {@code o} is a path with equal segments. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Path)) {
      return false;
    }
    Path p = this;
    Path q = (Path) o;
    if (p.size != q.size) {
      return false;
    }
    while (p.last != null) {
      if (p == q) {
        return true;
      }
      if (!p.last.equals(q.last)) {
        return false;
      }
      p = p.parent;
      q = q.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (Segment s : segments()) {
      h = 31 * h + s.hashCode();
    }
    return h;
  }

  /**
   * One step of a {@link Path}: a field name, a list index or a key. Immutable and thread-safe.
   */
  public static final class Segment implements Comparable<Segment>, Serializable {
    private static final long serialVersionUID = 1L;

    /** What a segment selects. */
    public enum Kind {
      /** A named attribute: {@code subZones}. */
      FIELD,
      /** A key in a keyed collection: {@code [G112001]}. */
      KEY,
      /** A position in a list, from 0: {@code [2]}. */
      INDEX
    }

    private final Kind kind;
    private final String text;
    private final int index;

    private Segment(Kind kind, String text, int index) {
      this.kind = kind;
      this.text = text;
      this.index = index;
    }

    /**
     * The field {@code name}.
     *
     * @throws IllegalArgumentException if {@code name} is empty
     */
    public static Segment field(String name) {
      checkNotNull(name, "name");
      checkArgument(!name.isEmpty(), "a field name must not be empty");
      return new Segment(Kind.FIELD, name, -1);
    }

    /**
     * The list position {@code index}.
     *
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public static Segment index(int index) {
      checkArgument(index >= 0, "an index must not be negative, got %s", index);
      return new Segment(Kind.INDEX, Integer.toString(index), index);
    }

    /** The key {@code key}, which may be any string. */
    public static Segment key(String key) {
      return new Segment(Kind.KEY, checkNotNull(key, "key"), -1);
    }

    /** What this segment selects. */
    public Kind kind() {
      return kind;
    }

    /** The field name, the key, or the index in decimal. */
    public String text() {
      return text;
    }

    /**
     * The list position.
     *
     * @throws IllegalStateException if this is not an {@linkplain Kind#INDEX index}
     */
    public int index() {
      if (kind != Kind.INDEX) {
        throw new IllegalStateException(this + " is not an index");
      }
      return index;
    }

    private void appendTo(StringBuilder out, boolean first) {
      switch (kind) {
        case FIELD:
          if (!first) {
            out.append('.');
          }
          for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (".[]'\\".indexOf(c) >= 0) {
              out.append('\\');
            }
            out.append(c);
          }
          break;
        case INDEX:
          out.append('[').append(index).append(']');
          break;
        default:
          if (needsQuotes(text)) {
            out.append("['");
            out.append(text.replace("\\", "\\\\").replace("'", "\\'"));
            out.append("']");
          } else {
            out.append('[').append(text).append(']');
          }
      }
    }

    private static boolean needsQuotes(String key) {
      return key.isEmpty()
          || key.chars().allMatch(c -> c >= '0' && c <= '9')
          || key.chars().anyMatch(c -> c == ']' || c == '\'' || c == '\\');
    }

    /** Fields, then keys, then indices; fields and keys by text, indices by number. */
    @Override
    public int compareTo(Segment other) {
      int c = kind.compareTo(other.kind);
      if (c != 0) {
        return c;
      }
      return kind == Kind.INDEX ? Integer.compare(index, other.index) : text.compareTo(other.text);
    }

    /** Whether {@code o} is a segment of the same kind and text. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Segment && ((Segment) o).kind == kind && ((Segment) o).text.equals(text);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, text);
    }

    /** The segment in the path's text form as if it came first: {@code subZones}, {@code [2]}. */
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      appendTo(out, true);
      return out.toString();
    }

    /** Serialized as a {@link Ser}, read back through {@link #field}, {@link #key} or {@link #index}. */
    private Object writeReplace() {
      return new Ser(Ser.SEGMENT, this);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
      throw SerialData.delegated();
    }
  }

  /** Reads the text form. */
  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      this.text = text;
    }

    Path read() {
      Path path = ROOT;
      if (text.isEmpty()) {
        return path;
      }
      if (text.charAt(0) != '[') {
        path = path.field(name());
      }
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '.') {
          pos++;
          path = path.field(name());
        } else if (c == '[') {
          pos++;
          path = path.append(bracket());
        } else {
          throw fail("expected '.' or '['");
        }
      }
      return path;
    }

    private String name() {
      StringBuilder out = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '\\') {
          if (pos + 1 >= text.length()) {
            throw fail("expected a character after '\\'");
          }
          out.append(text.charAt(pos + 1));
          pos += 2;
        } else if (c == '.' || c == '[') {
          break;
        } else if (c == ']' || c == '\'') {
          throw fail("expected '\\' before '" + c + "' in a field name");
        } else {
          out.append(c);
          pos++;
        }
      }
      if (out.length() == 0) {
        throw fail("expected a field name");
      }
      return out.toString();
    }

    private Segment bracket() {
      if (pos < text.length() && text.charAt(pos) == '\'') {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
          if (pos >= text.length()) {
            throw fail("expected the closing ' of a quoted key");
          }
          char c = text.charAt(pos++);
          if (c == '\'') {
            break;
          }
          if (c == '\\') {
            if (pos >= text.length()) {
              throw fail("expected a character after '\\'");
            }
            c = text.charAt(pos++);
          }
          out.append(c);
        }
        expect(']');
        return Segment.key(out.toString());
      }
      int start = pos;
      int end = text.indexOf(']', pos);
      if (end < 0) {
        throw fail("expected ']'");
      }
      String inner = text.substring(start, end);
      if (inner.isEmpty()) {
        throw fail("expected an index or a key");
      }
      if (inner.indexOf('\'') >= 0 || inner.indexOf('\\') >= 0) {
        throw fail("expected a quoted key: ['...']");
      }
      pos = end + 1;
      if (inner.chars().allMatch(c -> c >= '0' && c <= '9')) {
        try {
          return Segment.index(Integer.parseInt(inner));
        } catch (NumberFormatException e) {
          pos = start;
          throw fail("index " + inner + " is too large");
        }
      }
      return Segment.key(inner);
    }

    private void expect(char c) {
      if (pos >= text.length() || text.charAt(pos) != c) {
        throw fail("expected '" + c + "'");
      }
      pos++;
    }

    private PathParseException fail(String expected) {
      return new PathParseException(text, pos, expected);
    }
  }

  /** Serialized as a {@link Ser}, read back through {@link #root()} and {@link #append(Segment)}. */
  private Object writeReplace() {
    return new Ser(Ser.PATH, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
