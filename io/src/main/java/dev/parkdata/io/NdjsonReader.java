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
import dev.parkdata.validation.Path;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads NDJSON records one line at a time: each line a JSON object whose first field, {@code
 * entity}, names what it is ({@code "PARK"}), followed by the fields of that entity. Each line is
 * parsed on its own from its UTF-8 bytes, at most {@code maxRecordLength} bytes of it held, so
 * memory stays constant whatever the length of the input; a record that cannot be read (read
 * leniently) is reported and left out, and reading resumes at the next line, so one bad record
 * gives its own problems and nothing else, and nothing nested in a record is ever read as a
 * record.
 */
final class NdjsonReader implements Iterator<Object>, Closeable {
  private static final int TOO_LONG = 1;
  private static final int LINE = 0;
  private static final int END = -1;

  private final InputStream input;
  private final JsonMapper mapper;
  private final int maxRecordLength;
  private final String source;
  private final ReadState in;
  private final boolean closeInput;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  /** The offset in the input of {@code buffer[0]}. */
  private long bufferStart;
  private boolean exhausted;
  /** A line that did not fit in {@link #buffer}, gathered here; grows up to the record limit. */
  private byte[] spill = new byte[8192];
  /** The bytes of the current line: in {@link #buffer} when it fits there, else in {@link #spill}. */
  private byte[] lineBytes;
  private int lineFrom;
  private int lineLength;
  /** The offset in the input of the current line's first byte. */
  private long lineStart;
  /** The number of the line last read, from 1. */
  private long lineNumber;
  /** The number of records (non-blank lines) read so far. */
  private long index;
  private Object next;
  private boolean done;
  /** What the record being read is, {@code "park"}, once its entity is read. */
  private String noun;
  /**
   * Whether read problems (unknown fields under {@link UnknownFields#WARN}) are kept for a
   * {@link ReadResult}. A lazy stream has no one to hand them to, so it drops them record by
   * record and stays in constant memory.
   */
  private boolean keepProblems;
  /** The lines and bytes of the whole stream before this input, when it is a piece of one. */
  private long linesBefore;
  private long bytesBefore;
  /** Where each record's problems go as it is read, instead of being kept or dropped; may be null. */
  private java.util.function.Consumer<JsonProblem> problemSink;
  /** The number of the line of the record last returned, in the whole stream. */
  private long recordLine;

  NdjsonReader(InputStream input, boolean closeInput, JsonMapper mapper, int maxRecordLength, String source,
      ReadOptions options) {
    this.input = input;
    this.closeInput = closeInput;
    this.mapper = mapper;
    this.maxRecordLength = maxRecordLength;
    this.source = source;
    this.in = new ReadState(null, options);
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
    while (true) {
      int status = nextLine();
      if (status == END) {
        return null;
      }
      if (status == LINE && isBlank()) {
        continue;
      }
      Object record;
      noun = null;
      in.startRecord();
      try {
        record = status == TOO_LONG ? tooLong() : readLine();
      } catch (JsonReadException e) {
        JsonReadException error = source == null ? e : e.withSource(source);
        if (!in.lenient()) {
          throw error;
        }
        dev.parkdata.model.Identifier id = e.element != null ? e.element : in.outermost();
        String name = id != null && noun != null ? noun + " " + id + " on line " + (linesBefore + lineNumber)
            : "the record on line " + (linesBefore + lineNumber);
        in.leftOutAs(e, name, Path.root().index(index < Integer.MAX_VALUE ? (int) index : -1 >>> 1));
        record = null;
      }
      index++;
      if (problemSink != null) {
        in.problems().forEach(problemSink);
      }
      if (!keepProblems) {
        in.clearProblems();
      }
      if (record != null) {
        recordLine = linesBefore + lineNumber;
        return record;
      }
    }
  }

  private Object tooLong() {
    TokenStreamLocation at = new TokenStreamLocation(null, -1, -1, (int) Math.min(linesBefore + lineNumber, Integer.MAX_VALUE), 1);
    JsonReadException e = new JsonReadException(null, "$", "", Path.root(), at,
        "a record longer than " + maxRecordLength + " bytes",
        "records of at most " + maxRecordLength + " bytes (ParkDataJson.Builder.maxRecordLength)", null);
    e.reason = "it is longer than " + maxRecordLength + " bytes";
    throw e;
  }

