package dev.parkdata.io;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.validation.Path;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/** The dataset document: its format version, then the entities by kind. */
final class DatasetCodec extends ValueCodec<Dataset> {
  /** The format version a dataset document declares. */
  static final String FORMAT = "parkdata/1";

  private static final ValueCodec<String> FORMAT_CODEC =
      Values.string("the format version \"" + FORMAT + "\"", s -> s, s -> s);

  static final ObjectCodec<Dataset, Dataset.Builder> TABLE =
      new ObjectCodec<Dataset, Dataset.Builder>("dataset", Dataset::builder, Dataset.Builder::build)
          .required("format", d -> FORMAT, (b, v) -> { }, FORMAT_CODEC)
          .list("parks", Dataset::parks, Dataset.Builder::parks, EntityCodecs.PARK, "park")
          .list("clusters", Dataset::clusters, Dataset.Builder::clusters, EntityCodecs.CLUSTER, "cluster")
          .list("chains", Dataset::chains, Dataset.Builder::chains, EntityCodecs.CHAIN, "industrial chain")
          .list("policies", Dataset::policies, Dataset.Builder::policies, EntityCodecs.POLICY, "policy")
          .list("organisations", Dataset::organisations, Dataset.Builder::organisations, EntityCodecs.ORGANISATION,
              "organisation")
          .list("indicators", Dataset::indicators, Dataset.Builder::indicators, IndicatorCodec.DEFINITION, "indicator")
          .list("observations", Dataset::observations, Dataset.Builder::observations, ObservationCodec.OBSERVATION,
              "observation")
          .list("externals", Dataset::externals, Dataset.Builder::externals, EntityCodecs.EXTERNAL,
              "external reference");

  static final DatasetCodec DATASET = new DatasetCodec();

  private DatasetCodec() {}

  @Override
  Dataset read(ReadState in, Path path) {
    TokenStreamLocation start = in.startObject("a parkdata dataset document", path);
    in.trackIdentifiers();
    in.recordPointers();
    ObjectCodec.Read read = TABLE.readValues(in, path, start);
    Object format = read.values[0];
    if (format == null) {
      throw in.failAt(start, "a document without its format version", "the field format, \"" + FORMAT + "\"",
          path, null);
    }
    if (!format.equals(FORMAT)) {
      throw in.failAt(start, "unsupported format '" + JsonText.abbreviate((String) format) + "'",
          "\"" + FORMAT + "\"", path.field(TABLE.fields.get(0).name), null);
    }
    return TABLE.build(in, path, start, read.values);
  }

  @Override
  void write(JsonGenerator g, Dataset value) {
    TABLE.write(g, value);
  }

  @Override
  String expected() {
    return "a parkdata dataset document";
  }
}
