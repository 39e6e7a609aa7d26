/**
 * The {@code parkdata/1} JSON format on Jackson 3: {@code ParkDataJson}, NDJSON streams and
 * {@code ParkDataModule} for your own {@code JsonMapper}.
 *
 * <p>Jackson databind is {@code requires transitive}: {@code ParkDataModule} is a Jackson
 * module, {@code JsonReadException} a {@code DatabindException} and {@code
 * ParkDataJson.mapper()} a {@code JsonMapper}. The module is provided to {@code
 * JsonMapper.builder().findAndAddModules()} here and, for the class path, in {@code
 * META-INF/services}. Nothing is opened: the codecs are written by hand, so Jackson reflects on
 * no parkdata class.
 */
module dev.parkdata.io {
  requires transitive dev.parkdata.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires com.google.common;

  exports dev.parkdata.io;

  provides tools.jackson.databind.JacksonModule with dev.parkdata.io.ParkDataModule;
}
