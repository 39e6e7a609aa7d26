package dev.parkdata.io;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Policy;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads NDJSON records one at a time: each a JSON object whose first field, {@code entity},
 * names what it is ({@code "PARK"}), followed by the fields of that entity. Holds one record at a
 * time, so memory stays constant whatever the length of the input.
 */
final class NdjsonReader implements Iterator<Object>, Closeable {
  private final JsonParser parser;
  private final String source;
  private final JsonIn in;
  private final Closeable resource;
  private Object next;
  private boolean done;
  /**
   * Whether read problems (unknown fields under {@link UnknownFields#WARN}) are kept for a
   * {@link ReadResult}. A lazy stream has no one to hand them to, so it drops them record by
   * record and stays in constant memory.
   */
  private boolean keepProblems;

  NdjsonReader(JsonParser parser, String source, UnknownFields unknownFields, boolean lenient, Closeable resource) {
    this.parser = parser;
    this.source = source;
    this.in = new JsonIn(parser, unknownFields, lenient);
    this.resource = resource;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public Object next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more NDJSON records");
    }
    Object record = next;
    next = null;
    return record;
  }

  private Object advance() {
    try {
      while (true) {
        if (parser.nextToken() == null) {
          return null;
        }
        TokenStreamContext root = parser.streamReadContext();
        Object record = in.lenientOrNull(root, NdjsonReader::readRecord);
        if (!keepProblems) {
          in.problems().clear();
        }
        if (record != null) {
          return record;
        }
      }
    } catch (JacksonException e) {
      JsonReadException error = JsonIn.translate(e, parser);
      throw source == null ? error : error.withSource(source);
    }
  }

  private static Object readRecord(JsonIn in) {
    TokenStreamLocation start = in.startObject("an NDJSON record, {\"entity\":\"PARK\", ...}");
    String first = in.parser.nextName();
    if (!"entity".equals(first)) {
      throw in.fail(first == null ? "an empty record" : "a record starting with '" + JsonIn.abbreviate(first) + "'",
          "the field entity first, one of " + Codecs.RECORD_TAGS);
    }
    in.parser.nextToken();
    String tag = in.string("one of " + Codecs.RECORD_TAGS);
    Codecs.Record<?> record = Codecs.RECORDS.get(tag);
    if (record == null) {
      throw in.fail("unknown entity '" + JsonIn.abbreviate(tag) + "'", "one of " + Codecs.RECORD_TAGS);
    }
    return record.fieldsReader.apply(in, start);
  }

  /** Reads the remaining records into a dataset, with the problems found. */
  ReadResult<Dataset> toDataset() {
    keepProblems = true;
    in.trackIdentifiers();
    Dataset.Builder b = Dataset.builder();
    while (hasNext()) {
      Object record = next();
      if (record instanceof Park) {
        b.addPark((Park) record);
      } else if (record instanceof Cluster) {
        b.addCluster((Cluster) record);
      } else if (record instanceof IndustrialChain) {
        b.addChain((IndustrialChain) record);
      } else if (record instanceof Policy) {
        b.addPolicy((Policy) record);
      } else if (record instanceof Organisation) {
        b.addOrganisation((Organisation) record);
      } else if (record instanceof Indicator) {
        b.addIndicator((Indicator) record);
      } else if (record instanceof Observation) {
        b.addObservation((Observation) record);
      } else {
        b.addExternal((ExternalReference) record);
      }
    }
    return new ReadResult<>(b.build(), in.problems());
  }

  @Override
  public void close() {
    parser.close();
    if (resource != null) {
      try {
        resource.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
