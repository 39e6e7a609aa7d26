package dev.parkdata.io;

import dev.parkdata.validation.Path;
import tools.jackson.core.JsonGenerator;

/**
 * How a value of one type reads and writes: what a Jackson deserializer and serializer pair do,
 * with the read in progress and the value's place in the model passed along.
 *
 * @param <T> the type
 */
abstract class ValueCodec<T> {
  /**
   * Reads the value the parser is on (its first token) and leaves the parser on its last token,
   * as Jackson's deserializers do.
   *
   * @param path where the value lies in the model, for problems and violations
   * @throws JsonReadException if it cannot be read
   */
  abstract T read(ReadState in, Path path);

  /** Writes {@code value}. */
  abstract void write(JsonGenerator g, T value);

  /** What a value of this type is, for messages: {@code "a park"}. */
  abstract String expected();
}
