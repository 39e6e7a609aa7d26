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
  private final ReadState in;
  private long index;
  private final Closeable resource;
  private Object next;
  private boolean done;
  /**
   * Whether read problems (unknown fields under {@link UnknownFields#WARN}) are kept for a
   * {@link ReadResult}. A lazy stream has no one to hand them to, so it drops them record by
   * record and stays in constant memory.
   */
  private boolean keepProblems;

  NdjsonReader(JsonParser parser, String source, UnknownFields unknownFields, boolean lenient, Closeable resource,
      dev.parkdata.unit.UnitCatalog units) {
    this.parser = parser;
    this.source = source;
    this.in = new ReadState(parser, new ReadOptions(unknownFields, lenient, units));
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
        Object record;
        try {
          record = readRecord();
        } catch (JsonReadException e) {
          if (!in.lenient()) {
            throw e;
          }
          in.leftOut(e, "record", dev.parkdata.validation.Path.root().index((int) Math.min(index, Integer.MAX_VALUE)), root);
          record = null;
        }
        index++;
        if (!keepProblems) {
          in.clearProblems();
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

  private Object readRecord() {
    dev.parkdata.validation.Path root = dev.parkdata.validation.Path.root();
    TokenStreamLocation start = in.startObject("an NDJSON record, {\"entity\":\"PARK\", ...}", root);
    String first = parser.nextName();
    if (!Codecs.ENTITY.equals(first)) {
      throw in.fail(first == null ? "an empty record" : "a record starting with '" + JsonText.abbreviate(first) + "'",
          "the field entity first, one of " + Codecs.RECORD_TAGS, root);
    }
    parser.nextToken();
    String tag = Values.string(in, "one of " + Codecs.RECORD_TAGS, root.field(Codecs.ENTITY));
    Codecs.Record<?> record = Codecs.RECORDS.get(tag);
    if (record == null) {
      throw in.fail("unknown entity '" + JsonText.abbreviate(tag) + "'", "one of " + Codecs.RECORD_TAGS,
          root.field(Codecs.ENTITY));
    }
    return record.codec.readFields(in, root.field(record.field).index((int) Math.min(index, Integer.MAX_VALUE)), start);
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
