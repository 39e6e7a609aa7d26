package dev.parkdata.io;

import dev.parkdata.validation.Path;
import java.util.Map;
import tools.jackson.core.JacksonException;
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
 * <p>Every deserializer reads within the state of the read that Jackson's {@link
 * DeserializationContext} carries, so nested values read as the document does. Deserializers
 * fail on unknown fields with a {@link JsonReadException}. What a mapper of your own does not
 * have are the input limits ({@code StreamReadConstraints}) and the duplicate-key detection of
 * {@link ParkDataJson}'s own factory: for untrusted input, use {@link ParkDataJson} or configure
 * your factory likewise.
 */
public final class ParkDataModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with a serializer and deserializer for every type of the model. */
  public ParkDataModule() {
    super("parkdata", Version.unknownVersion());
    for (Map.Entry<Class<?>, ValueCodec<?>> codec : Codecs.ALL.entrySet()) {
      register(codec.getKey(), codec.getValue());
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Class<T> type, ValueCodec<?> codec) {
    addSerializer(type, new CodecSerializer<>(type, (ValueCodec<T>) codec));
    addDeserializer(type, new CodecDeserializer<>(type, (ValueCodec<T>) codec));
  }

  /** Writes a value with its codec. */
  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final ValueCodec<T> codec;

    CodecSerializer(Class<T> type, ValueCodec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      codec.write(g, value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Reads a value with its codec, within the read the context carries. */
  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final ValueCodec<T> codec;

    CodecDeserializer(Class<T> type, ValueCodec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws JacksonException {
      ReadState in = ReadState.of(p, context);
      return codec.read(in, Path.root());
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
