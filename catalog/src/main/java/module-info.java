/**
 * The national catalogue of development zones (2018 edition), China's administrative divisions
 * (GB/T 2260) and the resolution of park names.
 *
 * <p>Jackson's CSV format reads the catalogue inside; no Jackson type is in the API. The data
 * files are read by this module's own classes, so nothing is opened.
 */
module dev.parkdata.catalog {
  requires transitive dev.parkdata.core;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.csv;
  requires com.google.common;

  exports dev.parkdata.catalog;
}