  private Object readLine() {
    JsonParser parser = mapper.createParser(lineBytes, lineFrom, lineLength);
    try {
      in.begin(parser, (int) Math.min(linesBefore + lineNumber - 1, Integer.MAX_VALUE), bytesBefore + lineStart);
      parser.nextToken();
      Object record = readRecord(parser);
      if (parser.nextToken() != null) {
        throw in.fail("content after the record", "one record per line", Path.root());
      }
      return record;
    } catch (JacksonException e) {
      throw JsonIn.translate(e, parser, in);
    } finally {
      parser.close();
    }
  }

  private Object readRecord(JsonParser parser) {
    Path root = Path.root();
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
    noun = record.codec.noun;
    return record.codec.readFields(in, root.field(record.field).index((int) Math.min(index, Integer.MAX_VALUE)), start);
  }

  private boolean isBlank() {
    for (int i = lineFrom, end = lineFrom + lineLength; i < end; i++) {
      byte c = lineBytes[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the next line, without its end, into {@link #lineBytes}: {@link #LINE}, {@link #END}
   * at the end of the input, or {@link #TOO_LONG} if it is longer than the limit (then the rest
   * of it is scanned for its end but not held). A line that lies within the buffer, as most do,
   * is not copied.
   */
  private int nextLine() {
    boolean tooLong = false;
    boolean any = false;
    boolean spilled = false;
    int spillLength = 0;
    while (true) {
      if (position == limit && !fill()) {
        break;
      }
      int from = position;
      int end = from;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      boolean complete = end < limit;
      position = complete ? end + 1 : end;
      if (!any) {
        lineStart = bufferStart + from;
        any = true;
      }
      int length = end - from;
      if (!spilled && complete) {
        // the whole line is in the buffer: parse it where it is
        tooLong = length > maxRecordLength;
        lineBytes = buffer;
        lineFrom = from;
        lineLength = length;
        break;
      }
      if (!tooLong) {
        if ((long) spillLength + length > maxRecordLength) {
          tooLong = true;
        } else {
          spill = ensure(spill, spillLength + length);
          System.arraycopy(buffer, from, spill, spillLength, length);
          spillLength += length;
        }
      }
      spilled = true;
      if (complete) {
        break;
      }
    }
    if (!any) {
      return END;
    }
    if (spilled) {
      lineBytes = spill;
      lineFrom = 0;
      lineLength = tooLong ? 0 : spillLength;
    }
    lineNumber++;
    return tooLong ? TOO_LONG : LINE;
  }

  /** Refills the empty buffer; false at the end of the input. */
  private boolean fill() {
    if (exhausted) {
      return false;
    }
    try {
      bufferStart += limit;
      position = 0;
      limit = 0;
      int n = input.read(buffer);
      while (n == 0) {
        n = input.read(buffer);
      }
      if (n < 0) {
        exhausted = true;
        return false;
      }
      limit = n;
      return true;
    } catch (CharacterCodingException e) {
      // only from a Reader given as input: its characters could not be encoded as UTF-8
      throw new JsonReadException(source, "$", "", Path.root(),
          new TokenStreamLocation(null, -1, -1, (int) Math.min(linesBefore + lineNumber + 1, Integer.MAX_VALUE), 1),
          "text that is not Unicode (" + e.getMessage() + ")", "an NDJSON stream of Unicode text", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] ensure(byte[] array, int length) {
    if (length <= array.length) {
      return array;
    }
    return java.util.Arrays.copyOf(array, (int) Math.min(Math.max(length, 2L * array.length), Integer.MAX_VALUE - 8));
  }

  /**
   * Reads this input as a piece of a longer stream, after {@code lines} lines and {@code bytes}
   * bytes of it, handing each record's problems to {@code sink} as the record is read.
   */
  NdjsonReader piece(long lines, long bytes, java.util.function.Consumer<JsonProblem> sink) {
    this.linesBefore = lines;
    this.bytesBefore = bytes;
    this.problemSink = sink;
    return this;
  }

  /** The number of the line of the record {@link #next()} returned last, in the whole stream. */
  long recordLine() {
    return recordLine;
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
    if (closeInput) {
      try {
        input.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
