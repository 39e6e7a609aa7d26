package dev.parkdata.io;

import static java.util.Objects.requireNonNull;

import dev.parkdata.dataset.Dataset;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes entities as NDJSON, one record per line, incrementally: each record is written as it
 * is given, so memory stays constant whatever the number of records. A record is the entity's
 * JSON object with the field {@code entity} first, naming what it is:
 *
 * <pre>{@code
 * {"entity":"PARK","id":"G622052","names":{"official":"兰州高新技术产业开发区"},"kind":"HIGH_TECH_ZONE"}
 * }</pre>
 *
 * <p>Obtain one from {@link ParkDataJson#ndjsonWriter}. Not thread-safe.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final JsonGenerator generator;
  private final OutputStream owned;
  private long count;

  private final tools.jackson.databind.json.JsonMapper mapper;

  NdjsonWriter(JsonGenerator generator, OutputStream owned, tools.jackson.databind.json.JsonMapper mapper) {
    this.generator = generator;
    this.owned = owned;
    this.mapper = mapper;
  }

  /**
   * Writes one entity: a {@code Park}, {@code Cluster}, {@code IndustrialChain}, {@code Policy},
   * {@code Organisation}, {@code Indicator}, {@code Observation} or {@code ExternalReference}.
   *
   * @return this writer
   * @throws IllegalArgumentException if {@code entity} is none of these
   */
  public NdjsonWriter write(Object entity) {
    requireNonNull(entity, "entity");
    Codecs.Record<?> record = Codecs.recordFor(entity);
    if (record == null) {
      throw new IllegalArgumentException(
          "not an entity of an NDJSON stream: " + entity.getClass().getName() + "; expected one of "
              + Codecs.RECORD_TAGS);
    }
    Depth.check(entity, e -> {
      try (JsonGenerator dry = mapper.createGenerator(java.io.Writer.nullWriter())) {
        writeRecord(dry, record, e);
      }
    });
    try {
      writeRecord(generator, record, entity);
    } catch (tools.jackson.core.JacksonException e) {
      throw Depth.refused(e);
    }
    generator.writeRaw('\n');
    count++;
    return this;
  }

  private static void writeRecord(JsonGenerator g, Codecs.Record<?> record, Object entity) {
    g.writeStartObject();
    g.writeStringProperty(Codecs.ENTITY, record.tag);
    writeFields(g, record, entity);
    g.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private static <T> void writeFields(JsonGenerator g, Codecs.Record<T> record, Object entity) {
    record.codec.writeFields(g, (T) entity);
  }

  /**
   * Writes every entity of {@code entities}, in order.
   *
   * @return this writer
   */
  public NdjsonWriter writeAll(Iterable<?> entities) {
    requireNonNull(entities, "entities");
    for (Object entity : entities) {
      write(entity);
    }
    return this;
  }

  /**
   * Writes every entity of {@code dataset}: the parks, clusters, chains, policies,
   * organisations, indicators, free-standing observations and external references, in that
   * order. Reading the records back into a dataset gives an equal dataset.
   *
   * @return this writer
   */
  public NdjsonWriter writeDataset(Dataset dataset) {
    requireNonNull(dataset, "dataset");
    for (List<?> entities : List.of(
        dataset.parks(), dataset.clusters(), dataset.chains(), dataset.policies(),
        dataset.organisations(), dataset.indicators(), dataset.observations(), dataset.externals())) {
      writeAll(entities);
    }
    return this;
  }

  /** How many records were written. */
  public long count() {
    return count;
  }

  /** Flushes what was written to the underlying output. */
  @Override
  public void flush() {
    generator.flush();
  }

  /** Flushes, and closes the file if this writer opened one. */
  @Override
  public void close() {
    generator.close();
    if (owned != null) {
      try {
        owned.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public String toString() {
    return "NdjsonWriter{" + count + " records}";
  }
}
