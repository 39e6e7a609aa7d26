package dev.parkdata.io;

import dev.parkdata.validation.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * A JSON array of values of one codec. Reading leniently, an element that cannot be read is
 * reported and left out, and reading goes on with the next; the elements kept are numbered as in
 * the model.
 */
final class ListCodec<V> extends ValueCodec<List<V>> {
  final ValueCodec<V> element;
  private final String elementNoun;

  ListCodec(ValueCodec<V> element, String elementNoun) {
    this.element = element;
    this.elementNoun = elementNoun;
  }

  @Override
  List<V> read(ReadState in, Path path) {
    if (in.parser.currentToken() != JsonToken.START_ARRAY) {
      boolean named = !path.isRoot() && path.lastSegment().kind() == Path.Segment.Kind.FIELD;
      throw in.expected(named
          ? path.lastSegment().text() + " (a JSON array)"
          : "a list of " + element.expected() + " (a JSON array)", path);
    }
    TokenStreamContext array = in.parser.streamReadContext();
    List<V> values = new ArrayList<>();
    while (in.parser.nextToken() != JsonToken.END_ARRAY) {
      Path at = path.index(values.size());
      if (!in.lenient()) {
        values.add(element.read(in, at));
        continue;
      }
      try {
        values.add(element.read(in, at));
      } catch (JsonReadException e) {
        in.leftOut(e, elementNoun, named(e, at), array);
      }
    }
    return values;
  }

  /** The element's path as far as it was read: keyed by its identifier if that was read. */
  private static Path named(JsonReadException e, Path at) {
    Path read = e.modelPath();
    if (read == null || read.size() < at.size()) {
      return at;
    }
    while (read.size() > at.size()) {
      read = read.parent();
    }
    return read;
  }

  @Override
  void write(JsonGenerator g, List<V> values) {
    g.writeStartArray();
    for (V value : values) {
      element.write(g, value);
    }
    g.writeEndArray();
  }

  @Override
  String expected() {
    return "a list of " + element.expected();
  }
}
