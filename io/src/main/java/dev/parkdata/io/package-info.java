/**
 * The parkdata JSON format: {@link dev.parkdata.io.ParkDataJson} reads and writes dataset
 * documents, single entities and NDJSON streams with bounded, safe readers; {@link
 * dev.parkdata.io.ParkDataModule} is the Jackson 3 module behind it, for mappers of your own.
 * Every failure to read is a {@link dev.parkdata.io.JsonReadException} naming the JSON path, line
 * and column. The format is described in {@code docs/json-format.md} and by the JSON Schema
 * shipped at {@link dev.parkdata.io.ParkDataJson#SCHEMA_RESOURCE}.
 */
package dev.parkdata.io;
