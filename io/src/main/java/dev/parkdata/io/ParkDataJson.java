package dev.parkdata.io;

import static java.util.Objects.requireNonNull;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the parkdata JSON format: dataset documents, single entities and values, and
 * NDJSON streams of entities (one per line) of any size. The format is described in {@code
 * docs/json-format.md} and by the JSON Schema at {@link #SCHEMA_RESOURCE}.
 *
 * <pre>{@code
 * ParkDataJson json = ParkDataJson.standard();
 * Dataset dataset = json.readDataset(Path.of("parks.json"));
 * String text = json.write(dataset);
 * try (Stream<Object> records = json.readNdjson(Path.of("parks.ndjson"))) {
 *   records.filter(Park.class::isInstance).map(Park.class::cast).forEach(...);
 * }
 * }</pre>
 *
 * <h2>Bad input</h2>
 * Every failure to read is a {@link JsonReadException} naming the source, the JSON path
 * ({@code $.parks[3].areas.approved.unit}), the line and column, and what was expected. Input is
 * bounded on this reader's own factory (never Jackson's global defaults): nesting at most
 * {@value #MAX_NESTING_DEPTH} deep, numbers of at most {@value #MAX_NUMBER_LENGTH} characters,
 * strings of at most {@value #DEFAULT_MAX_STRING_LENGTH} characters (configurable), names of at
 * most {@value #MAX_NAME_LENGTH}, documents of at most {@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes
 * (configurable; NDJSON streams are not bounded as a whole), duplicate keys rejected, and
 * decimals bounded before they are made (see {@code docs/json-format.md}), so hostile input fails
 * fast in bounded memory.
 *
 * <h2>Lenient reading</h2>
 * The {@code readResult} methods read leniently: an entity of a dataset (or an NDJSON record)
 * that cannot be read is left out and reported as a {@link JsonProblem}, as are unknown fields
 * when they are {@linkplain UnknownFields#WARN collected}. Syntax errors and exceeded limits
 * still throw, as nothing after them can be trusted.
 *
 * <p>Streams given to these methods are neither closed nor flushed beyond what was written;
 * files are opened and closed here. Instances are immutable and thread-safe.
 */
public final class ParkDataJson {
  /** The format version a dataset document declares: {@value}. */
  public static final String FORMAT = DatasetCodec.FORMAT;

  /**
   * The class-path resource of the JSON Schema (draft 2020-12) of the format: {@value}. On the
   * module path another module cannot read it by name (the package is not open); {@link
   * #openSchema()} reads it from anywhere.
   */
  public static final String SCHEMA_RESOURCE = "/dev/parkdata/io/parkdata-1.schema.json";

  /** How deep objects and arrays may nest: {@value}. */
  public static final int MAX_NESTING_DEPTH = 200;

  /** The longest JSON number read, in characters: {@value}. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The longest field name read, in characters: {@value}. */
  public static final int MAX_NAME_LENGTH = 1000;

  /** The longest string read unless configured otherwise, in characters: {@value}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The longest document read unless configured otherwise, in bytes or characters: {@value}. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /** The longest NDJSON record (one line) read by default, in bytes of UTF-8: {@value} (16 MiB). */
  public static final int DEFAULT_MAX_RECORD_LENGTH = 16 * 1024 * 1024;

  private static final ParkDataJson STANDARD = builder().build();

  private final UnknownFields unknownFields;
  private final dev.parkdata.unit.UnitCatalog units;
  private final boolean pretty;
  private final int maxStringLength;
  private final long maxDocumentLength;
  private final int maxRecordLength;
  private final JsonMapper documentMapper;
  private final JsonMapper streamMapper;
  /** The options of a read, made once: a catalogue of one's own makes its own metric parser. */
  private final ReadOptions readOptions;

  private ParkDataJson(Builder builder) {
    this.unknownFields = builder.unknownFields;
    this.units = builder.units;
    this.pretty = builder.pretty;
    this.maxStringLength = builder.maxStringLength;
    this.maxDocumentLength = builder.maxDocumentLength;
    this.maxRecordLength = builder.maxRecordLength;
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxStringLength(maxStringLength)
        .build();
    this.documentMapper = mapper(limits.rebuild().maxDocumentLength(maxDocumentLength).build());
    this.streamMapper = mapper(limits);
    this.readOptions = new ReadOptions(unknownFields, false, units);
  }

  private static JsonMapper mapper(StreamReadConstraints limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits)
        // the writer refuses what the reader would: the same depth
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
        .rootValueSeparator((String) null)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new ParkDataModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** The reader and writer with the defaults: unknown fields fail, compact output. */
  public static ParkDataJson standard() {
    return STANDARD;
  }

  /**
   * Opens the JSON Schema of the format ({@link #SCHEMA_RESOURCE}), UTF-8; the caller closes it.
   * Read here, by this module, so that it is found from the module path too.
   */
  public static InputStream openSchema() {
    InputStream in = ParkDataJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the jar lacks " + SCHEMA_RESOURCE);
    }
    return in;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this reader's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.unknownFields = unknownFields;
    b.units = units;
    b.pretty = pretty;
    b.maxStringLength = maxStringLength;
    b.maxDocumentLength = maxDocumentLength;
    b.maxRecordLength = maxRecordLength;
    return b;
  }

  /**
   * The mapper used for documents: the {@link ParkDataModule} on a factory with this reader's
   * limits. Use it to read and write parkdata values inside JSON of your own. Values it reads
   * treat unknown fields as {@link UnknownFields#FAIL}, whatever this facade's setting: the
   * lenient reading of {@link UnknownFields#WARN} needs the facade's own read methods, which
   * collect the warnings into a {@link ReadResult}.
   */
  public JsonMapper mapper() {
    return documentMapper;
  }

  // ---- reading documents

  /**
   * Reads a dataset document.
   *
   * @throws JsonReadException if the input is not one
   */
  public Dataset readDataset(String json) {
    return read(json, Dataset.class);
  }

  /**
   * Reads a dataset document from {@code reader}.
   *
   * @throws JsonReadException if it is not one
   */
  public Dataset readDataset(Reader reader) {
    return read(reader, Dataset.class);
  }

  /**
   * Reads a dataset document in UTF-8.
   *
   * @throws JsonReadException if it is not one
   */
  public Dataset readDataset(InputStream in) {
    return read(in, Dataset.class);
  }

  /**
   * Reads a dataset document from a file.
   *
   * @throws JsonReadException naming the file if it is not one
   * @throws UncheckedIOException if the file cannot be read
   */
  public Dataset readDataset(Path file) {
    return read(file, Dataset.class);
  }

  /**
   * Reads a value of {@code type} (a dataset, an entity such as {@code Park}, or any other type
   * of the model) from JSON text.
   *
   * @throws JsonReadException if the text is not one
   */
  public <T> T read(String json, Class<T> type) {
    requireNonNull(json, "json");
    return read(r -> r.createParser(json), null, type, false).value();
  }

  /**
   * Reads a value of {@code type} from {@code reader}.
   *
   * @throws JsonReadException if it is not one
   */
  public <T> T read(Reader reader, Class<T> type) {
    requireNonNull(reader, "reader");
    return read(r -> r.createParser(reader), null, type, false).value();
  }

  /**
   * Reads a value of {@code type} in UTF-8.
   *
   * @throws JsonReadException if it is not one
   */
  public <T> T read(InputStream in, Class<T> type) {
    requireNonNull(in, "in");
    return read(r -> r.createParser(in), null, type, false).value();
  }

  /**
   * Reads a value of {@code type} from a file.
   *
   * @throws JsonReadException naming the file if it is not one
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(Path file, Class<T> type) {
    return readFile(file, type, false).value();
  }

  /**
   * Reads a value of {@code type} from JSON text leniently: entities of a dataset that cannot be
   * read are left out and reported, with unknown fields if they are {@linkplain UnknownFields#WARN
   * collected}.
   *
   * @throws JsonReadException if the text is not JSON, exceeds a limit, or the value itself
   *     cannot be read
   */
  public <T> ReadResult<T> readResult(String json, Class<T> type) {
    requireNonNull(json, "json");
    return read(r -> r.createParser(json), null, type, true);
  }

  /**
   * Reads a value of {@code type} from a file leniently, as {@link #readResult(String, Class)}.
   *
   * @throws JsonReadException naming the file if it is not JSON, exceeds a limit, or the value
   *     itself cannot be read
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> ReadResult<T> readResult(Path file, Class<T> type) {
    return readFile(file, type, true);
  }

  private <T> ReadResult<T> readFile(Path file, Class<T> type, boolean lenient) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(r -> r.createParser(in), file.toString(), type, lenient);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> ReadResult<T> read(
      Function<ObjectReader, JsonParser> open, String source, Class<T> type, boolean lenient) {
    requireNonNull(type, "type");
    ObjectReader reader = documentMapper.readerFor(type);
    JsonParser parser = null;
    try {
      parser = open.apply(reader);
      ReadState in = new ReadState(parser, readOptions.lenient(lenient));
      if (parser.nextToken() == null) {
        throw in.fail("empty input", "a JSON value", dev.parkdata.validation.Path.root());
      }
      T value = reader.withAttribute(ReadState.class, in).readValue(parser);
      if (value == null) {
        throw in.fail("null", "a " + type.getSimpleName(), dev.parkdata.validation.Path.root());
      }
      return new ReadResult<>(value, in.problems(), in.elementPointers());
    } catch (JacksonException e) {
      JsonReadException error = JsonIn.translate(e, parser);
      throw source == null ? error : error.withSource(source);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  // ---- writing documents

  /** The JSON text of {@code value}, a dataset or any other type of the model. */
  public String write(Object value) {
    requireNonNull(value, "value");
    try {
      return writer().writeValueAsString(value);
    } catch (JacksonException e) {
      throw Depth.refused(e);
    }
  }

  /** Writes {@code value} to {@code out} in UTF-8. */
  public void write(Object value, OutputStream out) {
    requireNonNull(value, "value");
    requireNonNull(out, "out");
    Depth.check(value, v -> writer().writeValue(java.io.Writer.nullWriter(), v));
    try {
      writer().writeValue(out, value);
    } catch (JacksonException e) {
      throw Depth.refused(e);
    }
  }

  /** Writes {@code value} to {@code out}. */
  public void write(Object value, Writer out) {
    requireNonNull(value, "value");
    requireNonNull(out, "out");
    Depth.check(value, v -> writer().writeValue(java.io.Writer.nullWriter(), v));
    try {
      writer().writeValue(out, value);
    } catch (JacksonException e) {
      throw Depth.refused(e);
    }
  }

  /**
   * Writes {@code value} to a file in UTF-8, replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Object value, Path file) {
    requireNonNull(value, "value");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectWriter writer() {
    return pretty ? documentMapper.writerWithDefaultPrettyPrinter() : documentMapper.writer();
  }

  // ---- NDJSON

  /**
   * The entities of an NDJSON stream, read lazily one at a time, in constant memory whatever
   * the size of the input. Each is a {@code Park}, {@code Cluster}, {@code IndustrialChain},
   * {@code Policy}, {@code Organisation}, {@code Indicator}, {@code Observation} or {@code
   * ExternalReference}. Close the stream when done with it. Errors are thrown, as {@link
   * JsonReadException}, when the stream reaches them. Unknown fields skipped under {@link
   * UnknownFields#WARN} are not reported here (a stream has no place for them, and keeping them
   * would grow with the input): {@link #readNdjsonResult(Path)} reports them.
   */
  public Stream<Object> readNdjson(InputStream in) {
    requireNonNull(in, "in");
    return stream(ndjson(in, false, null, false));
  }

  /** The entities of an NDJSON stream from {@code reader}, as {@link #readNdjson(InputStream)}. */
  public Stream<Object> readNdjson(Reader reader) {
    requireNonNull(reader, "reader");
    return stream(ndjson(new Utf8Bytes(reader), false, null, false));
  }

  /**
   * The entities of an NDJSON file, as {@link #readNdjson(InputStream)}; closing the stream
   * closes the file.
   *
   * @throws UncheckedIOException if the file cannot be opened
   */
  public Stream<Object> readNdjson(Path file) {
    return stream(openNdjson(file, false));
  }

  /**
   * Reads a whole NDJSON file into a dataset, failing on the first problem, a duplicate
   * identifier included.
   *
   * @throws JsonReadException naming the file, at the first problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public Dataset readNdjsonDataset(Path file) {
    try (NdjsonReader records = openNdjson(file, false)) {
      return records.toDataset().value();
    }
  }

  /**
   * Reads a whole NDJSON file into a dataset leniently: records that cannot be read are left out
   * and reported.
   *
   * @throws JsonReadException naming the file if it is not JSON or exceeds a limit
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult<Dataset> readNdjsonResult(Path file) {
    try (NdjsonReader records = openNdjson(file, true)) {
      return records.toDataset();
    }
  }

  /**
   * Reads a file leniently, as an NDJSON stream if it {@linkplain #isNdjson is named as one} and
   * as a dataset document otherwise, and validates the dataset read with {@code validator}. The
   * result's {@link ReadResult#report() report} holds the problems found while reading as
   * violations, then those of the validation rules.
   *
   * @throws JsonReadException naming the file if it is not JSON or exceeds a limit
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult<Dataset> readAndValidate(Path file, Validator validator) {
    requireNonNull(validator, "validator");
    ReadResult<Dataset> read = isNdjson(file) ? readNdjsonResult(file) : readResult(file, Dataset.class);
    return read.withValidation(validator.validate(read.value()));
  }

  /**
   * Reads a piece of an NDJSON stream leniently, as an engine that splits a large stream among
   * workers reads it (parkdata-spark does): each record read is passed to {@code records} with
   * the number of its line in the whole stream, and every problem (a record left out, an unknown
   * field {@linkplain UnknownFields#WARN collected}) to {@code problems} as soon as its record
   * has been read, with the line and byte offsets of the whole stream. {@code in} must start at
   * the beginning of a line, after {@code linesBefore} lines and {@code bytesBefore} bytes of the
   * stream; it is read to its end and not closed. Memory stays constant, as in {@link
   * #readNdjson(InputStream)}; line numbers past {@link Integer#MAX_VALUE} are given as that.
   *
   * @param source what errors name as the input, a file's name, or null
   * @throws JsonReadException if a character cannot be read as Unicode (from a {@code Reader}
   *     only; bad bytes in a record leave that record out)
   * @throws UncheckedIOException if reading fails
   */
  public void readNdjsonPiece(InputStream in, String source, long linesBefore, long bytesBefore,
      java.util.function.ObjLongConsumer<Object> records, java.util.function.Consumer<JsonProblem> problems) {
    requireNonNull(in, "in");
    requireNonNull(records, "records");
    requireNonNull(problems, "problems");
    if (linesBefore < 0 || bytesBefore < 0) {
      throw new IllegalArgumentException(
          "linesBefore and bytesBefore must not be negative, got " + linesBefore + " and " + bytesBefore);
    }
    NdjsonReader reader = ndjson(in, false, source, true).piece(linesBefore, bytesBefore, problems);
    while (reader.hasNext()) {
      Object record = reader.next();
      records.accept(record, reader.recordLine());
    }
  }

  /** Whether {@code file} is named as an NDJSON stream: {@code .ndjson} or {@code .jsonl}. */
  public static boolean isNdjson(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson") || name.endsWith(".jsonl");
  }

  private NdjsonReader openNdjson(Path file, boolean lenient) {
    requireNonNull(file, "file");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ndjson(in, true, file.toString(), lenient);
  }

  private NdjsonReader ndjson(InputStream input, boolean closeInput, String source, boolean lenient) {
    return new NdjsonReader(input, closeInput, streamMapper, maxRecordLength, source, readOptions.lenient(lenient));
  }

  private static Stream<Object> stream(NdjsonReader reader) {
    Iterator<Object> iterator = reader;
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(reader::close);
  }

  /** A writer of NDJSON records to {@code out} in UTF-8; closing it does not close {@code out}. */
  public NdjsonWriter ndjsonWriter(OutputStream out) {
    requireNonNull(out, "out");
    return new NdjsonWriter(streamMapper.createGenerator(out), null, streamMapper);
  }

  /** A writer of NDJSON records to {@code out}; closing it does not close {@code out}. */
  public NdjsonWriter ndjsonWriter(Writer out) {
    requireNonNull(out, "out");
    return new NdjsonWriter(streamMapper.createGenerator(out), null, streamMapper);
  }

  /**
   * A writer of NDJSON records to a file in UTF-8, replacing it; closing the writer closes the
   * file.
   *
   * @throws UncheckedIOException if the file cannot be opened
   */
  public NdjsonWriter ndjsonWriter(Path file) {
    requireNonNull(file, "file");
    try {
      OutputStream out = Files.newOutputStream(file);
      JsonGenerator g = streamMapper.createGenerator(out);
      return new NdjsonWriter(g, out, streamMapper);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    List<String> settings = new ArrayList<>();
    settings.add("unknownFields=" + unknownFields);
    settings.add("pretty=" + pretty);
    settings.add("maxStringLength=" + maxStringLength);
    settings.add("maxDocumentLength=" + maxDocumentLength);
    settings.add("maxRecordLength=" + maxRecordLength);
    return "ParkDataJson" + settings;
  }

  /** Settings of a {@link ParkDataJson}. Not thread-safe. */
  public static final class Builder {
    private UnknownFields unknownFields = UnknownFields.FAIL;
    private dev.parkdata.unit.UnitCatalog units = dev.parkdata.unit.UnitCatalog.standard();
    private boolean pretty;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxRecordLength = DEFAULT_MAX_RECORD_LENGTH;

    private Builder() {}

    /** What to do with fields the format does not define; {@link UnknownFields#FAIL} by default. */
    public Builder unknownFields(UnknownFields unknownFields) {
      this.unknownFields = requireNonNull(unknownFields, "unknownFields");
      return this;
    }

    /**
     * The units values may be in: those of {@link dev.parkdata.unit.UnitCatalog#standard()} by
     * default; a catalogue of your own lets datasets that use your units round-trip.
     */
    public Builder unitCatalog(dev.parkdata.unit.UnitCatalog units) {
      this.units = requireNonNull(units, "units");
      return this;
    }

    /** Whether documents are written indented, one field per line; compact by default. */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * The longest string read, in characters; {@value ParkDataJson#DEFAULT_MAX_STRING_LENGTH} by
     * default.
     */
    public Builder maxStringLength(int maxStringLength) {
      if (maxStringLength < 1) {
        throw new IllegalArgumentException("maxStringLength must be positive, got " + maxStringLength);
      }
      this.maxStringLength = maxStringLength;
      return this;
    }

    /**
     * The longest document read, in bytes (or characters, from a {@code Reader} or {@code
     * String}); {@value ParkDataJson#DEFAULT_MAX_DOCUMENT_LENGTH} by default. NDJSON streams are
     * not bounded as a whole.
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      if (maxDocumentLength < 1) {
        throw new IllegalArgumentException("maxDocumentLength must be positive, got " + maxDocumentLength);
      }
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /**
     * The longest NDJSON record read, in bytes of its line in UTF-8; {@value
     * ParkDataJson#DEFAULT_MAX_RECORD_LENGTH} (16 MiB) by default. A longer record is refused
     * (left out and reported, read leniently) without being held, and reading goes on at the
     * next line.
     */
    public Builder maxRecordLength(int maxRecordLength) {
      if (maxRecordLength < 1) {
        throw new IllegalArgumentException("maxRecordLength must be positive, got " + maxRecordLength);
      }
      this.maxRecordLength = maxRecordLength;
      return this;
    }

    /** The reader and writer with these settings. */
    public ParkDataJson build() {
      return new ParkDataJson(this);
    }
  }
}
