package dev.parkdata.io;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the parkdata JSON format: a serializer and a deserializer for every type
 * of the model (the {@link dev.parkdata.dataset.Dataset} document, the entities, their parts,
 * {@link dev.parkdata.metric.Metric}, {@link dev.parkdata.unit.Unit}, {@link
 * dev.parkdata.observation.Period}, the enumerations), so that a {@code JsonMapper} of your own
 * reads and writes the format described in {@code docs/json-format.md}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ParkDataModule()).build();
 * String json = mapper.writeValueAsString(park);
 * Park again = mapper.readValue(json, Park.class);
 * }</pre>
 *
 * <p>It is registered by {@code ServiceLoader} too, so {@code
 * JsonMapper.builder().findAndAddModules()} finds it.
 *
 * <p>Deserializers registered here fail on unknown fields with a {@link JsonReadException}. What
 * a mapper of your own does not have are the input limits ({@code StreamReadConstraints}) and the
 * duplicate-key detection of {@link ParkDataJson}'s own factory: for untrusted input, use {@link
 * ParkDataJson} or configure your factory likewise.
 */
public final class ParkDataModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The attribute under which {@link ParkDataJson} hands a read in progress to the module. */
  static final Object READ_ATTRIBUTE = JsonIn.class;

  /** Creates the module with a serializer and deserializer for every type of the model. */
  public ParkDataModule() {
    super("parkdata", Version.unknownVersion());
    for (Codecs.Codec<?> codec : Codecs.ALL) {
      register(codec);
    }
  }

  private <T> void register(Codecs.Codec<T> codec) {
    addSerializer(codec.type, new CodecSerializer<>(codec));
    addDeserializer(codec.type, new CodecDeserializer<>(codec));
  }

  /** Writes a value with its codec. */
  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Codecs.Codec<T> codec;

    CodecSerializer(Codecs.Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      codec.writer.accept(g, value);
    }

    @Override
    public Class<?> handledType() {
      return codec.type;
    }
  }

  /** Reads a value with its codec, within the read of {@link ParkDataJson} if there is one. */
  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Codecs.Codec<T> codec;

    CodecDeserializer(Codecs.Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      Object read = context.getAttribute(READ_ATTRIBUTE);
      JsonIn in = read instanceof JsonIn && ((JsonIn) read).parser == p
          ? (JsonIn) read : new JsonIn(p, UnknownFields.FAIL, false);
      return codec.reader.apply(in);
    }

    @Override
    public Class<?> handledType() {
      return codec.type;
    }
  }
}
