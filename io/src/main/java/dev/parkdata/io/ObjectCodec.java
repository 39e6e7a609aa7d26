package dev.parkdata.io;

import dev.parkdata.model.Identifier;
import dev.parkdata.model.ModelConstraintException;
import dev.parkdata.validation.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * A JSON object read into a builder and written from getters, driven by one table of {@link
 * Field}s: one loop reads, one loop writes, and the table gives the names the object knows.
 *
 * <p>Reading leniently, a field that cannot be read is reported and reading goes on with the
 * next; an optional field is then left out, while a required one leaves the object unbuildable,
 * which its container reports and leaves out as a whole.
 *
 * @param <T> the type
 * @param <B> its builder
 */
class ObjectCodec<T, B> extends ValueCodec<T> {
  final String noun;
  /** The noun with its article, {@code "an area"}, made once: every object read names it. */
  private final String withArticle;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  final List<Field<T, B>> fields = new ArrayList<>();
  private final Map<String, Field<T, B>> byName = new HashMap<>();
  private String known;
  /** The index of the field declaring the object's identifier, or -1. */
  private int idField = -1;

  ObjectCodec(String noun, Supplier<B> builder, Function<B, T> build) {
    this.noun = noun;
    this.withArticle = article(noun);
    this.builder = builder;
    this.build = build;
  }

  // ---- the table

  <V> ObjectCodec<T, B> required(String name, Function<T, V> get, BiConsumer<B, V> set, ValueCodec<V> codec) {
    return add(new Field<>(name, Field.Shape.REQUIRED, get, set, codec, null));
  }

  <V> ObjectCodec<T, B> optional(
      String name, Function<T, Optional<V>> get, BiConsumer<B, V> set, ValueCodec<V> codec) {
    return add(new Field<>(name, Field.Shape.OPTIONAL, get, set, codec, null));
  }

  <V> ObjectCodec<T, B> list(
      String name, Function<T, List<V>> get, BiConsumer<B, List<V>> set, ValueCodec<V> element, String elementNoun) {
    return add(new Field<>(name, Field.Shape.LIST, get, set, new ListCodec<>(element, elementNoun), null));
  }

  <V> ObjectCodec<T, B> defaulted(
      String name, Function<T, V> get, BiConsumer<B, V> set, ValueCodec<V> codec, V defaultValue) {
    return add(new Field<>(name, Field.Shape.DEFAULTED, get, set, codec, defaultValue));
  }

  /** A field that is read (and checked to be JSON) but ignored, and never written. */
  ObjectCodec<T, B> ignored(String name) {
    return add(new Field<T, B>(name, Field.Shape.IGNORED, null, null, Values.SKIP, null));
  }

  /** The observations an entity holds, which leave out their subject: it is the entity. */
  ObjectCodec<T, B> observations(Function<T, List<dev.parkdata.observation.Observation>> get,
      BiConsumer<B, List<dev.parkdata.observation.Observation>> set) {
    Function<T, ObservationCodec.Owned> owned = e -> new ObservationCodec.Owned(
        idField >= 0 ? (Identifier) fields.get(idField).toWrite(e) : null, get.apply(e));
    BiConsumer<B, List<dev.parkdata.observation.Observation>> setter = set;
    return add(new Field<T, B>("observations", Field.Shape.OPTIONAL,
        e -> owned.apply(e).observations.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(owned.apply(e)),
        setter, ObservationCodec.OWNED, null));
  }

  /** The identifier the object declares, unique within a dataset. */
  ObjectCodec<T, B> id(Function<T, Identifier> get, BiConsumer<B, Identifier> set) {
    idField = fields.size();
    return required("id", get, set, Values.IDENTIFIER);
  }

  ObjectCodec<T, B> add(Field<T, B> field) {
    if (byName.put(field.name, field) != null) {
      throw new IllegalStateException("field " + field.name + " twice in " + noun);
    }
    field.index = fields.size();
    fields.add(field);
    StringJoiner names = new StringJoiner(", ");
    for (Field<T, B> f : fields) {
      names.add(f.name);
    }
    known = names.toString();
    return this;
  }

  /** The JSON names of the fields, in the order they are written. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    fields.forEach(f -> names.add(f.name));
    return Collections.unmodifiableList(names);
  }

  @Override
  String expected() {
    return noun;
  }

  // ---- reading

  @Override
  T read(ReadState in, Path path) {
    TokenStreamLocation start = in.startObject(withArticle, path);
    return readFields(in, path, start);
  }

  /** Reads the fields of an object already started at {@code start}, up to its end. */
  T readFields(ReadState in, Path path, TokenStreamLocation start) {
    Read read = readValues(in, path, start);
    return build(in, read.path, start, read.values);
  }

  /** The values of an object's fields as read, by position in the table, and its path. */
  static final class Read {
    final Object[] values;
    final Path path;

    Read(Object[] values, Path path) {
      this.values = values;
      this.path = path;
    }
  }

