/**
 * parkdata on Apache Spark 4: {@link dev.parkdata.spark.ParkdataFunctions} registers SQL functions
 * for figures, extraction and park names whose values are the structs of {@link
 * dev.parkdata.spark.ParkdataTypes}; {@link dev.parkdata.spark.ParkdataNdjson} reads parkdata/1
 * NDJSON in parallel into {@link dev.parkdata.spark.ParkdataFrames} and writes frames back, every
 * record through parkdata-io's codecs; {@link dev.parkdata.spark.InternalRows} makes {@code
 * pd_extract}'s rows in Spark's internal form, for a data source that extracts in its own tasks.
 * Spark is provided by the cluster; a JVM of one's own that starts a session needs the options
 * of Spark's launcher (see the README).
 */
package dev.parkdata.spark;