  /**
   * Reads the values of the fields of an object already started at {@code start}, up to its end,
   * without building it.
   */
  Read readValues(ReadState in, Path path, TokenStreamLocation start) {
    Object[] values = new Object[fields.size()];
    List<String> unreadable = null;
    Path at = path;
    Identifier id = null;
    TokenStreamContext object = in.parser.streamReadContext();
    // where the next field is expected: a writer writes them in the table's order, so names are
    // matched from there before they are looked up (lookups were a tenth of a read)
    int next = 0;
    try {
      for (String name; (name = in.nextField()) != null; ) {
        Field<T, B> field = expected(name, next);
        if (field == null) {
          in.unknownField(name, known, at);
          continue;
        }
        next = field.index + 1;
        try {
          Object value = field.codec.read(in, at.field(name));
          values[field.index] = value;
          if (field.index == idField) {
            id = (Identifier) value;
            at = keyed(path, id);
            in.declare(id, at.field(name));
            in.enter(id);
          }
        } catch (JsonReadException e) {
          if (!in.lenient()) {
            throw e;
          }
          if (field.required()) {
            if (!e.reported) {
              in.report(e.toProblem());
            }
            in.skipTo(object, e);
            unreadable = unreadable == null ? new ArrayList<>() : unreadable;
            unreadable.add(name);
          } else {
            in.leftOut(e, "the field " + name + " of", at, object);
          }
        }
      }
    } catch (JsonReadException e) {
      if (e.element == null) {
        e.element = id;
      }
      throw e;
    } finally {
      if (id != null) {
        in.leave();
      }
    }
    if (unreadable != null) {
      String reason = "its " + String.join(", ", unreadable) + " could not be read";
      JsonReadException e = in.failAt(start, "cannot build " + withArticle + ": " + reason, null, at, null);
      e.reported = true;
      e.reason = reason;
      e.element = id;
      throw e;
    }
    return new Read(values, at);
  }

  /**
   * The field named {@code name}, looked for first among those from {@code next} on, in the
   * table's order, which is the order they are written in, with the absent ones left out.
   */
  private Field<T, B> expected(String name, int next) {
    for (int i = next; i < fields.size(); i++) {
      Field<T, B> field = fields.get(i);
      if (field.name.equals(name)) {
        return field;
      }
    }
    return byName.get(name);
  }

  /** The path of an element once its identifier is known: {@code parks[G112001]} at the top. */
  static Path keyed(Path path, Identifier id) {
    if (path.size() == 2 && path.lastSegment().kind() == Path.Segment.Kind.INDEX) {
      return path.parent().key(id.value());
    }
    return path;
  }

  /** Builds the object from the values read, which are set in the table's order. */
  T build(ReadState in, Path path, TokenStreamLocation start, Object[] values) {
    B b = builder.get();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof ObservationCodec.Pending) {
        Identifier owner = idField >= 0 ? (Identifier) values[idField] : null;
        values[i] = ((ObservationCodec.Pending) values[i]).build(in, owner);
      }
      if (values[i] != null) {
        fields.get(i).set(b, values[i]);
      }
    }
    // required fields are checked here, from the table, not left to the builders: not every
    // object has one (a metric's parts), and a builder's own message is not the format's words
    List<String> missing = null;
    for (Field<T, B> field : fields) {
      if (field.required() && values[field.index] == null) {
        missing = missing == null ? new ArrayList<>() : missing;
        missing.add(field.name);
      }
    }
    if (missing != null) {
      JsonReadException e = missing(in, start, path, missing, null);
      e.element = idField >= 0 ? (Identifier) values[idField] : null;
      throw e;
    }
    try {
      return finish(in, path, start, () -> build.apply(b));
    } catch (JsonReadException e) {
      if (idField >= 0 && e.element == null) {
        e.element = (Identifier) values[idField];
      }
      throw e;
    }
  }

  /**
   * Builds with {@code build}, turning the builders' exceptions into errors at the object's start:
   * a missing required field, or a value the model rejects.
   */
  T finish(ReadState in, Path path, TokenStreamLocation start, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      List<String> missingFields =
          e instanceof ModelConstraintException ? ((ModelConstraintException) e).missingAttributes() : List.of();
      if (missingFields.isEmpty()) {
        throw in.failAt(start, "invalid " + noun + ": " + e.getMessage(), null, path, e);
      }
      throw missing(in, start, path, missingFields, e);
    }
  }

  /** The error of an object that lacks the required fields {@code names}. */
  private JsonReadException missing(
      ReadState in, TokenStreamLocation start, Path path, List<String> names, Throwable cause) {
    String missing = String.join(", ", names);
    JsonReadException error = in.failAt(start, "missing required field(s) " + missing + " of " + noun,
        "the field(s) " + missing, path, cause);
    error.reason = "it lacks its " + missing;
    return error;
  }

  static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  // ---- writing

  @Override
  void write(JsonGenerator g, T value) {
    g.writeStartObject();
    writeFields(g, value);
    g.writeEndObject();
  }

  void writeFields(JsonGenerator g, T value) {
    writeFields(g, value, null);
  }

  /** Writes the fields but {@code except}, which may be null. */
  void writeFields(JsonGenerator g, T value, Field<T, B> except) {
    for (Field<T, B> field : fields) {
      if (field == except) {
        continue;
      }
      Object v = field.toWrite(value);
      if (v != null) {
        g.writeName(field.encoded);
        field.codec.write(g, v);
      }
    }
  }
}
